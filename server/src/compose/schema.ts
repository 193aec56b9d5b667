// Validation of Compose files against the Compose specification's JSON schema (compose-spec, Apache-2.0,
// server/src/compose/data/compose-spec.json). A small JSON-schema interpreter over the YAML tree rather than a
// generic validator, so that every finding has the exact range of the key or value at fault, a message that
// names the place (`services.web.ports[0]`), and "did you mean" repairs. It understands what the schema uses:
// type, properties, patternProperties, additionalProperties, required, enum, oneOf/anyOf/allOf, $ref, items,
// uniqueItems, pattern, minimum/maximum. Compose-specific leniency: `${VAR}` interpolation makes a scalar
// untypeable (it matches any scalar type), `!reset` values are skipped, aliases and merge keys (`<<: *x`) are
// followed (findings stay at the node's own place, once).
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import specJson from './data/compose-spec.json';
import { closest, didYouMean, suggestionFix } from '../engine/suggest';
import type { Fix, Range, Report } from '../engine/types';
import type { ComposeModel } from './model';
import { memoKey } from '../engine/memo';

export interface JSchema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JSchema>;
  patternProperties?: Record<string, JSchema>;
  additionalProperties?: boolean | JSchema;
  required?: string[];
  enum?: unknown[];
  oneOf?: JSchema[];
  anyOf?: JSchema[];
  allOf?: JSchema[];
  $ref?: string;
  items?: JSchema;
  uniqueItems?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  deprecated?: boolean;
  default?: unknown;
  definitions?: Record<string, JSchema>;
}

export const COMPOSE_SCHEMA = specJson as unknown as JSchema;

export type IssueKind = 'unknown-key' | 'missing-key' | 'invalid-value';

export interface SchemaIssue {
  kind: IssueKind;
  message: string;
  range: Range;
  fixes?: Fix[];
}

type PathSeg = string | number;

