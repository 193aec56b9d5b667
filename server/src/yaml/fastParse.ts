// A fast parser for the plain subset of YAML that real workflow and Compose files are written in. It builds the
// very node objects of the `yaml` package (Document, YAMLMap, YAMLSeq, Pair, Scalar) that `parseDocument` builds,
// with the same values, scalar types and sources, ranges (all three offsets) and document fields, in one pass
// over the text and without the lexer → CST → composer pipeline (about a tenth of the time and garbage).
//
// Anything outside the subset, or anything it is not sure about, is declined (undefined: the caller falls back to
// `parseDocument`): tags, anchors and aliases in flow collections or on keys of flow mappings, aliases as keys,
// explicit keys, directives and document markers other than a first `---`, tabs, CR line breaks without LF,
// multi-line quoted scalars and flow collections, block scalars with an explicit indentation or
// keep chomping, empty sequence items, `- - x`, odd indentation, and every input yaml reports an error or warning for.
// test/unit/yamlFast.test.ts checks, over the corpus, fixtures and thousands of mutations of them, that every
// document accepted here equals yaml's own.
//
// Not built (nothing reads them; they depend on where yaml's CST puts each comment line): the comment fields
// (`comment`, `commentBefore` of nodes and the document) and `spaceBefore`; nor `srcToken` (keepSourceTokens off:
// expr/source.ts maps scalars from the text). Comment positions still count where yaml counts them in ranges
// (a comment line indented under a value extends that value's range[2], and so on).
import * as yaml from 'yaml';
import type { Alias as AliasNode, Document as YamlDocument, DocumentOptions, Node, Pair as PairNode, Scalar as ScalarNode, Schema, YAMLMap as MapNode, YAMLSeq as SeqNode } from 'yaml';
import { isScalar } from './nodes';

// The classes, read once: a bundle reads a package's exports through a getter at each use.
const { Alias, Document, Pair, Scalar, YAMLMap, YAMLSeq } = yaml;
type Alias = AliasNode;
type Pair = PairNode;
type Scalar = ScalarNode;
type YAMLMap = MapNode;
type YAMLSeq = SeqNode;

/** The options of YamlModel (without keepSourceTokens). */
export interface FastParseOptions {
  prettyErrors: false;
  uniqueKeys: false;
  strict: false;
  merge: true;
}

interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve: (value: string, onError: (msg: string) => void, options: unknown) => unknown;
}

/** yaml's Directives class (not exported; every parsed document gets a fresh one, as the Composer gives it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Directives = (new Document().directives as any).constructor as new (yaml: { version: string }) => NonNullable<DocumentOptions['_directives']>;

const DECLINE = { decline: true };
function decline(): never {
  if (debug.on) debug.where = new Error('declined').stack;
  throw DECLINE;
}

/** For tests: where the last document was declined. */
export const debug: { on: boolean; where?: string } = { on: false };

// Character codes.
const LF = 10;
const SPACE = 32;
const HASH = 35;
const DQUOTE = 34;
const SQUOTE = 39;
const DASH = 45;
const COLON = 58;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;

/** First characters a plain scalar may not start with here (indicators; `-?:` are checked separately). */
const BAD_PLAIN_START = new Uint8Array(128);
for (const c of ',[]{}#&*!|>\'"%@`') BAD_PLAIN_START[c.charCodeAt(0)] = 1;
/** First characters of the plain scalars that may not be strings (null, booleans, numbers; `<<`). */
const MAYBE_TYPED = new Uint8Array(128);
for (const c of '~nNtTfF0123456789+-.<') MAYBE_TYPED[c.charCodeAt(0)] = 1;
/** Flow indicators (end a plain scalar inside a flow collection). */
const FLOW_IND = new Uint8Array(128);
for (const c of ',[]{}') FLOW_IND[c.charCodeAt(0)] = 1;

/** yaml's double-quote escapes. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};

/** yaml's schema key of the string tag (Symbol.for('yaml.scalar'), as its node types are). */
const SCALAR_TAG = Symbol.for('yaml.scalar');

let tagCache: { tags: ScalarTag[]; str: ScalarTag; plain: ScalarTag[]; key: ScalarTag[] } | undefined;

interface Frame {
  node: YAMLMap | YAMLSeq;
  isMap: boolean;
  /** yaml's indent of the collection: the column of its keys or dashes. */
  indent: number;
  start: number;
  /** The node of the last item's value (its range[2] ends the collection's range[1]). */
  last: Node | null;
  /** The last value is a flow scalar or flow collection (yaml gives it `end` tokens that take indented comments). */
  lastHasEnd: boolean;
  /** A trailing comment line stays with this collection: the end of range[2]; -1 when none. */
  commentEnd: number;
  /** Map: the pair of a key written without an inline value (`key:`), until its value is known. */
  pending: Pair | null;
  /** Offset of that empty value (after the `:` and the spaces that follow it). */
  pendingPos: number;
  /** The key line has a comment after the `:`. */
  pendingComment: boolean;
  /** Offset of the key line's line feed, or -1 at the end of the text. */
  pendingLf: number;
  /** The anchor written after the pending key's `:` or dash (for the value on the next lines). */
  pendingAnchor: string | undefined;
  /** Sequence: an item written as a bare dash (maybe with an anchor), its value on the next lines. */
  pendingItem: boolean;
  /** The collection's own anchor (set with its range, as yaml's composer does). */
  anchor: string | undefined;
}

