// Completion in Compose files: the keys the Compose specification allows at the cursor (with a snippet for the
// value's shape), allowed values (enums, booleans, well-known values), and names: services in depends_on,
// links, extends, volumes_from and `service:` modes; networks, named volumes, secrets, configs and models where
// a service uses them.
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind, type Range } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-textdocument';
import type { ComposeModel } from '../model';
import { composeIndex, type RefKind } from '../project';
import { alternatives, objectSchemas, resolveRef, schemaAtPath, type JSchema } from '../schema';
import { composeCursor, type ComposeCursor } from './cursor';
import { keyDoc } from './hover';
import { buildCompletion } from './buildCompletion';
import { variableCompletion, type ComposeFiles } from './variables';

/** Lists of names by the key that holds them under a service. */
const NAME_LISTS: Record<string, RefKind> = {
  depends_on: 'service',
  links: 'service',
  volumes_from: 'service',
  networks: 'network',
  secrets: 'secret',
  configs: 'config',
  models: 'model',
};

/** Values Compose accepts that the schema leaves as free strings. */
const KNOWN_VALUES: Record<string, string[]> = {
  restart: ['"no"', 'always', 'on-failure', 'on-failure:3', 'unless-stopped'],
  pull_policy: ['always', 'never', 'missing', 'build', 'if_not_present', 'daily', 'weekly'],
  network_mode: ['bridge', 'host', 'none'],
  pid: ['host'],
  ipc: ['host', 'private', 'shareable'],
  protocol: ['tcp', 'udp', 'sctp'],
  driver: ['bridge', 'overlay', 'host', 'none', 'macvlan', 'ipvlan', 'local'],
  platform: ['linux/amd64', 'linux/arm64', 'linux/arm/v7'],
  stop_signal: ['SIGTERM', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGHUP', 'SIGUSR1'],
  interval: ['30s', '10s', '1m'],
  timeout: ['10s', '5s', '30s'],
  start_period: ['30s', '10s', '1m'],
  start_interval: ['5s', '1s'],
  stop_grace_period: ['10s', '30s', '1m'],
};

const DEPENDS_ON_CONDITIONS = 'service_started,service_healthy,service_completed_successfully';

function types(s: JSchema): string[] {
  return alternatives(s).flatMap((a) => (a.type === undefined ? [] : Array.isArray(a.type) ? a.type : [a.type]));
}

/** A snippet for `key` whose value has schema `s`: a nested mapping, a list, a choice or a plain value. */
function keySnippet(key: string, s: JSchema | undefined): string {
  if (!s) return `${key}: $0`;
  const t = new Set(types(s));
  const enums = alternatives(s).flatMap((a) => a.enum ?? []).map(String);
  if (enums.length) return `${key}: \${1|${enums.join(',')}|}`;
  if (key === 'restart') return `${key}: \${1|${KNOWN_VALUES.restart.join(',').replace(/"/g, '\\"')}|}`;
  if (t.has('boolean') && !t.has('object') && !t.has('array')) return `${key}: \${1|true,false|}`;
  const scalar = t.has('string') || t.has('number') || t.has('integer');
  if (t.has('object') && !t.has('array') && !scalar) return `${key}:\n  $0`;
  if (t.has('array') && !t.has('object') && !scalar) return `${key}:\n  - $0`;
  if (t.has('array') && t.has('object') && !scalar) return `${key}:\n  - $0`;
  return `${key}: $0`;
}

function docOf(path: (string | number)[]): { kind: 'markdown'; value: string } | undefined {
  const d = keyDoc(path);
  return d ? { kind: MarkupKind.Markdown, value: d } : undefined;
}

function keyItems(cur: ComposeCursor, range: Range): CompletionItem[] {
  const schema = schemaAtPath(cur.path);
  const out: CompletionItem[] = [];
  const seen = new Set(cur.siblings);
  for (const alt of objectSchemas(schema)) {
    for (const [key, sub] of Object.entries(alt.properties ?? {})) {
      if (seen.has(key)) continue;
      seen.add(key);
      const deprecated = resolveRef(sub)?.deprecated;
      out.push({
        label: key,
        kind: CompletionItemKind.Property,
        documentation: docOf([...cur.path, key]),
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: keySnippet(key, sub) },
        sortText: `${deprecated ? '1' : '0'}${key}`,
        tags: deprecated ? [1] : undefined,
      });
    }
  }
  return out;
}

function nameItems(model: ComposeModel, kind: RefKind, range: Range, exclude: Set<string>, wrap: (n: string) => string = (n) => n, snippet = false): CompletionItem[] {
  const idx = composeIndex(model);
  return [...idx.defs[kind].keys()]
    .filter((n) => !exclude.has(n))
    .map((n) => ({
      label: n,
      kind: kind === 'service' ? CompletionItemKind.Module : CompletionItemKind.Reference,
      detail: `${kind}`,
      insertTextFormat: snippet ? InsertTextFormat.Snippet : undefined,
      textEdit: { range, newText: wrap(n) },
    }));
}

