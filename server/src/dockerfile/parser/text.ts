// The document text with its line table, computed once per parse and shared by every node.
//
// Positions follow vscode-languageserver-textdocument (what dockerfile-ast uses), quirks included: line breaks are
// \n, \r\n and a lone \r; an offset past the end is the end; an offset between the \r and \n of a \r\n is the
// position of the \r (positionAt), and offsetAt clamps a character past the end of its line to before its line
// break. Nodes keep offsets normalized the same way (`norm`), so offset → position → offset is the identity, and turn
// them into positions only when asked.
import { lineStarts } from '../../engine/text';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

const CR = 13;
const LF = 10;

export class DocText {
  readonly starts: number[];
  private hint = 0;

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /** offsetAt(positionAt(offset)): clamped to the text, and moved off the \n of a \r\n. */
  norm(offset: number): number {
    const t = this.text;
    if (offset <= 0) return 0;
    if (offset >= t.length) return t.length;
    return t.charCodeAt(offset) === LF && t.charCodeAt(offset - 1) === CR ? offset - 1 : offset;
  }

  lineOf(offset: number): number {
    const s = this.starts;
    const n = s.length;
    let h = this.hint;
    if (s[h] <= offset) {
      if (h + 1 >= n || offset < s[h + 1]) return h;
      if (h + 2 >= n || offset < s[h + 2]) return (this.hint = h + 1);
    }
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    h = lo;
    this.hint = h;
    return h;
  }

  positionAt(offset: number): Position {
    offset = this.norm(offset);
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    const s = this.starts;
    if (pos.line >= s.length) return this.text.length;
    if (pos.line < 0) return 0;
    const lineOffset = s[pos.line];
    if (pos.character <= 0) return lineOffset;
    const next = pos.line + 1 < s.length ? s[pos.line + 1] : this.text.length;
    let offset = Math.min(lineOffset + pos.character, next);
    while (offset > lineOffset && (this.text.charCodeAt(offset - 1) === CR || this.text.charCodeAt(offset - 1) === LF)) offset--;
    return offset;
  }

  /** A range between two normalized offsets. */
  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Text between two positions, as TextDocument.getText(range) (substring: swapped when end < start). */
  textOf(range: Range): string {
    return this.text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }
}
