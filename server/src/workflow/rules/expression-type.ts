import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'expression-type',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'expression' },
  docs: {
    summary: 'Type errors in expressions: wrong number or types of function arguments, `format()` placeholders that do not match its arguments, broken JSON given to `fromJSON()`, objects printed into strings, comparisons that are always false.',
    why: 'These expressions run but do not do what they say: `format(\'{0} {1}\', a)` fails at run time, comparing a string with an object is always false, and `${{ github.event }}` prints `Object`.',
    bad: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ format('{0}-{1}', github.ref) }}\n",
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ format('{0}-{1}', github.ref, github.sha) }}\n",
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'expression-type');
  },
  tests: [
    {
      name: 'arity and placeholders',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ startsWith(github.ref) }} ${{ format('{0}', 1, 2) }}\n",
      expect: [
        { line: 6, col: 23, message: 'number of arguments is wrong. function "startsWith(string, string) -> bool" takes 2 parameters but 1 arguments are given' },
        { line: 6, col: 53, message: 'format string "{0}" does not contain placeholder {1}. remove argument which is unused in the format string', severity: 'warning' },
      ],
    },
    {
      name: 'broken JSON and object in a template',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ fromJSON('{\"a\":') }} ${{ github.event }}\n",
      expect: [
        { line: 6, col: 32, message: 'broken JSON string is passed to fromJSON() at offset 5: unexpected end of JSON input' },
        { line: 6, col: 44, message: 'object, array, and null values should not be evaluated in template with ${{ }} but evaluating the value of type object', severity: 'warning' },
      ],
    },
    {
      name: 'comparison with an object is a warning',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        if: github.ref == fromJSON('{}')\n",
      expect: [{ line: 7, col: 13, message: '"string" value cannot be compared to "{}" value with "==" operator', severity: 'warning' }],
    },
    {
      name: 'typed keys',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    continue-on-error: ${{ github.ref }}\n    container:\n      image: x\n      credentials: ${{ github.ref }}\n    steps:\n      - run: echo\n",
      expect: [
        { line: 5, col: 24, message: 'type of expression must be bool but found type string' },
        { line: 8, col: 20, message: 'type of expression at "credentials" must be object but found type string' },
      ],
    },
    {
      name: 'a number, boolean or null index of an object reads the key of that text; an object index does not',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            services:
              redis:
                image: redis
                ports: ['6379/tcp']
            steps:
              - run: echo \${{ job.services.redis.ports[6379] }} \${{ job.services.redis.ports[true] }} \${{ job.services.redis.ports[null] }} \${{ job.services.redis.ports[github.run_number] }}
              - run: echo \${{ job.services.redis.ports[job.services] }}
      `,
      expect: [{ line: 11, col: 48, message: 'property access of object must be type of string but got "{string => {id: string; network: string; ports: {string => string}}}"' }],
    },
    {
      name: 'a number or boolean worked out at run time, on an object with no such key, is always null',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              n:
                type: number
              b:
                type: boolean
        jobs:
          a:
            runs-on: ubuntu-latest
            services:
              redis:
                image: redis
                ports: ['6379/tcp']
            steps:
              - run: echo \${{ github[inputs.n] }} \${{ github[inputs.b] }}
              - run: echo \${{ job.services.redis.ports[inputs.n] }} \${{ github.event.inputs[inputs.n] }}
      `,
      expect: [
        { line: 16, col: 30, message: 'property access of object must be type of string but got "number": GitHub reads the key of its text (such as "1"), which this object does not have, so the result is always null' },
        { line: 16, col: 54, message: 'property access of object must be type of string but got "bool": GitHub reads the key of its text (such as "true"), which this object does not have, so the result is always null' },
        { line: 17, col: 85, message: 'property access of object must be type of string but got "number": GitHub reads the key of its text (such as "1"), which this object does not have, so the result is always null' },
      ],
    },
    {
      name: 'an array indexed by a literal string of digits reads that element',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.*['0'] }} ${{ github.event.*[github.ref] }}\n",
      expect: [{ line: 6, col: 65, message: 'index access of array must be type of number but got "string"' }],
    },
    {
      name: 'well-typed expressions',
      input:
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout-minutes: ${{ fromJSON(vars.T) }}\n    steps:\n      - run: echo ${{ format('{0}{{x}}', github.ref) }} ${{ join(github.event.commits.*.id, ',') }} ${{ contains(fromJSON('[\"a\"]'), github.ref) }} ${{ toJSON(github.event) }}\n",
      expect: [],
    },
  ],
};

export default rule;
