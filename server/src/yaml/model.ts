import { parseDocument, Alias, Document, Node, Pair, YAMLMap, Scalar } from 'yaml';
import { isAlias, isCollection, isMap, isScalar, isSeq, isPair } from './nodes';
import { comparePositions, LineIndex } from '../engine/text';
import { LenientQuote, parseLenient, parserText } from './lenient';
import { resolveAlias } from './aliases';
import type { Range } from '../engine/types';
import { Memoized } from '../engine/memo';

export interface YamlProblem {
  message: string;
  range: Range;
  code: string;
}

/**
 * A YAML document parsed once per version by the `yaml` package (`parseDocument`, options below), and what the
 * analyses share about it. It keeps:
 * - `text` (lone CRs read as LF) and its line table (`lines`), to turn offsets into ranges;
 * - yaml's `Document` as yaml built it (nodes with their ranges, comments, anchors), without source tokens
 *   (`keepSourceTokens` is off: expr/source.ts maps a scalar's characters from the text instead);
 * - the first MAX_ERRORS syntax errors as `errors` (the Document's own `errors` and `warnings` are cut to as many);
 * - `memoize`d results of the analyses (structure, schema, expressions), computed at most once per version.
 * A document nested deeper than MAX_NESTING is not parsed at all (yaml recurses): it reads as empty, with one error.
 */
export class YamlModel extends Memoized {
  readonly doc!: Document.Parsed;
  readonly lines: LineIndex;
  readonly errors: YamlProblem[];
  /** What GitHub's and Compose's loaders accept but stricter YAML tools refuse (reported as warnings). */
  readonly warnings: YamlProblem[] = [];

  /**
   * The document's text, with each lone CR (old Mac line ends: line breaks to GitHub's loader and to editors, not to
   * `yaml`) read as LF: the same length and lines, so offsets and positions are those of the text as given, and
   * whatever reads the text finds the line breaks `yaml` found.
   */
  readonly text: string;

