import type { YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Fix, Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { mapScalar } from '../expr/source';
import { allSteps, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from '../structure';
import { dedent } from '../../engine/dedent';

const ALLOW = 'ACTIONS_ALLOW_UNSECURE_COMMANDS';

/**
 * Whether `ACTIONS_ALLOW_UNSECURE_COMMANDS` re-enables `set-env` and `add-path` for a step. The runner reads it from the
 * step's `env` context (workflow, then job, then step `env`: the nearest wins) and parses it as a boolean, so `true`,
 * `"true"` and `True` count; a `${{ }}` value is only known at run time.
 */
function unsecureAllowed(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): 'yes' | 'no' | 'maybe' {
  const envOf = (pairs: Map<string, unknown> | undefined) => {
    const env = resolve(model, (pairs?.get('env') as { value?: unknown } | undefined)?.value);
    return isMap(env) ? pairsOf(model, env as YAMLMap).get(ALLOW) : undefined;
  };
  const root = workflowStructure(model).root;
  const pair = envOf(step.pairs) ?? (job ? (envOf(job.pairs) ?? (root ? envOf(pairsOf(model, root)) : undefined)) : undefined);
  if (!pair) return 'no';
  const v = scalarString(resolve(model, pair.value));
  if (v === undefined) return 'no';
  if (v.includes('${{')) return 'maybe';
  return v.trim().toLowerCase() === 'true' ? 'yes' : 'no';
}

const REPLACEMENT: Record<string, { file: string; example: string; disabled: boolean }> = {
  'set-output': { file: 'GITHUB_OUTPUT', example: 'echo "{name}={value}" >> "$GITHUB_OUTPUT"', disabled: false },
  'save-state': { file: 'GITHUB_STATE', example: 'echo "{name}={value}" >> "$GITHUB_STATE"', disabled: false },
  'set-env': { file: 'GITHUB_ENV', example: 'echo "{name}={value}" >> "$GITHUB_ENV"', disabled: true },
  'add-path': { file: 'GITHUB_PATH', example: 'echo "{path}" >> "$GITHUB_PATH"', disabled: true },
};
const PATTERN = /(?<![\w-])::(set-output|save-state|set-env|add-path)(?=[\s:])/g;

/**
 * `echo "::set-output name=x::v"` → `echo "x=v" >> "$GITHUB_OUTPUT"` (and save-state → GITHUB_STATE), when the command is
 * the whole argument of an `echo` on its line (quoted or not); other shapes get no fix.
 */
function commandFix(model: WorkflowModel, text: string, offsets: number[], at: number, cmd: string): Fix[] | undefined {
  if (cmd !== 'set-output' && cmd !== 'save-state') return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const re = new RegExp(`^(\\s*echo\\s+)(["']?)::${cmd}\\s+name=([A-Za-z0-9_.-]+)::(.*?)\\2(\\s*(?:[;&|].*)?)$`);
  const m = re.exec(line);
  if (!m) return undefined;
  const [, head, quote, name, value, rest] = m;
  if (value.includes(quote || '"') && quote !== "'") return undefined;
  const q = quote || '"';
  const file = cmd === 'set-output' ? 'GITHUB_OUTPUT' : 'GITHUB_STATE';
  const newLine = `${head}${q}${name}=${value}${q} >> "$${file}"${rest}`;
  const s = offsets[lineStart];
  const e = offsets[lineEnd - 1] + 1;
  return [{ title: `Write to $${file} instead of ::${cmd}`, preferred: true, edits: [{ range: model.lines.range(s, e), newText: newLine }] }];
}

const rule: Rule<WorkflowModel> = {
  id: 'deprecated-command',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: { actionlint: 'deprecated-commands' },
  fix: { safety: 'unsafe', why: '`$GITHUB_OUTPUT` does not decode the `%0A`-style escapes `::set-output` does: values with them change.' },
  docs: {
    summary: 'A `run:` script uses a deprecated workflow command: `::set-output` and `::save-state` (deprecated, warning) or `::set-env` and `::add-path` (disabled by GitHub: an error; a warning where `ACTIONS_ALLOW_UNSECURE_COMMANDS: true` in the workflow, job or step `env` re-enables them, since that lets any printed line set variables).',
    why: 'GitHub disabled `set-env` and `add-path` because any log line could inject variables, and warns about `set-output`/`save-state`, which will stop working. Write to the `$GITHUB_OUTPUT`, `$GITHUB_STATE`, `$GITHUB_ENV` and `$GITHUB_PATH` files instead.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: v\n        run: echo "::set-output name=version::1.2.3"\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - id: v\n        run: echo "version=1.2.3" >> "$GITHUB_OUTPUT"\n',
  },
  check({ model, report }) {
    for (const { job, step } of allSteps(model)) {
      if (!step.runNode || typeof step.runNode.value !== 'string') continue;
      const text = step.runNode.value;
      if (!text.includes('::')) continue; // every command starts with `::`
      const mapped = mapScalar(step.runNode, model.text);
      let allowed: 'yes' | 'no' | 'maybe' | undefined;
      for (const m of text.matchAll(PATTERN)) {
        const r = REPLACEMENT[m[1]];
        const at = m.index!;
        const start = mapped?.exact ? mapped.offsets[at] : step.runNode.range![0];
        const end = mapped?.exact ? mapped.offsets[at + m[0].length - 1] + 1 : step.runNode.range![1];
        const use = `use \`${r.example}\` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions`;
        let message = `workflow command ${JSON.stringify(m[1])} was ${r.disabled ? 'disabled' : 'deprecated'}. ${use}`;
        let severity: 'error' | 'warning' | undefined = r.disabled ? 'error' : undefined;
        if (r.disabled && (allowed ??= unsecureAllowed(model, job, step)) !== 'no') {
          // Re-enabled: it works, but any line the step prints can set variables (or PATH) for the later steps.
          severity = 'warning';
          message =
            allowed === 'yes'
              ? `workflow command ${JSON.stringify(m[1])} is disabled by GitHub and re-enabled here by ${ALLOW}: any text the step prints (a log line, a file's contents) can then change ${r.file === 'GITHUB_PATH' ? 'PATH' : 'environment variables'} of later steps. ${use}`
              : `workflow command ${JSON.stringify(m[1])} is disabled by GitHub unless ${ALLOW} (set here by an expression) is true, which lets any text the step prints change ${r.file === 'GITHUB_PATH' ? 'PATH' : 'environment variables'} of later steps. ${use}`;
        }
        report({
          message,
          range: model.lines.range(start, end),
          severity,
          fixes: mapped?.exact && step.runNode.type !== 'QUOTE_DOUBLE' && step.runNode.type !== 'QUOTE_SINGLE' ? commandFix(model, text, mapped.offsets, at, m[1]) : undefined,
        });
      }
    }
  },
  tests: [
    {
      name: 'all four commands',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "::set-output name=foo::bar"\n      - run: |\n          echo "::save-state name=foo::bar"\n          echo "::set-env name=foo::bar"\n          echo "::add-path::/usr/local/bin"\n',
      expect: [
        { line: 6, col: 20, message: 'workflow command "set-output" was deprecated. use `echo "{name}={value}" >> "$GITHUB_OUTPUT"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'warning' },
        { line: 8, col: 17, message: 'workflow command "save-state" was deprecated. use `echo "{name}={value}" >> "$GITHUB_STATE"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions' },
        { line: 9, col: 17, message: 'workflow command "set-env" was disabled. use `echo "{name}={value}" >> "$GITHUB_ENV"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'error' },
        { line: 10, col: 17, message: 'workflow command "add-path" was disabled. use `echo "{path}" >> "$GITHUB_PATH"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions' },
      ],
    },
    {
      name: 'fix: set-output and save-state write to the files',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "::set-output name=foo::bar"\n      - run: |\n          echo ::save-state name=pid::$PID\n          echo \'::set-output name=dir::${{ runner.temp }}/x\' && true\n          echo "::set-env name=foo::bar"\n',
      expect: [
        { line: 6, col: 20, message: 'workflow command "set-output" was deprecated. use `echo "{name}={value}" >> "$GITHUB_OUTPUT"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions' },
        { line: 8, col: 16, message: 'workflow command "save-state" was deprecated. use `echo "{name}={value}" >> "$GITHUB_STATE"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions' },
        { line: 9, col: 17, message: 'workflow command "set-output" was deprecated. use `echo "{name}={value}" >> "$GITHUB_OUTPUT"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions' },
        { line: 10, col: 17, message: 'workflow command "set-env" was disabled. use `echo "{name}={value}" >> "$GITHUB_ENV"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'error' },
      ],
      fixed:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "foo=bar" >> "$GITHUB_OUTPUT"\n      - run: |\n          echo "pid=$PID" >> "$GITHUB_STATE"\n          echo \'dir=${{ runner.temp }}/x\' >> "$GITHUB_OUTPUT" && true\n          echo "::set-env name=foo::bar"\n',
    },
    {
      name: 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path (a risk, not an error)',
      input: dedent`
        on: push
        env:
          ACTIONS_ALLOW_UNSECURE_COMMANDS: true
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo "::set-env name=A::b"
          b:
            runs-on: ubuntu-latest
            env:
              ACTIONS_ALLOW_UNSECURE_COMMANDS: 'false'
            steps:
              - run: echo "::set-env name=A::b"
              - run: echo "::add-path::/opt/bin"
                env:
                  ACTIONS_ALLOW_UNSECURE_COMMANDS: 'True'
              - run: echo "::add-path::/opt/bin"
                env:
                  ACTIONS_ALLOW_UNSECURE_COMMANDS: \${{ vars.ALLOW }}
      `,
      expect: [
        { line: 8, col: 20, message: 'workflow command "set-env" is disabled by GitHub and re-enabled here by ACTIONS_ALLOW_UNSECURE_COMMANDS: any text the step prints (a log line, a file\'s contents) can then change environment variables of later steps. use `echo "{name}={value}" >> "$GITHUB_ENV"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'warning' },
        { line: 14, col: 20, message: 'workflow command "set-env" was disabled. use `echo "{name}={value}" >> "$GITHUB_ENV"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'error' },
        { line: 15, col: 20, message: 'workflow command "add-path" is disabled by GitHub and re-enabled here by ACTIONS_ALLOW_UNSECURE_COMMANDS: any text the step prints (a log line, a file\'s contents) can then change PATH of later steps. use `echo "{path}" >> "$GITHUB_PATH"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'warning' },
        { line: 18, col: 20, message: 'workflow command "add-path" is disabled by GitHub unless ACTIONS_ALLOW_UNSECURE_COMMANDS (set here by an expression) is true, which lets any text the step prints change PATH of later steps. use `echo "{path}" >> "$GITHUB_PATH"` instead: https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions', severity: 'warning' },
      ],
    },
    {
      name: 'the replacement files and other commands',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "x=1" >> "$GITHUB_OUTPUT"\n          echo "::warning::set-output is gone"\n          echo "::group::build"\n',
      expect: [],
    },
  ],
};

export default rule;
