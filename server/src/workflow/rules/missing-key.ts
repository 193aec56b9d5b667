import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'missing-key',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  fix: { safety: 'unsafe', why: 'The value it adds (`runs-on: ubuntu-latest`…) is a choice.' },
  docs: {
    summary: 'Keys GitHub requires are missing: `on` and `jobs` in a workflow, `runs-on` and `steps` in a job, `run` or `uses` in a step, `type` of a `workflow_call` input, `value` of an output, `image` of a container, `name`/`description`/`runs` in action metadata, and so on.',
    why: 'GitHub refuses the whole workflow when a required key is missing, often with a message far from the cause. Seeing it in the editor saves a push and a failed run.',
    bad: 'on: push\njobs:\n  build:\n    steps:\n      - run: make\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
  },
  check(ctx) {
    reportStructural(ctx, 'missing-key');
  },
  tests: [
    { name: 'empty workflow', input: '# nothing yet\n', expect: [{ line: 1, col: 1, message: 'workflow is empty' }] },
    {
      name: 'missing on and jobs',
      input: 'name: x\n',
      expect: [
        { line: 1, col: 1, message: '"on" section is missing in workflow' },
        { line: 1, col: 1, message: '"jobs" section is missing in workflow' },
      ],
    },
    {
      name: 'job without runs-on and steps, step without run or uses',
      input: 'on: push\njobs:\n  test:\n    name: t\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - name: nothing\n',
      expect: [
        { line: 3, col: 3, message: '"runs-on" is missing in job "test"' },
        { line: 3, col: 3, message: '"steps" section is missing in job "test"' },
        { line: 8, col: 9, message: 'step must run a script with "run" or run an action with "uses"' },
      ],
    },
    {
      name: 'workflow_call input type and output value',
      input: dedent`
        on:
          workflow_call:
            inputs:
              foo:
                description: d
            outputs:
              bar:
                description: d
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 7, message: '"type" is missing in input "foo" of workflow_call event' },
        { line: 7, col: 7, message: '"value" is missing in output "bar" of workflow_call event' },
      ],
    },
    {
      name: 'container image, credentials pair, environment name, concurrency group',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              options: --cpus 1
              credentials:
                username: u
            environment:
              url: https://x
            concurrency:
              cancel-in-progress: true
            steps:
              - run: echo
      `,
      expect: [
        { line: 5, col: 5, message: '"image" is missing in "container" section' },
        { line: 7, col: 7, message: 'both "username" and "password" must be specified in "credentials" section' },
        { line: 9, col: 5, message: '"name" is missing in "environment" section' },
        { line: 11, col: 5, message: '"group" is missing in "concurrency" section' },
      ],
    },
    {
      name: 'action metadata',
      path: 'action.yml',
      input: 'name: a\nruns:\n  using: node20\n',
      expect: [
        { line: 1, col: 1, message: '"description" is missing in action metadata' },
        { line: 2, col: 1, message: '"main" is missing in "runs" section' },
      ],
    },
    {
      name: 'composite run steps need a shell',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n',
      expect: [{ line: 6, col: 7, message: '"shell" is missing in step to run shell command' }],
    },
    {
      name: 'fix: add runs-on to a job',
      input: 'on: push\njobs:\n  test:\n    steps:\n      - run: make\n',
      expect: [{ line: 3, col: 3, message: '"runs-on" is missing in job "test"' }],
      fixed: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    },
    {
      name: 'fix: add shell to a composite run step and type to a workflow_call input',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      working-directory: x\n',
      expect: [{ line: 6, col: 7, message: '"shell" is missing in step to run shell command' }],
      fixed: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo\n      working-directory: x\n',
    },
    {
      name: 'fix: workflow_call input type and concurrency group',
      input: dedent`
        on:
          workflow_call:
            inputs:
              foo:
                description: d
        jobs:
          a:
            runs-on: ubuntu-latest
            concurrency:
              cancel-in-progress: true
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 7, message: '"type" is missing in input "foo" of workflow_call event' },
        { line: 9, col: 5, message: '"group" is missing in "concurrency" section' },
      ],
      fixed: dedent`
        on:
          workflow_call:
            inputs:
              foo:
                type: string
                description: d
        jobs:
          a:
            runs-on: ubuntu-latest
            concurrency:
              group: \${{ github.workflow }}-\${{ github.ref }}
              cancel-in-progress: true
            steps:
              - run: echo
      `,
    },
    {
      name: 'complete workflow, reusable call job and container string',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: node:20\n    steps:\n      - uses: actions/checkout@v4\n  b:\n    uses: ./.github/workflows/x.yml\n',
      files: { '.github/workflows/x.yml': 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n' },
      expect: [],
    },
  ],
};

export default rule;
