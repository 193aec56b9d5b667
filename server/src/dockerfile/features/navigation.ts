// Definition, references and document highlights for ARG/ENV variables and stage names.
import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import type { Range } from '../../engine/types';
import { declarationsOf, stageAt, StageOccurrence, symbolIndex, varAt, VarOccurrence } from './symbols';
import { before, Pos } from './util';

export type Target = { kind: 'var'; occ: VarOccurrence; all: VarOccurrence[] } | { kind: 'stage'; occ: StageOccurrence; all: StageOccurrence[] };

/** The variable or stage name at a position, with every occurrence of the same symbol. */
export function targetAt(model: DockerfileModel, pos: Pos): Target | undefined {
  const index = symbolIndex(model);
  const v = varAt(index, pos);
  if (v) return { kind: 'var', occ: v, all: index.byGroup.get(v.group) ?? [v] };
  const s = stageAt(index, pos);
  if (s) return { kind: 'stage', occ: s, all: index.stages.filter((o) => o.stage === s.stage) };
  return undefined;
}

/** Where the symbol at `pos` is declared: the declaration in effect for a variable use, the AS name for a stage. */
export function dockerfileDefinition(model: DockerfileModel, pos: Pos): Range[] {
  const t = targetAt(model, pos);
  if (!t) return [];
  if (t.kind === 'stage') {
    const d = t.all.find((o) => o.kind === 'decl');
    return d ? [d.range] : [];
  }
  const decls = declarationsOf(symbolIndex(model), t.occ.group);
  if (!decls.length) return [];
  if (t.occ.kind !== 'ref') return [t.occ.range];
  const prior = decls.filter((d) => d.instruction !== t.occ.instruction && before(d.range.start, t.occ.range.start));
  const same = prior.filter((d) => d.scope === t.occ.scope);
  const eff = same[same.length - 1] ?? prior[prior.length - 1];
  return eff ? [eff.range] : [];
}

export function dockerfileReferences(model: DockerfileModel, pos: Pos, includeDeclaration: boolean): Range[] {
  const t = targetAt(model, pos);
  if (!t) return [];
  if (t.kind === 'var') {
    if (t.occ.group.startsWith('u:') && !includeDeclaration) return t.all.map((o) => o.range);
    return t.all.filter((o) => includeDeclaration || o.kind === 'ref').map((o) => o.range);
  }
  return t.all.filter((o) => includeDeclaration || o.kind === 'ref').map((o) => o.range);
}

export function dockerfileHighlights(model: DockerfileModel, pos: Pos): DocumentHighlight[] {
  const t = targetAt(model, pos);
  if (!t) return [];
  if (t.kind === 'var') return t.all.map((o) => ({ range: o.range, kind: o.kind === 'ref' ? DocumentHighlightKind.Read : DocumentHighlightKind.Write }));
  return t.all.map((o) => ({ range: o.range, kind: o.kind === 'decl' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
