// Completion for Dockerfiles: instructions, flags, mount options, parser directives, stage names, variables,
// base images and rule ids in ignore comments. Pure: model + position → completion items.
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { DfInstruction, DockerfileModel } from '../model';
import type { Range } from '../../engine/types';
import { allRules, ruleLanguages } from '../../engine/lint';
import { ruleIds } from '../../engine/types';
import {
  BASE_IMAGES,
  BUILDKIT_ARGS,
  CACHE_TARGETS,
  DIRECTIVES,
  FLAGS,
  INSTRUCTIONS,
  instructionDocMarkdown,
  MOUNT_OPTIONS,
  MOUNT_TYPES,
  PLATFORM_ARGS,
} from './data';
import { declarationIndex, visibleVariables } from './symbols';
import { scopes } from '../scope';
import { instructionAtLine, Pos } from './util';

const TRIGGER_SUGGEST = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

function rng(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

function md(value: string) {
  return { kind: MarkupKind.Markdown, value };
}

/** Whether the file writes instruction keywords in lower case (most of them). */
export function prefersLowerCase(model: DockerfileModel): boolean {
  let lower = 0;
  let upper = 0;
  for (const i of model.instructions) {
    if (i.written === i.written.toLowerCase()) lower++;
    else if (i.written === i.written.toUpperCase()) upper++;
  }
  return lower > upper;
}

function endsWithEscape(text: string, escape: string): boolean {
  return text.trimEnd().endsWith(escape);
}

/** The instruction a line belongs to, including a fresh (empty) continuation line right after `\`. */
function owningInstruction(model: DockerfileModel, line: number): DfInstruction | undefined {
  const ins = instructionAtLine(model, line);
  if (ins) return ins;
  for (let l = line - 1; l >= 0; l--) {
    const t = model.lines.lineText(l);
    if (t.trim() === '' ) continue;
    if (!endsWithEscape(t, model.escape)) return undefined;
    const prev = instructionAtLine(model, l);
    return prev;
  }
  return undefined;
}

function isDirectiveLine(model: DockerfileModel, line: number): boolean {
  for (let l = 0; l < line; l++) {
    if (!/^\s*#\s*[A-Za-z]+\s*=/.test(model.lines.lineText(l))) return false;
  }
  return true;
}

function dockerfileRules() {
  return allRules().filter((r) => ruleLanguages(r).includes('dockerfile'));
}

function ruleIdItems(range: Range, buildkitOnly: boolean, exclude: Set<string>): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const r of dockerfileRules()) {
    const ids = buildkitOnly ? (r.compat?.buildkit ? [r.compat.buildkit] : []) : ruleIds(r);
    for (const id of ids) {
      if (seen.has(id) || exclude.has(id.toLowerCase())) continue;
      seen.add(id);
      items.push({
        label: id,
        kind: CompletionItemKind.EnumMember,
        detail: r.id === id ? r.docs.summary : `${r.id}: ${r.docs.summary}`,
        documentation: md(`${r.docs.summary}\n\n${r.docs.why}`),
        textEdit: { range, newText: id },
      });
    }
  }
  if (buildkitOnly && !exclude.has('all')) items.push({ label: 'all', kind: CompletionItemKind.EnumMember, detail: 'Skip every build check', textEdit: { range, newText: 'all' } });
  return items;
}

