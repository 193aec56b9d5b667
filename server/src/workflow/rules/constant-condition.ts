import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

const rule: Rule<WorkflowModel> = {
  id: 'constant-condition',
  language: 'workflow',
  severity: 'warning',
  compat: { actionlint: 'if-cond' },
  docs: {
    summary: 'An `if:` condition whose value is known without running the workflow, such as `true` or `1 == 1`.',
    why: 'A constant condition is usually a leftover from debugging: the job or step always (or never) runs, and the `if:` only hides that.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        if: false\n',
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n        if: github.event_name == 'push'\n",
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'constant-condition');
  },
  tests: [
    {
      name: 'constant expressions',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: ${{ true && !null }}\n    steps:\n      - run: echo\n        if: contains('abc', 'b')\n",
      expect: [
        { line: 5, col: 9, message: 'constant expression "true && !null" in condition. remove the if: section' },
        { line: 8, col: 13, message: "constant expression \"contains('abc', 'b')\" in condition. remove the if: section" },
      ],
    },
    {
      name: 'conditions that depend on the run',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: always()\n    steps:\n      - run: echo\n        if: ${{ github.ref == 'x' }}\n",
      expect: [],
    },
  ],
};

export default rule;
