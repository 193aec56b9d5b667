// Maps each character of a YAML scalar's value back to its offset in the document, for every scalar style
// (plain, single-quoted, double-quoted, literal and folded blocks), from the scalar's source (read from the
// document text at its range, or from yaml's CST source token).
import type { Scalar } from 'yaml';

export interface MappedString {
  readonly value: string;
  /** offsets[i] = document offset of value[i]; offsets[value.length] = offset just after the last character. */
  readonly offsets: number[];
  /** Whether the offsets are exact (false: everything maps to the start of the node). */
  readonly exact: boolean;
}

export interface SrcToken {
  type: string;
  offset: number;
  indent?: number;
  source: string;
  props?: { type: string; offset: number; source: string }[];
}

function splitLines(s: string, base: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i === s.length || s[i] === '\n') {
      let end = i;
      if (end > start && s[end - 1] === '\r') end--;
      out.push({ text: s.slice(start, end), start: base + start });
      start = i + 1;
    }
  }
  return out;
}

const WS = /[ \t]/;

/** Folds a flow scalar's lines (plain or quoted) and decodes escapes. */
function mapFlow(inner: string, base: number, style: 'plain' | 'single' | 'double'): { value: string; offsets: number[] } {
  // One line without escapes (most values): the characters as written, a plain one without its surrounding blanks.
  if (!inner.includes('\n') && !inner.includes('\r') && (style === 'plain' || (style === 'single' ? !inner.includes("''") : !inner.includes('\\')))) {
    let a = 0;
    let b = inner.length;
    if (style === 'plain') {
      while (a < b && (inner.charCodeAt(a) === 32 || inner.charCodeAt(a) === 9)) a++;
      while (b > a && (inner.charCodeAt(b - 1) === 32 || inner.charCodeAt(b - 1) === 9)) b--;
    }
    const offsets = new Array<number>(b - a + 1);
    for (let i = 0; i < b - a; i++) offsets[i] = base + a + i;
    offsets[b - a] = base + inner.length;
    return { value: inner.slice(a, b), offsets };
  }
  const lines = splitLines(inner, base);
  let value = '';
  const offsets: number[] = [];
  const push = (s: string, off: number) => {
    for (const ch of s) {
      value += ch;
      offsets.push(off);
      // surrogate pairs: `for of` yields one code point; keep offsets per UTF-16 unit
      if (ch.length === 2) offsets.push(off);
    }
  };
  let pendingEmpty = 0;
  let started = false;
  let escapedBreak = false;
  for (let li = 0; li < lines.length; li++) {
    let { text, start } = lines[li];
    const first = li === 0;
    const last = li === lines.length - 1;
    // Trim leading whitespace of continuation lines and trailing whitespace before a line break.
    let a = 0;
    let b = text.length;
    if (!first || style === 'plain') while (a < b && WS.test(text[a])) a++;
    if (!last || style === 'plain') while (b > a && WS.test(text[b - 1])) b--;
    let lineEscapesBreak = false;
    if (style === 'double' && !last) {
      // A backslash right before the break escapes it (an odd run of backslashes).
      let k = text.length;
      while (k > 0 && WS.test(text[k - 1])) k--;
      let n = 0;
      while (k - n - 1 >= 0 && text[k - n - 1] === '\\') n++;
      if (n % 2 === 1) {
        lineEscapesBreak = true;
        b = k - 1;
        // whitespace before the escaping backslash is content
      }
    }
    text = text.slice(a, b);
    start += a;
    if (!first) {
      if (text === '' && !last) {
        if (!escapedBreak) pendingEmpty++;
        continue;
      }
      if (escapedBreak) {
        // nothing: the break was escaped
      } else if (pendingEmpty > 0) {
        push('\n'.repeat(pendingEmpty), start);
      } else if (started || text !== '') {
        push(' ', start);
      }
      pendingEmpty = 0;
    }
    escapedBreak = lineEscapesBreak;
    started = true;
    // Decode the line's characters.
    let i = 0;
    while (i < text.length) {
      const c = text[i];
      const off = start + i;
      if (style === 'single' && c === "'" && text[i + 1] === "'") {
        push("'", off);
        i += 2;
        continue;
      }
      if (style === 'double' && c === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
        };
        if (e !== undefined && simple[e] !== undefined) {
          push(simple[e], off);
          i += 2;
          continue;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        if (len) {
          const hex = text.slice(i + 2, i + 2 + len);
          if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
            push(String.fromCodePoint(parseInt(hex, 16)), off);
            i += 2 + len;
            continue;
          }
        }
      }
      push(c, off);
      i++;
    }
  }
  offsets.push(base + inner.length);
  return { value, offsets };
}