class FastParser {
  private readonly n: number;
  private readonly stack: Frame[] = [];
  private readonly doc: YamlDocument.Parsed;
  private readonly schema: Schema;
  private readonly plainTags: ScalarTag[];
  private readonly keyTags: ScalarTag[];
  private readonly strTag: ScalarTag;
  private readonly options: unknown;

  // Blank and comment lines between two content lines ("trivia"): start offset, end offset (after the line feed, or
  // the text's end), whether it is a comment line, its indentation, its line feed offset (-1 at the end).
  private tCount = 0;
  private tStart: number[] = [];
  private tEnd: number[] = [];
  private tComment: boolean[] = [];
  private tIndent: number[] = [];
  private tLf: number[] = [];
  /** The next content line: its start, its indentation, and the offset of its first character; -1 at the end. */
  private nextLine = -1;
  private nextIndent = 0;
  private nextPos = 0;

  // Comment lines not absorbed by a value: yaml's item of start-only tokens that moves outwards as collections end.
  private gPending = false;
  private gHasComment = false;
  private gMaxCommentIndent = -1;
  private gEnd = 0;

  constructor(
    private readonly text: string,
    options: FastParseOptions,
    /** Offsets (in `text`) of the line feeds that were CR LF in the document; sorted. */
    private readonly crlf?: Int32Array,
  ) {
    this.n = text.length;
    const opts = Object.assign({ _directives: new Directives({ version: '1.2' }) }, options);
    this.doc = new Document(undefined, opts) as YamlDocument.Parsed;
    this.options = this.doc.options;
    this.schema = this.doc.schema;
    const tags = (this.schema as unknown as { tags: ScalarTag[] }).tags;
    const strTag = (this.schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG];
    // Every schema built with these options has the same tag objects: their selections are made once.
    if (!tagCache || tagCache.str !== strTag || tagCache.tags.length !== tags.length || tagCache.tags.some((t, i) => t !== tags[i])) {
      tagCache = {
        tags: tags.slice(),
        str: strTag,
        plain: tags.filter((t) => t.default === true && t.test),
        key: tags.filter((t) => (t.default === true || t.default === 'key') && t.test),
      };
    }
    this.plainTags = tagCache.plain;
    this.keyTags = tagCache.key;
    this.strTag = strTag;
  }

  parse(): YamlDocument.Parsed {
    const t = this.text;
    if (this.n === 0 || t.indexOf('\r') >= 0 || t.indexOf('\t') >= 0 || t.charCodeAt(0) === 0xfeff) decline();
    this.atStart = true;
    this.scanTrivia(0);
    this.atStart = false;
    if (this.nextLine < 0 || this.nextIndent !== 0) decline();
    const docOffset = this.nextLine;
    if (this.docStartAt === docOffset) {
      // `---` (maybe with a comment) on a line of its own, the content on the next lines.
      this.scanTrivia(this.lineEnd(docOffset + 3));
      if (this.nextLine < 0 || this.nextIndent !== 0) decline();
      this.doc.directives!.docStart = true;
    }
    const p = this.nextPos;
    let root: Frame;
    if (this.isSeqLine(p)) {
      root = this.openFrame(false, 0, p);
      this.stack.push(root);
      this.seqEntry(root, p);
    } else {
      const k = this.keyAt(p);
      if (k < 0) decline();
      root = this.openFrame(true, 0, k);
      this.stack.push(root);
      this.mapEntry(root, p);
    }
    while (this.stack.length) this.next();
    const doc = this.doc;
    doc.contents = root.node as unknown as YamlDocument.Parsed['contents'];
    // Trailing blank and comment lines that reach the document are its end tokens.
    const contentEnd = root.node.range![2];
    doc.range = [docOffset, contentEnd, this.gPending ? this.n : contentEnd];
    return doc;
  }

  private openFrame(isMap: boolean, indent: number, start: number): Frame {
    return {
      node: isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema),
      isMap,
      indent,
      start,
      last: null,
      lastHasEnd: false,
      commentEnd: -1,
      pending: null,
      pendingPos: 0,
      pendingComment: false,
      pendingLf: -1,
      pendingAnchor: undefined,
      pendingItem: false,
      anchor: undefined,
    };
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Lines.

  /** Reads the blank and comment lines from `pos` (a line start) up to the next content line. */
  private scanTrivia(pos: number): void {
    const t = this.text;
    const n = this.n;
    let count = 0;
    while (pos < n) {
      let k = pos;
      while (k < n && t.charCodeAt(k) === SPACE) k++;
      const c = k < n ? t.charCodeAt(k) : -1;
      if (c === LF || c === -1 || c === HASH) {
        let lf = c === LF ? k : t.indexOf('\n', k);
        const end = lf < 0 ? n : lf + 1;
        if (lf < 0) lf = -1;
        this.tStart[count] = pos;
        this.tEnd[count] = end;
        this.tComment[count] = c === HASH;
        this.tIndent[count] = k - pos;
        this.tLf[count] = lf;
        count++;
        pos = end;
        continue;
      }
      this.tCount = count;
      this.nextLine = pos;
      this.nextIndent = k - pos;
      this.nextPos = k;
      // A document marker: only the `---` that starts the document (parse() reads it).
      if (k === pos && (c === DASH || c === 46) && t.charCodeAt(k + 1) === c && t.charCodeAt(k + 2) === c) {
        const d = t.charCodeAt(k + 3);
        if (k + 3 >= n || d === SPACE || d === LF) {
          if (c === DASH && this.atStart) this.docStartAt = pos;
          else decline();
        }
      }
      return;
    }
    this.tCount = count;
    this.nextLine = -1;
    this.nextIndent = 0;
    this.nextPos = n;
  }

