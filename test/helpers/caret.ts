// Positions and ranges marked in the text itself, for protocol tests: `FROM node AS b|uilder` instead of
// `{ line: 0, character: 14 }`, `AS «builder»` instead of `r(0, 13, 20)`.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** The default caret. Texts that hold `|` themselves (YAML block scalars, shell pipes) pass another marker. */
export const CARET = '|';
const OPEN = '«';
const CLOSE = '»';

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** `marked` without its one caret, and the caret's position. Throws when there is no caret or more than one. */
export function caret(marked: string, marker = CARET): { text: string; position: Position } {
  const at = occurrences(marked, marker);
  if (at.length !== 1) throw new Error(`caret: expected one ${JSON.stringify(marker)} in the text, found ${at.length}`);
  return { text: marked.slice(0, at[0]) + marked.slice(at[0] + marker.length), position: positionAt(marked, at[0]) };
}

/** `marked` without its «» marks, and the ranges they enclose, in order. Throws on an unclosed, stray or nested mark. */
export function ranges(marked: string): { text: string; ranges: Range[] } {
  const r = scanRanges(marked);
  if (!r.ranges.length) throw new Error('ranges: no «» in the text');
  return r;
}

/**
 * A text marked with one caret and any «» ranges, e.g. `FROM alpine\n«CO|»\n` for a completion that replaces `CO`:
 * the text without marks, the caret's position and the ranges (each counted without the other marks).
 */
export function marked(text: string, marker = CARET): { text: string; position: Position; ranges: Range[] } {
  const position = caret(text.replace(/[«»]/g, ''), marker).position;
  const r = scanRanges(caret(text, marker).text);
  return { text: r.text, position, ranges: r.ranges };
}

function scanRanges(marked: string): { text: string; ranges: Range[] } {
  let text = '';
  const found: Range[] = [];
  let open: Position | undefined;
  for (const ch of marked) {
    if (ch === OPEN || ch === CLOSE) {
      const here = positionAt(text, text.length);
      if ((ch === OPEN) === (open !== undefined)) throw new Error(`ranges: ${ch === OPEN ? 'nested «' : '» without «'} at line ${here.line}, character ${here.character}`);
      if (ch === OPEN) open = here;
      else {
        found.push({ start: open!, end: here });
        open = undefined;
      }
      continue;
    }
    text += ch;
  }
  if (open) throw new Error(`ranges: « at line ${open.line}, character ${open.character} is not closed`);
  return { text, ranges: found };
}

/** Where `snippet` (written without its marks) occurs in `text`: it must occur exactly once. */
function locate(text: string, snippet: string, what: string): number {
  const at = occurrences(text, snippet);
  if (at.length !== 1) throw new Error(`${what}: ${JSON.stringify(snippet)} occurs ${at.length} times in the text; give a snippet that occurs once`);
  return at[0];
}

/**
 * The position of the caret of `snippet` in `text`, where the snippet without its caret occurs exactly once:
 * `at(doc, 'AS b|uilder')`. For documents shared by several tests, which are not written with marks.
 */
export function at(text: string, snippet: string, marker = CARET): Position {
  const c = caret(snippet, marker);
  return positionAt(text, locate(text, c.text, 'at') + snippet.indexOf(marker));
}

/** The range marked «» in `snippet`, where the snippet without its marks occurs exactly once in `text`: `rangeAt(doc, 'AS «builder»')`. */
export function rangeAt(text: string, snippet: string): Range {
  const m = ranges(snippet);
  if (m.ranges.length !== 1) throw new Error(`rangeAt: expected one «» in ${JSON.stringify(snippet)}, found ${m.ranges.length}`);
  const start = locate(text, m.text, 'rangeAt');
  const open = snippet.indexOf(OPEN);
  return { start: positionAt(text, start + open), end: positionAt(text, start + snippet.indexOf(CLOSE) - 1) };
}
