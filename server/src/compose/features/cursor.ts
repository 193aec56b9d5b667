// Where the cursor is in a Compose file, worked out from the text and its indentation (so it also works while
// the line being typed does not parse yet): the keys above it, whether it is on a key, a value or a list item,
// the partial word, and the sibling keys already there. Used by completion.
import type { Position } from 'vscode-languageserver-textdocument';

export interface ComposeCursor {
  /** Keys (and 0 for a list item) from the root to the mapping or list the cursor is in. */
  path: (string | number)[];
  /** 'key': typing a key; 'value': after `key: `; 'item': after `- ` (a scalar item or the first key of a mapping item). */
  mode: 'key' | 'value' | 'item';
  /** The key of this line, in value mode. */
  key?: string;
  /** Text of the value before the cursor (value mode) or of the item (item mode). */
  valueBefore: string;
  /** The partial word before the cursor, and where it starts. */
  word: string;
  wordStart: number;
  /** Keys already in the mapping being edited (key mode). */
  siblings: string[];
}

interface Frame {
  kind: 'dash' | 'key';
  col: number;
  key?: string;
  /** Text after `key:` on the line (trimmed, comments removed). */
  inline?: string;
}

const KEY = /^("[^"]*"|'[^']*'|[^\s#'"{[\]},&*!|>%@`-][^#]*?|-[^\s#][^#]*?)\s*:(?:\s+|$)/;

function stripComment(s: string): string {
  const m = /(^|\s)#/.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function unquote(k: string): string {
  return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}

/** The frames (list dashes and a key) a line opens, left to right. */
function framesOf(line: string): Frame[] {
  const out: Frame[] = [];
  let i = /^\s*/.exec(line)![0].length;
  while (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
    out.push({ kind: 'dash', col: i });
    i += 1;
    while (line[i] === ' ') i++;
  }
  const rest = line.slice(i);
  const m = KEY.exec(rest);
  if (m) out.push({ kind: 'key', col: i, key: unquote(m[1].trim()), inline: stripComment(rest.slice(m[0].length)).trim() });
  return out;
}

function isBlank(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('#') || t === '---' || t === '...';
}

/** The path of ancestors for content that starts at column `col` on line `lineNo`. */
function ancestors(lines: string[], lineNo: number, col: number, dash = false): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let cur = col;
  let afterDash = dash;
  for (let l = lineNo - 1; l >= 0 && (cur > 0 || afterDash); l--) {
    if (isBlank(lines[l])) continue;
    const frames = framesOf(lines[l]);
    const first = /^\s*/.exec(lines[l])![0].length;
    if (frames.length === 0) {
      if (first < cur) {
        // A plain line less indented than us that opens nothing: we are inside a multi-line scalar.
        return undefined;
      }
      continue;
    }
    for (let f = frames.length - 1; f >= 0; f--) {
      const fr = frames[f];
      const isAncestor = fr.col < cur || (afterDash && fr.kind === 'key' && fr.col === cur && !fr.inline);
      if (!isAncestor) continue;
      if (fr.kind === 'key') {
        if (fr.inline && /^[|>][-+0-9]*$/.test(fr.inline)) return undefined; // inside a block scalar
        path.unshift(fr.key!);
        afterDash = false;
      } else {
        path.unshift(0);
        afterDash = true;
      }
      cur = fr.col;
    }
  }
  return path;
}

/** Keys at exactly column `col` in the block around `lineNo` (siblings of the key being typed). */
function siblingKeys(lines: string[], lineNo: number, col: number): string[] {
  const out: string[] = [];
  const scan = (from: number, step: number) => {
    for (let l = from; l >= 0 && l < lines.length; l += step) {
      if (isBlank(lines[l])) continue;
      const frames = framesOf(lines[l]);
      const first = frames[0]?.col ?? /^\s*/.exec(lines[l])![0].length;
      const keyFrame = frames.find((f) => f.kind === 'key' && f.col === col);
      if (keyFrame) {
        // A key after a list dash starts a list item: above us it is our own item's first key, below us the next item.
        const startsItem = frames.some((f) => f.kind === 'dash' && f.col < col);
        if (startsItem && step > 0) break;
        out.push(keyFrame.key!);
        if (startsItem) break;
        continue;
      }
      if (first < col) break;
    }
  };
  scan(lineNo - 1, -1);
  scan(lineNo + 1, 1);
  return out;
}

export function composeCursor(text: string, pos: Position): ComposeCursor | undefined {
  const lines = text.split(/\r?\n/);
  const line = lines[pos.line] ?? '';
  const before = line.slice(0, pos.character);
  if (/(^|\s)#/.test(before)) return undefined; // in a comment
  const wm = /[^\s:,[\]{}"']*$/.exec(before)!;
  const word = wm[0];
  const wordStart = pos.character - word.length;
  // Where the content of the line starts (after indentation and list dashes).
  let i = /^\s*/.exec(before)![0].length;
  let dashes = 0;
  while (before[i] === '-' && before[i + 1] === ' ') {
    dashes++;
    i += 1;
    while (before[i] === ' ') i++;
  }
  const contentCol = i;
  const dashCol = /^\s*/.exec(before)![0].length;
  const rest = before.slice(contentCol);
  const base = dashes ? ancestors(lines, pos.line, dashCol, true) : ancestors(lines, pos.line, contentCol);
  if (!base) return undefined;
  const km = /^("[^"]*"|'[^']*'|[^\s#'"{[][^#:]*?)\s*:\s+(.*)$/.exec(rest) ?? /^("[^"]*"|'[^']*'|[^\s#'"{[][^#:]*?):()$/.exec(rest);
  if (km) {
    // `key: value…`: value mode (a `:` inside a word, as in `8080:80`, has no space after it and is no key).
    const path = [...base, ...Array(dashes).fill(0)];
    return { path, mode: 'value', key: unquote(km[1].trim()), valueBefore: km[2], word, wordStart, siblings: [] };
  }
  if (dashes > 0) {
    const path = [...base, ...Array(dashes - 1).fill(0)];
    return { path, mode: 'item', valueBefore: rest, word, wordStart, siblings: [] };
  }
  if (rest.trim() !== word) return undefined; // in a flow collection, after a tag…: not handled
  return { path: base, mode: 'key', valueBefore: '', word, wordStart, siblings: siblingKeys(lines, pos.line, contentCol) };
}
