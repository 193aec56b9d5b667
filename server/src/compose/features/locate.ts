// The YAML node under a position in a Compose file, with its path of keys from the root.
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range } from '../../engine/types';
import type { ComposeModel } from '../model';
import { scalarKey } from '../schema';

export interface Located {
  /** Keys (and item indexes) from the root to the node. */
  path: (string | number)[];
  /** On a key: the pair it names. */
  pair?: Pair;
  onKey: boolean;
  node?: Node;
  range: Range;
}

function inside(model: ComposeModel, node: Node | null | undefined, offset: number): boolean {
  const r = node?.range;
  return !!r && r[0] <= offset && offset <= r[1];
}

export function locate(model: ComposeModel, pos: { line: number; character: number }): Located | undefined {
  const offset = model.lines.offsetAt(pos);
  let node: unknown = model.doc.contents;
  const path: (string | number)[] = [];
  let found: Located | undefined;
  for (let depth = 0; depth < 100 && node; depth++) {
    if (isMap(node)) {
      let next: unknown;
      for (const p of node.items) {
        if (!isPair(p)) continue;
        const key = scalarKey(p);
        if (key === undefined) continue;
        if (inside(model, p.key as Node, offset)) {
          return { path: [...path, key], pair: p, onKey: true, node: p.key as Node, range: model.keyRange(p) };
        }
        if (inside(model, p.value as Node, offset)) {
          path.push(key);
          next = p.value;
          found = { path: [...path], pair: p, onKey: false, node: p.value as Node, range: model.rangeOf(p.value as Node) };
          break;
        }
      }
      node = next;
    } else if (isSeq(node)) {
      let next: unknown;
      node.items.forEach((it, i) => {
        if (next === undefined && inside(model, it as Node, offset)) {
          path.push(i);
          next = it;
          found = { path: [...path], onKey: false, node: it as Node, range: model.rangeOf(it as Node) };
        }
      });
      node = next;
    } else if (isScalar(node)) {
      return found;
    } else break;
  }
  return found;
}
