// What a Compose file defines (services, networks, volumes, secrets, configs, models) and every place a
// service refers to one of them by name, with the exact range of the name. Shared by the reference rules,
// go to definition, find references and completion. Merge keys are followed (a reference inside an anchor
// that several services merge is listed once, at its place).
import type * as Crypto from 'node:crypto';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type Scalar } from 'yaml';
import { COMPOSE_DEFAULT_FILES, COMPOSE_OVERRIDE_FILES } from '../engine/languages';
import type { FileHost, Range } from '../engine/types';
import type { ComposeModel } from './model';
import { deref, effectivePairs, getEffective, isInterpolated, scalarKey } from './schema';
import { memoKey, memoKeyFor } from '../engine/memo';

export type RefKind = 'service' | 'network' | 'volume' | 'secret' | 'config' | 'model';

export const TOP_SECTION: Record<RefKind, string> = {
  service: 'services',
  network: 'networks',
  volume: 'volumes',
  secret: 'secrets',
  config: 'configs',
  model: 'models',
};

export interface Definition {
  name: string;
  pair: Pair;
  keyRange: Range;
}

export interface Reference {
  kind: RefKind;
  name: string;
  /** Range of the name itself (inside the scalar when it is part of `svc:alias`, `service:svc`, `vol:/path`). */
  range: Range;
  /** The service that makes the reference. */
  from: string;
  /** Where in the service: `depends_on`, `links`, `volumes`, … */
  via: string;
}

export interface ComposeIndex {
  defs: Record<RefKind, Map<string, Definition>>;
  refs: Reference[];
}

function sectionDefs(model: ComposeModel, section: string): Map<string, Definition> {
  const out = new Map<string, Definition>();
  const root = model.root;
  if (!root) return out;
  const p = getEffective(model.doc, root, section);
  const m = deref(model.doc, p?.value);
  if (!isMap(m)) return out;
  for (const pair of effectivePairs(model.doc, m)) {
    const name = scalarKey(pair);
    if (name === undefined || out.has(name)) continue;
    out.set(name, { name, pair, keyRange: model.keyRange(pair) });
  }
  return out;
}

/** Range of `sub` inside a plain or quoted scalar, by its offset in the value. */
export function subRange(model: ComposeModel, node: Scalar, offset: number, length: number): Range {
  const r = node.range;
  if (!r) return model.rangeOf(node);
  const src = model.text.slice(r[0], r[1]);
  const value = String(node.value);
  // Quoted scalars start one character later; block scalars are not used for names.
  const at = src.indexOf(value);
  const start = r[0] + (at >= 0 ? at : 0) + offset;
  return model.lines.range(start, start + length);
}

function stringItems(doc: Document, node: unknown): Scalar[] {
  const n = deref(doc, node);
  if (isScalar(n) && typeof n.value === 'string') return [n];
  if (!isSeq(n)) return [];
  return n.items.map((i) => deref(doc, i)).filter((i): i is Scalar => isScalar(i) && typeof i.value === 'string');
}

/** Names used as keys of a mapping or as strings of a list (depends_on, networks, models). */
function keysOrItems(model: ComposeModel, node: unknown): { name: string; range: Range }[] {
  const n = deref(model.doc, node);
  if (isMap(n)) {
    return effectivePairs(model.doc, n)
      .map((p) => ({ name: scalarKey(p), range: model.keyRange(p) }))
      .filter((x): x is { name: string; range: Range } => x.name !== undefined);
  }
  return stringItems(model.doc, n).map((s) => ({ name: String(s.value), range: model.rangeOf(s) }));
}

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** The named volume of a short volume spec (`data:/var/lib/x:ro`), or undefined for a bind mount or anonymous volume. */
export function namedVolumeOfShortSyntax(spec: string): string | undefined {
  if (/^[A-Za-z]:[\\/]/.test(spec)) return undefined; // C:\path
  const i = spec.indexOf(':');
  if (i <= 0) return undefined;
  const src = spec.slice(0, i);
  return VOLUME_NAME.test(src) ? src : undefined;
}

const COMPOSE_INDEX = memoKey<ComposeIndex>('compose-index');

