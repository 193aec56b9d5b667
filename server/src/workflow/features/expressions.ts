// The `${{ }}` expressions of one scalar (and the bare expression of an `if:`), lexed and parsed with the
// expression lexer and parser of ../expr, with the document offset of every character (../expr/source.ts maps
// plain, quoted and block scalars). Rename, references and semantic tokens read them from here.
import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import { resolve, scalarString } from '../structure';
import type { WorkflowModel } from '../model';
import { lex, type Token } from '../expr/lexer';
import { parseBare, parseExpression, type ExprNode } from '../expr/parser';
import { mapScalar, type MappedString } from '../expr/source';
import { memoKey } from '../../engine/memo';

/** One expression of a value: offsets into the value (`ms.value`). */
export interface ValueExpr {
  /** Offset of `${{` (undefined for the bare expression of an `if:`). */
  open?: number;
  /** Offset of `}}` (undefined when it is missing, and for a bare `if:`). */
  close?: number;
  /** The tokens between the delimiters (the closing `}}` left out). */
  tokens: Token[];
  /** The syntax tree; undefined when the expression does not parse. */
  node?: ExprNode;
}

export interface ScalarExprs {
  ms: MappedString;
  exprs: ValueExpr[];
}

/** `ctx.a.b` or `ctx['a']` read in an expression: each segment with its document offsets (undefined: not exact). */
export interface AccessPath {
  segs: { name: string; start?: number; end?: number }[];
}

/**
 * The document offsets of value[start, end), when each character there is one character of the source, side by
 * side (no escape, no folded line break): only such a span can be shown or replaced as it is.
 */
export function exactSpan(ms: MappedString, start: number, end: number): [number, number] | undefined {
  if (!ms.exact || end <= start || end > ms.value.length) return undefined;
  const a = ms.offsets[start];
  const b = ms.offsets[end - 1] + 1;
  return b - a === end - start ? [a, b] : undefined;
}

/**
 * The parser descends once per parenthesis, `!` and operand: thousands of `(` overflow the stack. Such an
 * expression is read as one that does not parse.
 */
function parseGuarded(parse: () => ReturnType<typeof parseExpression>): ReturnType<typeof parseExpression> | undefined {
  try {
    return parse();
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

const SCALAR_EXPRS = memoKey<WeakMap<Scalar, { isIf: boolean; r: ScalarExprs }[]>>('wfx:scalarExprs');

/** The expressions of a string scalar, parsed once per node and document version; undefined when it has none. */
export function scalarExpressions(model: WorkflowModel, n: Scalar, isIf: boolean): ScalarExprs | undefined {
  if (typeof n.value !== 'string') return undefined;
  if (!n.value.includes('${{') && !(isIf && n.value.trim() !== '')) return undefined;
  const known = model.memoize(SCALAR_EXPRS, () => new WeakMap<Scalar, { isIf: boolean; r: ScalarExprs }[]>());
  const list = known.get(n) ?? [];
  const hit = list.find((x) => x.isIf === isIf);
  if (hit) return hit.r;
  const ms = mapScalar(n, model.text)!;
  const v = ms.value;
  const exprs: ValueExpr[] = [];
  if (v.includes('${{')) {
    for (let i = v.indexOf('${{'); i >= 0; ) {
      const lexed = lex(v, i + 3);
      const endTok = lexed.tokens[lexed.tokens.length - 1];
      const closed = !lexed.error && endTok?.kind === 'end';
      const parsed = closed ? parseGuarded(() => parseExpression(v, i + 3)) : undefined;
      exprs.push({ open: i, close: closed ? endTok.start : undefined, tokens: lexed.tokens.filter((t) => t.kind !== 'end'), node: parsed?.node });
      // After a lexing error the end of the expression is unknown: what follows is not read.
      if (!closed) break;
      i = v.indexOf('${{', lexed.end);
    }
  } else {
    // A bare `if:` condition is one expression (parseBare closes it with `}}` for the parser).
    const lexed = lex(v + '}}', 0);
    const parsed = lexed.error ? undefined : parseGuarded(() => parseBare(v));
    exprs.push({ tokens: lexed.tokens.filter((t) => t.kind !== 'end' && t.end <= v.length), node: parsed?.node });
  }
  const r = { ms, exprs };
  list.push({ isIf, r });
  known.set(n, list);
  return r;
}

/** The operands of a node (what `walk` visits next). */
function children(n: ExprNode): ExprNode[] {
  switch (n.type) {
    case 'prop':
    case 'filter':
      return [n.object];
    case 'index':
      return [n.object, n.index];
    case 'call':
      return n.args;
    case 'not':
      return [n.operand];
    case 'binary':
      return [n.left, n.right];
    default:
      return [];
  }
}

/**
 * The longest property chains of an expression that start at a name (`needs.build.outputs.v`, `inputs['x']`):
 * `needs.build` inside `needs.build.outputs.v` is not listed again. `.*` ends a chain. Iterative: `a && b && …`
 * and `a.b.c…` nest as deep as they are long, without the parser recursing.
 */
export function accessPaths(se: ScalarExprs, e: ValueExpr): AccessPath[] {
  const out: AccessPath[] = [];
  if (!e.node) return out;
  const seg = (name: string, start: number, end: number) => {
    const span = exactSpan(se.ms, start, end);
    return { name, start: span?.[0], end: span?.[1] };
  };
  /** The chain ending at `n`, root first; or the node where it stops being one (`f().a.b` stops at `f()`). */
  const chain = (n: ExprNode): { segs: AccessPath['segs'] } | { base: ExprNode } => {
    const segs: AccessPath['segs'] = [];
    let m = n;
    for (;;) {
      if (m.type === 'var') {
        segs.push(seg(m.name, m.start, m.end));
        return { segs: segs.reverse() };
      }
      if (m.type === 'prop') segs.push(seg(m.name, m.nameStart, m.end));
      // The segment of `x['name']` is the text between the quotes.
      else if (m.type === 'index' && m.index.type === 'string') segs.push(seg(m.index.value, m.index.start + 1, m.index.end - 1));
      else return { base: m };
      m = m.object;
    }
  };
  const stack: ExprNode[] = [e.node];
  while (stack.length) {
    const n = stack.pop()!;
    const c = chain(n);
    if ('segs' in c) out.push({ segs: c.segs });
    // What the chain is built on is read once, not again from each of its properties.
    else if (c.base !== n) stack.push(c.base);
    else stack.push(...children(n).reverse());
  }
  return out;
}

/** What each identifier token of a parsed expression is, by its start offset in the value. */
export function identifierRoles(node: ExprNode): Map<number, 'context' | 'property' | 'function' | 'keyword' | 'number'> {
  const roles = new Map<number, 'context' | 'property' | 'function' | 'keyword' | 'number'>();
  const stack: ExprNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'var') roles.set(n.start, 'context');
    else if (n.type === 'prop') roles.set(n.nameStart, 'property');
    else if (n.type === 'call') roles.set(n.start, 'function');
    else if (n.type === 'null' || n.type === 'bool') roles.set(n.start, 'keyword');
    else if (n.type === 'number') roles.set(n.start, 'number');
    for (const c of children(n)) stack.push(c);
  }
  return roles;
}