  private isSeqLine(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const c = this.text.charCodeAt(p + 1);
    return p + 1 >= this.n || c === SPACE || c === LF;
  }

  /** Offset of the `---` line that starts the document (found by the first scanTrivia: `atStart`). */
  private docStartAt = -1;
  private atStart = false;

  /** The name of the anchor `anchorAt` read last. */
  private anchorName = '';

  /**
   * An anchor `&name` at `p`: sets anchorName and returns the offset of what follows it (after its spaces); `p` when
   * there is none. Declines what yaml reports (an empty name, a name ending in `:`, no space after it).
   */
  private anchorAt(p: number): number {
    const t = this.text;
    const n = this.n;
    if (t.charCodeAt(p) !== 38 /* & */) return p;
    let i = p + 1;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === SPACE || c === LF) break;
      if (c < 128 && FLOW_IND[c]) decline();
      i++;
    }
    if (i === p + 1 || t.charCodeAt(i - 1) === COLON) decline();
    this.anchorName = t.slice(p + 1, i);
    while (i < n && t.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** When the content at `p` is a key line (`key:`, maybe after an anchor), the offset of the key; else -1. */
  private keyAt(p: number): number {
    if (this.text.charCodeAt(p) !== 38) return this.keyEnd(p) >= 0 ? p : -1;
    const k = this.anchorAt(p);
    return k < this.n && this.keyEnd(k) >= 0 ? k : -1;
  }

  /**
   * When the content at `p` is `key:` (a plain or single-line quoted key followed by `:` and a space or the line
   * end), the offset just after the key; else -1. The `:` is at the first non-space after it.
   */
  private keyEnd(p: number): number {
    const t = this.text;
    const n = this.n;
    const c0 = t.charCodeAt(p);
    if (c0 === DQUOTE || c0 === SQUOTE) {
      const close = this.closingQuote(p);
      if (close < 0) return -1;
      let k = close + 1;
      while (k < n && t.charCodeAt(k) === SPACE) k++;
      if (t.charCodeAt(k) !== COLON) return -1;
      const d = t.charCodeAt(k + 1);
      return k + 1 >= n || d === SPACE || d === LF ? close + 1 : -1;
    }
    if (c0 < 128 && BAD_PLAIN_START[c0]) return -1;
    if (c0 === DASH || c0 === 63 /* ? */ || c0 === COLON) {
      const d = t.charCodeAt(p + 1);
      if (p + 1 >= n || d === SPACE || d === LF) return -1;
    }
    let end = p;
    for (let i = p; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === LF) return -1;
      if (c === COLON) {
        const d = t.charCodeAt(i + 1);
        if (i + 1 >= n || d === SPACE || d === LF) return end;
        end = i + 1;
      } else if (c === SPACE) {
        if (t.charCodeAt(i + 1) === HASH) return -1;
      } else end = i + 1;
    }
    return -1;
  }

  /** The offset of the quote closing the quoted scalar at `p` on the same line, or -1. */
  private closingQuote(p: number): number {
    const t = this.text;
    const q = t.charCodeAt(p);
    let lf = t.indexOf('\n', p);
    if (lf < 0) lf = this.n;
    for (let i = p + 1; i < lf; i++) {
      const c = t.charCodeAt(i);
      if (q === SQUOTE) {
        if (c === SQUOTE) {
          if (t.charCodeAt(i + 1) === SQUOTE) i++;
          else return i;
        }
      } else if (c === BACKSLASH) i++;
      else if (c === DQUOTE) return i;
    }
    return -1;
  }

  /** From `p`: spaces, then the line end or a comment (after a space). Returns the next line's start. */
  private lineEnd(p: number): number {
    const t = this.text;
    const n = this.n;
    let k = p;
    while (k < n && t.charCodeAt(k) === SPACE) k++;
    if (k >= n) return n;
    const c = t.charCodeAt(k);
    if (c === LF) return k + 1;
    if (c === HASH && k > p) {
      const lf = t.indexOf('\n', k);
      return lf < 0 ? n : lf + 1;
    }
    return decline();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Items.

  /** A `key: value` line of map `f`, the key at `p`. */
  private mapEntry(f: Frame, p: number): void {
    const t = this.text;
    // An anchor before an implicit key is the key's.
    const k = this.anchorAt(p);
    const keyAnchor = k > p ? this.anchorName : undefined;
    const kEnd = this.keyEnd(k);
    if (kEnd < 0) decline();
    const key = this.keyScalar(k, kEnd);
    if (keyAnchor !== undefined) key.anchor = keyAnchor;
    let colon = kEnd;
    while (t.charCodeAt(colon) === SPACE) colon++;
    let q = colon + 1;
    while (q < this.n && t.charCodeAt(q) === SPACE) q++;
    // An anchor after the `:` is the value's (on this line or the next ones).
    const q0 = q;
    q = this.anchorAt(q);
    const anchor = q > q0 ? this.anchorName : undefined;
    const c = q < this.n ? t.charCodeAt(q) : LF;
    const map = f.node as YAMLMap;
    if (c === LF || c === HASH) {
      const pair = new Pair(key);
      map.items.push(pair);
      f.pending = pair;
      f.pendingPos = q;
      f.pendingComment = c === HASH;
      f.pendingAnchor = anchor;
      const lf = t.indexOf('\n', q);
      f.pendingLf = lf;
      f.last = null;
      f.lastHasEnd = false;
      this.scanTrivia(lf < 0 ? this.n : lf + 1);
      return;
    }
    const value = this.inlineValue(f, q);
    if (anchor !== undefined) this.setAnchor(value, anchor);
    map.items.push(new Pair(key, value));
  }

  /** yaml's composer gives a node its anchor after its range (an alias takes none: an error). */
  private setAnchor(node: Node, name: string): void {
    if (node instanceof Alias) decline();
    (node as Scalar).anchor = name;
  }

  /** A `- item` line of sequence `f`, the dash at `p`. */
  private seqEntry(f: Frame, p: number): void {
    const t = this.text;
    let q = p + 1;
    while (q < this.n && t.charCodeAt(q) === SPACE) q++;
    if (q >= this.n) decline();
    const seq = f.node as YAMLSeq;
    const v0 = this.anchorAt(q);
    const c0 = v0 < this.n ? t.charCodeAt(v0) : LF;
    if (c0 === LF || c0 === HASH) {
      // `-` (or `- &anchor`) alone: the item is the collection on the next lines (an empty item is declined there).
      f.pendingItem = true;
      f.pendingAnchor = v0 > q ? this.anchorName : undefined;
      f.last = null;
      f.lastHasEnd = false;
      const lf = t.indexOf('\n', v0);
      this.scanTrivia(lf < 0 ? this.n : lf + 1);
      return;
    }
    const k = this.keyAt(q);
    if (k >= 0) {
      // `- key: value`: a mapping whose keys are at the column of this one (of its anchor, when it has one).
      const m = this.openFrame(true, q - this.lineStartOf(p), k);
      seq.items.push(m.node);
      f.last = m.node;
      f.lastHasEnd = false;
      this.stack.push(m);
      this.mapEntry(m, q);
      return;
    }
    const v = this.anchorAt(q);
    if (v > q) {
      const anchor = this.anchorName;
      const node = this.inlineValue(f, v);
      this.setAnchor(node, anchor);
      seq.items.push(node);
      return;
    }
    seq.items.push(this.inlineValue(f, q));
  }

  private lineStartOf(p: number): number {
    return this.text.lastIndexOf('\n', p - 1) + 1;
  }

  /** A value written on the line of its key or dash, at `q` (not empty). Sets the frame's last value; reads the trivia after it. */
  private inlineValue(f: Frame, q: number, indentNext = f.indent + 1): Node {
    const t = this.text;
    const n = this.n;
    const c = t.charCodeAt(q);
    let node: Node;
    let next: number;
    let hasEnd = true;
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(q);
      if (close < 0) decline();
      node = this.quotedScalar(q, close + 1);
      next = this.lineEnd(close + 1);
    } else if (c === LBRACKET || c === LBRACE) {
      node = this.flowCollection(q);
      next = this.lineEnd(node.range![1]);
    } else if (c === 124 /* | */ || c === 62 /* > */) {
      node = this.blockScalar(f, q, indentNext);
      next = node.range![1];
      hasEnd = false;
    } else if (c === 42 /* * */) {
      // An alias: to a space or the line end (a flow indicator or a `:` at its end: not here).
      let i = q + 1;
      while (i < n) {
        const ch = t.charCodeAt(i);
        if (ch === SPACE || ch === LF) break;
        if (ch < 128 && FLOW_IND[ch]) decline();
        i++;
      }
      if (i === q + 1 || t.charCodeAt(i - 1) === COLON) decline();
      const alias = new Alias(t.slice(q + 1, i));
      alias.range = [q, i, i];
      node = alias;
      next = this.lineEnd(i);
    } else {
      if (c < 128 && BAD_PLAIN_START[c]) decline();
      if (c === DASH || c === 63 || c === COLON) {
        const d = t.charCodeAt(q + 1);
        if (q + 1 >= n || d === SPACE || d === LF) decline();
      }
      const end = this.plainEnd(q, indentNext);
      next = this.lineEnd(end);
      node = this.plainScalar(q, end, false);
    }
    // range[2]: the rest of the line (spaces, a comment, the line feed).
    if (hasEnd) node.range![2] = next;
    f.last = node;
    f.lastHasEnd = hasEnd;
    this.scanTrivia(next);
    return node;
  }

  /**
   * yaml's lexer state `indentNext` (the indentation a scalar's next lines need) at `p`, from `indentNext` at `from`
   * (a line start): every line start in between may lower it to its own indentation when the character after that
   * indentation's first one is not blank (a quirk that matters for values written on the lines after their key).
   */
  private indentNextAt(indentNext: number, from: number, p: number): number {
    const t = this.text;
    const n = this.n;
    let ls = from;
    while (ls <= p && ls < n) {
      let k = ls;
      while (k < n && t.charCodeAt(k) === SPACE) k++;
      // (A blank line ending in CR LF has its LF there: never lowers it.)
      const c1 = k + 1 < n && !(this.crlf && t.charCodeAt(k) === LF && isCrlf(this.crlf, k)) ? t.charCodeAt(k + 1) : -1;
      if (indentNext > k - ls && c1 !== -1 && c1 !== SPACE && c1 !== LF && c1 !== 13 && c1 !== 9) indentNext = k - ls;
      const lf = t.indexOf('\n', k);
      if (lf < 0) break;
      ls = lf + 1;
    }
    return indentNext;
  }

  /**
   * The end of a plain scalar starting at `q` in a block (yaml's lexer): to a comment or the line end, and on over
   * the next lines that are blank or indented at least `minIndent` and not comments. A `: ` in it (a key where a
   * value is) is declined.
   */
  private plainEnd(q: number, minIndent: number): number {
    const t = this.text;
    const n = this.n;
    let end = q;
    let i = q;
    for (;;) {
      for (; i < n; i++) {
        const ch = t.charCodeAt(i);
        if (ch === LF) break;
        if (ch === SPACE) {
          if (t.charCodeAt(i + 1) === HASH) return end;
        } else if (ch === COLON) {
          const d = t.charCodeAt(i + 1);
          if (i + 1 >= n || d === SPACE || d === LF) decline();
          end = i + 1;
        } else end = i + 1;
      }
      if (i >= n || t.charCodeAt(i + 1) === HASH) return end;
      let k = i + 1;
      while (k < n && t.charCodeAt(k) === SPACE) k++;
      if (k >= n) return end;
      if (t.charCodeAt(k) === LF) {
        i = k; // a blank line: the scalar may go on after it
        continue;
      }
      if (k - i - 1 < minIndent || t.charCodeAt(k) === HASH) return end;
      // With no indentation required, a document marker at the line start ends it.
      if (minIndent === 0 && k === i + 1) {
        const c = t.charCodeAt(k);
        const d = t.charCodeAt(k + 3);
        if ((c === DASH || c === 46) && t.charCodeAt(k + 1) === c && t.charCodeAt(k + 2) === c && (k + 3 >= n || d === SPACE || d === LF)) return end;
      }
      i = k;
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // What comes after a line: the next item, the end of collections.

  /** Handles the next content line (or the end of the text) for the innermost collection. */
  private next(): void {
    const f = this.stack[this.stack.length - 1];
    const hasNext = this.nextLine >= 0;
    const m = this.nextIndent;
    const p = this.nextPos;
    if (f.pendingItem) {
      const seqLine = hasNext && this.isSeqLine(p);
      const keyAt = hasNext && !seqLine && m > f.indent ? this.keyAt(p) : -1;
      if (!(hasNext && m > f.indent && (seqLine || keyAt >= 0))) decline(); // an empty item, or a scalar on the next line
      const child = this.openFrame(!seqLine, m, seqLine ? p : keyAt);
      child.anchor = f.pendingAnchor;
      f.pendingItem = false;
      (f.node as YAMLSeq).items.push(child.node);
      f.last = child.node;
      f.lastHasEnd = false;
      this.stack.push(child);
      this.gPending = false;
      if (seqLine) this.seqEntry(child, p);
      else this.mapEntry(child, p);
      return;
    }
    if (f.pending) {
      const seqLine = hasNext && this.isSeqLine(p);
      const keyAt = hasNext && !seqLine && m > f.indent ? this.keyAt(p) : -1;
      if (hasNext && ((m > f.indent && (seqLine || keyAt >= 0)) || (m === f.indent && seqLine))) {
        // The value is a collection on the next lines.
        const child = this.openFrame(!seqLine, m, seqLine ? p : keyAt);
        child.anchor = f.pendingAnchor;
        f.pending.value = child.node;
        f.pending = null;
        f.last = child.node;
        f.lastHasEnd = false;
        this.stack.push(child);
        this.gPending = false;
        if (seqLine) this.seqEntry(child, p);
        else this.mapEntry(child, p);
        return;
      }
      if (hasNext && m > f.indent) {
        // A scalar (or flow collection) on the lines after its key.
        const pair = f.pending;
        const anchor = f.pendingAnchor;
        f.pending = null;
        this.gPending = false;
        pair.value = this.inlineValue(f, p, this.indentNextAt(f.indent + 1, f.pendingLf + 1, p));
        if (anchor !== undefined) this.setAnchor(pair.value as Node, anchor);
        return;
      }
      this.emptyValue(f, hasNext && m === f.indent && this.keyAt(p) >= 0);
      return;
    }
    this.afterValue(f);
    if (!hasNext) return this.pop();
    if (f.isMap) {
      if (m === f.indent) {
        if (this.keyAt(p) < 0) decline();
        this.gPending = false;
        return this.mapEntry(f, p);
      }
      if (m < f.indent) return this.pop();
      return decline();
    }
    if (m === f.indent && this.isSeqLine(p)) {
      this.gPending = false;
      return this.seqEntry(f, p);
    }
    if (m <= f.indent) return this.pop();
    decline();
  }

  /**
   * After a complete value: indented comment lines right after a flow value extend its range[2] (yaml adds them to
   * its end tokens); the other trivia lines form the pending group that moves outwards as collections end.
   */
  private afterValue(f: Frame): void {
    if (this.gPending) return; // already done for this gap (a collection ended; its parent is looked at now)
    let j = 0;
    const count = this.tCount;
    if (f.lastHasEnd && f.last) {
      let i = 0;
      while (i < count) {
        let k = i;
        while (k < count && !this.tComment[k]) k++;
        if (k >= count || this.tIndent[k] <= f.indent) break;
        f.last.range![2] = this.tEnd[k];
        i = j = k + 1;
      }
    }
    let hasComment = false;
    let maxIndent = -1;
    for (let i = j; i < count; i++) {
      if (this.tComment[i]) {
        hasComment = true;
        if (this.tIndent[i] > maxIndent) maxIndent = this.tIndent[i];
      }
    }
    this.gPending = j < count || (this.nextLine >= 0 && this.nextIndent > 0);
    this.gHasComment = hasComment;
    this.gMaxCommentIndent = maxIndent;
    this.gEnd = this.nextLine >= 0 ? this.nextPos : this.n;
    this.tCount = 0; // consumed
  }

  /** The empty value of a `key:` line: a null scalar placed after the `:`; its range[2] as yaml's value props give it. */
  private emptyValue(f: Frame, nextKeyHere: boolean): void {
    const pos = f.pendingPos;
    let hasComment = f.pendingComment;
    let end: number;
    const count = this.tCount;
    // The tokens after the `:` up to the next content: yaml keeps them all for the value, except before a key of the
    // same mapping, where they are cut before the second line feed that follows the last more indented comment.
    let cut = -1;
    if (nextKeyHere) {
      let first = f.pendingLf; // line feeds counted since the last reset
      let second = -1;
      let nl = f.pendingLf >= 0 ? 1 : 0;
      for (let i = 0; i < count; i++) {
        if (this.tComment[i] && this.tIndent[i] > f.indent) {
          nl = 0;
          first = second = -1;
        }
        if (this.tLf[i] >= 0) {
          nl++;
          if (nl === 1) first = this.tLf[i];
          else if (nl === 2) second = this.tLf[i];
        }
      }
      void first;
      if (nl >= 2) cut = second;
    }
    if (cut >= 0) {
      end = cut;
      for (let i = 0; i < count && this.tStart[i] < cut; i++) if (this.tComment[i]) hasComment = true;
    } else {
      end = this.nextLine >= 0 ? this.nextPos : this.n;
      for (let i = 0; i < count; i++) if (this.tComment[i]) hasComment = true;
    }
    const value = this.plainScalar(pos, pos, false);
    if (f.pendingAnchor !== undefined) value.anchor = f.pendingAnchor;
    if (hasComment) value.range![2] = end;
    f.pending!.value = value;
    f.pending = null;
    f.last = value;
    f.lastHasEnd = false;
    this.tCount = 0;
    this.gPending = false;
  }

  /** Ends the innermost collection. */
  private pop(): void {
    const f = this.stack.pop()!;
    if (this.gPending && this.gHasComment && f.indent !== 0 && this.gMaxCommentIndent >= f.indent) {
      f.commentEnd = this.gEnd;
      this.gPending = false;
    }
    if (!f.last) decline();
    const end = f.last.range![2];
    if (f.commentEnd >= 0 && f.commentEnd < end) decline();
    f.node.range = [f.start, end, f.commentEnd >= 0 ? f.commentEnd : end];
    if (f.anchor !== undefined) f.node.anchor = f.anchor;
    if (this.stack.length === 0 && this.nextLine >= 0) decline(); // content after the root collection
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Scalars.

  private keyScalar(p: number, end: number): Scalar {
    const c = this.text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) return this.quotedScalar(p, end);
    return this.plainScalar(p, end, true);
  }

  /** A plain scalar from `start` to `end`, its type resolved as yaml's core schema does. */
  private plainScalar(start: number, end: number, atKey: boolean): Scalar {
    let source = end > start ? this.text.slice(start, end) : '';
    if (source.includes('\n')) source = unfoldLines(source);
    const c = source.charCodeAt(0);
    let node: Scalar;
    let format: string | undefined;
    if (source.length > 0 && !(c < 128 && MAYBE_TYPED[c])) node = new Scalar(source);
    else {
      const tags = atKey ? this.keyTags : this.plainTags;
      let tag = this.strTag;
      for (const tg of tags) {
        if (tg.test!.test(source)) {
          tag = tg;
          break;
        }
      }
      let failed = false;
      const res = tag.resolve(source, () => (failed = true), this.options);
      if (failed) decline();
      node = isScalar(res) ? (res as Scalar) : new Scalar(res);
      format = tag.format;
    }
    node.range = [start, end, end];
    node.source = source;
    node.type = 'PLAIN';
    if (format) node.format = format;
    return node;
  }

  /** A single-line quoted scalar from `start` (the quote) to `end` (after the closing quote). */
  private quotedScalar(start: number, end: number): Scalar {
    const t = this.text;
    const single = t.charCodeAt(start) === SQUOTE;
    let value: string;
    if (single) {
      value = t.slice(start + 1, end - 1);
      if (value.includes("''")) value = value.replace(/''/g, "'");
    } else {
      value = t.slice(start + 1, end - 1);
      if (value.includes('\\')) value = this.unescape(start, end);
    }
    const node = new Scalar(value);
    node.range = [start, end, end];
    node.source = value;
    node.type = single ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE';
    return node;
  }

  /** yaml's double-quoted value on one line (escapes); declines on an escape yaml reports. */
  private unescape(start: number, end: number): string {
    const src = this.text;
    let res = '';
    for (let i = start + 1; i < end - 1; ++i) {
      const ch = src[i];
      if (ch === '\\') {
        const next = src[++i];
        const cc = ESCAPES[next];
        if (cc) res += cc;
        else if (next === 'x' || next === 'u' || next === 'U') {
          const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
          const code = src.substr(i + 1, length);
          if (i + 1 + length > end - 1 || !/^[0-9a-fA-F]+$/.test(code)) decline();
          const cp = parseInt(code, 16);
          if (cp > 0x10ffff) decline();
          res += String.fromCodePoint(cp);
          i += length;
        } else decline();
      } else if (ch === ' ') {
        // yaml trims white space only before a line break: inside one line it is kept.
        res += ch;
      } else res += ch;
    }
    return res;
  }

  /** A block scalar (`|`, `|-`, `>`, `>-`) whose header is at `q`, the value of an item of `f`. */
  private blockScalar(f: Frame, q: number, indentNext: number): Scalar {
    const t = this.text;
    const n = this.n;
    const mode = t.charCodeAt(q);
    let h = q + 1;
    let strip = false;
    if (t.charCodeAt(h) === DASH) {
      strip = true;
      h++;
    }
    // Explicit indentation, keep chomping, anything else glued to the header: not here.
    if (h < n && t.charCodeAt(h) !== SPACE && t.charCodeAt(h) !== LF) decline();
    const bodyStart = this.lineEnd(h);
    if (bodyStart >= n || t.charCodeAt(bodyStart - 1) !== LF) decline();
    // yaml's lexer: the first non-empty line sets the indentation (at least the parent's + 1).
    let nl = bodyStart - 1;
    let indent = 0;
    let i = bodyStart;
    for (; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) indent++;
      else if (c === LF) {
        nl = i;
        indent = 0;
      } else break;
    }
    if (i >= n || indent < indentNext) decline(); // an empty block scalar
    // Lines indented at least as much, and blank lines, continue it.
    for (;;) {
      const ls = nl + 1;
      let k = ls;
      while (k < n && t.charCodeAt(k) === SPACE) k++;
      if (!(k < n && t.charCodeAt(k) === LF) && k - ls < indent) break;
      const lf = t.indexOf('\n', k);
      if (lf < 0) {
        nl = n;
        break;
      }
      nl = lf;
    }
    // Trailing blank lines no more indented than the content belong to what follows.
    for (;;) {
      let j = nl - 1;
      const lastChar = j;
      while (t.charCodeAt(j) === SPACE) j--;
      if (j >= bodyStart && t.charCodeAt(j) === LF && j + 1 + indent > lastChar) nl = j;
      else break;
    }
    const bodyEnd = Math.min(nl + 1, n);
    const source = t.slice(bodyStart, bodyEnd);
    const value = blockValue(source, mode === 62, strip, f.indent);
    const node = new Scalar(value);
    node.range = [q, bodyEnd, bodyEnd];
    node.source = value;
    node.type = mode === 62 ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
    return node;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Flow collections (one line, scalars only).

  /**
   * A flow sequence or mapping on one line, `[` or `{` at `q` (scalars and flow collections in it; no pairs in a
   * sequence, no collections as keys). Its range[2] is set by the caller.
   */
  private flowCollection(q: number, depth = 0): YAMLMap | YAMLSeq {
    const t = this.text;
    const n = this.n;
    if (depth > 64) decline();
    const isMap = t.charCodeAt(q) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const coll = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    coll.flow = true;
    let i = q + 1;
    while (i < n && t.charCodeAt(i) === SPACE) i++;
    if (t.charCodeAt(i) === close) i++;
    else {
      for (;;) {
        while (i < n && t.charCodeAt(i) === SPACE) i++;
        const item = isMap ? this.flowScalar(i, true) : this.flowItem(i, depth);
        i = item.range![1];
        while (i < n && t.charCodeAt(i) === SPACE) i++;
        if (isMap) {
          // key: value
          if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SPACE) decline();
          i += 1;
          while (i < n && t.charCodeAt(i) === SPACE) i++;
          const value = this.flowItem(i, depth);
          i = value.range![1];
          while (i < n && t.charCodeAt(i) === SPACE) i++;
          value.range![2] = i;
          (coll as YAMLMap).items.push(new Pair(item, value));
        } else {
          item.range![2] = i;
          (coll as YAMLSeq).items.push(item);
        }
        const c = t.charCodeAt(i);
        if (c === COMMA) {
          i++;
          while (i < n && t.charCodeAt(i) === SPACE) i++;
          if (t.charCodeAt(i) === close) decline(); // a trailing comma
          continue;
        }
        if (c === close) {
          i++;
          break;
        }
        decline();
      }
    }
    coll.range = [q, i, i];
    return coll;
  }

  /** A value inside a flow collection at `i`: a scalar or a flow collection. */
  private flowItem(i: number, depth: number): Node {
    const c = this.text.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) return this.flowCollection(i, depth + 1);
    return this.flowScalar(i, false);
  }

  /** A scalar inside a flow collection at `i` (plain or quoted). range[2] is set by the caller. */
  private flowScalar(i: number, atKey: boolean): Scalar {
    const t = this.text;
    const n = this.n;
    if (i >= n) decline();
    const c = t.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.closingQuote(i);
      if (close < 0) decline();
      return this.quotedScalar(i, close + 1);
    }
    if ((c < 128 && BAD_PLAIN_START[c]) || c === LF) decline();
    if (c === DASH || c === 63 || c === COLON) {
      const d = t.charCodeAt(i + 1);
      if (i + 1 >= n || d === SPACE || d === LF || (d < 128 && FLOW_IND[d])) decline();
    }
    let end = i;
    for (let k = i; k < n; k++) {
      const ch = t.charCodeAt(k);
      if (ch === LF) decline();
      if (ch < 128 && FLOW_IND[ch]) break;
      if (ch === SPACE) {
        if (t.charCodeAt(k + 1) === HASH) decline();
      } else if (ch === COLON) {
        const d = t.charCodeAt(k + 1);
        if (k + 1 >= n || d === SPACE || d === LF || (d < 128 && FLOW_IND[d])) break;
        end = k + 1;
      } else end = k + 1;
    }
    if (end === i) decline();
    return this.plainScalar(i, end, atKey);
  }
}