export function composeIndex(model: ComposeModel): ComposeIndex {
  return model.memoize(COMPOSE_INDEX, () => {
    const defs = {} as Record<RefKind, Map<string, Definition>>;
    for (const [kind, section] of Object.entries(TOP_SECTION) as [RefKind, string][]) defs[kind] = sectionDefs(model, section);
    const refs: Reference[] = [];
    const seen = new Set<string>();
    const add = (r: Reference) => {
      const k = `${r.kind}|${r.range.start.line}:${r.range.start.character}`;
      if (seen.has(k) || isInterpolated(r.name)) return;
      seen.add(k);
      refs.push(r);
    };
    const doc = model.doc;
    for (const [from, def] of defs.service) {
      const svc = deref(doc, def.pair.value);
      if (!isMap(svc)) continue;
      for (const pair of effectivePairs(doc, svc)) {
        const key = scalarKey(pair);
        const v = pair.value;
        switch (key) {
          case 'depends_on':
            for (const x of keysOrItems(model, v)) add({ kind: 'service', from, via: key, ...x });
            break;
          case 'links':
            for (const s of stringItems(doc, v)) {
              const name = String(s.value).split(':')[0];
              add({ kind: 'service', from, via: key, name, range: subRange(model, s, 0, name.length) });
            }
            break;
          case 'extends': {
            const e = deref(doc, v);
            if (isScalar(e) && typeof e.value === 'string') add({ kind: 'service', from, via: key, name: e.value, range: model.rangeOf(e) });
            else if (isMap(e) && !getEffective(doc, e, 'file')) {
              const s = deref(doc, getEffective(doc, e, 'service')?.value);
              if (isScalar(s) && typeof s.value === 'string') add({ kind: 'service', from, via: key, name: s.value, range: model.rangeOf(s) });
            }
            break;
          }
          case 'network_mode':
          case 'pid':
          case 'ipc': {
            const s = deref(doc, v);
            if (isScalar(s) && typeof s.value === 'string' && s.value.startsWith('service:')) {
              const name = s.value.slice('service:'.length);
              if (name) add({ kind: 'service', from, via: key, name, range: subRange(model, s, 'service:'.length, name.length) });
            }
            break;
          }
          case 'volumes_from':
            for (const s of stringItems(doc, v)) {
              const val = String(s.value);
              if (val.startsWith('container:')) continue;
              const name = val.replace(/:(ro|rw)$/, '');
              add({ kind: 'service', from, via: key, name, range: subRange(model, s, 0, name.length) });
            }
            break;
          case 'networks':
            for (const x of keysOrItems(model, v)) if (x.name !== 'default') add({ kind: 'network', from, via: key, ...x });
            break;
          case 'models':
            for (const x of keysOrItems(model, v)) add({ kind: 'model', from, via: key, ...x });
            break;
          case 'volumes': {
            const seq = deref(doc, v);
            if (!isSeq(seq)) break;
            for (const it of seq.items) {
              const item = deref(doc, it);
              if (isScalar(item) && typeof item.value === 'string') {
                const name = namedVolumeOfShortSyntax(item.value);
                if (name) add({ kind: 'volume', from, via: key, name, range: subRange(model, item, 0, name.length) });
              } else if (isMap(item)) {
                const type = deref(doc, getEffective(doc, item, 'type')?.value);
                const src = deref(doc, getEffective(doc, item, 'source')?.value);
                if (isScalar(type) && type.value === 'volume' && isScalar(src) && typeof src.value === 'string' && src.value) {
                  add({ kind: 'volume', from, via: key, name: src.value, range: model.rangeOf(src) });
                }
              }
            }
            break;
          }
          case 'secrets':
          case 'configs': {
            const kind: RefKind = key === 'secrets' ? 'secret' : 'config';
            const seq = deref(doc, v);
            if (!isSeq(seq)) break;
            for (const it of seq.items) {
              const item = deref(doc, it);
              if (isScalar(item) && typeof item.value === 'string') add({ kind, from, via: key, name: item.value, range: model.rangeOf(item) });
              else if (isMap(item)) {
                const src = deref(doc, getEffective(doc, item, 'source')?.value);
                if (isScalar(src) && typeof src.value === 'string') add({ kind, from, via: key, name: src.value, range: model.rangeOf(src) });
              }
            }
            break;
          }
          case 'build': {
            const b = deref(doc, v);
            if (!isMap(b)) break;
            const seq = deref(doc, getEffective(doc, b, 'secrets')?.value);
            if (!isSeq(seq)) break;
            for (const it of seq.items) {
              const item = deref(doc, it);
              const s = isMap(item) ? deref(doc, getEffective(doc, item, 'source')?.value) : item;
              if (isScalar(s) && typeof s.value === 'string') add({ kind: 'secret', from, via: 'build.secrets', name: s.value, range: model.rangeOf(s) });
            }
            break;
          }
        }
      }
    }
    return { defs, refs };
  });
}

/** The reference or definition name under a position, if any. */
export function nameAt(model: ComposeModel, pos: { line: number; character: number }): { kind: RefKind; name: string; range: Range; isDef: boolean } | undefined {
  const idx = composeIndex(model);
  const inside = (r: Range) =>
    (pos.line > r.start.line || (pos.line === r.start.line && pos.character >= r.start.character)) &&
    (pos.line < r.end.line || (pos.line === r.end.line && pos.character <= r.end.character));
  for (const r of idx.refs) if (inside(r.range)) return { kind: r.kind, name: r.name, range: r.range, isDef: false };
  for (const [kind, defs] of Object.entries(idx.defs) as [RefKind, Map<string, Definition>][]) {
    for (const d of defs.values()) if (inside(d.keyRange)) return { kind, name: d.name, range: d.keyRange, isDef: true };
  }
  return undefined;
}