function commentCompletion(model: DockerfileModel, line: number, prefix: string, lineText: string, pos: Pos): CompletionItem[] {
  const wordEnd = (from: number, re = /[A-Za-z0-9_-]/) => {
    let e = from;
    while (e < lineText.length && re.test(lineText[e])) e++;
    return e;
  };
  if (isDirectiveLine(model, line)) {
    let m = /^(\s*#\s*)([A-Za-z]*)$/.exec(prefix);
    if (m) {
      const range = rng(line, m[1].length, wordEnd(pos.character));
      return DIRECTIVES.map((d, i) => ({
        label: d.name,
        kind: CompletionItemKind.Keyword,
        detail: 'parser directive',
        documentation: md(d.doc),
        insertText: `${d.name}=`,
        textEdit: { range, newText: `${d.name}=` },
        sortText: String(i),
        command: TRIGGER_SUGGEST,
      }));
    }
    m = /^(\s*#\s*check\s*=\s*)(.*)$/i.exec(prefix);
    if (m) {
      const rest = m[2];
      const segStart = m[1].length + rest.lastIndexOf(';') + 1;
      const seg = prefix.slice(segStart);
      const kv = /^(\s*)(skip\s*=\s*)(.*)$/i.exec(seg);
      if (kv) {
        const list = kv[3];
        const idStart = segStart + kv[1].length + kv[2].length + list.lastIndexOf(',') + 1;
        const used = new Set(list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
        return ruleIdItems(rng(line, idStart, wordEnd(pos.character)), true, used);
      }
      if (!seg.includes('=')) {
        const start = segStart + (/^\s*/.exec(seg)?.[0].length ?? 0);
        const range = rng(line, start, wordEnd(pos.character));
        return [
          { label: 'skip=', kind: CompletionItemKind.Property, detail: 'Skip these checks (comma-separated, or all)', textEdit: { range, newText: 'skip=' }, command: TRIGGER_SUGGEST },
          { label: 'error=true', kind: CompletionItemKind.Property, detail: 'Fail the build when a check reports', textEdit: { range, newText: 'error=true' } },
          { label: 'experimental=all', kind: CompletionItemKind.Property, detail: 'Enable experimental checks', textEdit: { range, newText: 'experimental=all' } },
        ];
      }
      return [];
    }
    m = /^(\s*#\s*(syntax|escape)\s*=\s*)(\S*)$/i.exec(prefix);
    if (m) {
      const d = DIRECTIVES.find((x) => x.name === m![2].toLowerCase())!;
      const range = rng(line, m[1].length, wordEnd(pos.character, /\S/));
      return d.values.map((v, i) => ({ label: v, kind: CompletionItemKind.Value, detail: `${d.name} directive`, textEdit: { range, newText: v }, sortText: String(i) }));
    }
  }
  const ig = /^(\s*#\s*hadolint\s+(?:global\s+)?ignore\s*=\s*)([A-Za-z0-9_,\s-]*)$/i.exec(prefix);
  if (ig) {
    const list = ig[2];
    const start = ig[1].length + list.lastIndexOf(',') + 1 + (/^\s*/.exec(list.slice(list.lastIndexOf(',') + 1))?.[0].length ?? 0);
    const used = new Set(list.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
    return ruleIdItems(rng(line, start, wordEnd(pos.character)), false, used);
  }
  const hl = /^(\s*#\s*hadolint\s+)([a-z]*)$/i.exec(prefix);
  if (hl) {
    const range = rng(line, hl[1].length, wordEnd(pos.character));
    return [
      { label: 'ignore=', kind: CompletionItemKind.Keyword, detail: 'Ignore rules for the next instruction', textEdit: { range, newText: 'ignore=' }, command: TRIGGER_SUGGEST },
      { label: 'global ignore=', kind: CompletionItemKind.Keyword, detail: 'Ignore rules in the whole file', textEdit: { range, newText: 'global ignore=' }, command: TRIGGER_SUGGEST },
    ];
  }
  return [];
}

function instructionItems(model: DockerfileModel, range: Range, opts: { onbuild?: boolean; beforeFrom?: boolean }): CompletionItem[] {
  const lower = prefersLowerCase(model);
  const out: CompletionItem[] = [];
  for (const i of INSTRUCTIONS) {
    if (opts.onbuild && (i.name === 'ONBUILD' || i.name === 'FROM' || i.name === 'MAINTAINER')) continue;
    const kw = lower ? i.name.toLowerCase() : i.name;
    const body = i.snippet.slice(i.name.length);
    const first = opts.beforeFrom && (i.name === 'FROM' || i.name === 'ARG');
    out.push({
      label: kw,
      kind: CompletionItemKind.Keyword,
      detail: i.summary,
      documentation: md(instructionDocMarkdown(i.name)!),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: kw + body },
      sortText: `${first ? '0' : i.deprecated ? '2' : '1'}${i.name}`,
      tags: i.deprecated ? [1] : undefined,
    });
  }
  return out;
}

function stageItems(model: DockerfileModel, ins: DfInstruction, range: Range): CompletionItem[] {
  const limit = ins.stage ? (ins.keyword === 'FROM' ? ins.stage.index : ins.stage.index) : 0;
  const out: CompletionItem[] = [];
  for (const s of model.stages.slice(0, limit)) {
    if (!s.name) continue;
    out.push({
      label: s.name,
      kind: CompletionItemKind.Reference,
      detail: `stage: FROM ${s.image ?? ''}`.trimEnd(),
      documentation: md(`Build stage \`${s.name}\` (line ${s.fromInstruction.range.start.line + 1})`),
      textEdit: { range, newText: s.name },
      sortText: `0${String(s.index).padStart(4, '0')}`,
    });
  }
  return out;
}

function variableItems(model: DockerfileModel, ins: DfInstruction | undefined, line: number, range: Range, close: string): CompletionItem[] {
  const out: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const [name, v] of visibleVariables(model, ins, line)) {
    seen.add(name);
    const value = v.value == null ? '' : `=${v.value}`;
    out.push({
      label: name,
      kind: CompletionItemKind.Variable,
      detail: `${v.kind.toUpperCase()} ${name}${value}`,
      documentation: md(`Declared on line ${v.instruction.range.start.line + 1}: \`${model.lines.lineText(v.instruction.range.start.line).trim()}\``),
      textEdit: { range, newText: name + close },
      sortText: `0${name}`,
    });
  }
  const global = !ins || ins.keyword === 'FROM' || !ins.stage;
  const image = !global && ins?.stage ? scopes(model).byStage[ins.stage.index]?.image : undefined;
  for (const name of [...(image?.names ?? [])].sort()) {
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ label: name, kind: CompletionItemKind.Variable, detail: `ENV of the ${image!.repository} base image`, textEdit: { range, newText: name + close }, sortText: `1${name}` });
  }
  if (global) {
    for (const a of PLATFORM_ARGS) {
      if (seen.has(a.name)) continue;
      out.push({ label: a.name, kind: CompletionItemKind.Constant, detail: 'predefined build arg', documentation: md(a.doc), textEdit: { range, newText: a.name + close }, sortText: `1${a.name}` });
    }
  }
  return out;
}

function flagItems(keyword: string, used: Set<string>, range: Range): CompletionItem[] {
  return (FLAGS[keyword] ?? [])
    .filter((f) => f.repeatable || !used.has(f.name))
    .map((f, i) => ({
      label: `--${f.name}`,
      kind: CompletionItemKind.Property,
      detail: f.value ? `--${f.name}=${f.value}` : `--${f.name}`,
      documentation: md(f.doc),
      textEdit: { range, newText: f.value ? `--${f.name}=` : `--${f.name}` },
      sortText: String(i).padStart(2, '0'),
      command: f.value ? TRIGGER_SUGGEST : undefined,
    }));
}

function mountItems(model: DockerfileModel, ins: DfInstruction, line: number, valueStart: number, value: string, cursor: number, lineText: string): CompletionItem[] {
  const pieceStart = valueStart + value.lastIndexOf(',') + 1;
  const piece = value.slice(value.lastIndexOf(',') + 1);
  let end = cursor;
  while (end < lineText.length && !/[\s,]/.test(lineText[end])) end++;
  const pairs = value.split(',').map((p) => p.split('=', 2));
  const type = pairs.find(([k]) => k.trim() === 'type')?.[1]?.trim() || 'bind';
  const eq = piece.indexOf('=');
  if (eq < 0) {
    const used = new Set(pairs.slice(0, -1).map(([k]) => k.trim()));
    const range = rng(line, pieceStart, end);
    return MOUNT_OPTIONS.filter((o) => !used.has(o.name) && (o.name === 'type' || o.types.includes(type))).map((o, i) => ({
      label: o.name,
      kind: CompletionItemKind.Property,
      detail: `mount option (${o.types.length === 5 ? 'all types' : o.types.join(', ')})`,
      documentation: md(o.doc),
      textEdit: { range, newText: o.flag ? o.name : `${o.name}=` },
      sortText: String(i).padStart(2, '0'),
      command: o.flag ? undefined : TRIGGER_SUGGEST,
    }));
  }
  const key = piece.slice(0, eq).trim();
  const range = rng(line, pieceStart + eq + 1, end);
  if (key === 'type') {
    return MOUNT_TYPES.map((t, i) => ({ label: t.name, kind: CompletionItemKind.EnumMember, detail: 'mount type', documentation: md(t.doc), textEdit: { range, newText: t.name }, sortText: String(i) }));
  }
  if (key === 'from') return stageItems(model, ins, range);
  if ((key === 'target' || key === 'dst' || key === 'destination') && type === 'cache') {
    return CACHE_TARGETS.map((t, i) => ({ label: t.path, kind: CompletionItemKind.Folder, detail: `${t.doc} cache`, textEdit: { range, newText: t.path }, sortText: String(i).padStart(2, '0') }));
  }
  const opt = MOUNT_OPTIONS.find((o) => o.name === key);
  if (opt?.values) return opt.values.map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: `${key}`, textEdit: { range, newText: v }, sortText: String(i) }));
  if (opt?.flag) return ['true', 'false'].map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: v } }));
  return [];
}

