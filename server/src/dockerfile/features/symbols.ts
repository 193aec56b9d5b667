// Where ARG/ENV variables and stage names are declared and used, resolved with BuildKit's scoping:
// - global ARGs (before the first FROM) are visible in FROM lines, and in a stage only after `ARG NAME` re-declares them
//   (`ARG NAME=default` in a stage is a variable of its own: the global default does not flow into it);
// - ARG/ENV of a stage are visible after their instruction, until the stage ends;
// - a stage built `FROM <earlier stage>` inherits that stage's ENV (not its ARGs).
// Occurrences that resolve to the same variable share a `group` key; definition, references, rename and hover use it.
import type { Arg, Copy, Env, Flag, From, Property } from 'dockerfile-ast';
import type { DfInstruction, DockerfileModel, Stage } from '../model';
import type { Range } from '../../engine/types';
import { before, Pos, scopeOf, touches } from './util';
import { memoKey } from '../../engine/memo';

export interface VarOccurrence {
  name: string;
  /** Range of the name only (no `$`, braces or modifier). */
  range: Range;
  kind: 'arg' | 'env' | 'ref';
  instruction: DfInstruction;
  /** -1 for the global scope, else the stage index. */
  scope: number;
  /** Variables with the same key are the same variable; `u:` keys are uses of undeclared (predefined or base-image) variables. */
  group: string;
  /** Declared value (declarations only); null when declared without one. */
  value?: string | null;
}

export interface StageOccurrence {
  stage: Stage;
  range: Range;
  kind: 'decl' | 'ref';
  instruction: DfInstruction;
  /** Where the reference comes from (`from` for FROM image, `copy` for COPY --from, `mount` for RUN --mount from=). */
  via?: 'from' | 'copy' | 'mount';
}

/** A `--from=`/`from=`/FROM image value that names no earlier stage (an image or build context). */
export interface ExternalRef {
  name: string;
  range: Range;
  instruction: DfInstruction;
}

export interface SymbolIndex {
  vars: VarOccurrence[];
  stages: StageOccurrence[];
  external: ExternalRef[];
  byGroup: Map<string, VarOccurrence[]>;
}

const SYMBOLS = memoKey<SymbolIndex>('dfe.symbols');

export function symbolIndex(model: DockerfileModel): SymbolIndex {
  return model.memoize(SYMBOLS, () => build(model, true));
}

const DECLARATIONS = memoKey<SymbolIndex>('dfe.declarations');

/**
 * Declarations and stage references only, without variable uses (finding `$VAR` in every instruction is the costly
 * part on large files, and completion needs only what is declared).
 */
export function declarationIndex(model: DockerfileModel): SymbolIndex {
  return model.memoize(DECLARATIONS, () => build(model, false));
}

function propertiesOf(ins: DfInstruction): Property[] {
  if (ins.keyword === 'ARG') return (ins.node as Arg).getProperties();
  if (ins.keyword === 'ENV') return (ins.node as Env).getProperties();
  return [];
}

function flagsOf(ins: DfInstruction): Flag[] {
  const f = (ins.node as unknown as { getFlags?: () => Flag[] }).getFlags;
  return typeof f === 'function' ? f.call(ins.node) : [];
}

