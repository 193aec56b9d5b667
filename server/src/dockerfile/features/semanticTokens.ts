// Semantic tokens: instruction keywords, flags, mount option keys, variables (declarations and uses) and stage names.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { Flag } from 'dockerfile-ast';
import type { DockerfileModel } from '../model';
import type { Range } from '../../engine/types';
import { symbolIndex } from './symbols';
import { PLATFORM_ARGS } from './data';

// One legend for all languages: new types go at the end (the Dockerfile's indices stay as they are); `function` to
// `number` are for workflow expressions.
export const TOKEN_TYPES = ['keyword', 'variable', 'parameter', 'property', 'class', 'macro', 'function', 'operator', 'string', 'number'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

export type TokenType = (typeof TOKEN_TYPES)[number];
export type Modifier = (typeof TOKEN_MODIFIERS)[number];

export interface Tok {
  line: number;
  start: number;
  length: number;
  type: number;
  mods: number;
}

export function dockerfileSemanticTokens(model: DockerfileModel): SemanticTokens {
  const toks: Tok[] = [];
  const add = (r: Range, type: TokenType, mods: Modifier[] = []) => {
    if (r.start.line !== r.end.line || r.end.character <= r.start.character) return;
    toks.push({ line: r.start.line, start: r.start.character, length: r.end.character - r.start.character, type: TOKEN_TYPES.indexOf(type), mods: mods.reduce((m, x) => m | (1 << TOKEN_MODIFIERS.indexOf(x)), 0) });
  };
  for (const d of model.directives) add(d.getNameRange(), 'macro');
  for (const ins of model.instructions) {
    add(ins.keywordRange, 'keyword');
    if (ins.keyword === 'ONBUILD') {
      const r = (ins.node as unknown as { getTriggerRange(): Range | null }).getTriggerRange();
      if (r) add(r, 'keyword');
    }
    const flags = (ins.node as unknown as { getFlags?: () => Flag[] }).getFlags?.call(ins.node) ?? [];
    for (const f of flags) {
      const n = f.getNameRange();
      add({ start: { line: n.start.line, character: n.start.character - 2 }, end: n.end }, 'parameter');
      if (ins.keyword === 'RUN' && f.getName() === 'mount') for (const o of f.getOptions()) add(o.getNameRange(), 'property');
    }
    if (ins.keyword === 'FROM') {
      const args = ins.args;
      const as = args.find((a, i) => i > 0 && a.getValue().toUpperCase() === 'AS');
      if (as) add(as.getRange(), 'keyword');
    }
    if (ins.keyword === 'HEALTHCHECK') {
      const first = ins.args[0];
      if (first && /^(CMD|NONE)$/i.test(first.getValue())) add(first.getRange(), 'keyword');
    }
  }
  const index = symbolIndex(model);
  const predefined = new Set(PLATFORM_ARGS.map((a) => a.name));
  for (const v of index.vars) {
    if (v.kind !== 'ref') add(v.range, 'variable', ['declaration']);
    else add(v.range, 'variable', v.group.startsWith('u:') && predefined.has(v.name) ? ['readonly', 'defaultLibrary'] : []);
  }
  for (const s of index.stages) add(s.range, 'class', s.kind === 'decl' ? ['declaration'] : []);

  return encodeSemanticTokens(toks);
}

/** The LSP encoding of tokens (relative positions), in document order; of overlapping tokens the first is kept. */
export function encodeSemanticTokens(toks: Tok[]): SemanticTokens {
  toks.sort((a, b) => a.line - b.line || a.start - b.start);
  const data: number[] = [];
  let line = 0;
  let char = 0;
  let lastEnd = -1;
  let lastLine = -1;
  for (const t of toks) {
    if (t.line === lastLine && t.start < lastEnd) continue; // overlapping: keep the first
    data.push(t.line - line, t.line === line ? t.start - char : t.start, t.length, t.type, t.mods);
    line = t.line;
    char = t.start;
    lastLine = t.line;
    lastEnd = t.start + t.length;
  }
  return { data };
}
