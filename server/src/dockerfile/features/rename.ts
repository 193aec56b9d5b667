// Rename of ARG/ENV variables and stage names, refusing names that are invalid or would change what a name refers to.
import type { TextEdit } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import type { Range } from '../../engine/types';
import { BUILDKIT_ARGS, PLATFORM_ARGS, PROXY_ARGS } from './data';
import { targetAt } from './navigation';
import { symbolIndex } from './symbols';
import { Pos, STAGE_NAME, VAR_NAME } from './util';

export type RenameResult<T> = { ok: T } | { error: string };

export function dockerfilePrepareRename(model: DockerfileModel, pos: Pos): RenameResult<{ range: Range; placeholder: string }> {
  const t = targetAt(model, pos);
  if (!t) return { error: 'Only ARG/ENV variables and stage names can be renamed.' };
  if (t.kind === 'var') {
    if (t.occ.group.startsWith('u:')) return { error: `${t.occ.name} is not declared by an ARG or ENV in this Dockerfile.` };
    return { ok: { range: t.occ.range, placeholder: t.occ.name } };
  }
  return { ok: { range: t.occ.range, placeholder: t.occ.stage.name ?? model.textOf(t.occ.range) } };
}

/** Stages that inherit (directly or not) from one of `scopes` via `FROM <stage>`. */
function withDescendants(model: DockerfileModel, scopes: Set<number>): Set<number> {
  const index = symbolIndex(model);
  const out = new Set(scopes);
  for (const st of model.stages) {
    const parent = index.stages.find((o) => o.kind === 'ref' && o.via === 'from' && o.instruction === st.fromInstruction);
    if (parent && out.has(parent.stage.index)) out.add(st.index);
  }
  return out;
}

export function dockerfileRename(model: DockerfileModel, pos: Pos, newName: string): RenameResult<TextEdit[]> {
  const prep = dockerfilePrepareRename(model, pos);
  if ('error' in prep) return prep;
  const t = targetAt(model, pos)!;
  const index = symbolIndex(model);
  if (t.kind === 'var') {
    if (!VAR_NAME.test(newName)) return { error: `"${newName}" is not a valid variable name (letters, digits and _, not starting with a digit).` };
    if (newName === t.occ.name) return { ok: [] };
    if ([...PLATFORM_ARGS, ...BUILDKIT_ARGS].some((a) => a.name === newName) || PROXY_ARGS.includes(newName)) {
      return { error: `"${newName}" is a predefined build arg; BuildKit would set its value.` };
    }
    const scopes = withDescendants(model, new Set(t.all.map((o) => o.scope)));
    const clash = index.vars.find((o) => o.name === newName && scopes.has(o.scope));
    if (clash) return { error: `"${newName}" is already used on line ${clash.range.start.line + 1}; renaming would merge two variables.` };
    // A stage ARG with the new name would start importing a global ARG of that name.
    const importsGlobal = t.all.some((o) => o.kind === 'arg' && o.scope >= 0) && index.vars.some((o) => o.scope === -1 && o.kind === 'arg' && o.name === newName);
    if (importsGlobal) return { error: `"${newName}" is a global ARG; the renamed ARG would take its value.` };
    return { ok: t.all.map((o) => ({ range: o.range, newText: newName })) };
  }
  if (!STAGE_NAME.test(newName)) return { error: `"${newName}" is not a valid stage name (a letter, then letters, digits, '_', '.' or '-').` };
  const lower = newName.toLowerCase();
  if (lower === 'scratch') return { error: '"scratch" is reserved for the empty image.' };
  const other = model.stages.find((s) => s !== t.occ.stage && s.name?.toLowerCase() === lower);
  if (other) return { error: `A stage named "${other.name}" already exists (line ${other.fromInstruction.range.start.line + 1}).` };
  const captured = index.external.find((e) => e.name.toLowerCase() === lower);
  if (captured) return { error: `"${newName}" is used as an image or build context on line ${captured.range.start.line + 1}; it would then refer to this stage.` };
  return { ok: t.all.map((o) => ({ range: o.range, newText: newName })) };
}
