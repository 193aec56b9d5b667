// Outline of a Compose file: its top-level sections, the services, networks, volumes, secrets, configs and
// models in them, and each service's keys.
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { isMap, isScalar, type Pair } from 'yaml';
import type { ComposeModel } from '../model';
import { deref, getEffective, scalarKey } from '../schema';

const ENTRY_KIND: Record<string, SymbolKind> = {
  services: SymbolKind.Class,
  networks: SymbolKind.Interface,
  volumes: SymbolKind.Struct,
  secrets: SymbolKind.Key,
  configs: SymbolKind.File,
  models: SymbolKind.Object,
};

function symbolOf(model: ComposeModel, pair: Pair, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = model.rangeOf(pair);
  const selectionRange = model.keyRange(pair);
  return { name: scalarKey(pair) || '""', kind, detail, range, selectionRange, children };
}

function serviceDetail(model: ComposeModel, pair: Pair): string | undefined {
  const svc = deref(model.doc, pair.value);
  if (!isMap(svc)) return undefined;
  const image = deref(model.doc, getEffective(model.doc, svc, 'image')?.value);
  if (isScalar(image) && image.value != null) return String(image.value);
  const build = deref(model.doc, getEffective(model.doc, svc, 'build')?.value);
  if (isScalar(build) && build.value != null) return `build: ${build.value}`;
  if (isMap(build)) {
    const ctx = deref(model.doc, getEffective(model.doc, build, 'context')?.value);
    return `build: ${isScalar(ctx) && ctx.value != null ? String(ctx.value) : '.'}`;
  }
  return undefined;
}

export function composeDocumentSymbols(model: ComposeModel): DocumentSymbol[] {
  const root = model.root;
  if (!root) return [];
  const out: DocumentSymbol[] = [];
  for (const section of root.items) {
    const name = scalarKey(section);
    if (name === undefined) continue;
    const entryKind = ENTRY_KIND[name];
    const value = section.value;
    if (!entryKind || !isMap(value)) {
      out.push(symbolOf(model, section, name.startsWith('x-') ? SymbolKind.Variable : SymbolKind.Property));
      continue;
    }
    const children: DocumentSymbol[] = [];
    for (const entry of value.items) {
      if (scalarKey(entry) === undefined) continue;
      if (name === 'services') {
        const svc = entry.value;
        const keys = isMap(svc)
          ? (svc.items as Pair[]).filter((p) => scalarKey(p) !== undefined).map((p) => symbolOf(model, p, SymbolKind.Property))
          : [];
        children.push(symbolOf(model, entry, entryKind, serviceDetail(model, entry), keys));
      } else children.push(symbolOf(model, entry, entryKind));
    }
    out.push(symbolOf(model, section, SymbolKind.Module, undefined, children));
  }
  return out;
}
