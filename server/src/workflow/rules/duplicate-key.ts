import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'duplicate-key',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'A key is written twice in the same mapping. GitHub compares keys without regard to case, so `FOO` and `foo` in `env:`, two jobs `Build` and `build`, or two inputs differing in case are duplicates too.',
    why: 'GitHub rejects the workflow; other YAML tools silently keep the last value, so the mistake is easy to miss when copying jobs or steps around.',
    bad: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n  test:\n    runs-on: windows-latest\n    steps:\n      - run: make test\n',
    good: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n  test-windows:\n    runs-on: windows-latest\n    steps:\n      - run: make test\n',
  },
  check(ctx) {
    reportStructural(ctx, 'duplicate-key');
  },
  tests: [
    {
      name: 'duplicated key in a job',
      input: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    runs-on: macos-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 5, col: 5, message: 'key "runs-on" is duplicated in job "test". previously defined at line:4,col:5' }],
    },
    {
      name: 'case-insensitive env, inputs, matrix, with and job ids',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              foo:
                type: string
              FOO:
                type: string
        env:
          A: 1
          a: 2
        jobs:
          b:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                x: [1]
                X: [2]
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: a
                  REF: b
          B:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 6, col: 7, message: 'key "FOO" is duplicated in "inputs" section. previously defined at line:4,col:7. note that this key is case insensitive' },
        { line: 10, col: 3, message: 'key "a" is duplicated in "env" section. previously defined at line:9,col:3. note that this key is case insensitive' },
        { line: 17, col: 9, message: 'key "X" is duplicated in "matrix" section. previously defined at line:16,col:9. note that this key is case insensitive' },
        { line: 22, col: 11, message: 'key "REF" is duplicated in "with" section. previously defined at line:21,col:11. note that this key is case insensitive' },
        { line: 23, col: 3, message: 'key "B" is duplicated in "jobs" section. previously defined at line:12,col:3. note that this key is case insensitive' },
      ],
    },
    {
      name: 'same names in different mappings',
      input: dedent`
        on: push
        env:
          A: 1
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              A: 2
            steps:
              - run: echo
                env:
                  A: 3
      `,
      expect: [],
    },
  ],
};

export default rule;
