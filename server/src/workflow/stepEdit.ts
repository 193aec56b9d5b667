// Adding `key: value` lines to a section (`with:`, `env:`) of a step, creating the section when it is missing;
// keeps the step's indentation. Used by quick fixes.
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml/nodes';
import type { TextEdit } from '../engine/types';
import type { WorkflowModel } from './model';
import { resolve, type StepInfo } from './structure';

function afterLastLine(model: WorkflowModel, end: number): { offset: number; needsNewline: boolean } {
  const text = model.text;
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  const nl = text.indexOf('\n', e);
  return nl < 0 ? { offset: text.length, needsNewline: true } : { offset: nl + 1, needsNewline: false };
}

/** The edit that adds `entries` (already formatted `key: value`) to `section` of a block-style step. */
export function appendToStepSection(model: WorkflowModel, step: StepInfo, section: string, entries: string[]): TextEdit | undefined {
  if (step.node.flow || !entries.length) return undefined;
  const pair = step.pairs.get(section);
  const at = (offset: number) => model.lines.range(offset, offset);
  if (pair) {
    const v = resolve(model, pair.value);
    if (isMap(v) && !(v as YAMLMap).flow && (v as YAMLMap).items.length) {
      const m = v as YAMLMap;
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
  const col = model.rangeOf(first.key as Node).start.character;
  const pos = afterLastLine(model, step.node.range?.[1] ?? 0);
  return { range: at(pos.offset), newText: `${pos.needsNewline ? '\n' : ''}${' '.repeat(col)}${section}:\n${entries.map((e) => ' '.repeat(col + 2) + e + '\n').join('')}` };
}
