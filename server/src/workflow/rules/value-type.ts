import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'value-type',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the value it suggests is a guess.' },
  docs: {
    summary: 'A value has the wrong type or is not one of the values GitHub accepts: a string where a mapping or list is required, `fail-fast: yes`, `timeout-minutes: 0`, an empty string where a name is required, an unknown `runs.using`, and so on. Empty sections are reported as warnings.',
    why: 'GitHub refuses the workflow with "Unexpected value", usually without saying which type it wanted. Values inside `${{ }}` are left to the expression rules.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 0\n    strategy:\n      fail-fast: no\n    steps:\n      - run: make\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    strategy:\n      fail-fast: false\n    steps:\n      - run: make\n',
  },
  check(ctx) {
    reportStructural(ctx, 'value-type');
  },
  tests: [
    {
      name: 'booleans, numbers and positive numbers',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            continue-on-error: maybe
            timeout-minutes: true
            strategy:
              max-parallel: 0
              fail-fast: \${{ github.ref == 'x' }}
            steps:
              - run: echo
                timeout-minutes: -3.5
      `,
      expect: [
        { line: 5, col: 24, message: '"continue-on-error" section must be a boolean, but it is the string "maybe"' },
        { line: 6, col: 22, message: '"timeout-minutes" section must be a number, but it is the boolean true' },
        { line: 8, col: 21, message: 'value at "max-parallel" must be greater than zero: 0' },
        { line: 12, col: 26, message: 'value at "timeout-minutes" must be greater than zero: -3.5' },
      ],
    },
    {
      name: 'mappings, sequences and strings',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: node
              ports: 80
              credentials: me
            steps:
              - uses: actions/checkout@v4
                with: ref
              - run: echo
                env:
                  A:
                    nested: map
      `,
      expect: [
        { line: 7, col: 14, message: '"ports" section must be a sequence, but it is the number 80' },
        { line: 8, col: 20, message: '"credentials" section must be a mapping, but it is the string "me"' },
        { line: 11, col: 15, message: '"with" section must be a mapping, but it is the string "ref"' },
        { line: 15, col: 13, message: '"A" section must be a string, but it is a mapping' },
      ],
    },
    {
      name: 'empty strings and sections',
      input: 'on: push\njobs:\n  a:\n    runs-on: ""\n    needs: []\n    steps:\n      - uses: ""\n',
      expect: [
        { line: 4, col: 14, message: '"runs-on" section should not be an empty string' },
        { line: 5, col: 12, message: '"needs" section should not be empty', severity: 'warning' },
        { line: 7, col: 15, message: '"uses" section should not be an empty string' },
      ],
    },
    {
      name: 'enums with a typo fix',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node2O\n  main: index.js\n',
      files: { 'index.js': '' },
      expect: [{ line: 4, col: 10, message: '"using" section must be one of "docker", "node12", "node16", "node20", "node24", "composite", but it is the string "node2O". Did you mean "node20"?' }],
      fixed: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n',
    },
    {
      name: 'valid values, numbers as strings and expressions',
      input: dedent`
        on: push
        env:
          N: 1
          B: true
        jobs:
          a:
            runs-on: [self-hosted, linux]
            timeout-minutes: \${{ inputs.t }}
            continue-on-error: true
            strategy:
              matrix: \${{ fromJSON(needs.x.outputs.m) }}
            steps:
              - run: echo
                timeout-minutes: 5
      `,
      expect: [],
    },
    {
      name: 'events as null or an empty mapping, filters as one string (GitHub accepts both)',
      input: dedent`
        on:
          status: {}
          create:
          fork: {}
          repository_dispatch: {types: nightly}
          push: {branches: main, tags: v1, paths-ignore: docs/**}
          pull_request: null
          workflow_run: {workflows: CI, types: completed, branches-ignore: wip}
          registry_package: {types: published}
          image_version: {names: app, versions: v1}
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'an event filter still may not be a mapping, nor an event without filters a list',
      input: 'on:\n  repository_dispatch:\n    types: {a: b}\n  status: [x]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [
        { line: 3, col: 12, message: '"types" section must be a sequence or a string, but it is a mapping' },
        { line: 4, col: 11, message: '"status" event must be a mapping, but it is a sequence' },
      ],
    },
  ],
};

export default rule;