/** yaml's value of a block scalar body (resolve-block-scalar.js without explicit indentation or keep chomping). */
function blockValue(source: string, folded: boolean, strip: boolean, parentIndent: number): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) decline();
  let trimIndent = parentIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) decline(); // more indented leading empty lines
      trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0) decline();
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent) chompStart = i + 1;
  }
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) decline();
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (!strip) value += '\n';
  return value;
}

/** yaml's value of a multi-line plain scalar (resolve-flow-scalar.js: unfoldLines). */
function unfoldLines(source: string): string {
  const line = /(.*?)\r?\n/sy;
  let match = line.exec(source);
  if (!match) return source;
  const trimEnd = /(?<![ \t])[ \t]+$/;
  const trimBoth = /^[ \t]+|(?<![ \t])[ \t]+$/g;
  let res = match[1].replace(trimEnd, '');
  let sep = ' ';
  let pos = line.lastIndex;
  while ((match = line.exec(source))) {
    const lm = match[1].replace(trimBoth, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep + (match?.[1] ?? '');
}

function splitLines(source: string): [string, string][] {
  const split = source.split(/\n( *)/);
  const first = split[0];
  const m = first.match(/^( *)/);
  const line0: [string, string] = m?.[1] ? [m[1], first.slice(m[1].length)] : ['', first];
  const lines: [string, string][] = [line0];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i], split[i + 1]]);
  return lines;
}