export interface ExternalNames {
  /** False when some file that may define names could not be read (references are then not judged). */
  complete: boolean;
  names: Record<RefKind, Set<string>>;
  /** Files that were found but refused as too complex to read (see MAX_INCLUDE_ALIASES), with where they are named. */
  tooComplex: { file: string; range: Range }[];
}

function emptyNames(): Record<RefKind, Set<string>> {
  return { service: new Set(), network: new Set(), volume: new Set(), secret: new Set(), config: new Set(), model: new Set() };
}

/** The files `docker compose` reads when no `-f` is given, in its order (languages.ts). */
export const BASE_FILES: readonly string[] = COMPOSE_DEFAULT_FILES;
/** The override files `docker compose` merges over a base file when no `-f` is given (the first that exists). */
export const DEFAULT_OVERRIDE_FILES: readonly string[] = COMPOSE_OVERRIDE_FILES;

/** An override file (`compose.override.yaml`, `docker-compose.prod.yml`) is merged over a base file. */
export function isOverrideFile(p: string): boolean {
  return /^(docker-)?compose\..+\.ya?ml$/i.test(path.basename(p));
}

/**
 * Aliases yaml may resolve while reading an included file (its `maxAliasCount`: uses of an anchor times the aliases
 * inside it). yaml's default, 100, refuses 100 services that merge one `<<: *defaults`; without any bound a chain of
 * 1,000 merge keys (`x-2: &k2 {<<: *k1}` …) took 26 s to read, at every keystroke in the including file. With this
 * bound such a file is refused in about 0.1 s, and ordinary ones (thousands of merges of one anchor, merge chains
 * a dozen links deep) are read.
 */
export const MAX_INCLUDE_ALIASES = 10_000;

/** yaml's refusal when an anchor would be expanded more than `maxAliasCount` allows. */
function isAliasLimit(e: unknown): boolean {
  return e instanceof ReferenceError && /excessive alias count/i.test(e.message);
}

/** What an included (or base, or override) file defines, and the paths it includes in turn (as written). */
type Collected = { names: Record<RefKind, Set<string>>; includes: string[] } | { tooComplex: true };

/** The paths of a file's `include:` (strings, or `path:` as a string or a list), from its plain JS value. */
function includesOf(js: Record<string, unknown>): string[] {
  const inc = js.include;
  const out: string[] = [];
  for (const item of Array.isArray(inc) ? inc : inc === undefined ? [] : [inc]) {
    const p = item && typeof item === 'object' && !Array.isArray(item) ? (item as Record<string, unknown>).path : item;
    for (const x of Array.isArray(p) ? p : [p]) if (typeof x === 'string' && x) out.push(x);
  }
  return out;
}

/** Includes of includes are followed this deep (Compose follows them all; a cycle or a deep tree stops here). */
const MAX_INCLUDE_DEPTH = 8;

/**
 * What reading an included file gave, by path and content: the file is read again at every lint of the including
 * file (it may have changed), but parsed only when its text did.
 */
const collected = new Map<string, Collected>();
const COLLECTED_MAX = 64;

/** node:crypto, loaded on the first include (not at every start of the CLI: a few milliseconds of its cold start). */
let crypto: typeof Crypto | undefined;

function collectFrom(file: string, text: string): Collected {
  crypto ??= require('node:crypto') as typeof Crypto;
  const key = `${file}\0${crypto.createHash('sha1').update(text).digest('base64')}`;
  const hit = collected.get(key);
  if (hit) {
    collected.delete(key);
    collected.set(key, hit);
    return hit;
  }
  let out: Collected;
  try {
    const doc = parseDocument(text, { strict: false, uniqueKeys: false, merge: true });
    const js = doc.toJS({ maxAliasCount: MAX_INCLUDE_ALIASES }) as Record<string, unknown> | null;
    const names = emptyNames();
    let includes: string[] = [];
    if (js && typeof js === 'object') {
      includes = includesOf(js);
      for (const [kind, section] of Object.entries(TOP_SECTION) as [RefKind, string][]) {
        const sec = js[section];
        if (!sec || typeof sec !== 'object' || Array.isArray(sec)) continue;
        // `name: !reset …` (in an override file) takes the name out of the merged project: it defines nothing.
        const reset = new Set<string>();
        const node = isMap(doc.contents) ? doc.contents.get(section, true) : undefined;
        if (isMap(node)) for (const p of node.items) if (isScalar(p.key) && (p.value as Scalar | null)?.tag === '!reset') reset.add(String(p.key.value));
        for (const k of Object.keys(sec)) if (!reset.has(k)) names[kind].add(k);
      }
    }
    out = { names, includes };
  } catch (e) {
    if (!isAliasLimit(e)) throw e;
    out = { tooComplex: true };
  }
  collected.set(key, out);
  if (collected.size > COLLECTED_MAX) collected.delete(collected.keys().next().value!);
  return out;
}

