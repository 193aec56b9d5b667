import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { majorOf, parseActionRef, popularAction } from '../actions-data';
import { allSteps } from '../structure';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'outdated-action',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: { actionlint: 'action' },
  fix: { safety: 'unsafe', why: 'A new major version of an action can behave differently.' },
  docs: {
    summary: 'A popular action is used at a major version whose runtime (node12, node16) GitHub no longer provides, or at an archived version.',
    why: 'GitHub forces such actions onto a newer Node.js, and they break or stop being supported without notice. The fix moves to the current major version (check its release notes for changed inputs).',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - uses: actions/setup-python@v3\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n',
  },
  check({ model, report }) {
    for (const { step } of allSteps(model)) {
      if (!step.uses || !step.usesNode) continue;
      const ref = parseActionRef(step.uses.trim());
      if (!ref) continue;
      const meta = popularAction(ref.name);
      const major = majorOf(ref.ref);
      if (!meta || meta.minMajor === undefined || major === undefined || major >= meta.minMajor) continue;
      const range = model.rangeOf(step.usesNode);
      const fixed = `${ref.name}@${meta.current}`;
      const archived = meta.minMajor >= 99;
      report({
        message: archived
          ? `the action "${step.uses.trim()}" is archived and runs on a Node.js runtime GitHub no longer provides; replace it with a maintained action`
          : `the runner of "${step.uses.trim()}" action is too old to run on GitHub Actions. update the action's version to fix this issue (current: ${meta.current})`,
        range,
        fixes: archived ? undefined : [{ title: `Update to ${fixed}`, preferred: true, edits: [{ range, newText: fixed }] }],
      });
    }
  },
  tests: [
    {
      name: 'outdated majors with a fix',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v2
              - uses: actions/cache@v3.3.1
                with:
                  path: x
                  key: k
              - uses: actions/create-release@v1
      `,
      expect: [
        { line: 6, col: 15, message: 'the runner of "actions/checkout@v2" action is too old to run on GitHub Actions. update the action\'s version to fix this issue (current: v5)' },
        { line: 7, col: 15, message: 'the runner of "actions/cache@v3.3.1" action is too old to run on GitHub Actions. update the action\'s version to fix this issue (current: v4)' },
        { line: 11, col: 15, message: 'the action "actions/create-release@v1" is archived and runs on a Node.js runtime GitHub no longer provides; replace it with a maintained action' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v5
              - uses: actions/cache@v4
                with:
                  path: x
                  key: k
              - uses: actions/create-release@v1
      `,
    },
    {
      name: 'current majors, SHAs, branches and unknown actions',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n      - uses: actions/setup-node@main\n      - uses: someone/old-thing@v1\n',
      expect: [],
    },
  ],
};

export default rule;
