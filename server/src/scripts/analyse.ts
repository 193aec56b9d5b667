// Runs the external analysers on the scripts a lint handed over (LintResult.scripts) and maps what they say back
// into the document: exact ranges, the analyser's codes as rule ids (SC2086…, pyflakes), severities from the
// analyser's level unless the user set one, the document's suppression comments, and ShellCheck's own fixes where
// they can be written back unchanged. One answer per distinct script is kept (by tool, arguments and text).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ResolvedConfig } from '../engine/config';
import { moduleFor } from '../engine/lint';
import type { LintResult } from '../engine/lint';
import { LineIndex } from '../engine/text';
import type { EmbeddedScript, ExternalTool, Finding, Fix, Language, Rule } from '../engine/types';
import { ruleKeys } from '../engine/types';
import type { ScriptAnswer, ToolFinding } from './findings';
import { parsePyflakes } from './pyflakes';
import { SHELLCHECK_SEVERITY } from './shellcheckCodes';
import { parseShellcheck, PLACEHOLDER_CODES, shellcheckInput } from './shellcheck';
import { DEFAULT_LIMITS, runTool, runToolSync, ToolLimits, ToolOutput } from './tool';

const PLACEHOLDER_SET = new Set(PLACEHOLDER_CODES);

/** The executables to run. Never read from a workspace setting (see client/src/serverLaunch and the CLI's flags). */
export interface ToolPaths {
  shellcheck: string;
  pyflakes: string;
}

export const DEFAULT_TOOLS: ToolPaths = { shellcheck: 'shellcheck', pyflakes: 'pyflakes3' };

/** Where to get each tool, said once when it is missing. */
export const INSTALL_HINT: Record<ExternalTool, string> = {
  shellcheck:
    'ShellCheck is not installed, so the shell code in RUN instructions, run: steps and Compose commands is not checked. Install it (Debian/Ubuntu: `apt-get install shellcheck`; macOS: `brew install shellcheck`; others: https://github.com/koalaman/shellcheck#installing) or give its path (setting slipway.shellcheck.path, CLI --shellcheck).',
  pyflakes:
    'pyflakes is not installed, so `shell: python` steps are not checked. Install it (Debian/Ubuntu: `apt-get install pyflakes3`; others: `pip install pyflakes`) or give its path (setting slipway.pyflakes.path, CLI --pyflakes).',
};

export interface ScriptsRequest {
  text: string;
  language: Language;
  /** The lint's result: its model and scripts. */
  lint: Pick<LintResult, 'model' | 'scripts'>;
  config: ResolvedConfig;
}

export interface ScriptsResult {
  findings: Finding[];
  /** Tools that are not installed (nothing was checked with them). */
  missing: ExternalTool[];
  /** Runs that failed (time or output cap, a crash), one line each. */
  failures: string[];
}

const MAX_CACHED = 2000;
const cache = new Map<string, ScriptAnswer>();

function remember(key: string, a: ScriptAnswer): void {
  if (!('findings' in a)) return;
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(key, a);
}

/** Forgets every cached answer (tests; a tool path changed). */
export function clearScriptCache(): void {
  cache.clear();
}

/** Stand-ins for suppression checks: a ShellCheck code answers to its code and to the integration's rule id. */
const PSEUDO = new Map<string, Rule<unknown>>();
function pseudoRule(code: string, rule: Rule<unknown>): Rule<unknown> {
  const key = `${rule.id}\0${code}`;
  let r = PSEUDO.get(key);
  if (!r) PSEUDO.set(key, (r = { ...rule, id: code, aliases: [rule.id, ...(rule.aliases ?? [])], compat: undefined }));
  return r;
}

/** Script offsets of each line start (ShellCheck and pyflakes count lines by LF). */
function scriptLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function scriptIndex(starts: number[], length: number, line: number, column: number): number {
  const s = starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  return Math.max(0, Math.min(s + Math.max(0, column - 1), length));
}

