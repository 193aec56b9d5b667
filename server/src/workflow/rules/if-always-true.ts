import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

const rule: Rule<WorkflowModel> = {
  id: 'if-always-true',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'if-cond' },
  aliases: ['unsound-condition'],
  docs: {
    summary: 'An `if:` whose value has text around its `${{ }}`, which makes it a non-empty string: always true.',
    why: '`if: ${{ false }} && ${{ false }}` or a trailing space after `}}` is not evaluated as a condition: the result is a string, and every non-empty string is true, so the job or step always runs.',
    bad: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo deploy\n        if: ${{ github.ref == 'refs/heads/main' }} && ${{ github.event_name == 'push' }}\n",
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo deploy\n        if: ${{ github.ref == 'refs/heads/main' && github.event_name == 'push' }}\n",
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'if-always-true');
  },
  tests: [
    {
      name: 'negation outside the braces',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        if: '!${{ cancelled() }}'\n",
      expect: [{ line: 7, col: 13, message: 'if: condition "!${{ cancelled() }}" is always evaluated to true because extra characters are around ${{ }}' }],
    },
    {
      name: 'trailing newline of a block scalar',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        if: |\n          ${{ false }}\n",
      expect: [{ line: 7, col: 13, message: 'if: condition "${{ false }}\\n" is always evaluated to true because extra characters are around ${{ }}' }],
    },
    {
      name: 'single expression or bare condition',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: ${{ github.ref == 'x' }}\n    steps:\n      - run: echo\n        if: github.ref == 'x'\n",
      expect: [],
    },
  ],
};

export default rule;
