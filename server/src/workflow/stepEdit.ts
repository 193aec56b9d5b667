// Adding `key: value` lines to a section (`with:`, `env:`) of a step, creating the section when it is missing;
// keeps the step's indentation. Used by quick fixes, which must change only the step they are about: a node that a
// YAML alias (`*name`) repeats elsewhere is never edited, since the edit would change every place that repeats it.
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../yaml/nodes';
import type { TextEdit } from '../engine/types';
import type { WorkflowModel } from './model';
import { resolve, type StepInfo } from './structure';
import { memoKey } from '../engine/memo';

function afterLastLine(model: WorkflowModel, end: number): { offset: number; needsNewline: boolean } {
  const text = model.text;
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const nl = text.indexOf('\n', e);
  return nl < 0 ? { offset: text.length, needsNewline: true } : { offset: nl + 1, needsNewline: false };
}

const ALIASED_ANCHORS = memoKey<Set<string>>('stepEdit:aliasedAnchors');

/** Anchor names that some alias of the document refers to. */
function aliasedAnchors(model: WorkflowModel): Set<string> {
  return model.memoize(ALIASED_ANCHORS, () => {
    const used = new Set<string>();
    const walk = (n: unknown): void => {
      if (isAlias(n)) used.add(n.source);
      else if (isMap(n) || isSeq(n)) for (const it of n.items as unknown[]) walk(it);
      else if (isPair(n)) {
        walk(n.key);
        walk(n.value);
      }
    };
    walk(model.doc.contents);
    return used;
  });
}

/** Whether `node` carries an anchor that an alias repeats somewhere. */
export function isShared(model: WorkflowModel, node: unknown): boolean {
  const anchor = (node as { anchor?: string } | null | undefined)?.anchor;
  return !!anchor && aliasedAnchors(model).has(anchor);
}

/**
 * Whether text at document `offset` is repeated elsewhere through an alias: some node written around it (the
 * scalar itself, its step, the steps list, the job, ...) carries an anchor that an alias uses.
 */
export function sharedAt(model: WorkflowModel, offset: number): boolean {
  if (!aliasedAnchors(model).size) return false;
  const inside = (n: unknown) => {
    const r = (n as Node | null | undefined)?.range;
    return !!r && r[0] <= offset && offset < r[1];
  };
  let n: unknown = model.doc.contents;
  for (let depth = 0; n && depth < 1000; depth++) {
    if (isShared(model, n)) return true;
    let next: unknown;
    if (isMap(n)) {
      for (const p of n.items) {
        if (inside(p.key)) next = p.key;
        else if (inside(p.value)) next = p.value;
        if (next) break;
      }
    } else if (isSeq(n)) next = n.items.find(inside);
    n = next;
  }
  return false;
}

/** A block scalar with keep chomping (`|+`, `>+`): its trailing blank lines are part of its value. */
function keepsTrailingLines(model: WorkflowModel, node: unknown): boolean {
  if (!isScalar(node)) return false;
  const s = node as Scalar;
  if (s.type !== 'BLOCK_LITERAL' && s.type !== 'BLOCK_FOLDED') return false;
  const start = s.range?.[0] ?? 0;
  const nl = model.text.indexOf('\n', start);
  const header = model.text.slice(start, nl < 0 ? model.text.length : nl);
  return /^[|>][0-9]?\+/.test(header);
}

/**
 * The edit that adds `entries` (already formatted `key: value`) to `section` of a block-style step; `flowEntries`
 * replace them when the section is a flow mapping (`{ ... }`, where `${{ }}` must be quoted). Undefined when the step
 * or the section is shared through an alias, or has a shape no edit can extend safely.
 */
export function appendToStepSection(model: WorkflowModel, step: StepInfo, section: string, entries: string[], flowEntries: string[] = entries): TextEdit | undefined {
  if (step.node.flow || !entries.length) return undefined;
  if (sharedAt(model, step.node.range?.[0] ?? -1)) return undefined;
  const pair = step.pairs.get(section);
  const at = (offset: number) => model.lines.range(offset, offset);
  if (pair) {
    if (isAlias(pair.value)) return undefined;
    const v = resolve(model, pair.value);
    if (isShared(model, v)) return undefined;
    if (isMap(v) && (v as YAMLMap).flow) {
      const m = v as YAMLMap;
      const close = (m.range?.[1] ?? 0) - 1;
      if (model.text[close] !== '}') return undefined;
      let e = close;
      while (e > 0 && /\s/.test(model.text[e - 1])) e--;
      const sep = !m.items.length || model.text[e - 1] === ',' ? ' ' : ', ';
      return { range: at(e), newText: `${sep}${flowEntries.join(', ')}${m.items.length ? '' : ' '}` };
    }
    if (isMap(v) && (v as YAMLMap).items.length) {
      const m = v as YAMLMap;
      const last = m.items[m.items.length - 1] as Pair;
      if (keepsTrailingLines(model, last.value)) return undefined;
      const col = model.rangeOf((m.items[0] as Pair).key as Node).start.character;
      const pos = afterLastLine(model, m.range?.[1] ?? 0);
      return { range: at(pos.offset), newText: `${pos.needsNewline ? '\n' : ''}${entries.map((e) => ' '.repeat(col) + e + '\n').join('')}` };
    }
    if (v === null || v === undefined || (isScalar(v) && (v as Scalar).value === null)) {
      const keyEnd = (pair.key as Node).range?.[1] ?? 0;
      const lineEnd = model.text.indexOf('\n', keyEnd);
      const col = model.rangeOf(pair.key as Node).start.character + 2;
      return { range: at(lineEnd < 0 ? model.text.length : lineEnd), newText: entries.map((e) => `\n${' '.repeat(col)}${e}`).join('') };
    }
    return undefined;
  }
  const first = step.node.items[0] as Pair | undefined;
  if (!first) return undefined;
  // The new section goes after the last key; a keep-chomped block scalar there would lose its trailing lines.
  if (keepsTrailingLines(model, (step.node.items[step.node.items.length - 1] as Pair).value)) return undefined;
  const col = model.rangeOf(first.key as Node).start.character;
  const pos = afterLastLine(model, step.node.range?.[1] ?? 0);
  return { range: at(pos.offset), newText: `${pos.needsNewline ? '\n' : ''}${' '.repeat(col)}${section}:\n${entries.map((e) => ' '.repeat(col + 2) + e + '\n').join('')}` };
}
