import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { allSteps, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const rule: Rule<WorkflowModel> = {
  id: 'invalid-id',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'id' },
  docs: {
    summary: 'Job and step ids must start with a letter or `_` and contain only letters, digits, `-` and `_`; step ids must be unique within a job (ignoring case).',
    why: 'GitHub rejects the workflow. Ids are what `needs`, `needs.<id>.outputs` and `steps.<id>.outputs` refer to, so a version number (`v1.2`) or a duplicate id breaks those references.',
    bad: 'on: push\njobs:\n  build-1.0:\n    runs-on: ubuntu-latest\n    steps:\n      - id: version\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n      - id: version\n        run: echo done\n',
    good: 'on: push\njobs:\n  build-1_0:\n    runs-on: ubuntu-latest\n    steps:\n      - id: version\n        run: echo "v=1" >> "$GITHUB_OUTPUT"\n      - id: done\n        run: echo done\n',
  },
  check({ model, report }) {
    for (const job of workflowStructure(model).jobs) {
      if (!ID.test(job.id) && !job.id.includes('${{'))
        report({ message: `invalid job ID ${JSON.stringify(job.id)}. job ID must start with a letter or _ and contain only alphanumeric characters, -, or _`, range: job.keyRange });
    }
    const seen = new Map<string, Map<string, { line: number; col: number; index: number }>>();
    for (const { job, step } of allSteps(model)) {
      if (step.id === undefined || !step.idNode || step.id.includes('${{')) continue;
      const range = model.rangeOf(step.idNode);
      if (!ID.test(step.id)) {
        report({ message: `invalid step ID ${JSON.stringify(step.id)}. step ID must start with a letter or _ and contain only alphanumeric characters, -, or _`, range });
        continue;
      }
      const key = job?.id ?? '';
      let ids = seen.get(key);
      if (!ids) seen.set(key, (ids = new Map()));
      const prev = ids.get(step.id.toLowerCase());
      if (prev)
        report({
          message: `step ID ${JSON.stringify(step.id)} duplicates. previously defined at step:${prev.index + 1} line:${prev.line},col:${prev.col}. step ID must be unique within a job. note that step ID is case insensitive`,
          range,
        });
      else ids.set(step.id.toLowerCase(), { line: range.start.line + 1, col: range.start.character + 1, index: step.index });
    }
  },
  tests: [
    {
      name: 'invalid job and step ids',
      input: dedent`
        on: push
        jobs:
          -foo:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                id: v1.2.3
          1-2-3:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                id: "-x"
      `,
      expect: [
        { line: 3, col: 3, message: 'invalid job ID "-foo". job ID must start with a letter or _ and contain only alphanumeric characters, -, or _' },
        { line: 7, col: 13, message: 'invalid step ID "v1.2.3". step ID must start with a letter or _ and contain only alphanumeric characters, -, or _' },
        { line: 8, col: 3, message: 'invalid job ID "1-2-3". job ID must start with a letter or _ and contain only alphanumeric characters, -, or _' },
        { line: 12, col: 13, message: 'invalid step ID "-x". step ID must start with a letter or _ and contain only alphanumeric characters, -, or _' },
      ],
    },
    {
      name: 'duplicate step ids (case-insensitive)',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - id: build
                run: echo
              - id: Build
                run: echo
          b:
            runs-on: ubuntu-latest
            steps:
              - id: build
                run: echo
      `,
      expect: [{ line: 8, col: 13, message: 'step ID "Build" duplicates. previously defined at step:1 line:6,col:13. step ID must be unique within a job. note that step ID is case insensitive' }],
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - id: x.y\n      run: echo\n      shell: bash\n',
      expect: [{ line: 6, col: 11, message: 'invalid step ID "x.y". step ID must start with a letter or _ and contain only alphanumeric characters, -, or _' }],
    },
    {
      name: 'valid ids',
      input: 'on: push\njobs:\n  _build-all_2:\n    runs-on: ubuntu-latest\n    steps:\n      - id: step_1\n        run: echo\n      - id: Step-2\n        run: echo\n',
      expect: [],
    },
  ],
};

export default rule;
