import { parseDocument, isMap, isScalar, isSeq, isPair, Document, Node, Pair, YAMLMap, Scalar } from 'yaml';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';

export interface YamlProblem {
  message: string;
  range: Range;
  code: string;
}

/** A YAML document parsed once per version, with exact ranges for every node. */
export class YamlModel {
  readonly doc: Document.Parsed;
  readonly lines: LineIndex;
  readonly errors: YamlProblem[];
  private readonly memo = new Map<string, unknown>();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.doc = parseDocument(text, {
      keepSourceTokens: true,
      prettyErrors: false,
      uniqueKeys: false, // duplicate keys are reported by a rule, with both places
      strict: false,
      merge: true,
    });
    this.errors = this.doc.errors.map((e) => ({
      message: cleanMessage(e.message),
      code: e.code,
      range: this.lines.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
    }));
  }

  memoize<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
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
