// The scripts of a workflow's `run:` steps and of a composite action's, for ShellCheck and pyflakes. Each step's
// shell is the step's `shell:`, else `defaults.run.shell` of its job, else of the workflow, else the runner's default
// (bash on Linux and macOS; PowerShell on Windows, which is not checked). A job whose runner is not known (an
// expression, a self-hosted label naming no system) is taken to be Linux, as actionlint does, unless one of its
// labels or matrix values names Windows (actionlint then checks it as bash too); a step whose `if:` keeps it off
// Windows (`runner.os == 'Linux'`) is checked in such a job. A composite action's step always has its own `shell:`.
// GitHub runs `bash -e {0}` by default, `bash --noprofile --norc -eo pipefail {0}` for `shell: bash` and `sh -e {0}`
// for `sh`: ShellCheck is told (`setup`), so that it knows a failing command stops the script.
//
// The script is the scalar's value, each character mapped back to the document (mapScalar), with each `${{ }}`
// replaced by as many underscores as it has characters, as actionlint does: GitHub pastes the value in before the
// shell runs, and a word of the same length keeps every position exact. The codes that only mean "this word is
// constant" then say nothing true about the pasted value and are left out on the lines with one (PLACEHOLDER_CODES).
import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodes';
import type { EmbeddedScript } from '../engine/types';
import type { WorkflowModel } from './model';
import { findTemplates } from './expr/analysis';
import { mapScalar } from './expr/source';
import { setupOfFlags, UNASSIGNED_CODES } from '../scripts/shellcheck';
import { jobOses, labelOs, matrixValues } from './envFix';
import { allSteps, declaredShell, mapValue, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from './structure';
import { memoKey } from '../engine/memo';

/**
 * What runs a step's script: a shell ShellCheck knows (its dialect and the options GitHub runs it with), Python, or
 * something not checked.
 */
export type StepRunner = { tool: 'shellcheck'; dialect: string; setup?: string } | { tool: 'pyflakes' } | undefined;

/**
 * The runner of a `shell:` value: `bash` (GitHub runs `bash --noprofile --norc -eo pipefail {0}`), `sh` (`sh -e {0}`),
 * a command such as `bash -x {0}` or `/bin/sh -e {0}` (its own options), `python`, `python3 {0}`...
 */
export function runnerOfShell(shell: string): StepRunner {
  if (shell.includes('${{')) return undefined;
  const words = shell.trim().split(/\s+/);
  const program = (words[0] ?? '').replace(/^.*[\\/]/, '').replace(/\.exe$/i, '').toLowerCase();
  if (/^python(\d+(\.\d+)?)?$/.test(program)) return { tool: 'pyflakes' };
  if (program !== 'bash' && program !== 'sh') return undefined;
  if (words.length === 1) return { tool: 'shellcheck', dialect: program, setup: program === 'bash' ? 'set -eo pipefail' : 'set -e' };
  return { tool: 'shellcheck', dialect: program, setup: setupOfFlags(words.slice(1)) };
}

/**
 * The step's `if:` keeps it off Windows: `runner.os == 'Linux'` (or macOS), `runner.os != 'Windows'`, or
 * `matrix.<key> == '<label>'` with a Linux or macOS runner label (not when `||` offers another way in).
 */
function stepSkipsWindows(step: StepInfo, model: WorkflowModel): boolean {
  const cond = scalarString(resolve(model, step.pairs.get('if')?.value));
  if (!cond || cond.includes('||')) return false;
  const m = /runner\.os\s*(==|!=)\s*'(\w+)'/i.exec(cond);
  if (m) {
    const os = m[2].toLowerCase();
    return m[1] === '==' ? os === 'linux' || os === 'macos' : os === 'windows';
  }
  const mx = /matrix\.[A-Za-z_][\w-]*\s*==\s*'([^']+)'/.exec(cond);
  return !!mx && labelOs(mx[1]) === 'posix';
}

/** The shell GitHub uses by default on the job's runner: bash, or undefined when the job may run on Windows. */
function runnerDefault(model: WorkflowModel, job: JobInfo, step: StepInfo): 'bash' | undefined {
  const oses = jobOses(model, job);
  if (oses) return oses.has('windows') && !stepSkipsWindows(step, model) ? undefined : 'bash';
  // Not known for every leg: Windows only when some label or matrix value names it.
  let node = job.runsOn as unknown;
  if (isMap(node)) node = resolve(model, pairsOf(model, node as YAMLMap).get('labels')?.value);
  const items = isSeq(node) ? node.items.map((i) => resolve(model, i)) : [node];
  for (const it of items) {
    const v = scalarString(it);
    if (v === undefined) continue;
    const m = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(v.trim());
    const labels = m ? (matrixValues(model, job, m[1]) ?? []) : [v];
    if (labels.some((l) => labelOs(l) === 'windows') && !stepSkipsWindows(step, model)) return undefined;
  }
  return 'bash';
}

/** What runs the step's `run:` script. */
export function stepRunner(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): StepRunner {
  const shell = declaredShell(model, job, step);
  if (shell === null) return undefined;
  if (shell !== undefined) return runnerOfShell(shell);
  // A composite action's step must say its shell.
  if (!job) return undefined;
  // GitHub runs `bash -e {0}` when no shell is given.
  return runnerDefault(model, job, step) ? { tool: 'shellcheck', dialect: 'bash', setup: 'set -e' } : undefined;
}

