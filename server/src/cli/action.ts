// The GitHub Action (`uses: slipway-dev/slipway@v1`, action.yml at the repository root): bundled by
// scripts/build.mjs into dist/action.js, which is committed so that the action runs without `npm install`.
// Reads its inputs from INPUT_* variables, lints with the CLI's engine, prints the report (annotations by default),
// optionally writes a SARIF file for code scanning, and sets outputs and a job summary.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeverity } from '../engine/config';
import { DEFAULT_MAX_FILE_MB, mbToBytes } from '../engine/regularFile';
import type { Severity } from '../engine/types';
import { FileResult, visible } from './format';
import { Format, FORMATS, formatReport, isFormat } from './formats';
import { escapeData } from './formats/github';
import { VERSION } from './version';
import { JobError, runLintJob } from './run';
import { runFixes } from './fix';

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased (hyphens stay). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * One entry of the GITHUB_OUTPUT file: `name=value`, or for a multi-line value a heredoc whose delimiter is random
 * (as @actions/core does), so that a value (a path with a newline in it) cannot end it early and add outputs; a
 * value that contains the delimiter anyway is refused.
 */
export function outputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (!/[\r\n]/.test(value)) return `${name}=${value}\n`;
  if (value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends an output to the file named by GITHUB_OUTPUT. */
function setOutput(name: string, value: string | number, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  fs.appendFileSync(file, outputEntry(name, String(value)));
}

/**
 * Text for a cell of a GitHub-flavoured markdown table that shows exactly what it says: controls made `visible`,
 * then every ASCII punctuation character (`|` that would end the cell, `<` `>` `&` HTML, `` ` `` `*` `_` `~` `[` `]`
 * `!` `(` `)` markdown, `:` and `.` of bare URLs and www. links) as a numeric character reference, which markdown
 * shows as the character and never reads as syntax. `/`, `-` and `,` are left as they are for readable paths.
 */
export function markdownCell(s: string): string {
  return visible(s).replace(/[!-+.:-@[-`{-~]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The job summary: a table of the findings, or a line saying there are none. */
function jobSummary(results: FileResult[], cwd: string): string {
  const lines = ['### Slipway', '', '| file | line | severity | rule | message |', '| --- | --- | --- | --- | --- |'];
  for (const r of results)
    for (const f of r.findings)
      lines.push(
        `| ${markdownCell(r.display ?? path.relative(cwd, r.path).split(path.sep).join('/'))} | ${f.range.start.line + 1} | ${f.severity} | ${markdownCell(f.rule)} | ${markdownCell(f.message)} |`,
      );
  if (lines.length === 4) lines.splice(2, 2, `${results.length} file(s) checked, no problems.`);
  return lines.join('\n') + '\n\n';
}

/** Whether `p` is `root` or under it (both real paths). */
function within(p: string, root: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel));
}

/**
 * Where `p` really is: its real path (symbolic links resolved), or for a path not created yet (a sarif-file) the
 * real path of its deepest existing folder followed by the rest. A dangling link is followed to where a write
 * would create its target. Undefined when that cannot be told (a loop of links).
 */
function realLocation(p: string, depth = 0): string | undefined {
  if (depth > 40) return undefined;
  const rest: string[] = [];
  let cur = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync(cur), ...rest);
    } catch {
      const link = fs.lstatSync(cur, { throwIfNoEntry: false });
      if (link?.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.readlinkSync(cur);
        } catch {
          return undefined;
        }
        return realLocation(path.join(path.resolve(path.dirname(cur), target), ...rest), depth + 1);
      }
      const parent = path.dirname(cur);
      if (parent === cur) return p;
      rest.unshift(path.basename(cur));
      cur = parent;
    }
  }
}

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout(s: string): void;
}

/** Runs the action; returns the exit status (0 clean, 1 findings at or above the threshold, 2 errors). */
export async function runAction(io: ActionIo): Promise<number> {
  const { env, cwd } = io;
  const fail = (m: string) => {
    io.stdout(`::error title=Slipway::${escapeData(m)}\n`);
    return 2;
  };
  const format = getInput('format', env) || 'github';
  if (!isFormat(format)) return fail(`unknown format "${format}" (${FORMATS.join(', ')})`);
  let threshold: Severity | undefined;
  const t = getInput('severity-threshold', env);
  if (t) {
    const s = parseSeverity(t);
    if (!s || s === 'off') return fail(`unknown severity-threshold "${t}" (error, warning, info, hint)`);
    threshold = s;
  }
  let maxFileBytes = mbToBytes(DEFAULT_MAX_FILE_MB);
  const m = getInput('max-file-size', env);
  if (m) {
    const mb = Number(m);
    if (!Number.isFinite(mb) || mb <= 0) return fail(`max-file-size needs a positive number of MB (got "${m}")`);
    maxFileBytes = mbToBytes(mb);
  }
  // Paths, directories or globs, separated by newlines or spaces (a path with a space can be written as a glob).
  const paths = getInput('path', env).split(/\s+/).filter(Boolean);
  const ignore = getInput('ignore', env).split(/[\s,]+/).filter(Boolean);
  const config = getInput('config', env) || undefined;
  const sarifFile = getInput('sarif-file', env);
  const fixInput = getInput('fix', env).toLowerCase() || 'false';
  if (fixInput !== 'true' && fixInput !== 'false') return fail(`fix must be true or false (got "${fixInput}")`);
  // A pull request does not choose the inputs, but it does choose the files in the workspace: neither a symbolic link
  // there nor an input like `../..` may make the action read or write elsewhere on the runner. Relative paths must
  // stay in the workspace once links are resolved; an absolute path is taken as meant.
  const workspace = realLocation(path.resolve(cwd, env.GITHUB_WORKSPACE || '.')) ?? path.resolve(cwd, env.GITHUB_WORKSPACE || '.');
  const escapes = (input: string, glob: boolean) => {
    if (path.isAbsolute(input)) return false;
    const real = realLocation(glob ? cwd : path.resolve(cwd, input));
    return real === undefined || !within(real, workspace);
  };
  const outside = (name: string, input: string) =>
    fail(`${name} "${input}" is outside the workspace (${workspace}); give an absolute path to use it on purpose`);
  for (const p of paths) if (escapes(p, /[*?{[]/.test(p))) return outside('path', p);
  if (config && escapes(config, false)) return outside('config', config);
  if (sarifFile && escapes(sarifFile, false)) return outside('sarif-file', sarifFile);
  const warnings: string[] = [];
  let run;
  try {
    if (fixInput === 'true') {
      // The safe fixes are written to the workspace (for a following step to commit), then what remains is reported.
      const fixed = await runFixes({ paths, cwd, config, ignore, maxFileBytes, warn: () => {} }, true, (real) => within(real, workspace));
      for (const m of fixed.messages) io.stdout(`::warning title=Slipway fix::${escapeData(m)}\n`);
      if (fixed.changed.length) io.stdout(`::notice title=Slipway fix::${escapeData(`fixed ${fixed.fixes} problem(s) in ${fixed.changed.map((p) => path.relative(cwd, p).split(path.sep).join('/')).join(', ')}`)}\n`);
      setOutput('fixed-files', fixed.changed.length, env);
    }
    run = await runLintJob({ paths, cwd, config, threshold, ignore, maxFileBytes, warn: (w) => warnings.push(w) });
  } catch (e) {
    if (e instanceof JobError) return fail(e.message);
    throw e;
  }
  for (const w of warnings) io.stdout(`::warning title=Slipway::${escapeData(w)}\n`);
  const ctx = { cwd, color: false, errors: run.errors, version: VERSION };
  io.stdout(formatReport(format as Format, run.results, ctx));
  if (sarifFile) {
    const out = path.resolve(cwd, sarifFile);
    try {
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, formatReport('sarif', run.results, ctx));
    } catch (e) {
      return fail(`cannot write sarif-file ${sarifFile}: ${(e as Error).message}`);
    }
    setOutput('sarif-file', out, env);
  }
  const count = (s: Severity) => run.results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  setOutput('errors', count('error'), env);
  setOutput('warnings', count('warning'), env);
  setOutput('findings', run.results.reduce((n, r) => n + r.findings.length, 0), env);
  if (env.GITHUB_STEP_SUMMARY) fs.appendFileSync(env.GITHUB_STEP_SUMMARY, jobSummary(run.results, cwd));
  return run.exitCode;
}

if (require.main === module) {
  runAction({ env: process.env, cwd: process.cwd(), stdout: (s) => process.stdout.write(s) }).then(
    (code) => (process.exitCode = code),
    (e) => {
      process.stdout.write(`::error title=Slipway::${escapeData(String((e as Error).stack ?? e))}\n`);
      process.exitCode = 2;
    },
  );
}
