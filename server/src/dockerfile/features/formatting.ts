// Dockerfile formatting: instruction keywords in upper case, no indentation before instructions, continuation lines
// indented by 4 spaces, trailing whitespace removed. Never touches here-document bodies, and never changes what
// BuildKit sees: a continuation line keeps its leading whitespace when it continues a quoted string, or when adding
// whitespace would split a word (`foo\` + `bar` is `foobar`).
import type { TextEdit } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import { INSTRUCTION_BY_NAME } from './data';
import { heredocBodyStart, instructionAtLine, Pos } from './util';
import type { Range } from '../../engine/types';

export interface FormatOptions {
  /** Keep the indentation of continuation lines as written. */
  ignoreMultilineInstructions?: boolean;
  /** Indentation of continuation lines (default 4 spaces). */
  indent?: string;
}

interface QuoteState {
  single: boolean;
  double: boolean;
}

function escapeRe(escape: string): RegExp {
  return new RegExp(`${escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}[ \\t]*$`);
}

/** Updates quote state over `text` (shell-like: escape char outside single quotes escapes the next char). */
function scan(text: string, st: QuoteState, escape: string): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (st.single) {
      if (c === "'") st.single = false;
      continue;
    }
    if (c === escape) {
      i++;
      continue;
    }
    if (c === '"') st.double = !st.double;
    else if (c === "'" && !st.double) st.single = true;
  }
}

/** The formatted text of every line (index = line number); unchanged lines keep their text. */
export function formatLines(model: DockerfileModel, opts: FormatOptions = {}): string[] {
  const indent = opts.indent ?? '    ';
  const n = model.lines.lineCount;
  const out: string[] = [];
  for (let l = 0; l < n; l++) out.push(model.lines.lineText(l));
  const cont = escapeRe(model.escape);
  const trimTrailing = (s: string) => s.replace(/[ \t]+$/, '');
  const handled = new Set<number>();

  for (const ins of model.instructions) {
    const start = ins.range.start.line;
    const body = heredocBodyStart(ins.node);
    const last = Math.min(ins.range.end.line, body !== undefined ? body - 1 : ins.range.end.line);
    for (let l = start; l <= ins.range.end.line; l++) handled.add(l);
    const st: QuoteState = { single: false, double: false };
    let prevEndsWithSpace = false;
    for (let l = start; l <= last; l++) {
      const raw = model.lines.lineText(l);
      const isCont = cont.test(raw);
      if (l === start) {
        let text = raw.trimStart();
        const kw = ins.written;
        if (text.startsWith(kw) && INSTRUCTION_BY_NAME.has(kw.toUpperCase())) {
          text = kw.toUpperCase() + text.slice(kw.length);
          if (ins.keyword === 'ONBUILD') {
            const m = /^(ONBUILD\s+)([A-Za-z]+)(?=\s|$)/.exec(text);
            if (m && INSTRUCTION_BY_NAME.has(m[2].toUpperCase())) text = m[1] + m[2].toUpperCase() + text.slice(m[0].length);
          }
        }
        const content = isCont ? text.replace(cont, '') : text;
        scan(content.slice(ins.written.length), st, model.escape);
        prevEndsWithSpace = /[ \t]$/.test(content);
        const inQuote = st.single || st.double;
        out[l] = isCont ? content + model.escape : inQuote && l === ins.range.end.line ? text : trimTrailing(text);
        continue;
      }
      const trimmed = raw.trim();
      if (trimmed === '' || trimmed.startsWith('#')) {
        // Comment and empty lines inside an instruction are dropped by the parser: safe to re-indent.
        out[l] = trimmed === '' ? '' : opts.ignoreMultilineInstructions ? trimTrailing(raw) : indent + trimmed;
        continue;
      }
      const inQuote = st.single || st.double;
      const hasIndent = /^[ \t]/.test(raw);
      let text = raw;
      if (!opts.ignoreMultilineInstructions && !inQuote && (prevEndsWithSpace || hasIndent)) text = indent + raw.trimStart();
      const content = isCont ? text.replace(cont, '') : text;
      scan(content, st, model.escape);
      prevEndsWithSpace = /[ \t]$/.test(content);
      const endsInQuote = st.single || st.double;
      out[l] = isCont ? content + model.escape : endsInQuote ? text : trimTrailing(text);
    }
  }
  // Comments, directives and blank lines between instructions.
  for (let l = 0; l < n; l++) {
    if (handled.has(l)) continue;
    out[l] = out[l].trim() === '' ? '' : trimTrailing(out[l]).trimStart();
  }
  return out;
}

function lineEdits(model: DockerfileModel, lines: string[], from: number, to: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (let l = Math.max(0, from); l <= Math.min(to, lines.length - 1); l++) {
    const old = model.lines.lineText(l);
    if (old !== lines[l]) edits.push({ range: { start: { line: l, character: 0 }, end: { line: l, character: old.length } }, newText: lines[l] });
  }
  return edits;
}

export function formatDocument(model: DockerfileModel, opts: FormatOptions = {}): TextEdit[] {
  return lineEdits(model, formatLines(model, opts), 0, model.lines.lineCount - 1);
}

/** Edits for the lines the range touches (whole instructions are formatted so the result matches the document format). */
export function formatRange(model: DockerfileModel, range: Range, opts: FormatOptions = {}): TextEdit[] {
  return lineEdits(model, formatLines(model, opts), range.start.line, range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line);
}

/**
 * On-type formatting after a newline: when the previous line continues an instruction (ends with the escape char),
 * the new line gets the continuation indentation.
 */
export function formatOnType(model: DockerfileModel, pos: Pos, ch: string, opts: FormatOptions = {}): TextEdit[] {
  if (ch !== '\n' || pos.line === 0) return [];
  const prev = model.lines.lineText(pos.line - 1);
  if (!escapeRe(model.escape).test(prev)) return [];
  const owner = instructionAtLine(model, pos.line - 1);
  if (!owner || /^\s*#/.test(prev) && owner.range.start.line === pos.line - 1) return [];
  const lines = formatLines(model, opts);
  const edits = lineEdits(model, lines, pos.line - 1, pos.line - 1);
  if (opts.ignoreMultilineInstructions) return edits;
  const cur = model.lines.lineText(pos.line);
  const ws = /^[ \t]*/.exec(cur)![0];
  const indent = opts.indent ?? '    ';
  if (cur.trim() === '') {
    if (cur !== indent) edits.push({ range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: cur.length } }, newText: indent });
  } else if (lines[pos.line] !== undefined && lines[pos.line] !== cur && lines[pos.line].startsWith(indent) && ws !== indent) {
    edits.push({ range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: ws.length } }, newText: indent });
  }
  return edits;
}
