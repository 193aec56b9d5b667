// Alias resolution with yaml's answer, from one walk of the document. yaml's Alias.resolve(doc) walks the whole
// document at every call (the last node before the alias, in document order, with its anchor); a workflow that
// aliases in every job made that quadratic.
import type { Alias, Document, Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from './nodes';

const tables = new WeakMap<Document, Map<Alias, Node | undefined>>();

function table(doc: Document): Map<Alias, Node | undefined> {
  let t = tables.get(doc);
  if (t) return t;
  const out = new Map<Alias, Node | undefined>();
  const last = new Map<string, Node>();
  // yaml's visit order: a collection, then its items; a pair's key, then its value.
  const walk = (n: unknown): void => {
    if (isAlias(n)) {
      out.set(n, last.get(n.source));
      return;
    }
    if (isScalar(n) || isMap(n) || isSeq(n)) {
      if (n.anchor) last.set(n.anchor, n as Node);
      if (isScalar(n)) return;
      for (const it of n.items as unknown[]) walk(it);
    } else if (isPair(n)) {
      walk(n.key);
      walk(n.value);
    }
  };
  walk(doc.contents);
  tables.set(doc, (t = out));
  return t;
}

/** What `alias.resolve(doc)` returns (the anchored node, or undefined). */
export function resolveAlias(doc: Document, alias: Alias): Node | undefined {
  const t = table(doc);
  return t.has(alias) ? t.get(alias) : (alias.resolve(doc) as Node | undefined);
}
