// The Compose files that make one project with a document: the files it `include`s (and theirs), the default
// override file beside a base file (compose.override.yaml beside compose.yaml) and the base file beside an override
// file, and a base file in this folder or above that includes the document. Rename, go to definition and find
// references look up names across them (Compose puts the services, networks, volumes… of all of them in one
// namespace). The files are read through a FileHost; each is parsed once per request.
import * as path from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { FileHost, Range } from '../engine/types';
import { ComposeModel } from './model';
import { BASE_FILES, composeIndex, DEFAULT_OVERRIDE_FILES, isOverrideFile, type Definition, type RefKind, type Reference } from './project';
import { deref, getEffective, isInterpolated } from './schema';

export interface FamilyFile {
  /** Absolute path; undefined only for the document itself when it is not on disk. */
  path: string | undefined;
  model: ComposeModel;
  /** How the file joins the project: the document itself, an included file, an override or base file, an includer. */
  role: 'self' | 'include' | 'override' | 'base' | 'includer';
}


/** At most this many files make a family (an include cycle or a huge tree is cut here). */
const MAX_FILES = 32;
/** Folders above the document searched for a base file that includes it. */
const MAX_INCLUDER_DEPTH = 3;

/** The paths a Compose file `include`s, resolved against its folder (interpolated paths are left out). */
export function includePaths(model: ComposeModel, filePath: string): string[] {
  const doc = model.doc;
  const root = model.root;
  const inc = deref(doc, root ? getEffective(doc, root, 'include')?.value : undefined);
  if (!inc) return [];
  const out: string[] = [];
  const items = isSeq(inc) ? inc.items.map((i) => deref(doc, i)) : [inc];
  for (const item of items) {
    const nodes: (Node | undefined)[] = [];
    if (isScalar(item)) nodes.push(item);
    else if (isMap(item)) {
      const p = deref(doc, getEffective(doc, item, 'path')?.value);
      if (isSeq(p)) nodes.push(...p.items.map((x) => deref(doc, x)));
      else nodes.push(p);
    }
    for (const n of nodes) {
      if (isScalar(n) && typeof n.value === 'string' && n.value && !isInterpolated(n.value)) out.push(path.resolve(path.dirname(filePath), n.value));
    }
  }
  return out;
}

/** The default override file beside a base file, if one exists. */
export function defaultOverrideOf(basePath: string, files: FileHost): string | undefined {
  if (!BASE_FILES.includes(path.basename(basePath))) return undefined;
  const dir = path.dirname(basePath);
  return DEFAULT_OVERRIDE_FILES.map((f) => path.join(dir, f)).find((f) => files.exists(f));
}

/** The base file beside an override file, if one exists. */
export function baseOf(overridePath: string, files: FileHost): string | undefined {
  if (!isOverrideFile(overridePath)) return undefined;
  const dir = path.dirname(overridePath);
  return BASE_FILES.map((f) => path.join(dir, f)).find((f) => files.exists(f));
}

/**
 * The document and the files that make one project with it, the document first. `docPath` undefined (an untitled
 * document): the document alone.
 */
export function composeFamily(model: ComposeModel, docPath: string | undefined, files: FileHost): FamilyFile[] {
  const out: FamilyFile[] = [{ path: docPath, model, role: 'self' }];
  if (!docPath) return out;
  const seen = new Set<string>([path.resolve(docPath)]);
  const queue: FamilyFile[] = [out[0]];
  const add = (p: string, role: FamilyFile['role']): FamilyFile | undefined => {
    const abs = path.resolve(p);
    if (seen.has(abs) || out.length >= MAX_FILES) return undefined;
    seen.add(abs);
    const text = files.readFile(abs);
    if (text === undefined) return undefined;
    const f: FamilyFile = { path: abs, model: new ComposeModel(text), role };
    out.push(f);
    queue.push(f);
    return f;
  };
  // A base file in this folder or above that includes the document (an included file's names are used there).
  let dir = path.dirname(docPath);
  for (let depth = 0; depth <= MAX_INCLUDER_DEPTH; depth++) {
    for (const b of BASE_FILES) {
      const candidate = path.join(dir, b);
      if (seen.has(path.resolve(candidate)) || !files.exists(candidate)) continue;
      const text = files.readFile(candidate);
      if (text === undefined) continue;
      const m = new ComposeModel(text);
      if (includePaths(m, candidate).some((p) => seen.has(p))) add(candidate, 'includer');
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  while (queue.length) {
    const f = queue.shift()!;
    const p = f.path!;
    for (const inc of includePaths(f.model, p)) add(inc, 'include');
    const over = defaultOverrideOf(p, files);
    if (over) add(over, 'override');
    const base = baseOf(p, files);
    if (base) add(base, 'base');
  }
  return out;
}

export interface FamilyName {
  file: FamilyFile;
  range: Range;
}

/** Where a name is defined across the family, the document's own definitions first. */
export function familyDefinitions(family: FamilyFile[], kind: RefKind, name: string): (FamilyName & { def: Definition })[] {
  const out: (FamilyName & { def: Definition })[] = [];
  for (const f of family) {
    const def = composeIndex(f.model).defs[kind].get(name);
    if (def) out.push({ file: f, range: def.keyRange, def });
  }
  return out;
}

/** Every reference to a name across the family. */
export function familyReferences(family: FamilyFile[], kind: RefKind, name: string): (FamilyName & { ref: Reference })[] {
  const out: (FamilyName & { ref: Reference })[] = [];
  for (const f of family) for (const r of composeIndex(f.model).refs) if (r.kind === kind && r.name === name) out.push({ file: f, range: r.range, ref: r });
  return out;
}
