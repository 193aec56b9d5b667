import type { Range } from './types';

/** Offsets of the start of each line of `text` (handles \n, \r\n and lone \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }
  get lineCount(): number {
    return this.starts.length;
  }
  positionAt(offset: number): { line: number; character: number } {
    offset = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
  offsetAt(pos: { line: number; character: number }): number {
    if (pos.line >= this.starts.length) return this.text.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    const end = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.text.length;
    return Math.min(start + pos.character, end);
  }
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
  /** Text of line `n` without its line break. */
  lineText(n: number): string {
    const start = this.starts[n];
    if (start === undefined) return '';
    let end = n + 1 < this.starts.length ? this.starts[n + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}

export function rangeOfLine(line: number, startChar: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line, character: endChar } };
}

export function comparePositions(a: { line: number; character: number }, b: { line: number; character: number }): number {
  return a.line - b.line || a.character - b.character;
}

/** `pos` inside `range`, both ends included (a cursor right after a word still "touches" it). */
export function touches(range: Range, pos: { line: number; character: number }): boolean {
  return comparePositions(pos, range.start) >= 0 && comparePositions(range.end, pos) >= 0;
}

/** Applies non-overlapping edits to text (used by tests, the CLI's --fix and formatting checks). */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const idx = new LineIndex(text);
  const sorted = edits
    .map((e) => ({ start: idx.offsetAt(e.range.start), end: idx.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const e of sorted) {
    if (e.start < last) throw new Error('overlapping edits');
    out += text.slice(last, e.start) + e.newText;
    last = e.end;
  }
  return out + text.slice(last);
}

