import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'unknown-key',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  fix: { safety: 'unsafe', why: 'A did-you-mean is a guess; a key that differs from the expected one only in case (`Runs-On`) is corrected by `--fix` (safe).' },
  docs: {
    summary: 'Keys GitHub Actions does not know, at any level (workflow, events, jobs, steps, containers, inputs, action metadata), are reported where they are written.',
    why: 'GitHub rejects a workflow with an unknown key, but only after you push it. A typo such as `job:` or `run-on:`, a key of the wrong case (`Runs-On:`), or a key of the other kind of step (`with:` on a `run:` step) is caught here, with a fix to the nearest key. The key sets come from GitHub\'s own workflow schema.',
    bad: 'on: push\njob:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
  },
  check(ctx) {
    reportStructural(ctx, 'unknown-key');
  },
  tests: [
    {
      name: 'typo of jobs',
      input: 'on: push\njob:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 2, col: 1, message: 'unexpected key "job" for workflow. expected one of "on", "name", "description", "run-name", "defaults", "env", "permissions", "concurrency", "jobs". Did you mean "jobs"?' }],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'a key that is the first word of one known key: that key is suggested, with a fix (timeout → timeout-minutes)',
      input: 'on: push\njobs:\n  a:\n    runs-on: x\n    timeout: 5\n    steps:\n      - run: x\n        timeout: 3\n',
      expect: [
        { line: 5, col: 5, message: 'unexpected key "timeout" for job "a". expected one of "needs", "if", "strategy", "name", "runs-on", "timeout-minutes", "cancel-timeout-minutes", "continue-on-error", "container", "services", "env", "environment", "permissions", "concurrency", "outputs", "defaults", "steps", "snapshot". Did you mean "timeout-minutes"?' },
        { line: 8, col: 9, message: 'unexpected key "timeout" for step to run shell command. expected one of "name", "id", "if", "timeout-minutes", "run", "continue-on-error", "env", "working-directory", "shell", "background". Did you mean "timeout-minutes"?' },
      ],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: x\n    timeout-minutes: 5\n    steps:\n      - run: x\n        timeout-minutes: 3\n',
    },
    { name: 'unknown key without suggestion', input: 'on: push\nfoo: bar\njobs:\n  a:\n    runs-on: x\n    steps: [run: x]\n', expect: [{ line: 2, col: 1, message: 'unexpected key "foo" for workflow. expected one of "on", "name", "description", "run-name", "defaults", "env", "permissions", "concurrency", "jobs"' }] },
    {
      name: 'all known top-level keys',
      input: dedent`
        name: ci
        run-name: x
        on: push
        permissions: {}
        env: {}
        defaults:
          run:
            shell: bash
        concurrency: x
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'typo in a job',
      input: 'on: push\njobs:\n  a:\n    run-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 4, col: 5, message: 'unexpected key "run-on" for job "a". expected one of "needs", "if", "strategy", "name", "runs-on", "timeout-minutes", "cancel-timeout-minutes", "continue-on-error", "container", "services", "env", "environment", "permissions", "concurrency", "outputs", "defaults", "steps", "snapshot". Did you mean "runs-on"?' }],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'no rename to a key the mapping already has (before or after)',
      input: 'on: push\njobs:\n  a:\n    Runs-On: ubuntu-latest\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        Run: echo\n',
      expect: [
        { line: 4, col: 5, message: 'unexpected key "Runs-On" for job "a". keys are case-sensitive. Did you mean "runs-on"?' },
        { line: 8, col: 9, message: 'unexpected key "Run" for step to run shell command. keys are case-sensitive. Did you mean "run"?' },
      ],
      fixed: 'on: push\njobs:\n  a:\n    Runs-On: ubuntu-latest\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        Run: echo\n',
    },
    {
      name: 'keys are case-sensitive',
      input: 'on: push\njobs:\n  a:\n    Runs-On: ubuntu-latest\n    steps:\n      - run: echo\n        SHELL: bash\n',
      expect: [
        { line: 4, col: 5, message: 'unexpected key "Runs-On" for job "a". keys are case-sensitive. Did you mean "runs-on"?' },
        { line: 7, col: 9, message: 'unexpected key "SHELL" for step to run shell command. keys are case-sensitive. Did you mean "shell"?' },
      ],
    },
    {
      name: 'with on a run step, run and shell on an action step',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                with:
                  x: 1
              - uses: actions/checkout@v4
                shell: bash
                working-directory: x
      `,
      expect: [
        { line: 7, col: 9, message: 'unexpected key "with" for step to run shell command; "with" and "uses" are for steps that run an action' },
        { line: 10, col: 9, message: 'unexpected key "shell" for step to execute action; "shell" is only for steps that run a script with "run"' },
        { line: 11, col: 9, message: 'unexpected key "working-directory" for step to execute action; "working-directory" is only for steps that run a script with "run"' },
      ],
    },
    {
      name: 'reusable workflow call jobs take only some keys',
      input: dedent`
        on: push
        jobs:
          call:
            uses: ./.github/workflows/x.yml
            runs-on: ubuntu-latest
          build:
            runs-on: ubuntu-latest
            with:
              a: 1
            steps:
              - run: echo
      `,
      files: { '.github/workflows/x.yml': 'on:\n  workflow_call:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' },
      expect: [
        { line: 5, col: 5, message: 'unexpected key "runs-on" for job "call"; when a reusable workflow is called with "uses", "runs-on" is not available. only "name", "uses", "with", "secrets", "needs", "if", "permissions", "concurrency", "strategy" are allowed' },
        { line: 8, col: 5, message: 'unexpected key "with" for job "build"; "with" is only available for a reusable workflow call with "uses" but "uses" is not found in job "build"' },
      ],
    },
    {
      name: 'nested sections: container, strategy, concurrency, environment, inputs',
      input: dedent`
        on:
          workflow_dispatch:
            inputs:
              x:
                descripton: d
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: node
              option: --cpus 1
            strategy:
              failfast: false
            concurrency:
              group: g
              cancel: true
            environment:
              name: prod
              URL: https://x
            steps:
              - run: echo
      `,
      expect: [
        { line: 5, col: 9, message: 'unexpected key "descripton" for input "x" of workflow_dispatch event. expected one of "description", "type", "required", "default", "options". Did you mean "description"?' },
        { line: 11, col: 7, message: 'unexpected key "option" for "container" section. expected one of "image", "options", "env", "ports", "volumes", "credentials". Did you mean "options"?' },
        { line: 13, col: 7, message: 'unexpected key "failfast" for "strategy" section. expected one of "fail-fast", "max-parallel", "matrix". Did you mean "fail-fast"?' },
        { line: 16, col: 7, message: 'unexpected key "cancel" for "concurrency" section. expected one of "group", "cancel-in-progress", "queue". Did you mean "cancel-in-progress"?' },
        { line: 19, col: 7, message: 'unexpected key "URL" for "environment" section. keys are case-sensitive. Did you mean "url"?' },
      ],
    },
    {
      name: 'anchors and aliases are resolved',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - &s
                run: echo
                nme: x
          b:
            runs-on: ubuntu-latest
            steps:
              - *s
      `,
      expect: [{ line: 8, col: 9, message: 'unexpected key "nme" for step to run shell command. expected one of "name", "id", "if", "timeout-minutes", "run", "continue-on-error", "env", "working-directory", "shell", "background". Did you mean "name"?' }],
    },
    {
      name: 'action metadata keys',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: x.js\nbrandin: {}\n',
      expect: [{ line: 6, col: 1, message: 'unexpected key "brandin" for action metadata. expected one of "name", "description", "author", "inputs", "outputs", "runs", "branding". Did you mean "branding"?' }],
    },
    {
      name: 'action runs: the kind of action comes from "using", the stray key is reported',
      path: 'action.yml',
      input:
        'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n  image: Dockerfile\n',
      expect: [
        { line: 6, col: 3, message: 'unexpected key "image" for "runs" section; "image" belongs to a Docker action, but "using: node20" makes this a JavaScript action. expected one of "using", "main", "pre", "pre-if", "post", "post-if"' },
      ],
    },
    {
      name: 'action runs: docker and composite actions with keys of another kind',
      path: 'action.yml',
      input: 'name: b\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n  main: index.js\n',
      expect: [{ line: 6, col: 3, message: 'unexpected key "main" for "runs" section; "main" belongs to a JavaScript action, but "using: docker" makes this a Docker action. expected one of "using", "image", "entrypoint", "args", "env", "pre-entrypoint", "pre-if", "post-entrypoint", "post-if"' }],
    },
    {
      name: 'action runs: a composite action with a script',
      path: 'action.yml',
      input: 'name: c\ndescription: d\nruns:\n  using: composite\n  main: index.js\n  steps:\n    - run: echo\n      shell: bash\n',
      expect: [{ line: 5, col: 3, message: 'unexpected key "main" for "runs" section; "main" belongs to a JavaScript action, but "using: composite" makes this a composite action. expected one of "using", "steps"' }],
    },
    {
      name: 'action runs: a key of no kind of action keeps its typo fix',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n  postt: cleanup.js\n',
      files: { 'index.js': '', 'cleanup.js': '' },
      expect: [{ line: 6, col: 3, message: 'unexpected key "postt" for "runs" section. expected one of "using", "main", "pre", "pre-if", "post", "post-if". Did you mean "post"?' }],
      fixed: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n  post: cleanup.js\n',
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n      with: {}\n',
      expect: [{ line: 8, col: 7, message: 'unexpected key "with" for step to run shell command; "with" and "uses" are for steps that run an action' }],
    },
    {
      name: 'expressions and free-form sections (env, with, matrix, outputs, services)',
      input: dedent`
        on: push
        env:
          ANY_NAME: 1
        jobs:
          a:
            runs-on: \${{ matrix.os }}
            strategy:
              matrix:
                os: [ubuntu-latest]
                anything: [1, 2]
            outputs:
              out: \${{ steps.x.outputs.y }}
            services:
              redis:
                image: redis
            steps:
              - uses: actions/checkout@v4
                with:
                  whatever: 1
      `,
      expect: [],
    },
  ],
};

export default rule;
