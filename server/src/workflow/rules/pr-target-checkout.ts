import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { allSteps, scalarString, workflowStructure } from '../structure';

const HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/.*\/(merge|head)|github\.event\.number|github\.event\.pull_request\.number/;

const rule: Rule<WorkflowModel> = {
  id: 'pr-target-checkout',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  docs: {
    summary: 'A workflow triggered by `pull_request_target` (or `workflow_run`) checks out the pull request\'s code with `actions/checkout` and `ref:` pointing at the head of the pull request.',
    why: 'These triggers run with the base repository\'s secrets and a write token. Checking out and building the contributor\'s code lets anyone who opens a pull request run commands with those secrets ("pwn request"). Use `pull_request` for building untrusted code, or keep the checkout of the head away from secrets and from scripts that execute it.',
    bad: 'on: pull_request_target\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm test\n',
    good: 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
  },
  check({ model, report }) {
    const events = workflowStructure(model).events.map((e) => e.name);
    const trigger = events.find((e) => e === 'pull_request_target' || e === 'workflow_run');
    if (!trigger) return;
    for (const { step } of allSteps(model)) {
      const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
      if (!ref || ref.name.toLowerCase() !== 'actions/checkout' || !step.with) continue;
      for (const p of step.with.items) {
        if (scalarString(p.key) !== 'ref') continue;
        const v = scalarString(p.value);
        if (v && HEAD.test(v))
          report({
            message: `the ${trigger} trigger runs with secrets and a write token, and this step checks out the pull request's code (${v.trim()}): building or running it lets the pull request's author run code with those secrets`,
            range: model.rangeOf(p),
          });
      }
    }
  },
  tests: [
    {
      name: 'head checkout under pull_request_target',
      input: "on:\n  pull_request_target:\n    types: [opened]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - uses: actions/checkout@v4\n        with:\n          ref: refs/pull/${{ github.event.number }}/merge\n",
      expect: [
        { line: 10, col: 11, message: 'pull_request_target trigger runs with secrets' },
        { line: 13, col: 11, message: 'refs/pull' },
      ],
    },
    {
      name: 'base checkout, or pull_request',
      input: "on:\n  pull_request_target:\n  pull_request:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/checkout@v4\n        with:\n          ref: main\n",
      expect: [],
    },
  ],
};

export default rule;
