// Small position helpers shared by the Dockerfile editing features.
import type { Heredoc, Instruction } from 'dockerfile-ast';
import type { DfInstruction, DockerfileModel } from '../model';
import type { Range } from '../../engine/types';

export interface Pos {
  line: number;
  character: number;
}

export function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

export { touches } from '../../engine/text';

/** The instruction whose lines include `line` (binary search; instructions are sorted). */
export function instructionAtLine(model: DockerfileModel, line: number): DfInstruction | undefined {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = list[mid].range;
    if (line < r.start.line) hi = mid - 1;
    else if (line > r.end.line) lo = mid + 1;
    else return list[mid];
  }
  return undefined;
}

/** The last instruction that starts at or before `line`. */
export function instructionBefore(model: DockerfileModel, line: number): DfInstruction | undefined {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  let found: DfInstruction | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start.line <= line) {
      found = list[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Variable scope of an instruction: -1 for the global scope (ARGs before the first FROM, and FROM lines). */
export function scopeOf(ins: DfInstruction): number {
  if (ins.keyword === 'FROM' || !ins.stage) return -1;
  return ins.stage.index;
}

export function heredocsOf(node: Instruction): Heredoc[] {
  const h = (node as unknown as { getHeredocs?: () => Heredoc[] }).getHeredocs;
  if (typeof h !== 'function') return [];
  try {
    return h.call(node);
  } catch {
    // dockerfile-ast throws on some malformed heredoc lines (e.g. a lone CR line ending inside `<<`).
    return [];
  }
}

/**
 * First line of heredoc bodies of an instruction (lines from there to the instruction's end belong to here-documents
 * and are never edited), or undefined when it has none.
 */
export function heredocBodyStart(node: Instruction): number | undefined {
  let first: number | undefined;
  for (const h of heredocsOf(node)) {
    const l = h.getNameRange().start.line + 1;
    if (first === undefined || l < first) first = l;
  }
  return first;
}

/** Range of a stage: its FROM line to the end of its last instruction. */
export function stageRange(stage: { instructions: DfInstruction[] }): Range {
  const first = stage.instructions[0];
  const last = stage.instructions[stage.instructions.length - 1];
  return { start: first.range.start, end: last.range.end };
}

export const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const STAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;