const EXTERNAL_NAMES = memoKeyFor<ExternalNames>('compose-external');

/**
 * Names defined outside this file that its references may use: files it `include`s, for an override file the
 * base Compose file beside it, and for a base file the default override file beside it (compose.override.yaml).
 */
export function externalNames(model: ComposeModel, docPath: string | undefined, files: FileHost): ExternalNames {
  return model.memoizeFor(EXTERNAL_NAMES, docPath ?? '', () => {
    const names = emptyNames();
    const tooComplex: ExternalNames['tooComplex'] = [];
    let complete = true;
    const dir = docPath ? path.dirname(docPath) : undefined;
    const visited = new Set<string>(docPath ? [path.resolve(docPath)] : []);
    /** Reads `rel` (relative to `from`) and the files it includes; false when some of them could not be read. */
    const read = (rel: string, range: Range, from = dir, depth = 0): boolean => {
      if (!from || isInterpolated(rel)) return false;
      const abs = path.resolve(from, rel);
      if (visited.has(abs)) return true;
      visited.add(abs);
      const text = files.readFile(abs);
      if (text === undefined) return false;
      let got: Collected;
      try {
        got = collectFrom(abs, text);
      } catch {
        return false;
      }
      if ('tooComplex' in got) {
        tooComplex.push({ file: rel, range });
        return false;
      }
      for (const kind of Object.keys(names) as RefKind[]) for (const n of got.names[kind]) names[kind].add(n);
      let all = true;
      for (const inc of got.includes) {
        if (depth >= MAX_INCLUDE_DEPTH || !read(inc, range, path.dirname(abs), depth + 1)) all = false;
      }
      return all;
    };
    const root = model.root;
    const inc = deref(model.doc, root ? getEffective(model.doc, root, 'include')?.value : undefined);
    if (inc) {
      const items = isSeq(inc) ? inc.items.map((i) => deref(model.doc, i)) : [inc];
      for (const item of items) {
        const paths: Node[] = [];
        if (isScalar(item)) paths.push(item);
        else if (isMap(item)) {
          const p = deref(model.doc, getEffective(model.doc, item, 'path')?.value);
          if (isSeq(p)) paths.push(...(p.items.map((x) => deref(model.doc, x)).filter(Boolean) as Node[]));
          else if (p) paths.push(p);
        }
        if (paths.length === 0) complete = false;
        for (const p of paths) if (!(isScalar(p) && typeof p.value === 'string' && read(p.value, model.rangeOf(p)))) complete = false;
      }
    }
    if (docPath && isOverrideFile(docPath)) {
      const base = BASE_FILES.find((b) => dir && files.exists(path.join(dir, b)));
      // The base file is named nowhere in this one: a problem with it is reported at the top of the document.
      const top = { start: { line: 0, character: 0 }, end: { line: 0, character: model.lines.lineText(0).length } };
      if (!base || !read(base, top)) complete = false;
    } else if (docPath && dir && BASE_FILES.includes(path.basename(docPath))) {
      // `docker compose` merges the default override file over a base file: what it defines is defined here too.
      const over = DEFAULT_OVERRIDE_FILES.find((f) => files.exists(path.join(dir, f)));
      const top = { start: { line: 0, character: 0 }, end: { line: 0, character: model.lines.lineText(0).length } };
      if (over && !read(over, top)) complete = false;
    }
    return { complete, names, tooComplex };
  });
}

/**
 * The references of the kinds `which` accepts to names that neither this file nor the files it brings in define,
 * each with the names defined of its kind (this file's first); none when some of those files could not be read.
 */
export function undefinedReferences(model: ComposeModel, docPath: string | undefined, files: FileHost, which: (kind: RefKind) => boolean): { ref: Reference; names: string[] }[] {
  const idx = composeIndex(model);
  const out: { ref: Reference; names: string[] }[] = [];
  let ext: ExternalNames | undefined;
  for (const ref of idx.refs) {
    if (!which(ref.kind) || idx.defs[ref.kind].has(ref.name)) continue;
    ext ??= externalNames(model, docPath, files);
    if (!ext.complete || ext.names[ref.kind].has(ref.name)) continue;
    out.push({ ref, names: [...idx.defs[ref.kind].keys(), ...ext.names[ref.kind]] });
  }
  return out;
}
