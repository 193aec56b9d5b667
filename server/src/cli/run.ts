// One lint run of the CLI (and of the GitHub Action): expand the targets, load the config, lint each file.
import * as path from 'node:path';
import { diskFilesWith, lint, sortFindings } from '../engine/lint';
import { DEFAULT_MAX_FILE_MB, mbToBytes, readRegularFile } from '../engine/regularFile';
import { loadConfigFor } from '../engine/configFiles';
import { describeProblem, parseConfigFile, parseIgnoreList, type ConfigProblem } from '../engine/configParse';
import { emptyConfig, mergeConfig, ResolvedConfig } from '../engine/config';
import { detectLanguage } from '../engine/languages';
import { SEVERITY_RANK } from '../engine/types';
import type { Language, Severity } from '../engine/types';
import { expandTargets, guessLanguageFromText } from './files';
import type { FileResult } from './format';
import { analyseMany, analyserProcesses, DEFAULT_TOOLS, INSTALL_HINT, ScriptsRequest, ToolPaths, ToolPool } from '../scripts/analyse';

export interface LintJob {
  /** Paths, directories or globs; `-` is standard input. Empty means the current directory. */
  paths: string[];
  cwd: string;
  language?: Language;
  /** A `.hadolint.yaml`, `actionlint.yaml` or `.slipway.yaml` used instead of the nearest ones (read by configParse.ts). */
  config?: string;
  threshold?: Severity;
  ignore: string[];
  /** Files larger than this (linted files, --config, neighbouring files rules read) are refused; default 4 MB. */
  maxFileBytes?: number;
  /** The text behind `-` (read by the caller) and the name it is linted as. */
  stdin?: { text: string; filename?: string };
  /** Where problems that are not findings go (unreadable config, rule crashes, a missing script analyser). */
  warn(message: string): void;
  /**
   * Run ShellCheck and pyflakes on the scripts inside the files (default), with these executables instead of the
   * ones on PATH; `false` runs none.
   */
  scripts?: Partial<ToolPaths> | false;
}

export interface LintRun {
  results: FileResult[];
  /** Bad paths (no such file, glob without a match). */
  errors: string[];
  /** The threshold in force: the option, else `failure-threshold` from a config file, else error. */
  threshold: Severity;
  /** 0 clean, 1 findings at or above the threshold, 2 file or config errors. */
  exitCode: number;
}

export class JobError extends Error {}

export const STDIN_NAME = '<stdin>';

function explicitConfig(file: string, maxBytes: number): { config: Partial<ResolvedConfig>; problems: ConfigProblem[]; text: string } {
  const r = readRegularFile(file, maxBytes);
  if (!('text' in r)) throw new Error(r.error);
  return { ...parseConfigFile(r.text, file), text: r.text };
}

