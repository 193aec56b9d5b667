// Dockerfile formatting: instruction keywords in upper case (and FROM's `AS` with them, as BuildKit's FromAsCasing
// wants), no indentation before instructions, continuation lines indented by 4 spaces plus whatever they were
// indented beyond the least indented of them (so `if ... then` blocks and nested argument lists keep their shape),
// trailing whitespace removed. Never touches here-document bodies, and never changes what BuildKit sees: a
// continuation line keeps its leading whitespace when it continues a quoted string, or when adding whitespace would
// split a word (`foo\` + `bar` is `foobar`).
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

/** Width of leading whitespace, a tab advancing to the next multiple of `tab` columns. */
function columns(ws: string, tab: number): number {
  let c = 0;
  for (const ch of ws) c = ch === '\t' ? (Math.floor(c / tab) + 1) * tab : c + 1;
  return c;
}

/**
 * Character ranges (line → [start, end)) of FROM's `AS` keywords not written in upper case: the formatter writes
 * FROM in upper case, and BuildKit's FromAsCasing wants AS in the same case.
 */
function asKeywords(model: DockerfileModel): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const stage of model.stages) {
    const args = stage.fromInstruction.args;
    if (args.length !== 3) continue;
    const as = args[1];
    const v = as.getValue();
    if (!/^as$/i.test(v) || v === 'AS') continue;
    const r = as.getRange();
    if (r.start.line !== r.end.line) continue;
    const list = out.get(r.start.line) ?? [];
    list.push([r.start.character, r.end.character]);
    out.set(r.start.line, list);
  }
  return out;
}

/** The formatted text of every line (index = line number); unchanged lines keep their text. */
export function formatLines(model: DockerfileModel, opts: FormatOptions = {}): string[] {
  const indent = opts.indent ?? '    ';
  const tab = /^ +$/.test(indent) ? indent.length : 4;
  const n = model.lines.lineCount;
  const out: string[] = [];
  for (let l = 0; l < n; l++) out.push(model.lines.lineText(l));
  const cont = escapeRe(model.escape);
  const trimTrailing = (s: string) => s.replace(/[ \t]+$/, '');
  const handled = new Set<number>();
  const upper = asKeywords(model);
  const lineText = (l: number) => {
    let t = model.lines.lineText(l);
    for (const [a, b] of upper.get(l) ?? []) t = t.slice(0, a) + t.slice(a, b).toUpperCase() + t.slice(b);
    return t;
  };

  for (const ins of model.instructions) {
    const start = ins.range.start.line;
    const body = heredocBodyStart(ins.node);
    const last = Math.min(ins.range.end.line, body !== undefined ? body - 1 : ins.range.end.line);
    for (let l = start; l <= ins.range.end.line; l++) handled.add(l);
    const st: QuoteState = { single: false, double: false };
    let prevEndsWithSpace = false;
    // Continuation lines given the continuation indentation, with the width of their own; comment lines likewise.
    // Their indentation beyond the least indented of the former is kept on top of `indent`.
    const reindented: { l: number; col: number }[] = [];
    const comments: { l: number; col: number }[] = [];
    for (let l = start; l <= last; l++) {
      const raw = lineText(l);
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
      const ws = /^[ \t]*/.exec(raw)![0];
      if (trimmed === '' || trimmed.startsWith('#')) {
        // Comment and empty lines inside an instruction are dropped by the parser: safe to re-indent.
        out[l] = trimmed === '' ? '' : opts.ignoreMultilineInstructions ? trimTrailing(raw) : indent + trimmed;
        if (trimmed !== '' && !opts.ignoreMultilineInstructions) comments.push({ l, col: columns(ws, tab) });
        continue;
      }
      const inQuote = st.single || st.double;
      const hasIndent = ws !== '';
      let text = raw;
      if (!opts.ignoreMultilineInstructions && !inQuote && (prevEndsWithSpace || hasIndent)) {
        text = indent + raw.trimStart();
        reindented.push({ l, col: columns(ws, tab) });
      }
      const content = isCont ? text.replace(cont, '') : text;
      scan(content, st, model.escape);
      prevEndsWithSpace = /[ \t]$/.test(content);
      const endsInQuote = st.single || st.double;
      out[l] = isCont ? content + model.escape : endsInQuote ? text : trimTrailing(text);
    }
    if (reindented.length) {
      const base = Math.min(...reindented.map((r) => r.col));
      for (const r of [...reindented, ...comments]) out[r.l] = indent + ' '.repeat(Math.max(0, r.col - base)) + out[r.l].slice(indent.length);
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
    // A new line continues at the indentation of the continuation line before it (nested blocks stay nested).
    const want = owner.range.start.line === pos.line - 1 ? indent : /^[ \t]*/.exec(lines[pos.line - 1])![0] || indent;
    if (cur !== want) edits.push({ range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: cur.length } }, newText: want });
  } else if (lines[pos.line] !== undefined && lines[pos.line] !== cur && lines[pos.line].startsWith(indent)) {
    const want = /^[ \t]*/.exec(lines[pos.line])![0];
    if (ws !== want) edits.push({ range: { start: { line: pos.line, character: 0 }, end: { line: pos.line, character: ws.length } }, newText: want });
  }
  return edits;
}
