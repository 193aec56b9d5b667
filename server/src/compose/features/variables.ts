// `${VAR}` in Compose files: completion of the names after `${` and a hover that says what the variable is set
// to and where. Compose interpolates `${VAR}` from the shell running it and from the `.env` file of the project
// folder (beside the Compose file); a service's `env_file:` files set the *container's* environment and are not
// used for interpolation (docker/compose#3435, the Compose docs on env_file). So `${` completes the `.env` names,
// and `$${` (a `$` escaped for the container's shell) completes the names the container gets from `env_file:`
// and `environment:`.
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, MarkupKind, type Hover } from 'vscode-languageserver-types';
import { isMap, isScalar, isSeq } from 'yaml';
import type { FileHost, Range } from '../../engine/types';
import { dotenvMap, type EnvEntry } from '../dotenv';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';
import { deref, effectivePairs, getEffective, isInterpolated, scalarKey } from '../schema';

export interface ComposeFiles {
  /** Path of the Compose file on disk, when it has one. */
  path?: string;
  files: FileHost;
}

interface Source {
  name: string;
  value: string | undefined;
  /** `.env`, `app.env` or `environment`. */
  file: string;
  /** 0-based line in that file (in the Compose file for `environment`). */
  line: number;
}

function dotenvEntries(ctx: ComposeFiles): Map<string, EnvEntry> {
  if (!ctx.path) return new Map();
  const text = ctx.files.readFile(path.join(path.dirname(ctx.path), '.env'));
  return text === undefined ? new Map() : dotenvMap(text);
}

/** The service whose definition contains the position. */
function serviceAt(model: ComposeModel, pos: { line: number; character: number }): string | undefined {
  const off = model.lines.offsetAt(pos);
  for (const [name, def] of composeIndex(model).defs.service) {
    const r = (def.pair.value as { range?: [number, number, number] } | null)?.range;
    const k = (def.pair.key as { range?: [number, number, number] } | null)?.range;
    if (r && k && k[0] <= off && off <= r[1]) return name;
  }
  return undefined;
}

/** What a service's container gets from its `env_file:` files (in order, later ones winning) and `environment:`. */
function containerEnv(model: ComposeModel, service: string, ctx: ComposeFiles): Map<string, Source> {
  const out = new Map<string, Source>();
  const doc = model.doc;
  const svc = deref(doc, composeIndex(model).defs.service.get(service)?.pair.value);
  if (!isMap(svc)) return out;
  const ef = deref(doc, getEffective(doc, svc, 'env_file')?.value);
  const items = isSeq(ef) ? ef.items.map((i) => deref(doc, i)) : ef ? [ef] : [];
  for (const it of items) {
    const p = isScalar(it) ? it.value : isMap(it) ? deref(doc, getEffective(doc, it, 'path')?.value)?.toJSON() : undefined;
    if (typeof p !== 'string' || !ctx.path || isInterpolated(p)) continue;
    const text = ctx.files.readFile(path.resolve(path.dirname(ctx.path), p));
    if (text === undefined) continue;
    for (const e of dotenvMap(text).values()) out.set(e.name, { name: e.name, value: e.value, file: p, line: e.line });
  }
  const env = deref(doc, getEffective(doc, svc, 'environment')?.value);
  if (isMap(env)) {
    for (const pair of effectivePairs(doc, env)) {
      const name = scalarKey(pair);
      const v = deref(doc, pair.value);
      if (name) out.set(name, { name, value: isScalar(v) && v.value != null ? String(v.value) : undefined, file: 'environment', line: model.keyRange(pair).start.line });
    }
  } else if (isSeq(env)) {
    for (const it of env.items) {
      const s = deref(doc, it);
      if (!isScalar(s) || typeof s.value !== 'string') continue;
      const eq = s.value.indexOf('=');
      const name = eq < 0 ? s.value : s.value.slice(0, eq);
      if (name) out.set(name, { name, value: eq < 0 ? undefined : s.value.slice(eq + 1), file: 'environment', line: model.rangeOf(s).start.line });
    }
  }
  return out;
}

