import * as fs from 'node:fs';
import * as path from 'node:path';
import { diskFiles, lint } from '../engine/lint';
import { WORKFLOWS_DIR } from '../engine/languages';
import { emptyConfig } from '../engine/config';
import { corpusDir, pct, Section, walk } from './corpus';
import type { Finding } from '../engine/types';
import { isShellcheckCode } from '../scripts/shellcheckCodes';
import { analyseScriptsSync } from '../scripts/analyse';

/**
 * Lints a workflow as the editor and the CLI do: the rules, then ShellCheck and pyflakes on the scripts they handed
 * over (when installed: a missing tool or a failed run is reported as a crash, so that a score never silently drops).
 */
function lintWorkflow(file: string, asPath = file): { findings: Finding[]; crashes: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const config = emptyConfig();
  const res = lint({ text, language: 'workflow', path: asPath, files: diskFiles, config });
  const crashes = res.crashes.map((c) => `${c.rule}: ${c.error.split('\n')[0]}`);
  const scripts = analyseScriptsSync({ text, language: 'workflow', lint: res, config });
  for (const m of scripts.missing) crashes.push(`${m} is not installed`);
  for (const f of scripts.failures) crashes.push(f);
  return { findings: [...res.findings, ...scripts.findings], crashes };
}

/** actionlint's ok/ (no errors allowed) and err/ (a finding on each expected line). */
export function runActionlint(): Section[] {
  const root = path.join(corpusDir(), 'actionlint');
  // ok/
  const okFiles = walk(path.join(root, 'ok'), (p) => /\.ya?ml$/.test(p));
  const okNotes: string[] = [];
  let okFlagged = 0;
  for (const f of okFiles) {
    const { findings, crashes } = lintWorkflow(f);
    const errors = findings.filter((x) => x.severity === 'error');
    if (errors.length) okFlagged++;
    for (const e of errors) okNotes.push(`error ok/${path.basename(f)}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message} [${e.rule}]`);
    for (const c of crashes) okNotes.push(`CRASH ok/${path.basename(f)}: ${c}`);
  }
  // err/
  const errDir = path.join(root, 'err');
  const errFiles = fs.readdirSync(errDir).filter((n) => /\.ya?ml$/.test(n)).sort();
  const errNotes: string[] = [];
  let expectedLines = 0;
  let caught = 0;
  let cases = 0;
  const perKind = new Map<string, { expected: number; caught: number }>();
  for (const name of errFiles) {
    const base = name.replace(/\.ya?ml$/, '');
    const outPath = path.join(errDir, `${base}.out`);
    if (!fs.existsSync(outPath)) continue;
    cases++;
    const { findings, crashes } = lintWorkflow(path.join(errDir, name), path.join(errDir, 'test.yaml'));
    for (const c of crashes) errNotes.push(`CRASH err/${name}: ${c}`);
    const lines = new Set(findings.map((f) => f.range.start.line + 1));
    // Lines with a finding of an external analyser: ShellCheck's codes, pyflakes.
    const toolLines = (kind: string) => new Set(findings.filter((f) => (kind === 'pyflakes' ? f.rule === 'pyflakes' : isShellcheckCode(f.rule))).map((f) => f.range.start.line + 1));
    for (const raw of fs.readFileSync(outPath, 'utf8').split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      let lineNo: number | undefined;
      let kind = '?';
      let ok: boolean;
      const plain = /^test\.yaml:(\d+):(\d+): .* \[([\w-]+)\]$/.exec(line);
      if (plain) {
        lineNo = Number(plain[1]);
        kind = plain[3];
      } else {
        const re = /^\/test\\\.yaml:(\d+):/.exec(line);
        if (re) lineNo = Number(re[1]);
        const k = /\\\[([\w-]+)\\\]/.exec(line);
        if (k) kind = k[1];
      }
      if (lineNo !== undefined) ok = (kind === 'shellcheck' || kind === 'pyflakes' ? toolLines(kind) : lines).has(lineNo);
      else {
        // `/regex/` without a position: one finding's formatted text must match.
        const rx = new RegExp(line.replace(/^\/|\/$/g, ''));
        ok = findings.some((f) => rx.test(`test.yaml:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message} [${f.rule}]`));
      }
      expectedLines++;
      let s = perKind.get(kind);
      if (!s) perKind.set(kind, (s = { expected: 0, caught: 0 }));
      s.expected++;
      if (ok) {
        caught++;
        s.caught++;
      } else errNotes.push(`missed err/${name}: ${line}`);
    }
  }
  const kindRows = [...perKind].sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, String(s.expected), String(s.caught), pct(s.caught, s.expected)]);
  return [
    {
      title: `actionlint ok/ (${okFiles.length} valid workflows: no error allowed)`,
      rows: [['files', 'files with errors'], [String(okFiles.length), String(okFlagged)]],
      notes: okNotes,
      scores: { actionlintOkFlagged: okFlagged },
    },
    {
      title: `actionlint err/ (${cases} cases): a finding on each expected line`,
      rows: [['kind', 'expected', 'caught', 'recall'], ...kindRows, ['TOTAL', String(expectedLines), String(caught), pct(caught, expectedLines)]],
      notes: errNotes,
      scores: { actionlintErrRecall: expectedLines ? caught / expectedLines : 1 },
    },
  ];
}

/** GitHub's starter workflows are real, working templates: error-severity findings must be real bugs. */
export function runStarterWorkflows(): Section {
  const root = path.join(corpusDir(), 'starter-workflows');
  const files = walk(root, (p) => /\.ya?ml$/.test(p));
  const notes: string[] = [];
  let flagged = 0;
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    const { findings, crashes } = lintWorkflow(f, path.join(root, WORKFLOWS_DIR, path.basename(f)));
    const errs = findings.filter((x) => x.severity === 'error');
    warnings += findings.filter((x) => x.severity === 'warning').length;
    errors += errs.length;
    if (errs.length) flagged++;
    for (const e of errs) notes.push(`error ${path.relative(root, f)}:${e.range.start.line + 1}: ${e.message} [${e.rule}]`);
    for (const c of crashes) notes.push(`CRASH ${path.relative(root, f)}: ${c}`);
  }
  return {
    title: `Starter workflows (${files.length} files: errors must be real bugs)`,
    rows: [['files', 'files with errors', 'errors', 'warnings'], [String(files.length), String(flagged), String(errors), String(warnings)]],
    notes,
    scores: { starterErrors: errors },
  };
}
