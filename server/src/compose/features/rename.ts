// Rename of services, networks, volumes, secrets, configs and models in Compose files: the definition key and every
// reference (depends_on, links, extends, volumes_from, network_mode/pid/ipc `service:`, networks, `name:/path`
// volumes, secrets and configs in short and long syntax) across the document's family (included files, the
// override or base file beside it, a base file that includes it). Refused when the new name is not a valid name,
// is already taken, or would change what the project means.
import * as path from 'node:path';
import { isMap, isScalar } from 'yaml';
import type { FileHost, Range } from '../../engine/types';
import { composeFamily, familyDefinitions, familyReferences, type FamilyFile } from '../family';
import type { ComposeModel } from '../model';
import { composeIndex, nameAt, TOP_SECTION, type RefKind } from '../project';
import { deref, getEffective } from '../schema';

export type RenameResult<T> = { ok: T } | { error: string };

export interface FileEdits {
  /** Absolute path of the file; undefined for the document itself when it is not on disk. */
  path: string | undefined;
  edits: { range: Range; newText: string }[];
}

/**
 * The names Compose accepts for services (and for the keys of the other top-level sections, whose names a volume's
 * short syntax also requires to start with a letter or digit): compose-spec's `[a-zA-Z0-9._-]+` keys, starting with
 * a letter or digit as `docker compose` requires of service names.
 */
export const COMPOSE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

const RENAMABLE = 'Only service, network, volume, secret, config and model names can be renamed.';

/** The range of a name without the quotes around it, so that a rename keeps a quoted name quoted. */
function unquoted(model: ComposeModel, range: Range): Range {
  const text = model.text.slice(model.lines.offsetAt(range.start), model.lines.offsetAt(range.end));
  if (text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0]) {
    return { start: { line: range.start.line, character: range.start.character + 1 }, end: { line: range.end.line, character: range.end.character - 1 } };
  }
  return range;
}

/** "line 3", or "line 3 of infra/compose.yaml" (relative to the document's folder) in another file. */
function where(f: FamilyFile, range: Range, self: FamilyFile): string {
  const line = `line ${range.start.line + 1}`;
  if (f === self || !f.path || !self.path) return line;
  return `${line} of ${path.relative(path.dirname(self.path), f.path).split(path.sep).join('/')}`;
}

/** The top-level definition of a resource marks it external without a `name:`: its key is the name of an existing resource. */
function externalWithoutName(model: ComposeModel, value: unknown): boolean {
  const v = deref(model.doc, value);
  if (!isMap(v)) return false;
  const ext = deref(model.doc, getEffective(model.doc, v, 'external')?.value);
  const external = (isScalar(ext) && ext.value === true) || isMap(ext);
  return external && !getEffective(model.doc, v, 'name');
}

type Target = { kind: RefKind; name: string; range: Range; family: FamilyFile[] };

function target(model: ComposeModel, docPath: string | undefined, files: FileHost, pos: { line: number; character: number }): RenameResult<Target> {
  const hit = nameAt(model, pos);
  if (!hit) return { error: RENAMABLE };
  if (hit.kind === 'network' && hit.name === 'default') {
    return { error: 'The "default" network is the one Compose creates for every project; it cannot be renamed.' };
  }
  const family = composeFamily(model, docPath, files);
  const defs = familyDefinitions(family, hit.kind, hit.name);
  if (defs.length === 0) {
    return { error: `${hit.kind} "${hit.name}" is not defined in this file or in the Compose files that go with it.` };
  }
  if (hit.kind !== 'service') {
    const ext = defs.find((d) => externalWithoutName(d.file.model, d.def.pair.value));
    if (ext) {
      return {
        error: `${hit.kind} "${hit.name}" is external (${where(ext.file, ext.range, family[0])}): its key is the name of an existing ${hit.kind}. Add name: ${hit.name} to it before renaming the key.`,
      };
    }
  }
  return { ok: { kind: hit.kind, name: hit.name, range: unquoted(model, hit.range), family } };
}

export function composePrepareRename(
  model: ComposeModel,
  docPath: string | undefined,
  files: FileHost,
  pos: { line: number; character: number },
): RenameResult<{ range: Range; placeholder: string }> {
  const t = target(model, docPath, files, pos);
  if ('error' in t) return t;
  return { ok: { range: t.ok.range, placeholder: t.ok.name } };
}

export function composeRename(model: ComposeModel, docPath: string | undefined, files: FileHost, pos: { line: number; character: number }, newName: string): RenameResult<FileEdits[]> {
  const t = target(model, docPath, files, pos);
  if ('error' in t) return t;
  const { kind, name, family } = t.ok;
  if (!COMPOSE_NAME.test(newName)) {
    return { error: `"${newName}" is not a valid ${kind} name (a letter or digit, then letters, digits, '_', '.' or '-').` };
  }
  if (newName === name) return { ok: [] };
  if (kind === 'network' && newName === 'default') return { error: 'A network named "default" is the project\'s default network; renaming would merge the two.' };
  const taken = familyDefinitions(family, kind, newName)[0];
  if (taken) return { error: `A ${kind} named "${newName}" already exists (${where(taken.file, taken.range, family[0])} under ${TOP_SECTION[kind]}).` };
  // A reference to an undefined name would start to refer to the renamed one.
  const captured = familyReferences(family, kind, newName)[0];
  if (captured) return { error: `"${newName}" is already used as a ${kind} name on ${where(captured.file, captured.range, family[0])}; it would then refer to this ${kind}.` };
  const out: FileEdits[] = [];
  for (const f of family) {
    const idx = composeIndex(f.model);
    const ranges: Range[] = [];
    const def = idx.defs[kind].get(name);
    if (def) ranges.push(def.keyRange);
    for (const r of idx.refs) if (r.kind === kind && r.name === name) ranges.push(r.range);
    if (ranges.length) out.push({ path: f.path, edits: ranges.map((r) => ({ range: unquoted(f.model, r), newText: newName })) });
  }
  return { ok: out };
}
