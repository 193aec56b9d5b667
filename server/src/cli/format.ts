import * as path from 'node:path';
import type { Finding, Severity } from '../engine/types';
import { ruleDocUrl } from '../engine/types';
import { safeFixOf } from '../engine/fix';

export interface FileResult {
  path: string;
  language: string;
  findings: Finding[];
  /** A file that could not be read: reported, never fatal for the others. */
  error?: string;
  /** Name shown instead of the path (`<stdin>` when standard input has no --stdin-filename). */
  display?: string;
  /** The text that was linted: the code-quality formats read a finding's line (fingerprints, UTF-8 columns). */
  text?: string;
}

/** The name of a result in reports: relative to `cwd` with `/` separators when under it, else absolute. */
export function resultName(r: FileResult, cwd: string): string {
  return r.display ?? displayPath(r.path, cwd);
}

const COLORS: Record<Severity, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };

export function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

/**
 * Characters of file content that must not reach a terminal or a CI log as they are: C0 controls (ESC starts colour,
 * title and hyperlink sequences; CR and LF start a new line), DEL, C1 controls (U+009B is a one-character CSI),
 * line and paragraph separators, and the bidi embeddings, overrides and isolates that reorder what is shown.
 */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * File content made safe for a terminal or a GitHub log, still readable: each active character as a visible
 * escape (`\x1b`, `\n`, `\u202e`), and the runner's legacy command prefix `##[`, which it honours anywhere in a
 * line, as `##\x5b`. (A newline shown as `\n` also keeps a `::command` in the content off the start of a line.)
 */
export function visible(s: string): string {
  return s
    .replace(ACTIVE, (c) => NAMED[c] ?? (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
    .replace(/##\[/g, '##\\x5b');
}

/** A name for the text format: visible, and `./name` when the name would start a line with white space or `:` (a `::command`). */
function textName(r: FileResult, cwd: string): string {
  const name = visible(resultName(r, cwd));
  return /^[\s:]/.test(name) ? `./${name}` : name;
}

/** `file:line:col: severity message [rule]`, one finding a line, then a summary. File content is shown `visible`. */
export function formatText(results: FileResult[], cwd: string, color: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = textName(r, cwd);
    if (r.error) lines.push(`${file}: error: ${visible(r.error)}`);
    for (const f of r.findings) {
      const sev = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${sev} ${visible(f.message)} [${visible(f.rule)}]`);
    }
  }
  lines.push(summaryLine(results));
  return lines.join('\n') + '\n';
}

/** `N files checked, no problems` or `N files checked: E errors, W warnings, I info, H hints`. */
export function summaryLine(results: FileResult[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of results) for (const f of r.findings) counts[f.severity]++;
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const n = `${results.length} file${results.length === 1 ? '' : 's'} checked`;
  return total === 0
    ? `${n}, no problems`
    : `${n}: ${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info, ${counts.hint} hint${counts.hint === 1 ? '' : 's'}`;
}

export function formatJson(results: FileResult[], cwd: string): string {
  const out = results.map((r) => ({
    file: resultName(r, cwd),
    language: r.language,
    ...(r.error ? { error: r.error } : {}),
    findings: r.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      endLine: f.range.end.line + 1,
      endColumn: f.range.end.character + 1,
      docs: ruleDocUrl(f.rule),
      fixable: !!f.fixes?.length,
      // Whether `slipway lint --fix` applies one of them (a fix marked safe; the others are for the editor).
      safeFix: safeFixOf(f) !== undefined,
    })),
  }));
  return safeJson(out);
}

/**
 * JSON whose text is safe in a terminal or a CI log and parses back to the same values: JSON.stringify already
 * escapes C0 controls; the other ACTIVE characters (DEL, C1, separators, bidi) are written as `\uXXXX` too, and the `[` of `##[`
 * (legacy workflow commands) as `\u005b`. `#` and these characters only occur inside strings, where the escapes
 * are valid.
 */
export function safeJson(value: unknown, indent = 2): string {
  return (
    JSON.stringify(value, null, indent)
      .replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .replace(/##\[/g, '##\\u005b') + '\n'
  );
}
