import * as path from 'node:path';
import type { Finding, Severity } from '../engine/types';
import { ruleDocUrl } from '../engine/types';

export interface FileResult {
  path: string;
  language: string;
  findings: Finding[];
  /** A file that could not be read: reported, never fatal for the others. */
  error?: string;
  /** Name shown instead of the path (`<stdin>` when standard input has no --stdin-filename). */
  display?: string;
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

/** `file:line:col: severity message [rule]`, one finding a line, then a summary. */
export function formatText(results: FileResult[], cwd: string, color: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const file = resultName(r, cwd);
    if (r.error) lines.push(`${file}: error: ${r.error}`);
    for (const f of r.findings) {
      const sev = color ? `${COLORS[f.severity]}${f.severity}\x1b[0m` : f.severity;
      lines.push(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${sev} ${f.message} [${f.rule}]`);
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
    })),
  }));
  return JSON.stringify(out, null, 2) + '\n';
}