export function formatPath(path: PathSeg[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

export function resolveRef(s: JSchema | undefined): JSchema | undefined {
  let cur = s;
  for (let i = 0; cur?.$ref && i < 20; i++) {
    const m = /^#\/definitions\/(.+)$/.exec(cur.$ref);
    const target = m ? COMPOSE_SCHEMA.definitions?.[m[1]] : undefined;
    // A $ref beside a description: the description of the use wins for hover.
    cur = target ? { ...target, description: cur.description ?? target.description } : undefined;
  }
  return cur;
}

/** The alternatives of a schema (oneOf/anyOf expanded, refs resolved), each a plain schema. */
export function alternatives(s: JSchema | undefined): JSchema[] {
  const r = resolveRef(s);
  if (!r) return [];
  const alts = r.oneOf ?? r.anyOf;
  if (!alts) return [r];
  return alts.flatMap((a) => alternatives({ ...a, description: a.description ?? r.description }));
}

function types(s: JSchema): string[] | undefined {
  if (s.type === undefined) return undefined;
  return Array.isArray(s.type) ? s.type : [s.type];
}

function allowsType(s: JSchema, t: string): boolean {
  const ts = types(s);
  if (!ts) return true;
  return ts.includes(t) || (t === 'integer' && ts.includes('number'));
}

/** Schemas an object value can take at this place (for completion and hover). */
export function objectSchemas(s: JSchema | undefined): JSchema[] {
  return alternatives(s).filter((a) => allowsType(a, 'object') && (a.properties || a.patternProperties || a.type === 'object'));
}

/** The schema of the value under `key` in an object with schema `s`. */
export function childSchema(s: JSchema, key: string): JSchema | undefined {
  if (s.properties && Object.prototype.hasOwnProperty.call(s.properties, key)) return s.properties[key];
  for (const [pat, sub] of Object.entries(s.patternProperties ?? {})) {
    if (safeRegExp(pat)?.test(key)) return sub;
  }
  if (typeof s.additionalProperties === 'object') return s.additionalProperties;
  return undefined;
}

/** The schema at a path of keys / item indexes from the root (first matching alternative at each step). */
export function schemaAtPath(path: PathSeg[]): JSchema | undefined {
  let cur: JSchema | undefined = COMPOSE_SCHEMA;
  for (const seg of path) {
    if (!cur) return undefined;
    let next: JSchema | undefined;
    for (const alt of alternatives(cur)) {
      if (typeof seg === 'number') {
        if (alt.items) next = alt.items;
      } else if (allowsType(alt, 'object')) {
        next = childSchema(alt, seg);
      }
      if (next) break;
    }
    cur = next;
  }
  return cur;
}

const regexCache = new Map<string, RegExp | undefined>();
function safeRegExp(p: string): RegExp | undefined {
  if (!regexCache.has(p)) {
    let r: RegExp | undefined;
    try {
      r = new RegExp(p, 'u');
    } catch {
      r = undefined;
    }
    regexCache.set(p, r);
  }
  return regexCache.get(p);
}

/** `${VAR}`, `${VAR:-x}`, `$VAR` (but not `$$`): the value is only known after interpolation. */
export function isInterpolated(s: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(s.replace(/\$\$/g, ''));
}

/** Whether a scalar node is the `<<` merge key. */
export function isMergeKey(k: unknown): boolean {
  return isScalar(k) && (typeof k.value === 'symbol' || (k.value === '<<' && (k as Scalar).type === 'PLAIN'));
}

export function scalarKey(pair: Pair): string | undefined {
  const k = pair.key;
  if (!isScalar(k) || isMergeKey(k)) return undefined;
  return k.value === null ? '' : String(k.value);
}

/** Follows aliases to the node they name (undefined for a dangling alias or a cycle). */
export function deref(doc: Document, node: unknown): Node | undefined {
  let cur = node;
  for (let i = 0; isAlias(cur) && i < 20; i++) cur = resolveAlias(doc, cur);
  if (isAlias(cur)) return undefined;
  return (cur ?? undefined) as Node | undefined;
}

/** Anchor name → nodes carrying it, in document order (yaml's Alias.resolve walks the whole document each time). */
const anchorTables = new WeakMap<Document, Map<string, Node[]>>();

function anchorTable(doc: Document): Map<string, Node[]> {
  let table = anchorTables.get(doc);
  if (table) return table;
  const t = new Map<string, Node[]>();
  const walk = (n: unknown, depth: number) => {
    if (!n || depth > 200 || isAlias(n)) return;
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) {
      const list = t.get(anchor) ?? [];
      list.push(n as Node);
      t.set(anchor, list);
    }
    if (isMap(n)) for (const p of n.items) (walk(p.key, depth + 1), walk(p.value, depth + 1));
    else if (isSeq(n)) for (const it of n.items) walk(it, depth + 1);
  };
  walk(doc.contents, 0);
  anchorTables.set(doc, (table = t));
  return table;
}

/**
 * The last node anchored with the alias's name before it: a binary search in the anchors of that name, which are in
 * document order (a file that reuses one anchor name in every service made a scan of them per alias quadratic).
 */
function resolveAlias(doc: Document, alias: { source: string; range?: [number, number, number] | null }): unknown {
  const list = anchorTable(doc).get(alias.source);
  if (!list) return undefined;
  const at = alias.range?.[0] ?? Infinity;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid].range?.[0] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : undefined;
}

/** effectivePairs of a mapping, by merge depth (the same mapping reached through many aliases is merged once). */
const effective = new WeakMap<YAMLMap, Pair[][]>();

/**
 * The pairs of a mapping as Compose sees them: its own pairs, plus the pairs merged in with `<<: *anchor`
 * (or `<<: [*a, *b]`) for keys it does not set itself. Merged pairs keep their place in the anchor. Merges are
 * followed 10 levels deep. Each mapping is worked out once per level: anchors that merge nine aliases of the one
 * before, seven times over, stood for 9^7 merges (a 500-byte file took 148 s to lint). Callers must not change
 * the list.
 */