/** Names an `env:` mapping sets; `dynamic` when it is an expression (names not known). */
function envNames(model: WorkflowModel, map: YAMLMap | undefined, out: { names: Set<string>; dynamic: boolean }): void {
  const pair = pairsOf(model, map).get('env');
  if (!pair) return;
  const v = resolve(model, pair.value);
  if (isMap(v)) {
    for (const k of pairsOf(model, v as YAMLMap).keys()) out.names.add(k);
  } else if (isScalar(v) && typeof v.value === 'string' && v.value.includes('${{')) out.dynamic = true;
}

const GITHUB_ENV_NAME = /(?:^|[^\w$])([A-Za-z_][A-Za-z0-9_]*)(?:=|<<)/g;

/** Names written to `$GITHUB_ENV` by the scripts of these steps (variables of the later steps). */
function githubEnvNames(steps: readonly StepInfo[], out: Set<string>): void {
  for (const s of steps) {
    if (!s.run || !s.run.includes('GITHUB_ENV')) continue;
    for (const m of s.run.matchAll(GITHUB_ENV_NAME)) out.add(m[1]);
  }
}

/** The variables of each job (or of the composite action, keyed by its model), worked out once. */
const jobEnv = new WeakMap<object, { names: Set<string>; dynamic: boolean }>();

/** The variables a step's script finds set: `env:` of the workflow, the job, its container and the step, and `$GITHUB_ENV`. */
function declaredFor(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): { names: string[]; dynamic: boolean } {
  const owner: object = job ?? model;
  let base = jobEnv.get(owner);
  if (!base) {
    const acc = { names: new Set<string>(), dynamic: false };
    if (job) {
      envNames(model, workflowStructure(model).root, acc);
      envNames(model, job.node, acc);
      envNames(model, mapValue(model, job.pairs.get('container')), acc);
      githubEnvNames(job.steps, acc.names);
    } else githubEnvNames(workflowStructure(model).actionSteps, acc.names);
    jobEnv.set(owner, (base = acc));
  }
  const acc = { names: new Set(base.names), dynamic: base.dynamic };
  envNames(model, step.node, acc);
  return { names: [...acc.names], dynamic: acc.dynamic };
}

/** The script of a `run:` scalar with every `${{ }}` replaced by underscores, mapped to the document. */
function scriptOf(model: WorkflowModel, node: Scalar): { text: string; offsetOf: (i: number) => number; placeholders: { start: number; end: number }[]; exact: boolean } | undefined {
  const mapped = mapScalar(node, model.text);
  if (!mapped) return undefined;
  let text = mapped.value;
  const placeholders: { start: number; end: number }[] = [];
  if (text.includes('${{')) {
    const parts: string[] = [];
    let at = 0;
    for (const t of findTemplates(text).templates) {
      parts.push(text.slice(at, t.start), '_'.repeat(t.end - t.start));
      at = t.end;
      placeholders.push({ start: t.start, end: t.end });
    }
    parts.push(text.slice(at));
    text = parts.join('');
  }
  const offsets = mapped.offsets;
  const n = text.length;
  // The end of the script is just after its last character (a block scalar's range goes on to the next line's
  // start, where an insertion would break the YAML), or at its last line break.
  const end = n === 0 ? offsets[0] : text[n - 1] === '\n' ? offsets[n - 1] : offsets[n - 1] + 1;
  return { text, offsetOf: (i) => (i >= n ? end : offsets[Math.max(0, i)]), placeholders, exact: mapped.exact };
}

const ALL = memoKey<EmbeddedScript[]>('wfscripts:all');

/** The `run:` scripts of a workflow or composite action that ShellCheck or pyflakes can check. */
export function workflowScripts(model: WorkflowModel): EmbeddedScript[] {
  return model.memoize(ALL, () => {
    const out: EmbeddedScript[] = [];
    for (const { job, step } of allSteps(model)) {
      if (!step.runNode || typeof step.runNode.value !== 'string') continue;
      const runner = stepRunner(model, job, step);
      if (!runner) continue;
      const s = scriptOf(model, step.runNode);
      if (!s || s.text.trim() === '') continue;
      if (runner.tool === 'pyflakes') {
        out.push({ tool: 'pyflakes', dialect: 'python', text: s.text, offsetOf: s.offsetOf, fixable: false });
        continue;
      }
      const env = declaredFor(model, job, step);
      const exclude = env.dynamic ? UNASSIGNED_CODES : undefined;
      out.push({
        tool: 'shellcheck',
        dialect: runner.dialect,
        text: s.text,
        offsetOf: s.offsetOf,
        declared: env.names,
        setup: runner.setup,
        placeholders: s.placeholders.length ? s.placeholders : undefined,
        exclude,
        // Only a literal block holds the script's characters one for one (quoted and folded scalars are rewritten
        // by the YAML reader, and a quote added at the start of a plain scalar would change what YAML reads).
        fixable: step.runNode.type === 'BLOCK_LITERAL' && s.exact,
      });
    }
    return out;
  });
}
