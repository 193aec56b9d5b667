import type { Pair, YAMLMap } from 'yaml';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { allSteps, mapValue, pairsOf, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

/** What is wrong with an environment variable name, and how bad it is; undefined when it is fine. */
function problem(name: string): { why: string; severity: 'error' | 'warning' } | undefined {
  if (name.includes('=')) return { why: 'contains "=", which ends a name in the environment: the variable cannot be set under this name', severity: 'error' };
  if (/\s/.test(name)) return { why: 'contains white space: no shell can read it ($FOO BAR is $FOO followed by the word BAR)', severity: 'warning' };
  return undefined;
}

const rule: Rule<WorkflowModel> = {
  id: 'env-name',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'env-var' },
  docs: {
    summary: 'Names of environment variables under `env:` (of the workflow, a job, a step, a container or a service) must not contain `=` (an error) or white space (a warning).',
    why: 'An environment entry is `NAME=value`: a name holding `=` cannot be set as written, and a name with a space is set but no shell can read it. Both are usually a value written where the key should be (`FOO=bar:` for `FOO: bar`).',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      MODE=release: 1\n      BUILD DIR: out\n    steps:\n      - run: make\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      MODE: release\n      BUILD_DIR: out\n    steps:\n      - run: make\n',
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    const maps: (YAMLMap | undefined)[] = [];
    const envOf = (pairs: Map<string, Pair>) => maps.push(mapValue(model, pairs.get('env')));
    envOf(pairsOf(model, s.root));
    for (const job of s.jobs) {
      envOf(job.pairs);
      envOf(pairsOf(model, mapValue(model, job.pairs.get('container'))));
      for (const svc of mapValue(model, job.pairs.get('services'))?.items ?? []) envOf(pairsOf(model, mapValue(model, svc as Pair)));
    }
    for (const { step } of allSteps(model)) envOf(step.pairs);
    for (const step of s.actionSteps) envOf(step.pairs);
    // Jobs that alias one list of steps share their pairs: each is reported once.
    const seen = new Set<Pair>();
    for (const m of maps) {
      for (const p of m?.items ?? []) {
        if (seen.has(p as Pair)) continue;
        seen.add(p as Pair);
        const name = scalarString(p.key);
        if (name === undefined || name.includes('${{')) continue;
        const bad = problem(name);
        if (bad) report({ message: `environment variable name ${JSON.stringify(name)} is invalid: it ${bad.why}`, range: model.keyRange(p as Pair), severity: bad.severity });
      }
    }
  },
  tests: [
    {
      name: 'names with = (error) and white space (warning) at every level',
      input: dedent`
        on: push
        env:
          FOO=BAR: x
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: alpine
              env:
                "A B": 1
            services:
              db:
                image: postgres
                env:
                  PG=1: x
            env:
              OK_NAME: 1
            steps:
              - run: echo
                env:
                  "X\\tY": 2
                  \${{ matrix.k }}: 3
      `,
      expect: [
        { line: 3, col: 3, message: 'environment variable name "FOO=BAR" is invalid: it contains "=", which ends a name in the environment: the variable cannot be set under this name', severity: 'error' },
        { line: 10, col: 9, message: 'environment variable name "A B" is invalid: it contains white space: no shell can read it ($FOO BAR is $FOO followed by the word BAR)', severity: 'warning' },
        { line: 15, col: 11, message: 'environment variable name "PG=1" is invalid: it contains "=", which ends a name in the environment: the variable cannot be set under this name', severity: 'error' },
        { line: 21, col: 11, message: 'environment variable name "X\\tY" is invalid: it contains white space: no shell can read it ($FOO BAR is $FOO followed by the word BAR)', severity: 'warning' },
      ],
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n      env:\n        A=B: 1\n        GOOD: 2\n',
      expect: [{ line: 9, col: 9, message: 'environment variable name "A=B" is invalid: it contains "=", which ends a name in the environment: the variable cannot be set under this name', severity: 'error' }],
    },
    {
      name: 'ordinary names, lower case, digits and expressions in values are fine',
      input: dedent`
        on: push
        env:
          FOO: a=b
          lower_1: x y
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                env:
                  _X2: \${{ github.sha }}
      `,
      expect: [],
    },
  ],
};

export default rule;
