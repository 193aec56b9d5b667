import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

const rule: Rule<WorkflowModel> = {
  id: 'expression-syntax',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'expression' },
  docs: {
    summary: 'A `${{ }}` expression (or an `if:` condition) that GitHub cannot parse: bad characters, double-quoted strings, unbalanced parentheses, a missing `}}`.',
    why: 'GitHub rejects the whole workflow when one expression does not parse, and only tells you after the push. The finding points at the exact character inside the expression.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event_name == "push" }}"\n',
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event_name == 'push' }}\"\n",
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'expression-syntax');
  },
  tests: [
    {
      name: 'double-quoted string inside an expression',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.ref == "main" }}"\n',
      expect: [{ line: 6, col: 38, message: "got unexpected character '\"' while lexing expression, expecting 'a'..'z', 'A'..'Z', '_', '0'..'9', ''', '}', '(', ')', '[', ']', '.', '!', '<', '>', '=', '&', '|', '*', ',', ' '. do you mean string literals? only single quotes are available for string delimiter" }],
    },
    {
      name: 'missing closing braces',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.ref\n',
      expect: [{ line: 6, col: 19, message: 'expression is not closed: "}}" is missing' }],
    },
    {
      name: 'unbalanced parentheses in a bare if',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: (github.ref == 'x'\n    steps:\n      - run: echo\n",
      expect: [{ line: 5, col: 26, message: 'unbalanced parentheses: unexpected end of expression "}}", expecting ")" to close "(" at offset 0' }],
    },
    {
      name: 'position inside a literal block scalar',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo one\n          echo ${{ github.ref = 1 }}\n',
      expect: [{ line: 8, col: 31, message: "got unexpected character '=' while lexing expression. did you mean '=='?" }],
    },
    {
      name: 'position inside a single-quoted scalar with escaped quotes',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: 'it''s ${{ github.ref ] }}'\n",
      expect: [{ line: 6, col: 36, message: 'unexpected "]" while parsing end of expression. expecting "}}" or an operator' }],
    },
    {
      name: 'valid expressions of every kind',
      input:
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: github.ref == 'refs/heads/main' && !cancelled()\n    steps:\n      - run: echo ${{ 0x1F }} ${{ 1.5e3 }} ${{ -2 }} ${{ 'it''s' }} ${{ null }} ${{ github.event.commits[0].message }} ${{ toJSON(github.event.commits.*.id) }}\n",
      expect: [],
    },
  ],
};

export default rule;