  constructor(source: string) {
    super();
    const text = parserText(source);
    this.text = text;
    this.lines = new LineIndex(text);
    const options = YAML_OPTIONS;
    // A UTF-16 file read as UTF-8 is garbage to every YAML loader: say so once and read nothing else.
    const encoding = utf16Problem(text);
    // The yaml package parses recursively: a thousand or two nested collections overflow the stack, and V8 may
    // then abort the whole process (a regular expression compiled that deep fails with a fatal out-of-memory).
    // Read such a document as empty, with one error, rather than crash or fail every feature that asks for it.
    let tooDeep = !encoding && nestingDepth(text) > MAX_NESTING;
    // Every YAML error is an Error object: without a stack trace to capture, a broken megabyte (hundreds of
    // thousands of errors) parses three times faster in a third of the memory. Their stacks are never read.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let quotes: LenientQuote[] = [];
    if (!tooDeep && !encoding) {
      try {
        ({ doc: this.doc, quotes } = parseLenient(text, options));
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        tooDeep = true;
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    }
    Error.stackTraceLimit = stackTraceLimit;
    if (tooDeep || encoding) this.doc = parseDocument('', options);
    // After the first few, errors are mostly consequences of earlier ones; a megabyte of garbage gives 600,000.
    const all = this.doc.errors.slice(0, MAX_ERRORS).map((e) => ({
      message: cleanMessage(e.message),
      code: e.code as string,
      range: this.lines.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
    }));
    this.errors = [...withoutConsequences(this.lines, all), ...unknownAliases(this)].sort((a, b) => comparePositions(a.range.start, b.range.start));
    // The Document lives as long as the model: don't let it hold the rest (hundreds of MB on a broken megabyte).
    if (this.doc.errors.length > MAX_ERRORS) this.doc.errors.length = MAX_ERRORS;
    if (this.doc.warnings.length > MAX_ERRORS) this.doc.warnings.length = MAX_ERRORS;
    if (tooDeep) this.errors.push({ message: `The document nests collections more than ${MAX_NESTING} levels deep: not read`, code: 'NESTING_TOO_DEEP', range: this.lines.range(0, Math.min(1, text.length)) });
    if (encoding) this.errors.push({ message: encoding, code: 'NOT_UTF8', range: this.lines.range(0, Math.min(1, text.length)) });
    for (const q of quotes) {
      const line = this.lines.positionAt(q.open).line + 1;
      this.warnings.push({
        message: `this line continues the quoted string of line ${line} but is indented no deeper than its key: GitHub and Compose read it as one string, stricter YAML tools reject the file; indent it further`,
        code: 'QUOTE_CONTINUATION_INDENT',
        range: this.lines.range(q.line[0] + leadingBlanks(text, q.line[0]), q.line[1]),
      });
    }
  }

  /** The root mapping, when the document is one. */
  get root(): YAMLMap | undefined {
    return isMap(this.doc.contents) ? (this.doc.contents as YAMLMap) : undefined;
  }

  /** Range of a node's value (without trailing comments). */
  rangeOf(node: Node | Pair | null | undefined): Range {
    if (!node) return this.lines.range(0, 0);
    if (isPair(node)) {
      const k = node.key as Node | null;
      const v = node.value as Node | null;
      const start = k?.range?.[0] ?? v?.range?.[0] ?? 0;
      const end = v?.range?.[1] ?? k?.range?.[1] ?? start;
      return this.lines.range(start, end);
    }
    const r = node.range;
    if (!r) return this.lines.range(0, 0);
    return this.lines.range(r[0], r[1]);
  }

  /** Range of a pair's key. */
  keyRange(pair: Pair): Range {
    return this.rangeOf(pair.key as Node);
  }
}

/**
 * The options of every YamlModel's parseDocument. No source tokens are kept: nothing reads them (expr/source.ts maps
 * a scalar's characters from the text).
 */
export const YAML_OPTIONS = {
  prettyErrors: false,
  uniqueKeys: false, // duplicate keys are reported by a rule, with both places
  strict: false,
  merge: true,
} as const;

/** YAML errors kept per document (and so reported). */
export const MAX_ERRORS = 1000;

/** Deeper than this, a YAML document is not parsed (real workflow and Compose files nest a few dozen levels). */
export const MAX_NESTING = 256;

/**
 * An upper estimate of how deep a YAML text nests collections, in one pass: the number of increasing indentation
 * levels open at a line (each compact `- ` counting as one more), and the depth of flow brackets.
 */
export function nestingDepth(text: string): number {
  let max = 0;
  const indents: number[] = [];
  let flow = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: its indentation.
    let j = i;
    while (j < n && text.charCodeAt(j) === 32) j++;
    const c = text.charCodeAt(j);
    if (j < n && c !== 10 && c !== 13 && c !== 35 /* # */) {
      while (indents.length && indents[indents.length - 1] >= j - i) indents.pop();
      indents.push(j - i);
      // `- - - x`: each dash opens a sequence.
      while (text.charCodeAt(j) === 45 /* - */ && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) {
        j += 2;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
        indents.push(j - i);
      }
      if (indents.length > max) max = indents.length;
    }
    // The rest of the line: flow brackets (the expression jumps to the next bracket or line end).
    for (;;) {
      BRACKET_OR_EOL.lastIndex = j;
      if (!BRACKET_OR_EOL.test(text)) {
        j = n;
        break;
      }
      j = BRACKET_OR_EOL.lastIndex - 1;
      const d = text.charCodeAt(j);
      if (d === 10 || d === 13) break;
      if (d === 91 || d === 123) {
        flow++;
        if (flow > max) max = flow;
      } else if (flow > 0) flow--;
      j++;
    }
    i = j + 1;
  }
  return max;
}

const BRACKET_OR_EOL = /[\n\r[\]{}]/g;

/**
 * The errors that are distinct problems, without those a problem causes further on. After a YAML error `yaml`
 * resynchronises on its own and reports, line after line, the structure it no longer recognises (a stray quote gave
 * dozens). GitHub and Compose stop at the first error; here an error starts a new problem only when a line at column 0
 * that has no error of its own (the next top-level key) lies between it and the errors before it.
 */
