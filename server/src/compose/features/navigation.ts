// Go to definition and find references in Compose files: service names (depends_on, links, extends,
// volumes_from, network_mode: service:x) to the service, named volumes, networks, secrets, configs and models to
// their top-level declaration; a build's context or dockerfile to the Dockerfile, its target to the stage
// (`FROM … AS <target>`); include and extends.file paths to the file.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { FileHost, Range } from '../../engine/types';
import { buildInfos } from '../build';
import { serviceDockerfiles, targetNode } from '../buildDockerfile';
import type { ComposeModel } from '../model';
import { composeFamily, familyDefinitions, familyReferences, type FamilyFile } from '../family';
import { composeIndex, nameAt } from '../project';
import { deref, getEffective } from '../schema';

export interface Loc {
  uri: string;
  range: Range;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function contains(model: ComposeModel, node: Node | undefined, pos: { line: number; character: number }): boolean {
  if (!node?.range) return false;
  const off = model.lines.offsetAt(pos);
  return node.range[0] <= off && off <= node.range[1];
}

/** Scalars naming files: `include` entries and `extends.file`, with the file each names. */
function filePaths(model: ComposeModel): Scalar[] {
  const out: Scalar[] = [];
  const doc = model.doc;
  const root = model.root;
  if (!root) return out;
  const inc = deref(doc, getEffective(doc, root, 'include')?.value);
  const items = isSeq(inc) ? inc.items.map((i) => deref(doc, i)) : inc ? [inc] : [];
  for (const it of items) {
    if (isScalar(it)) out.push(it);
    else if (isMap(it)) {
      const p = deref(doc, getEffective(doc, it, 'path')?.value);
      for (const x of isSeq(p) ? p.items.map((i) => deref(doc, i)) : [p]) if (isScalar(x)) out.push(x);
    }
  }
  for (const d of composeIndex(model).defs.service.values()) {
    const ext = deref(doc, getEffective(doc, d.pair.value, 'extends')?.value);
    const file = isMap(ext) ? deref(doc, getEffective(doc, ext, 'file')?.value) : undefined;
    if (isScalar(file)) out.push(file);
  }
  return out.filter((s) => typeof s.value === 'string');
}

export function composeDefinition(model: ComposeModel, uri: string, docPath: string | undefined, files: FileHost, pos: { line: number; character: number }): Loc[] {
  const hit = nameAt(model, pos);
  if (hit) {
    const def = composeIndex(model).defs[hit.kind].get(hit.name);
    if (def && !hit.isDef) return [{ uri, range: def.keyRange }];
    // Defined in an included file, the override or base file beside this one, or a file that includes it. On a
    // definition key: where else the project defines it (a service of an override file is merged over the base
    // file's), else the key itself.
    const family = composeFamily(model, docPath, files);
    const defs = familyDefinitions(family, hit.kind, hit.name).map((d) => ({ uri: uriOf(d.file, uri), range: d.range }));
    if (def && hit.isDef) return defs.length > 1 ? defs.slice(1) : [{ uri, range: def.keyRange }];
    return defs;
  }
  if (!docPath) return [];
  const stage = targetStage(model, docPath, files, pos);
  if (stage) return [stage];
  for (const b of buildInfos(model, docPath)) {
    const onDockerfile = contains(model, b.dockerfileNode, pos);
    const onContext = contains(model, b.contextNode, pos) || (!b.contextNode && contains(model, b.buildKey, pos));
    if ((onDockerfile || onContext) && b.dockerfileAbs && files.exists(b.dockerfileAbs)) {
      return [{ uri: pathToFileURL(b.dockerfileAbs).href, range: START }];
    }
  }
  const dir = path.dirname(docPath);
  for (const s of filePaths(model)) {
    if (!contains(model, s, pos)) continue;
    const abs = path.resolve(dir, String(s.value));
    return files.exists(abs) ? [{ uri: pathToFileURL(abs).href, range: START }] : [];
  }
  return [];
}

/** `build.target` under the cursor: the stage of the service's Dockerfile on disk it names (BuildKit: any case). */
function targetStage(model: ComposeModel, docPath: string, files: FileHost, pos: { line: number; character: number }): Loc | undefined {
  for (const service of composeIndex(model).defs.service.keys()) {
    const node = targetNode(model, service);
    if (!node || !contains(model, node, pos)) continue;
    const df = serviceDockerfiles(model, docPath, files).get(service);
    const range = df?.info.dockerfileAbs && df.info.inline === undefined ? df.dockerfile.stageNamed(String(node.value))?.nameRange : undefined;
    return range ? { uri: pathToFileURL(df!.info.dockerfileAbs!).href, range } : undefined;
  }
  return undefined;
}

function uriOf(f: FamilyFile, selfUri: string): string {
  return f.role === 'self' || !f.path ? selfUri : pathToFileURL(f.path).href;
}

/**
 * References of the name under the cursor in the document and, given its path and a FileHost, in the Compose files
 * that make one project with it (the document's first), with the definitions first when asked for.
 */
export function composeReferences(
  model: ComposeModel,
  uri: string,
  pos: { line: number; character: number },
  includeDeclaration: boolean,
  docPath?: string,
  files?: FileHost,
): Loc[] {
  const hit = nameAt(model, pos);
  if (!hit) return [];
  const family: FamilyFile[] = files ? composeFamily(model, docPath, files) : [{ path: docPath, model, role: 'self' }];
  const out: Loc[] = [];
  if (includeDeclaration) for (const d of familyDefinitions(family, hit.kind, hit.name)) out.push({ uri: uriOf(d.file, uri), range: d.range });
  for (const r of familyReferences(family, hit.kind, hit.name)) out.push({ uri: uriOf(r.file, uri), range: r.range });
  return out;
}

/** The service, network, volume, secret, config or model name under the cursor, in this document: definition written, uses read. */
export function composeHighlights(model: ComposeModel, pos: { line: number; character: number }): DocumentHighlight[] {
  const hit = nameAt(model, pos);
  if (!hit) return [];
  const def = composeIndex(model).defs[hit.kind].get(hit.name);
  const out: DocumentHighlight[] = def ? [{ range: def.keyRange, kind: DocumentHighlightKind.Write }] : [];
  for (const r of composeReferences(model, '', pos, false)) out.push({ range: r.range, kind: DocumentHighlightKind.Read });
  return out;
}
