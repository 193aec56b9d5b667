import { parseDocument, Document, Node, Pair, YAMLMap, Scalar } from 'yaml';
import { isMap, isScalar, isSeq, isPair } from './nodes';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export interface YamlProblem {
  message: string;
  range: Range;
  code: string;
}

/**
 * A YAML document parsed once per version by the `yaml` package (`parseDocument`, options below), and what the
 * analyses share about it. It keeps:
 * - `text` and its line table (`lines`), to turn offsets into ranges;
 * - yaml's `Document` as yaml built it (nodes with their ranges, comments, anchors), without source tokens
 *   (`keepSourceTokens` is off: expr/source.ts maps a scalar's characters from the text instead);
 * - the first MAX_ERRORS syntax errors as `errors` (the Document's own `errors` and `warnings` are cut to as many);
 * - `memoize`d results of the analyses (structure, schema, expressions), computed at most once per version.
 * A document nested deeper than MAX_NESTING is not parsed at all (yaml recurses): it reads as empty, with one error.
 */
export class YamlModel {
  readonly doc!: Document.Parsed;
  readonly lines: LineIndex;
  readonly errors: YamlProblem[];
  private readonly memo = new Map<string, unknown>();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const options = YAML_OPTIONS;
    // The yaml package parses recursively: a thousand or two nested collections overflow the stack, and V8 may
    // then abort the whole process (a regular expression compiled that deep fails with a fatal out-of-memory).
    // Read such a document as empty, with one error, rather than crash or fail every feature that asks for it.
    let tooDeep = nestingDepth(text) > MAX_NESTING;
    // Every YAML error is an Error object: without a stack trace to capture, a broken megabyte (hundreds of
    // thousands of errors) parses three times faster in a third of the memory. Their stacks are never read.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    if (!tooDeep) {
      try {
        this.doc = parseDocument(text, options);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        tooDeep = true;
      } finally {
        Error.stackTraceLimit = stackTraceLimit;
      }
    }
    Error.stackTraceLimit = stackTraceLimit;
    if (tooDeep) this.doc = parseDocument('', options);
    // After the first few, errors are mostly consequences of earlier ones; a megabyte of garbage gives 600,000.
    this.errors = this.doc.errors.slice(0, MAX_ERRORS).map((e) => ({
      message: cleanMessage(e.message),
      code: e.code,
      range: this.lines.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
    }));
    // The Document lives as long as the model: don't let it hold the rest (hundreds of MB on a broken megabyte).
    if (this.doc.errors.length > MAX_ERRORS) this.doc.errors.length = MAX_ERRORS;
    if (this.doc.warnings.length > MAX_ERRORS) this.doc.warnings.length = MAX_ERRORS;
    if (tooDeep) this.errors.push({ message: `The document nests collections more than ${MAX_NESTING} levels deep: not read`, code: 'NESTING_TOO_DEEP', range: this.lines.range(0, Math.min(1, text.length)) });
  }

  memoize<T>(key: string, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
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