/**
 * Base images and their tags for an image reference being typed (`word`, from `start` to `end` on `line`): after
 * `name:` the tags of that image, otherwise `name:tag` for each image of the offline list. Shared with Compose's
 * `image:` completion.
 */
export function baseImageItems(line: number, start: number, word: string, end: number): CompletionItem[] {
  const colon = word.lastIndexOf(':');
  if (colon > 0 && !word.slice(colon).includes('/')) {
    const name = word.slice(0, colon);
    const img = BASE_IMAGES.find((b) => b.name === name || `docker.io/library/${b.name}` === name || `library/${b.name}` === name);
    if (!img) return [];
    const range = rng(line, start + colon + 1, end);
    return img.tags.map((t, i) => ({ label: t, kind: CompletionItemKind.Value, detail: `${img.name}:${t}`, documentation: md(img.doc), textEdit: { range, newText: t }, sortText: String(i).padStart(2, '0') }));
  }
  const range = rng(line, start, end);
  const out: CompletionItem[] = [];
  BASE_IMAGES.forEach((img, i) => {
    const labels = img.tags.length ? img.tags.map((t) => `${img.name}:${t}`) : [img.name];
    labels.forEach((label, j) => {
      out.push({
        label,
        kind: CompletionItemKind.Module,
        detail: img.doc,
        textEdit: { range, newText: label },
        sortText: `1${String(i).padStart(3, '0')}${String(j).padStart(2, '0')}`,
        filterText: label,
      });
    });
  });
  return out;
}

