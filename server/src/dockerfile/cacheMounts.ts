/**
 * Shared check of the rules that suggest a BuildKit cache mount for a package manager or build tool (hadolint's
 * DL3068-DL3077): a RUN that runs the tool in a way that fills its download cache, with no cache (or tmpfs) mount over
 * that cache. The rules differ only in which commands fill the cache and which mount targets cover it.
 */
import type { Range } from '../engine/types';
import type { DfInstruction, DockerfileModel } from './model';
import { allRuns, runMounts, type ParsedRun, type ShellCommand } from './shell';
import { nearestBefore } from './packages';

export interface CacheMountTool {
  /** A key for memoized look-ups (the rule id). */
  key: string;
  /** Where the command fills the tool's cache: the range to report (the program and its subcommand), or undefined. */
  fills(cmd: ShellCommand): Range | undefined;
  /** A cache or tmpfs mount with this target keeps the cache out of the layer (and reuses it between builds). */
  covers(target: string): boolean;
  /**
   * Environment variables that move the cache (`CARGO_HOME`, `GOMODCACHE` and so on): a mount on the folder one of them names,
   * set by ENV or ARG in the stage or the stages it builds on, on a folder inside it, or on a parent of it, counts too.
   */
  envDirs?: string[];
}

/** The value an ENV or ARG instruction gives `name`, if it sets it. */
function envValue(x: DfInstruction, name: string): string | undefined {
  if (x.keyword !== 'ENV' && x.keyword !== 'ARG') return undefined;
  const values = x.args.map((a) => a.getValue());
  // Legacy `ENV NAME value`.
  if (x.keyword === 'ENV' && values.length >= 2 && !values[0].includes('=') && values[0] === name) return values.slice(1).join(' ');
  let value: string | undefined;
  for (const v of values) if (v.startsWith(name + '=')) value = v.slice(name.length + 1);
  return value;
}

function related(target: string, dir: string): boolean {
  const d = dir.replace(/\/+$/, '') || '/';
  return target === d || target === '/' || d.startsWith(target + '/') || target.startsWith(d + '/');
}

/** Whether a mount of the RUN covers the tool's cache. */
export function cacheMounted(model: DockerfileModel, run: ParsedRun, tool: CacheMountTool): boolean {
  const targets = runMounts(model, run.ins)
    .filter((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined)
    .map((m) => m.target!);
  if (!targets.length) return false;
  if (targets.some((t) => tool.covers(t))) return true;
  for (const name of tool.envDirs ?? []) {
    const setting = nearestBefore(model, run.ins, `${tool.key}:${name}`, (x) => envValue(x, name) !== undefined);
    const dir = setting && envValue(setting, name);
    if (dir && dir.startsWith('/') && targets.some((t) => related(t, dir))) return true;
  }
  return false;
}

/** For each RUN (and ONBUILD RUN) that fills the tool's cache without a mount over it: where it first does. */
export function uncachedRuns(model: DockerfileModel, tool: CacheMountTool): { run: ParsedRun; range: Range }[] {
  const out: { run: ParsedRun; range: Range }[] = [];
  for (const run of allRuns(model)) {
    let range: Range | undefined;
    for (const c of run.commands) if ((range = tool.fills(c))) break;
    if (!range || cacheMounted(model, run, tool)) continue;
    out.push({ run, range });
  }
  return out;
}

/** From the program name to `word` (the subcommand), or the name alone. */
export function commandRange(cmd: ShellCommand, word?: { range: Range }): Range {
  return { start: cmd.nameWord.range.start, end: (word ?? cmd.nameWord).range.end };
}

/**
 * The first argument that is not an option, for tools whose options do not cluster (Maven's `-DskipTests`, Gradle's
 * `-Pprofile`): only the options written exactly as in `valueFlags` (`-f`, `--file`) take the next word.
 */
export function firstOperand(cmd: ShellCommand, valueFlags: readonly string[]): ShellCommand['args'][number] | undefined {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v === '--') return cmd.args[i + 1];
    if (v.startsWith('-')) {
      if (valueFlags.includes(v)) i++;
      continue;
    }
    return cmd.args[i];
  }
  return undefined;
}
