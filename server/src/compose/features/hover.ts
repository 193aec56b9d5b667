// Hover in Compose files: a key's description from the Compose specification's schema (with the forms it
// accepts), and for a service/network/volume/secret/config name, what it is and where it is declared.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { isMap, isScalar } from 'yaml';
import type { ComposeModel } from '../model';
import { composeIndex, nameAt, TOP_SECTION } from '../project';
import { alternatives, deref, formatPath, getEffective, resolveRef, schemaAtPath, type JSchema } from '../schema';
import { locate } from './locate';
import { variableHover, type ComposeFiles } from './variables';

const FORM_WORDS: Record<string, string> = {
  object: 'mapping',
  array: 'list',
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  null: 'empty',
};

function forms(s: JSchema): string {
  const out = new Set<string>();
  for (const a of alternatives(s)) {
    const t = a.type === undefined ? [] : Array.isArray(a.type) ? a.type : [a.type];
    for (const x of t) out.add(FORM_WORDS[x] ?? x);
  }
  return [...out].join(' | ');
}

function description(s: JSchema | undefined): string | undefined {
  if (!s) return undefined;
  const r = resolveRef(s);
  return s.description ?? r?.description ?? alternatives(s).find((a) => a.description)?.description;
}

/** The hover text of the key at `path`, or undefined when the schema says nothing about it. */
export function keyDoc(path: (string | number)[]): string | undefined {
  const s = schemaAtPath(path);
  const d = description(s);
  if (!s || !d) return undefined;
  const last = path[path.length - 1];
  const f = forms(s);
  const enumValues = alternatives(s).flatMap((a) => a.enum ?? []);
  let text = `**${String(last)}**${f ? ` *(${f})*` : ''}\n\n${d}`;
  if (enumValues.length) text += `\n\nOne of: ${enumValues.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (resolveRef(s)?.deprecated) text += '\n\n*Deprecated.*';
  return text;
}

export function composeHover(model: ComposeModel, pos: { line: number; character: number }, ctx?: ComposeFiles): Hover | null {
  const variable = ctx && variableHover(model, pos, ctx);
  if (variable) return variable;
  const hit = nameAt(model, pos);
  if (hit) {
    const idx = composeIndex(model);
    const def = idx.defs[hit.kind].get(hit.name);
    const lines = [`**${hit.kind}** \`${hit.name}\``];
    if (def) {
      lines.push(`declared under \`${TOP_SECTION[hit.kind]}\` on line ${def.keyRange.start.line + 1}`);
      if (hit.kind === 'service') {
        const svc = deref(model.doc, def.pair.value);
        const image = isMap(svc) ? deref(model.doc, getEffective(model.doc, svc, 'image')?.value) : undefined;
        if (isScalar(image) && image.value != null) lines.push(`image: \`${String(image.value)}\``);
      }
      const uses = idx.refs.filter((r) => r.kind === hit.kind && r.name === hit.name);
      if (uses.length) lines.push(`used by ${[...new Set(uses.map((u) => `\`${u.from}\``))].join(', ')}`);
    } else lines.push('not declared in this file');
    if (!hit.isDef) return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: hit.range };
  }
  const at = locate(model, pos);
  if (!at || !at.onKey) return null;
  // Names of services, networks, … are not schema keys: say what they are.
  if (at.path.length === 2 && typeof at.path[0] === 'string' && Object.values(TOP_SECTION).includes(at.path[0])) {
    const kind = Object.entries(TOP_SECTION).find(([, s]) => s === at.path[0])![0];
    const uses = composeIndex(model).refs.filter((r) => r.kind === kind && r.name === at.path[1]);
    const text = `**${kind}** \`${String(at.path[1])}\`` + (uses.length ? `\n\nused by ${[...new Set(uses.map((u) => `\`${u.from}\``))].join(', ')}` : '');
    return { contents: { kind: MarkupKind.Markdown, value: text }, range: at.range };
  }
  if (at.path.some((p) => typeof p === 'string' && p.startsWith('x-'))) return null;
  const text = keyDoc(at.path);
  if (!text) return null;
  return { contents: { kind: MarkupKind.Markdown, value: `${text}\n\n\`${formatPath(at.path)}\`` }, range: at.range };
}