/**
 * The document span of the script's characters [a, b): from the offset of the first to just after the last (an
 * empty span sits at the offset of `a`).
 */
function documentSpan(script: EmbeddedScript, a: number, b: number): [number, number] {
  const start = script.offsetOf(a);
  return [start, b > a ? script.offsetOf(b - 1) + 1 : start];
}

function toFindings(req: ScriptsRequest, job: Job, answer: { findings: ToolFinding[] }, lines: LineIndex): Finding[] {
  const { script, rule } = job;
  const mod = moduleFor(req.language);
  const starts = scriptLineStarts(script.text);
  const len = script.text.length;
  const ruleSeverity = ruleKeys(rule)
    .map((k) => req.config.severities.get(k))
    .find((s) => s !== undefined);
  const excluded = new Set((script.exclude ?? []).map((c) => c.toUpperCase()));
  const nearPlaceholder = (t: ToolFinding) => {
    if (!script.placeholders?.length || !PLACEHOLDER_SET.has(t.code)) return false;
    const from = scriptIndex(starts, len, t.line, 1);
    const to = t.endLine < starts.length ? starts[t.endLine] : len;
    return script.placeholders.some((p) => p.start < to && p.end > from);
  };
  const out: Finding[] = [];
  for (const t of answer.findings) {
    if (excluded.has(t.code.toUpperCase()) || nearPlaceholder(t)) continue;
    const own = req.config.severities.get(t.code.toLowerCase());
    const setting = own ?? ruleSeverity;
    if (setting === 'off') continue;
    const startIdx = scriptIndex(starts, len, t.line, t.column);
    const endIdx = Math.max(startIdx, scriptIndex(starts, len, t.endLine, t.endColumn));
    const [start, end] = documentSpan(script, startIdx, endIdx);
    const finding: Finding = {
      rule: t.code,
      message: t.message,
      range: lines.range(start, Math.max(start, end)),
      severity: setting ?? SHELLCHECK_SEVERITY[t.level],
    };
    const fix = fixOf(job, t, starts, lines);
    if (fix) finding.fixes = [fix];
    const pseudo = pseudoRule(t.code, rule);
    if (mod.isSuppressed?.(req.lint.model, finding, pseudo, { buildArgs: req.config.options.buildArgs })) continue;
    out.push(finding);
  }
  return out;
}

/** ShellCheck's fix as document edits, when every replaced span is the document's text one for one. */
function fixOf(job: Job, t: ToolFinding, starts: number[], lines: LineIndex): Fix | undefined {
  const { script } = job;
  if (!t.fix || !script.fixable) return undefined;
  const len = script.text.length;
  const edits = [];
  for (const r of t.fix) {
    if (r.replacement.includes('\n') || r.replacement.includes('\r')) return undefined;
    const a = scriptIndex(starts, len, r.line, r.column);
    const b = scriptIndex(starts, len, r.endLine, r.endColumn);
    if (b < a) return undefined;
    const [da, db] = documentSpan(script, a, b);
    // A continuation or an escape inside the span, or a placeholder standing for a `${{ }}`: the document's text
    // there is not the script's.
    if (db - da !== b - a || lines.text.slice(da, db) !== script.text.slice(a, b)) return undefined;
    edits.push({ range: lines.range(da, db), newText: r.replacement });
  }
  edits.sort((x, y) => lines.offsetAt(x.range.start) - lines.offsetAt(y.range.start));
  for (let i = 1; i < edits.length; i++) if (lines.offsetAt(edits[i].range.start) < lines.offsetAt(edits[i - 1].range.end)) return undefined;
  return edits.length ? { title: `Apply ShellCheck's fix for ${t.code}`, edits } : undefined;
}

function linesOf(req: ScriptsRequest): LineIndex {
  const l = (req.lint.model as { lines?: unknown }).lines;
  return l instanceof LineIndex && l.text.length === req.text.length ? l : new LineIndex(req.text);
}

