import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

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
        { line: 6, col: 23, message: 'number of arguments is wrong' },
        { line: 6, message: 'does not contain placeholder {1}', severity: 'warning' },
      ],
    },
    {
      name: 'broken JSON and object in a template',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ fromJSON('{\"a\":') }} ${{ github.event }}\n",
      expect: [
        { line: 6, message: 'broken JSON' },
        { line: 6, message: 'should not be evaluated in template', severity: 'warning' },
      ],
    },
    {
      name: 'comparison with an object is a warning',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        if: github.ref == fromJSON('{}')\n",
      expect: [{ line: 7, message: 'cannot be compared', severity: 'warning' }],
    },
    {
      name: 'typed keys',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    continue-on-error: ${{ github.ref }}\n    container:\n      image: x\n      credentials: ${{ github.ref }}\n    steps:\n      - run: echo\n",
      expect: [
        { line: 5, message: 'must be bool' },
        { line: 8, message: 'must be object' },
      ],
    },
    {
      name: 'a number, boolean or null index of an object reads the key of that text; an object index does not',
      input:
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    services:\n      redis:\n        image: redis\n        ports: ['6379/tcp']\n    steps:\n      - run: echo ${{ job.services.redis.ports[6379] }} ${{ job.services.redis.ports[true] }} ${{ job.services.redis.ports[null] }} ${{ job.services.redis.ports[github.run_number] }}\n      - run: echo ${{ job.services.redis.ports[job.services] }}\n",
      expect: [{ line: 11, col: 48, message: 'property access of object must be type of string but got "{string => {id: string; network: string; ports: {string => string}}}"' }],
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