function shorten(v: string): string {
  const one = v.replace(/\n/g, '⏎');
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

function where(s: Source): string {
  return s.file === 'environment' ? `\`environment:\` on line ${s.line + 1}` : `\`${s.file}\` line ${s.line + 1}`;
}

/** Completion after `${` (interpolation: the `.env` names) or `$${` (the container's environment). */
export function variableCompletion(model: ComposeModel, pos: { line: number; character: number }, ctx: ComposeFiles): CompletionItem[] | undefined {
  const lineText = model.lines.lineText(pos.line);
  const before = lineText.slice(0, pos.character);
  const m = /(\$+)\{([A-Za-z0-9_]*)$/.exec(before);
  if (!m || /(^|\s)#/.test(before.slice(0, m.index))) return undefined;
  const escaped = m[1].length % 2 === 0;
  const range: Range = { start: { line: pos.line, character: pos.character - m[2].length }, end: pos };
  const close = lineText[pos.character] === '}' ? '' : '}';
  const item = (s: Source, i: number): CompletionItem => ({
    label: s.name,
    kind: CompletionItemKind.Variable,
    detail: s.value === undefined ? `${s.file}: from the shell` : `${s.file}: ${shorten(s.value)}`,
    documentation: { kind: MarkupKind.Markdown, value: `Set in ${where(s)}` },
    textEdit: { range, newText: s.name + close },
    sortText: String(i).padStart(4, '0'),
  });
  if (!escaped) {
    const env = [...dotenvEntries(ctx).values()].map((e): Source => ({ name: e.name, value: e.value, file: '.env', line: e.line }));
    return env.sort((a, b) => a.name.localeCompare(b.name)).map(item);
  }
  const service = serviceAt(model, pos);
  if (!service) return [];
  return [...containerEnv(model, service, ctx).values()].sort((a, b) => a.name.localeCompare(b.name)).map(item);
}

export interface VarUse {
  name: string;
  /** `:-`, `-`, `:?`, `?`, `:+`, `+`, or '' */
  modifier: string;
  /** The text after the modifier (a default, an error message or an alternative). */
  arg: string;
  /** Written after an even run of `$`: escaped, left for the container's shell. */
  escaped: boolean;
  /** Columns on the line, from the last `$` to the end of the reference. */
  start: number;
  end: number;
}

/** The `$VAR` / `${VAR…}` references on a line, nested ones (in defaults) included. */
export function variablesInLine(text: string): VarUse[] {
  const out: VarUse[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    let j = i;
    while (text[j] === '$') j++;
    const escaped = (j - i) % 2 === 0;
    const start = j - 1;
    if (text[j] === '{') {
      const nm = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(j + 1));
      if (!nm) {
        i = j;
        continue;
      }
      let k = j + 1 + nm[0].length;
      const mod = /^(:?[-?+])/.exec(text.slice(k))?.[1] ?? '';
      k += mod.length;
      let depth = 1;
      let e = k;
      for (; e < text.length && depth > 0; e++) {
        if (text[e] === '{') depth++;
        else if (text[e] === '}') depth--;
      }
      if (depth > 0) {
        i = j;
        continue;
      }
      out.push({ name: nm[0], modifier: mod, arg: text.slice(k, e - 1), escaped, start, end: e });
      i = k - 1; // look for references inside the default too
    } else {
      const nm = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(j));
      if (nm) out.push({ name: nm[0], modifier: '', arg: '', escaped, start, end: j + nm[0].length });
      i = j - 1 + (nm ? nm[0].length : 0);
    }
  }
  return out;
}

function modifierText(v: VarUse): string | undefined {
  const arg = `\`${v.arg}\``;
  switch (v.modifier) {
    case ':-':
      return `When \`${v.name}\` is unset or empty: ${arg}.`;
    case '-':
      return `When \`${v.name}\` is unset: ${arg}.`;
    case ':?':
      return `When \`${v.name}\` is unset or empty, Compose stops with the error ${v.arg ? arg : '(no message)'}.`;
    case '?':
      return `When \`${v.name}\` is unset, Compose stops with the error ${v.arg ? arg : '(no message)'}.`;
    case ':+':
      return `When \`${v.name}\` is set and not empty: ${arg}; otherwise empty.`;
    case '+':
      return `When \`${v.name}\` is set: ${arg}; otherwise empty.`;
  }
  return undefined;
}

/** Hover on `${VAR}`: its value and where it is set (`.env`, or for `$${VAR}` the container's environment). */
export function variableHover(model: ComposeModel, pos: { line: number; character: number }, ctx: ComposeFiles): Hover | undefined {
  const lineText = model.lines.lineText(pos.line);
  const hits = variablesInLine(lineText).filter((v) => v.start <= pos.character && pos.character <= v.end);
  if (!hits.length) return undefined;
  const v = hits.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const lines: string[] = [];
  const service = serviceAt(model, pos);
  const container = service ? containerEnv(model, service, ctx) : new Map<string, Source>();
  const inContainer = container.get(v.name);
  if (v.escaped) {
    lines.push(`**\`${v.name}\`**: \`$$\` escapes interpolation; the container's shell reads \`$${v.name}\` at run time.`);
    if (inContainer) lines.push(`The container gets ${inContainer.value === undefined ? 'it from the shell running Compose' : `\`${shorten(inContainer.value)}\``} (${where(inContainer)}).`);
  } else {
    const e = dotenvEntries(ctx).get(v.name);
    if (e && e.value !== undefined) lines.push(`**\`${v.name}\`** = \`${shorten(e.value)}\` from \`.env\` line ${e.line + 1} (a variable of the shell running Compose takes precedence).`);
    else if (e) lines.push(`**\`${v.name}\`** is listed in \`.env\` line ${e.line + 1} without a value: it is taken from the shell running Compose.`);
    else lines.push(`**\`${v.name}\`** is not set in \`.env\`: Compose takes it from the shell it runs in${v.modifier ? '' : ' (unset, it becomes an empty string, with a warning)'}.`);
    const mod = modifierText(v);
    if (mod) lines.push(mod);
    if (inContainer && inContainer.file !== 'environment' && !e) {
      lines.push(`\`${inContainer.file}\` line ${inContainer.line + 1} sets \`${v.name}\` in the container, but Compose does not interpolate \`\${…}\` from \`env_file\` files.`);
    }
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: { start: { line: pos.line, character: v.start }, end: { line: pos.line, character: v.end } },
  };
}
