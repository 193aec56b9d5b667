import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

const rule: Rule<WorkflowModel> = {
  id: 'expression-placement',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'A value that must be a literal of a type or one single `${{ }}` (booleans such as `continue-on-error`, numbers such as `timeout-minutes`, an `env:` mapping), or a `${{ }}` where GitHub does not evaluate expressions (`uses`).',
    why: '`continue-on-error: yes please` or `timeout-minutes: ${{ x }}0` are rejected by GitHub, and `uses: ${{ ... }}` is never evaluated.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: ${{ vars.T }} minutes\n    steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: ${{ fromJSON(vars.T) }}\n    steps:\n      - run: echo hi\n',
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'expression-placement');
  },
  tests: [
    {
      name: 'plain text where a boolean, an integer or a mapping is expected',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    continue-on-error: maybe\n    strategy:\n      max-parallel: ${{ 1 }}${{ 2 }}\n    env: FOO=1\n    steps:\n      - uses: ${{ vars.ACTION }}\n',
      expect: [
        { line: 5, col: 24, message: 'expecting a single ${{...}} expression or boolean literal "true" or "false", but found plain text node' },
        { line: 7, col: 21, message: 'expecting a single ${{...}} expression or integer literal, but found plain text node' },
        { line: 8, col: 10, message: 'expecting a single ${{...}} expression or mapping value for "env" section, but found plain text node' },
        { line: 10, col: 15, message: 'expressions are not evaluated in the "uses" of a step: GitHub reads "${{ vars.ACTION }}" as it is written' },
      ],
    },
    {
      name: 'literals and single expressions',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    continue-on-error: ${{ github.ref == 'x' }}\n    timeout-minutes: 10\n    env: ${{ fromJSON(vars.ENV) }}\n    steps:\n      - run: echo\n        continue-on-error: true\n",
      expect: [],
    },
  ],
};

export default rule;