function collect(req: ScriptsRequest, jobs: Job[], answers: ScriptAnswer[]): ScriptsResult {
  const lines = linesOf(req);
  const findings: Finding[] = [];
  const missing = new Set<ExternalTool>();
  const failures: string[] = [];
  jobs.forEach((job, i) => {
    const a = answers[i];
    if ('missing' in a) missing.add(job.script.tool);
    else if ('failed' in a) failures.push(a.failed);
    else findings.push(...toFindings(req, job, a, lines));
  });
  return { findings, missing: [...missing], failures: [...new Set(failures)] };
}

interface Job {
  rule: Rule<unknown>;
  script: EmbeddedScript;
  exe: string;
  /** The tool's options: jobs with the same executable and options run in one process. */
  args: string[];
  /** The file the tool reads, and its number of lines (the script's; anything after them is ours). */
  input: string;
  lines: number;
  key: string;
}

function jobOf(rule: Rule<unknown>, script: EmbeddedScript, tools: ToolPaths): Job {
  if (script.tool === 'shellcheck') {
    const { args, input, lines } = shellcheckInput(script);
    return { rule, script, exe: tools.shellcheck, args, input, lines, key: [tools.shellcheck, ...args, input].join('\0') };
  }
  const lines = script.text.split('\n').length;
  return { rule, script, exe: tools.pyflakes, args: [], input: script.text, lines, key: [tools.pyflakes, script.text].join('\0') };
}

/** Scripts per process: more share one start-up, but a command line has a length limit. */
const BATCH = 200;
/** Fewer scripts than this in a process are not worth a process of their own (ShellCheck starts in ~30 ms). */
const MIN_BATCH = 16;

/**
 * Jobs not answered from the cache, grouped into batches that one process can take: at most BATCH scripts each, and
 * split into about `spread` batches (for that many processes at once) when there are enough scripts.
 */
function batches(jobs: Job[], spread = 1): Job[][] {
  const groups = new Map<string, Job[]>();
  const seen = new Set<string>();
  for (const j of jobs) {
    if (cache.has(j.key) || seen.has(j.key)) continue;
    seen.add(j.key);
    const g = [j.exe, ...j.args].join('\0');
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(j);
  }
  const out: Job[][] = [];
  for (const list of groups.values()) {
    const size = Math.min(BATCH, Math.max(MIN_BATCH, Math.ceil(list.length / spread)));
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  }
  return out;
}

/** The scripts of a batch as files in a private temporary folder, named by their index (short command lines). */
function writeBatch(batch: Job[]): { dir: string; names: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-scripts-'));
  const names = batch.map((j, i) => `${i}.${j.script.tool === 'pyflakes' ? 'py' : 'sh'}`);
  batch.forEach((j, i) => fs.writeFileSync(path.join(dir, names[i]), j.input, { mode: 0o600 }));
  return { dir, names };
}

function limitsFor(limits: ToolLimits, n: number): ToolLimits {
  return { timeoutMs: limits.timeoutMs + 250 * n, maxOutput: limits.maxOutput + 64 * 1024 * n };
}

function answersOf(batch: Job[], names: string[], out: ToolOutput): ScriptAnswer[] {
  const files = names.map((name, i) => ({ name, lines: batch[i].lines }));
  return batch[0].script.tool === 'shellcheck' ? parseShellcheck(out, files) : parsePyflakes(out, files);
}

/** Keeps a batch's answers: for this run (`fresh`, failures included) and in the cache (findings only). */
function settle(batch: Job[], answers: ScriptAnswer[], fresh: Map<string, ScriptAnswer>): void {
  answers.forEach((a, i) => {
    fresh.set(batch[i].key, a);
    remember(batch[i].key, a);
  });
}