function mapBlock(tok: SrcToken): { value: string; offsets: number[] } | undefined {
  const header = tok.props?.find((p) => p.type === 'block-scalar-header');
  if (!header) return undefined;
  const last = tok.props![tok.props!.length - 1];
  const bodyStart = last.offset + last.source.length;
  const folded = header.source.startsWith('>');
  const chomp = header.source.includes('-') ? 'strip' : header.source.includes('+') ? 'keep' : 'clip';
  if (/\d/.test(header.source)) return undefined; // explicit indentation: rare, use the fallback
  const lines = splitLines(tok.source, bodyStart);
  if (lines.length && lines[lines.length - 1].text === '' && tok.source.endsWith('\n')) lines.pop();
  let indent = -1;
  for (const l of lines) {
    if (l.text.trim() !== '') {
      indent = l.text.length - l.text.trimStart().length;
      break;
    }
  }
  if (indent < 0) indent = 0;
  let value = '';
  const offsets: number[] = [];
  const content = lines.map((l) => ({ text: l.text.length > indent ? l.text.slice(indent) : l.text.trim() === '' ? '' : l.text.slice(indent), start: l.start + Math.min(indent, l.text.length) }));
  // Trailing empty lines are subject to chomping.
  let endContent = content.length;
  while (endContent > 0 && content[endContent - 1].text === '') endContent--;
  const emit = (s: string, off: number) => {
    for (let i = 0; i < s.length; i++) {
      value += s[i];
      offsets.push(off + (s[i] === '\n' ? 0 : i));
    }
  };
  const moreIndented = (t: string) => t !== '' && WS.test(t[0]);
  let prevNonEmpty = -1;
  for (let i = 0; i < endContent; i++) {
    const l = content[i];
    if (!folded) {
      if (i > 0) emit('\n', content[i - 1].start + content[i - 1].text.length);
      emit(l.text, l.start);
      continue;
    }
    if (l.text === '') continue;
    if (prevNonEmpty < 0) {
      // leading empty lines
      for (let j = 0; j < i; j++) emit('\n', content[j].start);
    } else {
      const prev = content[prevNonEmpty];
      const k = i - prevNonEmpty - 1;
      const breakOff = prev.start + prev.text.length;
      if (!moreIndented(prev.text) && !moreIndented(l.text)) emit(k === 0 ? ' ' : '\n'.repeat(k), breakOff);
      else emit('\n'.repeat(k + 1), breakOff);
    }
    emit(l.text, l.start);
    prevNonEmpty = i;
  }
  if (endContent > 0) {
    const lastL = content[endContent - 1];
    const off = lastL.start + lastL.text.length;
    if (chomp === 'clip') emit('\n', off);
    else if (chomp === 'keep') for (let i = endContent - 1; i < content.length; i++) emit('\n', off);
  } else if (chomp === 'keep') {
    for (let i = 0; i < content.length; i++) emit('\n', bodyStart);
  }
  offsets.push(bodyStart + tok.source.length);
  return { value, offsets };
}

const TOKEN_TYPE: Record<string, string> = {
  PLAIN: 'scalar',
  QUOTE_SINGLE: 'single-quoted-scalar',
  QUOTE_DOUBLE: 'double-quoted-scalar',
  BLOCK_LITERAL: 'block-scalar',
  BLOCK_FOLDED: 'block-scalar',
};

/**
 * The source token of a scalar as yaml's lexer cut it (what keepSourceTokens would keep), read back from the
 * document text: a flow scalar is the text of its range; a block scalar is its header (`|-`, up to a space, a
 * comment or the line end) and its body from the next line to the end of its range.
 */
export function scalarToken(node: Scalar, text: string): SrcToken | undefined {
  const type = node.type ? TOKEN_TYPE[node.type] : undefined;
  const r = node.range;
  if (!type || !r) return undefined;
  if (type !== 'block-scalar') return { type, offset: r[0], source: text.slice(r[0], r[1]) };
  let h = r[0];
  while (h < r[1]) {
    const c = text.charCodeAt(h);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 35) break;
    h++;
  }
  const lf = text.indexOf('\n', h);
  const bodyStart = lf < 0 || lf >= r[1] ? r[1] : lf + 1;
  return {
    type,
    offset: r[0],
    source: text.slice(bodyStart, r[1]),
    props: [
      { type: 'block-scalar-header', offset: r[0], source: text.slice(r[0], h) },
      { type: 'newline', offset: h, source: text.slice(h, bodyStart) },
    ],
  };
}

/** Maps a scalar's characters (what mapScalar answers, computed when first asked: most values need no offset). */
class LazyMapping implements MappedString {
  private mapped?: { offsets: number[]; exact: boolean };

  constructor(
    readonly value: string,
    private readonly node: Scalar,
    private readonly text: string | undefined,
  ) {}

  get offsets(): number[] {
    return (this.mapped ??= mapChars(this.node, this.value, this.text)).offsets;
  }

  get exact(): boolean {
    return (this.mapped ??= mapChars(this.node, this.value, this.text)).exact;
  }
}

function mapChars(node: Scalar, value: string, text: string | undefined): { offsets: number[]; exact: boolean } {
  const tok = text !== undefined ? scalarToken(node, text) : (node as unknown as { srcToken?: SrcToken }).srcToken;
  const start = node.range?.[0] ?? 0;
  let m: { value: string; offsets: number[] } | undefined;
  if (tok) {
    try {
      switch (tok.type) {
        case 'scalar':
          m = mapFlow(tok.source, tok.offset, 'plain');
          break;
        case 'single-quoted-scalar':
          m = mapFlow(tok.source.slice(1, -1), tok.offset + 1, 'single');
          break;
        case 'double-quoted-scalar':
          m = mapFlow(tok.source.slice(1, -1), tok.offset + 1, 'double');
          break;
        case 'block-scalar':
          m = mapBlock(tok);
          break;
      }
    } catch {
      m = undefined;
    }
  }
  if (m && m.value === value) return { offsets: m.offsets, exact: true };
  return { offsets: new Array(value.length + 1).fill(start), exact: false };
}

/**
 * The value of a string scalar with the document offset of each character. With the document `text`, the source is
 * read from it (parsers that keep no source tokens); without, from the node's srcToken. The offsets are worked out
 * when first read.
 */
export function mapScalar(node: Scalar, text?: string): MappedString | undefined {
  if (typeof node.value !== 'string') return undefined;
  return new LazyMapping(node.value, node, text);
}