function build(model: DockerfileModel, withUses: boolean): SymbolIndex {
  const vars: VarOccurrence[] = [];
  const stages: StageOccurrence[] = [];
  const external: ExternalRef[] = [];
  const global = new Map<string, string>();
  // Per stage: variables visible so far (name → group) and the ENVs a child stage inherits.
  const visible: Map<string, string>[] = [];
  const envs: Map<string, string>[] = [];

  const stageNamed = (name: string, beforeIndex: number): Stage | undefined => {
    const lower = name.toLowerCase();
    for (let i = Math.min(beforeIndex, model.stages.length) - 1; i >= 0; i--) {
      if (model.stages[i].name?.toLowerCase() === lower) return model.stages[i];
    }
    return undefined;
  };

  const stageRef = (ins: DfInstruction, value: string | null, range: Range | null, via: StageOccurrence['via'], limit: number) => {
    if (!value || !range || value.includes('$')) return;
    const target = stageNamed(value, limit);
    if (target) stages.push({ stage: target, range, kind: 'ref', instruction: ins, via });
    else external.push({ name: value, range, instruction: ins });
  };

  for (const ins of model.instructions) {
    const scope = scopeOf(ins);
    if (ins.keyword === 'FROM' && ins.stage) {
      const st = ins.stage;
      const from = ins.node as From;
      // A FROM naming an earlier stage is a reference to it; the new stage inherits its ENV.
      const image = from.getImage();
      let parentEnv = new Map<string, string>();
      // Only a bare name (no tag, digest or registry path) can name a stage.
      if (image && /^[A-Za-z0-9_.-]+$/.test(image)) {
        const parent = stageNamed(image, st.index);
        if (parent) parentEnv = envs[parent.index] ?? new Map();
        stageRef(ins, image, from.getImageNameRange(), 'from', st.index);
      }
      visible[st.index] = new Map(parentEnv);
      envs[st.index] = new Map(parentEnv);
      if (st.name && st.nameRange) stages.push({ stage: st, range: st.nameRange, kind: 'decl', instruction: ins });
    }
    const table = scope < 0 ? global : visible[scope];
    // Uses first: `ENV A=1 B=$A` reads the A from before the instruction.
    if (withUses && ins.keyword !== 'ONBUILD') {
      for (const v of ins.variables) {
        const name = v.getName();
        if (!name) continue;
        const group = table.get(name) ?? `u:${scope}:${name}`;
        vars.push({ name, range: v.getNameRange(), kind: 'ref', instruction: ins, scope, group });
      }
    }
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') {
      for (const p of propertiesOf(ins)) {
        const name = p.getName();
        if (!name) continue;
        let group = table.get(name);
        // `ARG NAME` (no default) in a stage imports the global ARG; with a default it is a variable of its own.
        if (!group && scope >= 0 && ins.keyword === 'ARG' && p.getValue() === null) group = global.get(name);
        if (!group) group = `v:${scope}:${name}:${ins.range.start.line}`;
        table.set(name, group);
        if (scope >= 0 && ins.keyword === 'ENV') envs[scope].set(name, group);
        vars.push({ name, range: p.getNameRange(), kind: ins.keyword === 'ARG' ? 'arg' : 'env', instruction: ins, scope, group, value: p.getValue() });
      }
    }
    if (ins.stage && ins.keyword === 'COPY') {
      for (const f of flagsOf(ins)) {
        if (f.getName() === 'from') stageRef(ins, f.getValue(), f.getValueRange(), 'copy', ins.stage.index);
      }
    }
    if (ins.stage && ins.keyword === 'RUN') {
      for (const f of flagsOf(ins)) {
        if (f.getName() !== 'mount') continue;
        const opt = f.getOption('from');
        if (opt) stageRef(ins, opt.getValue(), opt.getValueRange(), 'mount', ins.stage.index);
      }
    }
  }
  const cmp = (a: { range: Range }, b: { range: Range }) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0);
  vars.sort(cmp);
  stages.sort(cmp);
  const byGroup = new Map<string, VarOccurrence[]>();
  for (const v of vars) {
    const list = byGroup.get(v.group) ?? [];
    list.push(v);
    byGroup.set(v.group, list);
  }
  return { vars, stages, external, byGroup };
}

export function varAt(index: SymbolIndex, pos: Pos): VarOccurrence | undefined {
  return index.vars.find((v) => touches(v.range, pos));
}

export function stageAt(index: SymbolIndex, pos: Pos): StageOccurrence | undefined {
  return index.stages.find((s) => touches(s.range, pos));
}

/** The declarations of a variable group (ARG/ENV), first first. */
export function declarationsOf(index: SymbolIndex, group: string): VarOccurrence[] {
  return (index.byGroup.get(group) ?? []).filter((v) => v.kind !== 'ref');
}

/** Declarations visible at a line in a scope (name → latest declaration), for completion and hover. */
export function visibleVariables(model: DockerfileModel, ins: DfInstruction | undefined, line: number): Map<string, VarOccurrence> {
  const index = declarationIndex(model);
  const scope = ins ? scopeOf(ins) : -1;
  const out = new Map<string, VarOccurrence>();
  // Inherited ENV: walk the parent chain of the stage (FROM <earlier stage>).
  const chain: number[] = [];
  if (scope >= 0) {
    let s: Stage | undefined = model.stages[scope];
    const seen = new Set<number>();
    while (s && !seen.has(s.index)) {
      seen.add(s.index);
      chain.unshift(s.index);
      const parentRef = index.stages.find((o) => o.kind === 'ref' && o.via === 'from' && o.instruction === s!.fromInstruction);
      s = parentRef?.stage;
    }
  }
  for (const v of index.vars) {
    if (v.kind === 'ref') continue;
    if (scope < 0) {
      if (v.scope === -1 && v.instruction.range.end.line < line) out.set(v.name, v);
    } else if (v.scope === scope) {
      if (v.instruction.range.end.line < line) out.set(v.name, v);
    } else if (chain.includes(v.scope) && v.kind === 'env') {
      out.set(v.name, v);
    }
  }
  return out;
}
