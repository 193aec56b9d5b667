// Completion of a service's values that come from outside the Compose file: `build.target` from the stages of
// the Dockerfile it builds, `build.args` names from that Dockerfile's ARGs, `image:` from the offline list of
// base images the Dockerfile FROM completion uses, and `profiles:` from the profiles the file already uses.
import { CompletionItem, CompletionItemKind, MarkupKind, type Range } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq } from 'yaml';
import { baseImageItems } from '../../dockerfile/features/completion';
import { buildArgNames, declaredArgs, serviceDockerfiles, stageNames } from '../buildDockerfile';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';
import { deref, getEffective } from '../schema';
import type { ComposeCursor } from './cursor';
import type { ComposeFiles } from './variables';

function targetItems(model: ComposeModel, service: string, range: Range, ctx: ComposeFiles): CompletionItem[] {
  const df = serviceDockerfiles(model, ctx.path, ctx.files).get(service);
  if (!df) return [];
  return stageNames(df.dockerfile).map((name, i) => {
    const stage = df.dockerfile.stageNamed(name)!;
    return {
      label: name,
      kind: CompletionItemKind.EnumMember,
      detail: `stage of ${df.label}: FROM ${stage.image ?? ''}`.trimEnd(),
      documentation: { kind: MarkupKind.Markdown, value: `Build stage \`${name}\` (line ${stage.fromInstruction.range.start.line + 1} of \`${df.label}\`)` },
      textEdit: { range, newText: name },
      sortText: String(i).padStart(3, '0'),
    };
  });
}

function argItems(model: ComposeModel, service: string, range: Range, ctx: ComposeFiles, form: 'map' | 'list', pos: Position): CompletionItem[] {
  const df = serviceDockerfiles(model, ctx.path, ctx.files).get(service);
  if (!df) return [];
  const present = new Set(buildArgNames(model, service).filter((a) => a.range.start.line !== pos.line).map((a) => a.name));
  return [...declaredArgs(df.dockerfile).values()]
    .filter((a) => !present.has(a.name))
    .map((a) => ({
      label: a.name,
      kind: CompletionItemKind.Variable,
      detail: `ARG ${a.name}${a.value === undefined ? '' : `=${a.value}`} (${a.stage ? `stage ${a.stage}` : 'global'})`,
      documentation: { kind: MarkupKind.Markdown, value: `Declared on line ${a.line + 1} of \`${df.label}\`` },
      textEdit: { range, newText: form === 'map' ? `${a.name}: ` : `${a.name}=` },
      sortText: a.name,
    }));
}

/** The profiles every service of the file lists, and those of `service` (leaving out the line being typed). */
function profiles(model: ComposeModel, service: string, line: number): { all: string[]; own: Set<string> } {
  const all = new Set<string>();
  const own = new Set<string>();
  const doc = model.doc;
  for (const [name, def] of composeIndex(model).defs.service) {
    const svc = deref(doc, def.pair.value);
    const list = isMap(svc) ? deref(doc, getEffective(doc, svc, 'profiles')?.value) : undefined;
    if (!isSeq(list)) continue;
    for (const it of list.items) {
      const s = deref(doc, it);
      if (!isScalar(s) || typeof s.value !== 'string' || !s.value || model.rangeOf(s).start.line === line) continue;
      all.add(s.value);
      if (name === service) own.add(s.value);
    }
  }
  return { all: [...all].sort(), own };
}

/**
 * Completion for the cases above, or undefined when the cursor is elsewhere (then the schema's completion runs).
 * `valueRange` is the range of the value typed so far (value and item modes), `wordRange` that of the word.
 */
export function buildCompletion(model: ComposeModel, cur: ComposeCursor, pos: Position, wordRange: Range, ctx: ComposeFiles | undefined): CompletionItem[] | undefined {
  const p = cur.path;
  if (p[0] !== 'services' || typeof p[1] !== 'string') return undefined;
  const service = p[1];
  const under = p.slice(2);
  const valueRange: Range = { start: { line: pos.line, character: pos.character - cur.valueBefore.length }, end: pos };
  if (cur.mode === 'value' && under.length === 0 && cur.key === 'image') {
    const v = cur.valueBefore;
    if (v.includes('$')) return [];
    const quote = v.startsWith('"') || v.startsWith("'") ? 1 : 0;
    return baseImageItems(pos.line, valueRange.start.character + quote, v.slice(quote), pos.character);
  }
  if (cur.mode === 'value' && under.length === 0 && cur.key === 'profiles' && cur.valueBefore.startsWith('[')) {
    const { all, own } = profiles(model, service, pos.line);
    return all.filter((x) => !own.has(x)).map((x) => ({ label: x, kind: CompletionItemKind.EnumMember, detail: 'profile used in this file', textEdit: { range: wordRange, newText: x } }));
  }
  if (cur.mode === 'item' && under.length === 1 && under[0] === 'profiles' && !cur.valueBefore.includes(':')) {
    const { all, own } = profiles(model, service, pos.line);
    return all.filter((x) => !own.has(x)).map((x) => ({ label: x, kind: CompletionItemKind.EnumMember, detail: 'profile used in this file', textEdit: { range: wordRange, newText: x } }));
  }
  if (!ctx) return undefined;
  if (cur.mode === 'value' && under.length === 1 && under[0] === 'build' && cur.key === 'target') return targetItems(model, service, valueRange, ctx);
  if (under.length === 2 && under[0] === 'build' && under[1] === 'args') {
    if (cur.mode === 'key') return argItems(model, service, wordRange, ctx, 'map', pos);
    if (cur.mode === 'item' && !cur.valueBefore.includes('=')) return argItems(model, service, wordRange, ctx, 'list', pos);
  }
  return undefined;
}