/**
 * Calls `visit` for every scalar under `root`, following aliases, each node once (and a scalar once more as an `if:`
 * value, read as a condition): anchors that alias each other nine times over nine levels stand for 9^9 nodes, and
 * the walk must cost what the text costs, not what it expands to. `seen` is shared by the walks of one pass. An
 * explicit stack: deeply nested flow collections must not overflow the call stack.
 */
export function walkScalars(model: WorkflowModel, root: unknown, seen: { plain: Set<unknown>; asIf: Set<unknown> }, visit: (scalar: Scalar, isIf: boolean) => void): void {
  const stack: { node: unknown; isIf: boolean }[] = [{ node: root, isIf: false }];
  while (stack.length) {
    const { node, isIf } = stack.pop()!;
    const n = resolve(model, node);
    const visited = isIf && isScalar(n) ? seen.asIf : seen.plain;
    if (n === undefined || n === null || visited.has(n)) continue;
    visited.add(n);
    if (isMap(n)) {
      const items = (n as YAMLMap).items;
      for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i].value, isIf: scalarString(items[i].key) === 'if' });
    } else if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push({ node: n.items[i], isIf: false });
    } else if (isScalar(n)) visit(n as Scalar, isIf);
  }
}

const DOCUMENT_EXPRS = memoKey<{ scalar: Scalar; se: ScalarExprs }[]>('wfx:documentExprs');

/**
 * Every scalar of the document that holds expressions, each written place once (a node reached again through an
 * alias is the same text), in document order. `if:` values are read as conditions.
 */
export function documentExpressions(model: WorkflowModel): { scalar: Scalar; se: ScalarExprs }[] {
  return model.memoize(DOCUMENT_EXPRS, () => {
    const out: { scalar: Scalar; se: ScalarExprs }[] = [];
    walkScalars(model, model.doc.contents, { plain: new Set(), asIf: new Set() }, (scalar, isIf) => {
      const se = scalarExpressions(model, scalar, isIf);
      if (se) out.push({ scalar, se });
    });
    return out.sort((a, b) => (a.scalar.range?.[0] ?? 0) - (b.scalar.range?.[0] ?? 0));
  });
}