function serviceOf(path: (string | number)[]): string | undefined {
  return path[0] === 'services' && typeof path[1] === 'string' ? path[1] : undefined;
}

function valueItems(values: string[], range: Range, detail?: string): CompletionItem[] {
  return values.map((v, i) => ({ label: v, kind: CompletionItemKind.Value, detail, textEdit: { range, newText: v }, sortText: String(i).padStart(3, '0') }));
}

export function composeCompletion(model: ComposeModel, pos: Position, ctx?: ComposeFiles): CompletionItem[] {
  const vars = ctx && variableCompletion(model, pos, ctx);
  if (vars) return vars;
  const cur = composeCursor(model.text, pos);
  if (!cur) return [];
  const wordRange: Range = { start: { line: pos.line, character: cur.wordStart }, end: pos };
  const fromBuild = buildCompletion(model, cur, pos, wordRange, ctx);
  if (fromBuild) return fromBuild;
  const service = serviceOf(cur.path);
  const inService = service !== undefined && cur.path.length >= 2;
  const underService = cur.path.slice(2);

  if (cur.mode === 'key') {
    // Keys of a name map under a service: `depends_on:` / `networks:` in their mapping forms.
    if (inService && underService.length === 1 && typeof underService[0] === 'string') {
      const list = underService[0];
      if (list === 'depends_on') {
        return nameItems(model, 'service', wordRange, new Set([service, ...cur.siblings]), (n) => `${n}:\n  condition: \${1|${DEPENDS_ON_CONDITIONS}|}`, true);
      }
      if (list === 'networks' || list === 'models') return nameItems(model, NAME_LISTS[list], wordRange, new Set(cur.siblings), (n) => `${n}:`);
    }
    return keyItems(cur, wordRange);
  }

  if (cur.mode === 'item') {
    const items: CompletionItem[] = [];
    const listKey = cur.path[cur.path.length - 1];
    if (inService && underService.length === 1 && typeof listKey === 'string') {
      const kind = NAME_LISTS[listKey];
      if (kind && !cur.valueBefore.includes(':')) {
        items.push(...nameItems(model, kind, wordRange, new Set(kind === 'service' ? [service] : [])));
      }
      if (listKey === 'volumes' && !cur.valueBefore.includes(':')) {
        items.push(...nameItems(model, 'volume', wordRange, new Set(), (n) => `${n}:\${1:/path/in/container}`, true));
      }
    }
    // A mapping item: the keys of its long form.
    if (!cur.valueBefore.includes(':')) items.push(...keyItems({ ...cur, path: [...cur.path, 0], siblings: [] }, wordRange));
    return items;
  }

  // Value mode.
  const key = cur.key!;
  const valueStart = pos.character - cur.valueBefore.length;
  const valueRange: Range = { start: { line: pos.line, character: valueStart }, end: pos };
  if (cur.valueBefore.startsWith('[') && inService && underService.length === 0 && NAME_LISTS[key]) {
    return nameItems(model, NAME_LISTS[key], wordRange, new Set(key === 'depends_on' || key === 'links' || key === 'volumes_from' ? [service] : []));
  }
  if (inService && underService.length === 0) {
    if (key === 'extends') return nameItems(model, 'service', valueRange, new Set([service]));
    if (key === 'network_mode' || key === 'pid' || key === 'ipc') {
      return [
        ...valueItems(KNOWN_VALUES[key] ?? [], valueRange),
        ...nameItems(model, 'service', valueRange, new Set([service]), (n) => `service:${n}`).map((i) => ({ ...i, label: `service:${i.label}` })),
      ];
    }
  }
  if (inService && underService.length === 1 && underService[0] === 'extends' && key === 'service') return nameItems(model, 'service', valueRange, new Set([service]));
  if (inService && key === 'source' && typeof underService[0] === 'string' && ['secrets', 'configs'].includes(underService[0])) {
    return nameItems(model, NAME_LISTS[underService[0]], valueRange, new Set());
  }
  if (inService && key === 'source' && underService[0] === 'volumes') return nameItems(model, 'volume', valueRange, new Set());
  const s = schemaAtPath([...cur.path, key]);
  if (!s) return [];
  const enums = alternatives(s).flatMap((a) => a.enum ?? []).map(String);
  if (enums.length) return valueItems(enums, valueRange, key);
  if (KNOWN_VALUES[key]) return valueItems(KNOWN_VALUES[key], valueRange, key);
  const t = types(s);
  if (t.includes('boolean')) return valueItems(['true', 'false'], valueRange, key);
  return [];
}