/** Number of entries of sorted `xs` below `p`. */
function below(xs: Int32Array, p: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isCrlf(xs: Int32Array, p: number): boolean {
  const i = below(xs, p);
  return i < xs.length && xs[i] === p;
}

/** Moves every range of the document from the LF text back to the text with CR LF line breaks. */
function remap(doc: YamlDocument.Parsed, crlf: Int32Array): void {
  const fix = (r: number[] | null | undefined) => {
    if (r) for (let i = 0; i < r.length; i++) r[i] += below(crlf, r[i]);
  };
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (n instanceof Pair) {
      walk(n.key);
      walk(n.value);
      return;
    }
    fix((n as Node).range as number[] | undefined);
    if (n instanceof YAMLMap || n instanceof YAMLSeq) for (const it of n.items as unknown[]) walk(it);
  };
  walk(doc.contents);
  fix(doc.range as number[]);
}

/**
 * The document yaml's `parseDocument(text, options)` would give, when the text is in the subset this parser reads;
 * undefined otherwise (then call parseDocument).
 */
export function fastParseDocument(text: string, options: FastParseOptions): YamlDocument.Parsed | undefined {
  try {
    if (text.indexOf('\r') < 0) return new FastParser(text, options).parse();
    // CR LF line breaks: yaml reads them as LF ones (values alike), but for one lexer quirk the parser is told of:
    // parse the text with LF breaks, then move the ranges back.
    const offsets: number[] = [];
    let lf = '';
    let from = 0;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
      if (text.charCodeAt(i + 1) !== LF) return undefined; // a CR alone
      lf += text.slice(from, i);
      offsets.push(lf.length);
      from = i + 1;
    }
    lf += text.slice(from);
    const crlf = Int32Array.from(offsets);
    const doc = new FastParser(lf, options, crlf).parse();
    remap(doc, crlf);
    return doc;
  } catch (e) {
    if (e === DECLINE) return undefined;
    throw e;
  }
}