export async function runLintJob(job: LintJob): Promise<LintRun> {
  const { cwd } = job;
  const maxBytes = job.maxFileBytes ?? mbToBytes(DEFAULT_MAX_FILE_MB);
  const files = diskFilesWith(maxBytes);
  const fileArgs = job.paths.filter((p) => p !== '-');
  const useStdin = job.paths.includes('-');
  const expanded = fileArgs.length || !useStdin ? expandTargets(fileArgs, cwd, job.language) : { targets: [], errors: [] };
  const targets: { path: string; language: Language; text?: string; display?: string }[] = [...expanded.targets];
  if (useStdin) {
    const text = job.stdin?.text ?? '';
    const name = job.stdin?.filename;
    const language = job.language ?? (name ? detectLanguage(path.resolve(cwd, name)) : undefined) ?? guessLanguageFromText(text);
    if (!language) throw new JobError('cannot tell the language of standard input: pass --stdin-filename <name> or --language <lang>');
    // The stdin file is linted as if it were at --stdin-filename: config files and neighbours are found from there.
    targets.unshift({ path: path.resolve(cwd, name ?? 'stdin'), language, text, display: name ? undefined : STDIN_NAME });
  }
  /**
   * The config files read (path → text): what their reader does not understand is reported as findings of the
   * files themselves (the config rules), in every output format, not as warnings.
   */
  const configsRead = new Map<string, string | undefined>();
  /** Problems with no place in a file are warnings. */
  const warnUnplaced = (problems: ConfigProblem[]) => {
    for (const p of problems) if (!p.range) job.warn(describeProblem(p));
  };
  let fixed: Partial<ResolvedConfig> | undefined;
  if (job.config) {
    const file = path.resolve(cwd, job.config);
    try {
      const r = explicitConfig(file, maxBytes);
      fixed = r.config;
      configsRead.set(file, r.text);
      warnUnplaced(r.problems);
    } catch (e) {
      throw new JobError(`cannot read config ${job.config}: ${(e as Error).message}`);
    }
  }
  const ignored = parseIgnoreList(job.ignore);
  for (const p of ignored.problems) job.warn(describeProblem(p));
  const cliOverrides: Partial<ResolvedConfig> = { severities: ignored.config.severities };
  const results: FileResult[] = [];
  const withScripts: { result: FileResult; req: ScriptsRequest }[] = [];
  const reported = new Set<string>();
  let threshold: Severity = job.threshold ?? 'error';
  for (const t of targets) {
    let text = t.text;
    if (text === undefined) {
      const r = readRegularFile(t.path, maxBytes);
      if (!('text' in r)) {
        results.push({ path: t.path, language: t.language, findings: [], error: r.error });
        continue;
      }
      text = r.text;
    }
    let config = emptyConfig();
    if (fixed) config = mergeConfig(config, fixed);
    else {
      const loaded = loadConfigFor(t.path, t.language, files);
      config = loaded.config;
      for (const s of loaded.sources) if (!configsRead.has(s)) configsRead.set(s, undefined);
      for (const p of loaded.problems) if (!p.range && !reported.has(describeProblem(p)) && reported.add(describeProblem(p))) job.warn(describeProblem(p));
    }
    if (!job.threshold && config.failureThreshold !== 'error') threshold = config.failureThreshold;
    config = mergeConfig(config, cliOverrides);
    const res = lint({ text, language: t.language, path: t.path, config, files });
    for (const c of res.crashes) job.warn(`internal error in rule ${c.rule} on ${t.display ?? t.path}: ${c.error.split('\n')[0]}`);
    results.push({ path: t.path, language: t.language, findings: res.findings, ...(t.display ? { display: t.display } : {}), text });
    if (job.scripts !== false && res.scripts.length) withScripts.push({ result: results[results.length - 1], req: { text, language: t.language, lint: res, config } });
  }
  // The config files the targets were linted with, unless linted as targets themselves: reported when they have
  // findings (a file that reads well was not asked for).
  const linted = new Set(targets.map((t) => t.path));
  for (const [file, known] of configsRead) {
    if (linted.has(file)) continue;
    const text = known ?? files.readFile(file);
    if (text === undefined) continue;
    const res = lint({ text, language: 'config', path: file, config: mergeConfig(emptyConfig(), cliOverrides), files });
    if (res.findings.length) results.push({ path: file, language: 'config', findings: res.findings });
  }
  if (withScripts.length && job.scripts !== false) {
    // Every file's scripts share the analyser runs (one process per batch of scripts with the same options), a few
    // processes at once.
    const answers = await analyseMany(withScripts.map((w) => w.req), { ...DEFAULT_TOOLS, ...job.scripts }, { pool: new ToolPool(analyserProcesses()) });
    const missing = new Set<string>();
    const failures = new Set<string>();
    answers.forEach((a, i) => {
      const r = withScripts[i].result;
      if (a.findings.length) r.findings = sortFindings([...r.findings, ...a.findings]);
      for (const m of a.missing) missing.add(m);
      for (const f of a.failures) failures.add(`${f} (${r.display ?? r.path})`);
    });
    for (const m of missing) {
      const given = job.scripts?.[m as keyof ToolPaths];
      job.warn(given ? `${m === 'shellcheck' ? 'ShellCheck' : 'pyflakes'} was not found at ${given}: the scripts it checks were not checked` : INSTALL_HINT[m as keyof typeof INSTALL_HINT]);
    }
    for (const f of failures) job.warn(f);
  }
  let exitCode = 0;
  if (expanded.errors.length || results.some((r) => r.error)) exitCode = 2;
  else if (results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold]))) exitCode = 1;
  return { results, errors: expanded.errors, threshold, exitCode };
}