export function effectivePairs(doc: Document, map: YAMLMap, depth = 0): Pair[] {
  let byDepth = effective.get(map);
  if (!byDepth) effective.set(map, (byDepth = []));
  return (byDepth[depth] ??= mergedPairs(doc, map, depth));
}

function mergedPairs(doc: Document, map: YAMLMap, depth: number): Pair[] {
  const own: Pair[] = [];
  const merged: Pair[] = [];
  for (const p of map.items) {
    if (!isMergeKey(p.key)) {
      own.push(p);
      continue;
    }
    if (depth > 10) continue;
    const v = deref(doc, p.value);
    const sources = isSeq(v) ? v.items.map((i) => deref(doc, i)) : [v];
    for (const src of sources) if (isMap(src)) for (const q of effectivePairs(doc, src, depth + 1)) merged.push(q);
  }
  if (merged.length === 0) return own;
  const seen = new Set(own.map(scalarKey));
  const out = [...own];
  for (const p of merged) {
    const k = scalarKey(p);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}

/** Looks up a key in a mapping, merge keys included. */
export function getEffective(doc: Document, map: unknown, key: string): Pair | undefined {
  const m = deref(doc, map);
  if (!isMap(m)) return undefined;
  return effectivePairs(doc, m).find((p) => scalarKey(p) === key);
}

function kindOf(node: Node): string {
  if (isMap(node)) return 'object';
  if (isSeq(node)) return 'array';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'boolean') return 'boolean';
    if (typeof v === 'number' || typeof v === 'bigint') return Number.isInteger(Number(v)) ? 'integer' : 'number';
    return 'string';
  }
  return 'unknown';
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  null: 'empty',
};

function describeTypes(ts: string[]): string {
  const words = [...new Set(ts.map((t) => TYPE_WORDS[t] ?? t))];
  if (words.length <= 1) return words[0] ?? 'something else';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** Keys whose string is a duration: quoting a bare number there would not make it valid. */
const DURATION_LIKE = new Set(['interval', 'timeout', 'start_period', 'start_interval', 'stop_grace_period', 'delay', 'window', 'monitor']);

interface Walk {
  model: ComposeModel;
  issues: SchemaIssue[];
  depth: number;
}

function place(path: PathSeg[]): string {
  return path.length ? formatPath(path) : 'the top level';
}

function rangeOfNode(w: Walk, n: Node | Pair | null | undefined): Range {
  return w.model.rangeOf(n);
}

/** Validates `node` against schema `s`; pushes issues; returns nothing (count issues by array length). */
function validate(w: Walk, node: unknown, s: JSchema | undefined, path: PathSeg[], keyNode?: Node): void {
  if (!s || w.depth > 60) return;
  const n = deref(w.model.doc, node);
  if (!n) return;
  if ((n as Scalar).tag === '!reset') return;
  const alts = alternatives(s);
  if (alts.length === 0) return;
  const kind = kindOf(n);
  const open = isScalar(n) && typeof n.value === 'string' && isInterpolated(n.value);
  const scalarKinds = ['string', 'number', 'integer', 'boolean', 'null'];
  const fits = (a: JSchema) => (open ? scalarKinds.some((t) => allowsType(a, t)) : allowsType(a, kind));
  const candidates = alts.filter(fits);
  if (candidates.length === 0) {
    const expected = alts.flatMap((a) => types(a) ?? []);
    const got = open ? 'an interpolated string' : TYPE_WORDS[kind] ?? kind;
    const fixes: Fix[] = [];
    const last = path[path.length - 1];
    const durationKey = typeof last === 'string' && DURATION_LIKE.has(last);
    if (isScalar(n) && (kind === 'number' || kind === 'integer' || kind === 'boolean') && expected.includes('string') && n.source !== undefined && !durationKey) {
      const r = rangeOfNode(w, n);
      fixes.push({ title: `Quote the value: "${n.source}"`, preferred: true, safety: 'safe', edits: [{ range: r, newText: JSON.stringify(String(n.source)) }] });
    }
    w.issues.push({
      kind: 'invalid-value',
      message: `${place(path)} must be ${describeTypes(expected)}, not ${got}`,
      range: rangeOfNode(w, n),
      fixes: fixes.length ? fixes : undefined,
    });
    return;
  }
  let chosen = candidates[0];
  if (candidates.length > 1) {
    // Several alternatives fit the value's kind (e.g. two object forms): the one with fewest issues wins.
    let best: SchemaIssue[] | undefined;
    for (const c of candidates) {
      const trial: Walk = { model: w.model, issues: [], depth: w.depth + 1 };
      validateOne(trial, n, c, path, open, keyNode);
      if (!best || trial.issues.length < best.length) {
        best = trial.issues;
        chosen = c;
      }
      if (best.length === 0) break;
    }
    w.issues.push(...best!);
    return;
  }
  w.depth++;
  validateOne(w, n, chosen, path, open, keyNode);
  w.depth--;
}

function validateOne(w: Walk, n: Node, s: JSchema, path: PathSeg[], open: boolean, keyNode?: Node): void {
  if (s.allOf) for (const sub of s.allOf) validate(w, n, sub, path, keyNode);
  if (isMap(n)) return validateMap(w, n, s, path, keyNode);
  if (isSeq(n)) return validateSeq(w, n, s, path);
  if (!isScalar(n) || open) return;
  const v = n.value;
  if (s.enum && !s.enum.some((e) => e === v)) {
    const options = s.enum.map(String);
    const suggestion = typeof v === 'string' ? closest(v, options) : undefined;
    const r = rangeOfNode(w, n);
    w.issues.push({
      kind: 'invalid-value',
      message:
        `${place(path)} must be one of ${options.map((o) => `"${o}"`).join(', ')}, not "${String(v)}"` +
        didYouMean(suggestion, 'yaml'),
      range: r,
      fixes: suggestionFix(r, suggestion),
    });
  }
  if (s.pattern && typeof v === 'string') {
    const re = safeRegExp(s.pattern);
    if (re && !re.test(v)) {
      w.issues.push({ kind: 'invalid-value', message: `${place(path)} "${v}" does not match ${s.pattern}`, range: rangeOfNode(w, n) });
    }
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) {
      w.issues.push({ kind: 'invalid-value', message: `${place(path)} must be at least ${s.minimum}, not ${v}`, range: rangeOfNode(w, n) });
    }
    if (s.maximum !== undefined && v > s.maximum) {
      w.issues.push({ kind: 'invalid-value', message: `${place(path)} must be at most ${s.maximum}, not ${v}`, range: rangeOfNode(w, n) });
    }
  }
}