export function withoutConsequences(lines: LineIndex, errors: YamlProblem[]): YamlProblem[] {
  if (errors.length < 2) return errors;
  const sorted = [...errors].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const errorLines = new Set<number>();
  for (const e of sorted) errorLines.add(e.range.start.line);
  const kept: YamlProblem[] = [];
  let regionEnd = -1;
  for (const e of sorted) {
    const start = e.range.start.line;
    if (kept.length === 0 || resyncBetween(lines, regionEnd, start, errorLines)) {
      kept.push(e);
      regionEnd = Math.max(start, e.range.end.line);
    } else {
      regionEnd = Math.max(regionEnd, e.range.end.line);
    }
  }
  return kept;
}

/** Whether a line strictly between `from` and `to` starts at column 0 with content and has no error. */
function resyncBetween(lines: LineIndex, from: number, to: number, errorLines: Set<number>): boolean {
  for (let l = from + 1; l < to; l++) {
    if (errorLines.has(l)) continue;
    const c = lines.lineText(l).charCodeAt(0);
    // Not blank, not indented, not a comment.
    if (c === c && c !== 32 && c !== 9 && c !== 35) return true;
  }
  return false;
}

/**
 * An error at each alias that refers to no anchor before it (`yaml` only notices when converting to JavaScript;
 * GitHub and Compose reject the file). An alias can only refer back: one whose anchor comes later says so.
 */
function unknownAliases(model: YamlModel): YamlProblem[] {
  if (!model.text.includes('*')) return [];
  const aliases: Alias[] = [];
  const anchors = new Map<string, Node>();
  const walk = (n: unknown): void => {
    if (isAlias(n)) {
      aliases.push(n);
      return;
    }
    if ((isCollection(n) || isScalar(n)) && n.anchor && !anchors.has(n.anchor)) anchors.set(n.anchor, n as Node);
    if (isCollection(n)) for (const it of n.items as unknown[]) walk(it);
    else if (isPair(n)) {
      walk(n.key);
      walk(n.value);
    }
  };
  walk(model.doc.contents);
  const out: YamlProblem[] = [];
  for (const a of aliases) {
    if (resolveAlias(model.doc, a) || !a.range) continue;
    const later = anchors.get(a.source);
    const at = later?.range ? model.text.lastIndexOf(`&${a.source}`, later.range[0]) : -1;
    const message =
      at >= 0
        ? `alias "*${a.source}" comes before its anchor "&${a.source}" (line ${model.lines.positionAt(at).line + 1}): an alias can only refer to an anchor defined above it`
        : `unknown anchor "${a.source}": no "&${a.source}" is defined before this alias`;
    out.push({ message, code: 'UNKNOWN_ANCHOR', range: model.lines.range(a.range[0], a.range[1]) });
  }
  return out;
}

/**
 * Why `text` is not UTF-8 text but UTF-16 decoded as UTF-8, or undefined: a UTF-16 byte order mark (FF FE or FE FF,
 * two invalid bytes in UTF-8, read as two U+FFFD) or, without one, NUL characters between most of the first ones.
 */
export function utf16Problem(text: string): string | undefined {
  const head = text.slice(0, 512);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls++;
  if (head.startsWith('\uFFFD\uFFFD') || (head.length >= 4 && nuls * 3 >= head.length)) {
    return 'The file is UTF-16, not UTF-8: GitHub and Docker Compose read YAML files as UTF-8; save it as UTF-8';
  }
  return undefined;
}

function leadingBlanks(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - at;
}

function cleanMessage(m: string): string {
  // The yaml package appends " at line L, column C" and a code frame when prettyErrors is on; keep the first line.
  return m.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** The string value of a scalar key, or undefined. */
export function keyName(pair: Pair): string | undefined {
  const k = pair.key;
  if (isScalar(k)) return k.value === null ? 'null' : String(k.value);
  return undefined;
}

/** Finds a pair by key in a mapping (first one). */
export function getPair(map: YAMLMap | undefined, key: string): Pair<Scalar, Node> | undefined {
  if (!map) return undefined;
  for (const item of map.items) {
    if (keyName(item) === key) return item as Pair<Scalar, Node>;
  }
  return undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? (node as YAMLMap) : undefined;
}

export { isMap, isScalar, isSeq, isPair };
