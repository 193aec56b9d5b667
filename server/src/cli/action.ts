// The GitHub Action (`uses: slipway-dev/slipway@v1`, action.yml at the repository root): bundled by
// scripts/build.mjs into dist/action.js, which is committed so that the action runs without `npm install`.
// Reads its inputs from INPUT_* variables, lints with the CLI's engine, prints the report (annotations by default),
// optionally writes a SARIF file for code scanning, and sets outputs and a job summary.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSeverity } from '../engine/config';
import type { Severity } from '../engine/types';
import { Format, FORMATS, formatReport, isFormat } from './formats';
import { escapeData } from './formats/github';
import { VERSION } from './version';
import { JobError, runLintJob } from './run';

/** An input as the runner passes it: `INPUT_<NAME>` with spaces as `_`, upper-cased (hyphens stay). */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Appends `name=value` (or a heredoc for multi-line values) to the file named by GITHUB_OUTPUT. */
function setOutput(name: string, value: string | number, env: NodeJS.ProcessEnv): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const v = String(value);
  const line = v.includes('\n') ? `${name}<<SLIPWAY_EOF\n${v}\nSLIPWAY_EOF\n` : `${name}=${v}\n`;
  fs.appendFileSync(file, line);
}

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout(s: string): void;
}

/** Runs the action; returns the exit status (0 clean, 1 findings at or above the threshold, 2 errors). */
export function runAction(io: ActionIo): number {
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
  // Paths, directories or globs, separated by newlines or spaces (a path with a space can be written as a glob).
  const paths = getInput('path', env).split(/\s+/).filter(Boolean);
  const ignore = getInput('ignore', env).split(/[\s,]+/).filter(Boolean);
  const warnings: string[] = [];
  let run;
  try {
    run = runLintJob({ paths, cwd, config: getInput('config', env) || undefined, threshold, ignore, warn: (m) => warnings.push(m) });
  } catch (e) {
    if (e instanceof JobError) return fail(e.message);
    throw e;
  }
  for (const w of warnings) io.stdout(`::warning title=Slipway::${escapeData(w)}\n`);
  const ctx = { cwd, color: false, errors: run.errors, version: VERSION };
  io.stdout(formatReport(format as Format, run.results, ctx));
  const sarifFile = getInput('sarif-file', env);
  if (sarifFile) {
    const out = path.resolve(cwd, sarifFile);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, formatReport('sarif', run.results, ctx));
    setOutput('sarif-file', out, env);
  }
  const count = (s: Severity) => run.results.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0);
  setOutput('errors', count('error'), env);
  setOutput('warnings', count('warning'), env);
  setOutput('findings', run.results.reduce((n, r) => n + r.findings.length, 0), env);
  if (env.GITHUB_STEP_SUMMARY) {
    const lines = ['### Slipway', '', '| file | line | severity | rule | message |', '| --- | --- | --- | --- | --- |'];
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    for (const r of run.results)
      for (const f of r.findings)
        lines.push(`| ${cell(r.display ?? path.relative(cwd, r.path).split(path.sep).join('/'))} | ${f.range.start.line + 1} | ${f.severity} | ${f.rule} | ${cell(f.message)} |`);
    if (lines.length === 4) lines.splice(2, 2, `${run.results.length} file(s) checked, no problems.`);
    fs.appendFileSync(env.GITHUB_STEP_SUMMARY, lines.join('\n') + '\n\n');
  }
  return run.exitCode;
}

if (require.main === module) {
  try {
    process.exitCode = runAction({ env: process.env, cwd: process.cwd(), stdout: (s) => process.stdout.write(s) });
  } catch (e) {
    process.stdout.write(`::error title=Slipway::${escapeData(String((e as Error).stack ?? e))}\n`);
    process.exitCode = 2;
  }
}