function validateMap(w: Walk, map: YAMLMap, s: JSchema, path: PathSeg[], keyNode?: Node): void {
  const pairs = effectivePairs(w.model.doc, map);
  const present = new Set<string>();
  const known = Object.keys(s.properties ?? {});
  for (const pair of pairs) {
    const key = scalarKey(pair);
    if (key === undefined) continue;
    present.add(key);
    if ((pair.value as Scalar | null)?.tag === '!reset') continue;
    let sub: JSchema | undefined;
    if (s.properties && Object.prototype.hasOwnProperty.call(s.properties, key)) sub = s.properties[key];
    let matchedPattern = false;
    if (!sub) {
      for (const [pat, ps] of Object.entries(s.patternProperties ?? {})) {
        if (safeRegExp(pat)?.test(key)) {
          sub = ps;
          matchedPattern = true;
          break;
        }
      }
    }
    if (!sub && !matchedPattern) {
      if (s.additionalProperties === false) {
        if (isInterpolated(key)) continue;
        const r = rangeOfNode(w, pair.key as Node);
        const patterns = Object.keys(s.patternProperties ?? {}).filter((p) => p !== '^x-');
        if (known.length === 0 && patterns.length > 0) {
          // A map of names (services, volumes, …): the name is malformed.
          w.issues.push({
            kind: 'invalid-value',
            message: `"${key}" is not a valid name in ${place(path)}: it must match ${patterns[0]}`,
            range: r,
          });
        } else {
          const suggestion = closest(key, known);
          w.issues.push({
            kind: 'unknown-key',
            message:
              `additional property "${key}" is not allowed ${path.length ? `in ${formatPath(path)}` : 'at the top level'}` +
              didYouMean(suggestion, 'yaml'),
            range: r,
            fixes: suggestionFix(r, suggestion),
          });
        }
        continue;
      }
      if (typeof s.additionalProperties === 'object') sub = s.additionalProperties;
    }
    if (sub) validate(w, pair.value, sub, [...path, key], pair.key as Node);
  }
  for (const req of s.required ?? []) {
    if (present.has(req)) continue;
    const r = keyNode ? rangeOfNode(w, keyNode) : firstLine(w, map);
    w.issues.push({ kind: 'missing-key', message: `${place(path)} is missing the required key "${req}"`, range: r });
  }
}