/** The analyser's command line for a batch: the options its scripts share, then their files. */
function batchArgs(batch: Job[], names: string[]): string[] {
  return [...batch[0].args, ...names];
}

/** Runs the analysers and waits for them (the CLI, rule tests): one process per batch of scripts. */
export function analyseScriptsSync(req: ScriptsRequest, tools: ToolPaths = DEFAULT_TOOLS, limits: ToolLimits = DEFAULT_LIMITS): ScriptsResult {
  return analyseManySync([req], tools, limits)[0];
}

/** analyseScriptsSync for several documents at once: their scripts share the analyser runs (the CLI over a tree). */
export function analyseManySync(reqs: ScriptsRequest[], tools: ToolPaths = DEFAULT_TOOLS, limits: ToolLimits = DEFAULT_LIMITS): ScriptsResult[] {
  const perDoc = reqs.map((req) => req.lint.scripts.map((s) => jobOf(s.rule, s.script, tools)));
  const fresh = new Map<string, ScriptAnswer>();
  for (const batch of batches(perDoc.flat())) {
    const { dir, names } = writeBatch(batch);
    try {
      settle(batch, answersOf(batch, names, runToolSync(batch[0].exe, batchArgs(batch, names), dir, limitsFor(limits, batch.length))), fresh);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return reqs.map((req, d) => collect(req, perDoc[d], perDoc[d].map((j) => fresh.get(j.key) ?? cache.get(j.key)!)));
}

/** A small pool shared by every caller: at most `size` analyser processes at once. */
export class ToolPool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  constructor(readonly size: number) {}
  async run<T>(f: () => Promise<T>): Promise<T> {
    if (this.running >= this.size) await new Promise<void>((r) => this.queue.push(r));
    this.running++;
    try {
      return await f();
    } finally {
      this.running--;
      this.queue.shift()?.();
    }
  }
}

export const defaultPool = new ToolPool(2);

/** How many analyser processes a run over many files (the CLI, the Action) starts at once: one per core, at most four. */
export function analyserProcesses(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores));
}

/** Runs the analysers without blocking (the language server); `signal` stops what has not finished. */
export async function analyseScripts(
  req: ScriptsRequest,
  tools: ToolPaths = DEFAULT_TOOLS,
  opts: { signal?: AbortSignal; pool?: ToolPool; limits?: ToolLimits } = {},
): Promise<ScriptsResult> {
  return (await analyseMany([req], tools, opts))[0];
}

/**
 * analyseScripts for several documents at once (the CLI over a tree, the Action): their scripts share the analyser
 * runs, spread over the pool's processes.
 */
export async function analyseMany(
  reqs: ScriptsRequest[],
  tools: ToolPaths = DEFAULT_TOOLS,
  opts: { signal?: AbortSignal; pool?: ToolPool; limits?: ToolLimits } = {},
): Promise<ScriptsResult[]> {
  const perDoc = reqs.map((req) => req.lint.scripts.map((s) => jobOf(s.rule, s.script, tools)));
  const fresh = new Map<string, ScriptAnswer>();
  const pool = opts.pool ?? defaultPool;
  await Promise.all(
    batches(perDoc.flat(), pool.size).map((batch) =>
      pool.run(async () => {
        let answers: ScriptAnswer[];
        if (opts.signal?.aborted) answers = batch.map(() => ({ failed: 'cancelled' }));
        else {
          const { dir, names } = writeBatch(batch);
          try {
            const out = await runTool(batch[0].exe, batchArgs(batch, names), dir, limitsFor(opts.limits ?? DEFAULT_LIMITS, batch.length), opts.signal);
            answers = answersOf(batch, names, out);
          } finally {
            fs.rmSync(dir, { recursive: true, force: true });
          }
        }
        settle(batch, answers, fresh);
      }),
    ),
  );
  return reqs.map((req, d) => collect(req, perDoc[d], perDoc[d].map((j) => fresh.get(j.key) ?? cache.get(j.key)!)));
}
