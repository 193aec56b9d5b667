import type { Pair, YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { allSteps, mapValue, pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const ALLOW = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

const rule: Rule<WorkflowModel> = {
  id: 'insecure-commands',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: {},
  docs: {
    summary: '`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in a workflow, job or step `env` re-enables the `::set-env` and `::add-path` workflow commands GitHub disabled (zizmor\'s `insecure-commands`).',
    why:
      'GitHub disabled these commands in 2020 because every line a step prints is read for them: a log line, a file\'s contents or a pull request title echoed by a build tool can then set `LD_PRELOAD`, `NODE_OPTIONS` or `PATH` for the later steps and run code with the job\'s token. The runner reads the setting like a C# boolean (`true` in any case, surrounding spaces allowed); a `${{ }}` value is reported too, since it re-enables the commands whenever it is true. Write to the `$GITHUB_ENV` and `$GITHUB_PATH` files instead, then remove the setting. No quick fix: an action or a tool the step runs may still print the old commands, and removing the setting would silently drop what they set. The `deprecated-command` rule reports each `::set-env` and `::add-path` of a `run:` script. See https://docs.zizmor.sh/audits/#insecure-commands.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "::add-path::$HOME/.local/bin"\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$HOME/.local/bin" >> "$GITHUB_PATH"\n',
  },
  check({ model, report }) {
    const judge = (envPair: Pair | undefined, scope: string) => {
      const env = mapValue(model, envPair);
      if (!env) return;
      const pair = pairsOf(model, env as YAMLMap).get(ALLOW);
      if (!pair) return;
      const v = scalarString(resolve(model, pair.value));
      if (v === undefined) return;
      const lead = v.includes('${{') ? `${ALLOW} is set by an expression: whenever it is true it re-enables` : `${ALLOW}: ${v.trim()} re-enables`;
      if (!v.includes('${{') && v.trim().toLowerCase() !== 'true') return;
      report({
        message: `${lead} the ::set-env and ::add-path workflow commands ${scope}: any text a step prints (a log line, a file's contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it`,
        range: model.keyRange(pair),
      });
    };
    const s = workflowStructure(model);
    if (model.kind === 'workflow' && s.root) judge(pairsOf(model, s.root).get('env'), 'for every job of this workflow');
    for (const job of s.jobs) if (isMap(job.node)) judge(job.pairs.get('env'), `for every step of job ${JSON.stringify(job.id)}`);
    for (const { step } of allSteps(model)) judge(step.pairs.get('env'), 'for this step');
  },
  tests: [
    {
      name: 'workflow, job and step env; quoted and capitalised values',
      input: dedent`
        on: push
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: true
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: 'True'
            steps:
              - uses: actions/setup-node@v1
                env:
                  OTHER: 1
                  ACTIONS_ALLOW_UNSECURE_COMMANDS: " true "
      `,
      expect: [
        { line: 3, col: 3, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS: true re-enables the ::set-env and ::add-path workflow commands for every job of this workflow: any text a step prints (a log line, a file\'s contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it' },
        { line: 8, col: 7, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS: True re-enables the ::set-env and ::add-path workflow commands for every step of job "a": any text a step prints (a log line, a file\'s contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it' },
        { line: 13, col: 11, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS: true re-enables the ::set-env and ::add-path workflow commands for this step: any text a step prints (a log line, a file\'s contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it' },
      ],
    },
    {
      name: 'false, other values the runner does not read as true, other names, and an empty env',
      input: dedent`
        on: push
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: false
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: 'yes'
              ALLOW_UNSECURE_COMMANDS: true
            steps:
              - run: echo
                env:
                  ACTIONS_ALLOW_UNSECURE_COMMANDS:
              - run: echo
                env: \${{ fromJSON(vars.ENV) }}
              - run: echo "ACTIONS_ALLOW_UNSECURE_COMMANDS: true"
      `,
      expect: [],
    },
    {
      name: 'a value set by an expression',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        env:\n          ACTIONS_ALLOW_UNSECURE_COMMANDS: ${{ inputs.legacy }}\n',
      expect: [{ line: 8, col: 11, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS is set by an expression: whenever it is true it re-enables the ::set-env and ::add-path workflow commands for this step: any text a step prints (a log line, a file\'s contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it' }],
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo \"::add-path::/opt/bin\"\n      shell: bash\n      env:\n        ACTIONS_ALLOW_UNSECURE_COMMANDS: 'true'\n",
      expect: [{ line: 9, col: 9, message: 'ACTIONS_ALLOW_UNSECURE_COMMANDS: true re-enables the ::set-env and ::add-path workflow commands for this step: any text a step prints (a log line, a file\'s contents, a pull request title) can then set environment variables or PATH for the later steps. write to "$GITHUB_ENV" and "$GITHUB_PATH" instead and remove it' }],
    },
  ],
};

export default rule;
