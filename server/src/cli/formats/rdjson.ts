// reviewdog's Diagnostic Format: `rdjson` (one DiagnosticResult) and `rdjsonl` (a Diagnostic per line), read by
// `reviewdog -f=rdjson` / `-f=rdjsonl` to comment on pull requests, with suggested changes from quick fixes.
// reviewdog parses them with protojson, which refuses unknown fields: only the proto's fields are written.
import { ruleDocUrl } from '../../engine/types';
import type { Position } from 'vscode-languageserver-textdocument';
import type { Finding, Severity } from '../../engine/types';
import { FileResult, resultName, safeJson } from '../format';
import type { ReportContext } from './index';
import { splitLines, utf8Column } from './locations';

export const RDJSON_SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', info: 'INFO', hint: 'INFO' };

const SOURCE = { name: 'slipway', url: 'https://github.com/slipway-dev/slipway' };

/** A reviewdog position: 1-based line, 1-based column counted in UTF-8 bytes (LSP counts UTF-16 code units). */
function position(lines: string[], p: Position): { line: number; column: number } {
  return { line: p.line + 1, column: utf8Column(lines, p) };
}

/**
 * A finding's one fix as suggestions, when it is a single edit: reviewdog turns the suggestions of a diagnostic into
 * one suggested change, which is only right for one fix; findings with several fixes (a choice) get none.
 */
function suggestions(f: Finding, lines: string[]) {
  if (f.fixes?.length !== 1 || f.fixes[0].edits.length !== 1) return undefined;
  const e = f.fixes[0].edits[0];
  return [{ range: { start: position(lines, e.range.start), end: position(lines, e.range.end) }, text: e.newText }];
}

/** The diagnostics of a run, paths relative to the working directory (where reviewdog runs, beside Slipway). */
export function rdDiagnostics(results: FileResult[], ctx: ReportContext, withSource: boolean): object[] {
  const out: object[] = [];
  for (const r of results) {
    const path = resultName(r, ctx.cwd);
    const lines = splitLines(r.text);
    if (r.error) out.push({ message: `cannot read ${path}: ${r.error}`, location: { path }, severity: 'ERROR', ...(withSource ? { source: SOURCE } : {}) });
    for (const f of r.findings) {
      const start = position(lines, f.range.start);
      const after = f.range.end.line > f.range.start.line || (f.range.end.line === f.range.start.line && f.range.end.character >= f.range.start.character);
      const s = suggestions(f, lines);
      out.push({
        message: f.message,
        location: { path, range: { start, end: after ? position(lines, f.range.end) : start } },
        severity: RDJSON_SEVERITY[f.severity],
        ...(withSource ? { source: SOURCE } : {}),
        code: { value: f.rule, url: ruleDocUrl(f.rule) },
        ...(s ? { suggestions: s } : {}),
      });
    }
  }
  return out;
}

/** `{"source": …, "diagnostics": […]}` (DiagnosticResult). */
export function formatRdjson(results: FileResult[], ctx: ReportContext): string {
  return safeJson({ source: SOURCE, diagnostics: rdDiagnostics(results, ctx, false) });
}

/** One Diagnostic a line, each with its source. */
export function formatRdjsonl(results: FileResult[], ctx: ReportContext): string {
  return rdDiagnostics(results, ctx, true)
    .map((d) => safeJson(d, 0))
    .join('');
}