function imageItems(model: DockerfileModel, ins: DfInstruction, line: number, start: number, word: string, end: number): CompletionItem[] {
  const colon = word.lastIndexOf(':');
  if (colon > 0 && !word.slice(colon).includes('/')) return baseImageItems(line, start, word, end);
  return [...stageItems(model, ins, rng(line, start, end)), ...baseImageItems(line, start, word, end)];
}

/** Completion items at `pos`. */
export function dockerfileCompletion(model: DockerfileModel, pos: Pos): CompletionItem[] {
  const line = pos.line;
  const lineText = model.lines.lineText(line);
  const cursor = Math.min(pos.character, lineText.length);
  const prefix = lineText.slice(0, cursor);
  const wordEndAt = (from: number) => {
    let e = from;
    while (e < lineText.length && /[A-Za-z0-9_-]/.test(lineText[e])) e++;
    return e;
  };

  if (/^\s*#/.test(prefix)) return commentCompletion(model, line, prefix, lineText, { line, character: cursor });

  const ins = owningInstruction(model, line);
  const isFirstLine = !ins || ins.range.start.line === line;
  if (isFirstLine) {
    const m = /^(\s*)([A-Za-z]*)$/.exec(prefix);
    if (m) {
      const beforeFrom = !model.stages.some((s) => s.fromInstruction.range.start.line < line);
      return instructionItems(model, rng(line, m[1].length, wordEndAt(cursor)), { beforeFrom });
    }
  }
  if (!ins) return [];
  const keyword = ins.keyword;

  // $VAR / ${VAR}
  const v = /\$(\{?)([A-Za-z0-9_]*)$/.exec(prefix);
  if (v && prefix[v.index - 1] !== model.escape) {
    const start = cursor - v[2].length;
    let end = cursor;
    while (end < lineText.length && /[A-Za-z0-9_]/.test(lineText[end])) end++;
    const close = v[1] && lineText[end] !== '}' ? '}' : '';
    return variableItems(model, ins, line, rng(line, start, end), close);
  }

  if (keyword === 'ONBUILD') {
    const m = /^(\s*\S+\s+)([A-Za-z]*)$/.exec(prefix);
    if (m && isFirstLine) return instructionItems(model, rng(line, m[1].length, wordEndAt(cursor)), { onbuild: true });
    return [];
  }

  // The word being typed (no spaces).
  const wm = /\S*$/.exec(prefix)!;
  const word = wm[0];
  const wordStart = cursor - word.length;
  let wordEnd = cursor;
  while (wordEnd < lineText.length && !/\s/.test(lineText[wordEnd])) wordEnd++;
  const args = ins.args;
  const wordPos = { line, character: wordStart };
  const argsBefore = args.filter((a) => a.getRange().end.line < line || (a.getRange().end.line === line && a.getRange().end.character <= wordStart));
  const flags = (ins.node as unknown as { getFlags?: () => { getName(): string; getRange(): Range }[] }).getFlags?.call(ins.node) ?? [];
  const inFlagZone = !args.some((a) => a.getRange().start.line < line || (a.getRange().start.line === line && a.getRange().start.character < wordStart));
  void wordPos;

  if (word.startsWith('-') && inFlagZone && FLAGS[keyword]) {
    const fv = /^--([A-Za-z-]+)=(.*)$/.exec(word);
    if (!fv) {
      const used = new Set(flags.map((f) => f.getName()));
      return flagItems(keyword, used, rng(line, wordStart, wordEnd));
    }
    const name = fv[1];
    const valueStart = wordStart + name.length + 3;
    const value = fv[2];
    const valueRange = rng(line, valueStart, wordEnd);
    if (keyword === 'COPY' && name === 'from') return stageItems(model, ins, valueRange);
    if (keyword === 'RUN' && name === 'mount') return mountItems(model, ins, line, valueStart, value, cursor, lineText);
    const info = FLAGS[keyword].find((f) => f.name === name);
    if (info?.values) {
      return info.values.map((val, i) => ({ label: val, kind: val.startsWith('$') ? CompletionItemKind.Variable : CompletionItemKind.EnumMember, detail: `--${name}`, textEdit: { range: valueRange, newText: val }, sortText: String(i).padStart(2, '0') }));
    }
    return [];
  }

  const positional = argsBefore.length;
  if (keyword === 'FROM') {
    if (positional === 0) return word.includes('$') ? [] : imageItems(model, ins, line, wordStart, word, wordEnd);
    if (positional === 1 && /^[A-Za-z]*$/.test(word)) {
      const as = ins.written === ins.written.toLowerCase() ? 'as' : 'AS';
      return [{ label: as, kind: CompletionItemKind.Keyword, detail: 'Name this build stage', textEdit: { range: rng(line, wordStart, wordEnd), newText: `${as} ` } }];
    }
    return [];
  }
  if (keyword === 'HEALTHCHECK' && positional === 0 && /^[A-Za-z]*$/.test(word)) {
    const range = rng(line, wordStart, wordEnd);
    return [
      { label: 'CMD', kind: CompletionItemKind.Keyword, detail: 'Command that checks the container', insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: 'CMD ${1:command}' } },
      { label: 'NONE', kind: CompletionItemKind.Keyword, detail: 'Disable the healthcheck of the base image', textEdit: { range, newText: 'NONE' } },
    ];
  }
  if (keyword === 'ARG' && /^[A-Za-z0-9_]*$/.test(word)) {
    const range = rng(line, wordStart, wordEnd);
    const out: CompletionItem[] = [];
    const declared = visibleVariables(model, ins, line);
    if (ins.stage) {
      // Global ARGs must be declared again to be used in a stage.
      for (const g of declarationIndex(model).vars) {
        if (g.scope !== -1 || g.kind !== 'arg' || declared.has(g.name) || out.some((o) => o.label === g.name)) continue;
        out.push({ label: g.name, kind: CompletionItemKind.Variable, detail: `global ARG ${g.name}${g.value == null ? '' : `=${g.value}`}`, documentation: md('Declare the global build arg in this stage to use it here.'), textEdit: { range, newText: g.name }, sortText: `0${g.name}` });
      }
    }
    for (const a of [...PLATFORM_ARGS, ...BUILDKIT_ARGS]) {
      if (declared.has(a.name)) continue;
      out.push({ label: a.name, kind: CompletionItemKind.Constant, detail: 'predefined build arg', documentation: md(a.doc), textEdit: { range, newText: a.name }, sortText: `1${a.name}` });
    }
    return out;
  }
  return [];
}
