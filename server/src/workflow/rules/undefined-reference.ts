import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'undefined-reference',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'expression' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the name it suggests is a guess.' },
  docs: {
    summary: 'An expression reads something that does not exist: an unknown context or function, a step id that is not defined before, a job missing from `needs`, a matrix key or input that is not declared.',
    why: 'GitHub evaluates a missing property to an empty string without any error, so a typo such as `steps.biuld.outputs.version` silently produces an empty value. Dynamic sources (matrices built with `fromJSON`, secrets, variables, outputs of unknown actions) are never reported.',
    bad: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: version\n        run: echo \"v=1\" >> \"$GITHUB_OUTPUT\"\n      - run: echo ${{ steps.versoin.outputs.v }}\n",
    good: "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: version\n        run: echo \"v=1\" >> \"$GITHUB_OUTPUT\"\n      - run: echo ${{ steps.version.outputs.v }}\n",
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'undefined-reference');
  },
  tests: [
    {
      name: 'step defined later',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ steps.later.outputs.x }}\n      - id: later\n        run: echo\n',
      expect: [{ line: 6, col: 29, message: 'property "later" is not defined in object type {}. step "later" is defined later in this job; the steps context only has steps that ran before this one' }],
    },
    {
      name: 'needs not listed',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            outputs:
              v: x
            steps:
              - run: echo
          b:
            runs-on: ubuntu-latest
            steps:
              - run: echo \${{ needs.a.outputs.v }}
      `,
      expect: [{ line: 12, col: 29, message: 'property "a" is not defined in object type {}. job "a" is not listed in "needs" of job "b"; add it to "needs" to read its outputs' }],
    },
    {
      name: 'undeclared matrix key and input',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              level:
                type: string
        jobs:
          a:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                os: [ubuntu-latest]
                include:
                  - extra: 1
            steps:
              - run: echo \${{ matrix.os }} \${{ matrix.extra }} \${{ matrix.node }} \${{ inputs.levl }}
      `,
      expect: [
        { line: 15, col: 67, message: 'property "node" is not defined in object type {extra: number; os: string}' },
        { line: 15, col: 86, message: 'property "levl" is not defined in object type {level: string}. Did you mean "level"?' },
      ],
    },
    {
      name: 'undefined variable and function',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ foo.bar }} ${{ lower(github.ref) }}\n',
      expect: [
        { line: 6, col: 23, message: 'undefined variable "foo". available variables are "env", "github", "inputs", "job", "matrix", "needs", "runner", "secrets", "steps", "strategy", "vars"' },
        { line: 6, col: 38, message: 'undefined function "lower". available functions are "always", "cancelled", "case", "contains", "endswith", "failure", "format", "fromjson", "hashfiles", "join", "startswith", "success", "tojson"' },
      ],
    },
    {
      name: 'outputs of self-repository ($/) actions and reusable workflows are read from their files',
      input: dedent`
        on: push
        jobs:
          call:
            uses: $/.github/workflows/reuse.yml
          b:
            needs: [call]
            runs-on: ubuntu-latest
            steps:
              - id: h
                uses: $/.github/actions/hello
              - run: echo \${{ steps.h.outputs.greeting }} \${{ steps.h.outputs.nope }} \${{ needs.call.outputs.url }} \${{ needs.call.outputs.nope }}
      `,
      files: {
        '.github/actions/hello/action.yml': 'name: h\ndescription: d\noutputs:\n  greeting:\n    description: g\n    value: x\nruns:\n  using: composite\n  steps: []\n',
        '.github/workflows/reuse.yml': 'on:\n  workflow_call:\n    outputs:\n      url:\n        value: ${{ jobs.a.outputs.u }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    outputs:\n      u: x\n    steps:\n      - run: echo\n',
      },
      expect: [
        { line: 11, col: 71, message: 'property "nope" is not defined in object type {greeting: string}' },
        { line: 11, col: 132, message: 'property "nope" is not defined in object type {url: string}' },
      ],
    },
    {
      name: 'outputs of popular actions come from bundled metadata: a near miss is named, with a fix',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - id: cache
                uses: actions/cache@v4
                with:
                  path: x
                  key: k
              - id: req
                uses: octokit/request-action@v2.x
                with:
                  route: GET /
              - if: steps.cache.outputs.cache_hit != 'true'
                run: echo \${{ steps.cache.outputs['cache_hit'] }} \${{ steps.req.outputs.nope }} \${{ steps.req.outputs.data }}
      `,
      expect: [
        { line: 15, col: 33, message: 'property "cache_hit" is not defined in object type {cache-hit: string}. Did you mean "cache-hit"?' },
        { line: 16, col: 43, message: 'property "cache_hit" is not defined in object type {cache-hit: string}. Did you mean "cache-hit"?' },
        { line: 16, col: 81, message: 'property "nope" is not defined in object type {data: string; headers: string; status: string}' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - id: cache
                uses: actions/cache@v4
                with:
                  path: x
                  key: k
              - id: req
                uses: octokit/request-action@v2.x
                with:
                  route: GET /
              - if: steps.cache.outputs.cache-hit != 'true'
                run: echo \${{ steps.cache.outputs['cache_hit'] }} \${{ steps.req.outputs.nope }} \${{ steps.req.outputs.data }}
      `,
    },
    {
      name: 'outputs of a popular action pinned to a SHA without a version comment, or of an old major, are open',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - id: c
                uses: actions/checkout@0123456789abcdef0123456789abcdef01234567
              - id: old
                uses: actions/checkout@v2
              - id: pinned
                uses: actions/checkout@0123456789abcdef0123456789abcdef01234567 # v4.1.1
              - run: echo \${{ steps.c.outputs.anything }} \${{ steps.old.outputs.anything }} \${{ steps.pinned.outputs.commit }} \${{ steps.pinned.outputs.sha }}
      `,
      expect: [{ line: 12, col: 145, message: 'property "sha" is not defined in object type {commit: string; ref: string}' }],
    },
    {
      name: 'a workflow outside .github/workflows reads its callee from the repository root',
      path: 'ci/caller.yml',
      input:
        'on: push\njobs:\n  call:\n    uses: ./.github/workflows/reuse.yml\n  b:\n    needs: [call]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ needs.call.outputs.url }} ${{ needs.call.outputs.nope }}\n',
      files: {
        '.github/workflows/reuse.yml': 'on:\n  workflow_call:\n    outputs:\n      url:\n        value: ${{ jobs.a.outputs.u }}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    outputs:\n      u: x\n    steps:\n      - run: echo\n',
      },
      expect: [{ line: 9, col: 72, message: 'property "nope" is not defined in object type {url: string}' }],
    },
    {
      name: 'configuration variable names GitHub cannot hold',
      input:
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ vars.FOO-BAR }} ${{ vars.GITHUB_X }} ${{ vars['1ABC'] }} ${{ vars['A B'] }} ${{ vars.OK_1 }} ${{ vars._x }}\n",
      expect: [
        { line: 6, col: 28, message: 'configuration variable name "FOO-BAR" is invalid: names hold only letters, digits and _, so no such variable can exist and "vars.FOO-BAR" is always empty' },
        { line: 6, col: 48, message: 'configuration variable name "GITHUB_X" is invalid: names must not start with GITHUB_, so no such variable can exist and "vars.GITHUB_X" is always empty' },
        { line: 6, col: 69, message: 'configuration variable name "1ABC" is invalid: names must not start with a digit, so no such variable can exist and "vars.1ABC" is always empty' },
        { line: 6, col: 89, message: 'configuration variable name "A B" is invalid: names hold only letters, digits and _, so no such variable can exist and "vars.A B" is always empty' },
      ],
    },
    {
      name: 'dynamic sources are open',
      input:
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy:\n      matrix: ${{ fromJSON(vars.MATRIX) }}\n    steps:\n      - id: s\n        uses: some/action@v1\n      - run: echo ${{ matrix.anything }} ${{ secrets.ANY }} ${{ vars.X }} ${{ steps.s.outputs.whatever }} ${{ github.event.pull_request.title }} ${{ env.FOO }}\n",
      expect: [],
    },
  ],
};

export default rule;