function firstLine(w: Walk, n: Node): Range {
  const r = rangeOfNode(w, n);
  if (r.end.line === r.start.line) return r;
  return { start: r.start, end: { line: r.start.line, character: w.model.lines.lineText(r.start.line).length } };
}

function validateSeq(w: Walk, seq: YAMLSeq, s: JSchema, path: PathSeg[]): void {
  const seen = new Map<string, number>();
  seq.items.forEach((item, i) => {
    if (s.items) validate(w, item, s.items, [...path, i]);
    if (!s.uniqueItems) return;
    const n = deref(w.model.doc, item);
    if (!n) return;
    if (isScalar(n) && typeof n.value === 'string' && isInterpolated(n.value)) return;
    let key: string;
    try {
      key = JSON.stringify((n as Node).toJSON?.() ?? (n as Scalar).value);
    } catch {
      return;
    }
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const r = rangeOfNode(w, n);
    const fixes = deleteItemFix(w.model, item as Node);
    w.issues.push({
      kind: 'invalid-value',
      message: `${formatPath(path)} has a duplicate entry ${isScalar(n) ? `"${String(n.value)}"` : ''} (same as item ${first + 1})`.replace('  ', ' '),
      range: r,
      fixes,
    });
  });
}

/** Deletes a block sequence item that sits alone on its line(s). */
function deleteItemFix(model: ComposeModel, item: Node): Fix[] | undefined {
  const r = model.rangeOf(item);
  const lineText = model.lines.lineText(r.start.line);
  if (!/^\s*-\s/.test(lineText.slice(0, r.start.character)) && !/^\s*-\s*$/.test(lineText.slice(0, r.start.character))) return undefined;
  const after = model.lines.lineText(r.end.line).slice(r.end.character);
  if (after.trim() && !after.trim().startsWith('#')) return undefined;
  return [
    {
      title: 'Remove the duplicate entry',
      preferred: true,
      safety: 'safe',
      edits: [{ range: { start: { line: r.start.line, character: 0 }, end: { line: r.end.line + 1, character: 0 } }, newText: '' }],
    },
  ];
}

const SCHEMA_ISSUES = memoKey<SchemaIssue[]>('compose-schema');

/** Every schema finding of a Compose document, computed once per version. */
export function schemaIssues(model: ComposeModel): SchemaIssue[] {
  return model.memoize(SCHEMA_ISSUES, () => {
    const root = model.doc.contents;
    if (!root) return [];
    if (isScalar(root) && (root.value === null || root.value === '')) return [];
    const w: Walk = { model, issues: [], depth: 0 };
    validate(w, root, COMPOSE_SCHEMA, []);
    // Nodes reached twice through aliases report once.
    const seen = new Set<string>();
    return w.issues.filter((i) => {
      const k = `${i.kind}|${i.range.start.line}:${i.range.start.character}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });
}

/** Reports the issues of one kind (each kind is a rule of its own: compose-unknown-key, -missing-key, -invalid-value). */
export function reportSchemaIssues(ctx: { model: ComposeModel; report: (r: Report) => void }, kind: IssueKind): void {
  for (const i of schemaIssues(ctx.model)) if (i.kind === kind) ctx.report({ message: i.message, range: i.range, fixes: i.fixes });
}

export { isPair };
