import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { allSteps, workflowStructure } from '../structure';

/** Owners whose actions are maintained by GitHub (pinning them is still good, but not required here). */
const FIRST_PARTY = new Set(['actions', 'github']);

const rule: Rule<WorkflowModel> = {
  id: 'unpinned-action',
  language: ['workflow', 'action'],
  severity: 'warning',
  optIn: true,
  compat: {},
  aliases: ['unpinned-uses'],
  docs: {
    summary: 'A third-party action or reusable workflow is referenced by a tag or branch instead of a full commit SHA (opt-in).',
    why: 'Tags and branches can be moved: whoever controls the action\'s repository (or steals its credentials) can change the code your workflow runs, with your secrets. A full 40-character SHA cannot change; keep the version in a comment (`@<sha> # v4.1.0`) for updates.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/login-action@v3\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0\n',
  },
  check({ model, report }) {
    const refs = [
      ...allSteps(model).map(({ step }) => ({ uses: step.uses, node: step.usesNode })),
      ...workflowStructure(model).jobs.map((j) => ({ uses: j.uses, node: j.usesNode })),
    ];
    for (const { uses, node } of refs) {
      if (!uses || !node) continue;
      const ref = parseActionRef(uses.trim());
      if (!ref || FIRST_PARTY.has(ref.repo.split('/')[0].toLowerCase())) continue;
      if (/^[0-9a-f]{40}$/.test(ref.ref)) continue;
      report({
        message: `${JSON.stringify(uses.trim())} is not pinned to a full commit SHA: the owner of ${ref.repo} can change the code behind ${JSON.stringify(ref.ref)}. pin it as ${ref.name}@<40-character SHA> # ${ref.ref}`,
        range: model.rangeOf(node),
      });
    }
  },
  tests: [
    {
      name: 'tags and branches of third-party actions and workflows',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3\n      - uses: someone/tool/sub@main\n  b:\n    uses: org/repo/.github/workflows/x.yml@v1\n',
      expect: [
        { line: 6, col: 15, message: '"docker/login-action@v3" is not pinned to a full commit SHA: the owner of docker/login-action can change the code behind "v3". pin it as docker/login-action@<40-character SHA> # v3' },
        { line: 7, col: 15, message: '"someone/tool/sub@main" is not pinned to a full commit SHA: the owner of someone/tool can change the code behind "main". pin it as someone/tool/sub@<40-character SHA> # main' },
        { line: 9, col: 11, message: '"org/repo/.github/workflows/x.yml@v1" is not pinned to a full commit SHA: the owner of org/repo can change the code behind "v1". pin it as org/repo/.github/workflows/x.yml@<40-character SHA> # v1' },
      ],
    },
    {
      name: 'SHAs, first-party, local and docker actions',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: github/codeql-action/init@v3\n      - uses: docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772\n      - uses: ./local\n      - uses: docker://alpine:3\n',
      expect: [],
    },
  ],
};

export default rule;
