// Where the cursor is in a workflow or action.yml, worked out from the text (so it also works while the document
// is incomplete): the chain of keys above it, whether it is on a key or a value, the partial word, the schema
// definition that applies, and the `${{ }}` it is inside. Shared by completion, hover and navigation.
import type { Position } from 'vscode-languageserver-textdocument';
import { ACTION_SCHEMA, lookupDef, propType, WORKFLOW_SCHEMA, type Def, type PropDef, type Schema } from '../schema';
import type { WorkflowModel } from '../model';

export interface PathSeg {
  /** A key name, or '-' for a sequence item. */
  key: string;
  line: number;
  /** Inline value on the key's line (after `key:`), trimmed. */
  inline?: string;
}

export interface CursorContext {
  /** Keys from the root to the mapping/sequence the cursor is in (not including the key being edited). */
  path: PathSeg[];
  /** 'key': typing a key; 'value': after `key:` on this line; 'item': after `- ` with a scalar item. */
  mode: 'key' | 'value' | 'item';
  /** For 'value': the key on this line. */
  key?: string;
  /** The partial word before the cursor and where it starts (character). */
  word: string;
  wordStart: number;
  /** Text of the value on the line up to the cursor (value mode). */
  valueBefore: string;
  /** Keys already present in the mapping being edited (key mode). */
  siblings: string[];
  /** Cursor is inside `${{ … }}` : the expression text up to the cursor and its start character. */
  expr?: { before: string; start: number };
}

const KEY_LINE = /^(\s*)((?:-\s+)*)([^\s#'"{[\-][^#]*?|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/;

interface LineInfo {
  /** Column of the first non-space character. */
  first: number;
  /** Columns of the `- ` markers. */
  dashes: number[];
  key?: string;
  keyCol?: number;
  inline?: string;
  blank: boolean;
}

function unquote(k: string): string {
  return /^(["']).*\1$/.test(k) ? k.slice(1, -1) : k;
}

function lineInfo(text: string): LineInfo {
  const t = text.replace(/\r$/, '');
  const first = t.search(/\S/);
  if (first < 0 || t[first] === '#') return { first: first < 0 ? t.length : first, dashes: [], blank: true };
  const dashes: number[] = [];
  let i = first;
  while (t[i] === '-' && (t[i + 1] === ' ' || t[i + 1] === '\t' || i + 1 === t.length)) {
    dashes.push(i);
    i++;
    while (t[i] === ' ' || t[i] === '\t') i++;
  }
  const m = KEY_LINE.exec(t);
  if (m) {
    const keyCol = m[1].length + m[2].length;
    let inline = (m[4] ?? '').replace(/\s+#.*$/, '').trim();
    return { first, dashes, key: unquote(m[3].trim()), keyCol, inline, blank: false };
  }
  return { first, dashes, blank: false };
}

/** The chain of keys enclosing a position at column `indent` of `line` (looking at the lines above). */
export function parentPath(lines: string[], line: number, indent: number): PathSeg[] {
  const out: PathSeg[] = [];
  let want = indent;
  // After stepping out through a `- ` at column d, a key at column d may own the sequence.
  let keyAtEqualOk = false;
  for (let l = line - 1; l >= 0 && want > 0 || (l >= 0 && keyAtEqualOk); l--) {
    const info = lineInfo(lines[l]);
    if (info.blank) continue;
    const f = info.first;
    if (info.dashes.length === 0 && info.key !== undefined && keyAtEqualOk && info.keyCol === want) {
      out.push({ key: info.key, line: l, inline: info.inline });
      keyAtEqualOk = false;
      continue;
    }
    if (f >= want) continue;
    // The key of this line, if it encloses us.
    if (info.key !== undefined && info.keyCol! < want) {
      out.push({ key: info.key, line: l, inline: info.inline });
      want = info.keyCol!;
      keyAtEqualOk = false;
    }
    // Dashes of this line before the cursor's column: we are in those items.
    for (let d = info.dashes.length - 1; d >= 0; d--) {
      if (info.dashes[d] < want) {
        out.push({ key: '-', line: l });
        want = info.dashes[d];
        keyAtEqualOk = true;
      }
    }
    if (want === 0 && !keyAtEqualOk) break;
  }
  return out.reverse();
}

/** Works out the cursor's context. */
export function cursorContext(model: WorkflowModel, pos: Position): CursorContext {
  const lines = model.text.split('\n');
  const full = (lines[pos.line] ?? '').replace(/\r$/, '');
  const before = full.slice(0, pos.character);
  const wordMatch = /[A-Za-z0-9_.\-/@*]*$/.exec(before)!;
  let word = wordMatch[0];
  let wordStart = pos.character - word.length;

  // Inside `${{ }}`?
  let expr: CursorContext['expr'];
  const open = before.lastIndexOf('${{');
  if (open >= 0 && before.indexOf('}}', open) < 0) expr = { before: before.slice(open + 3), start: open + 3 };

  // Dashes before the cursor on this line.
  const m = /^(\s*)((?:-\s+)*)(.*)$/s.exec(before)!; // s: the line may hold a CR or U+2028
  const lead = m[1].length;
  const dashCols: number[] = [];
  {
    let i = lead;
    const t = before;
    while (t[i] === '-' && (t[i + 1] === ' ' || t[i + 1] === '\t')) {
      dashCols.push(i);
      i++;
      while (t[i] === ' ' || t[i] === '\t') i++;
    }
  }
  const rest = m[3];
  const keyCol = lead + m[2].length;
  const kv = /^([^\s#'"{[][^:#]*?|"[^"]*"|'[^']*')\s*:(\s+|$)(.*)$/.exec(rest);
  const outer = parentPath(lines, pos.line, dashCols.length ? dashCols[0] : keyCol);
  for (let i = 0; i < dashCols.length; i++) outer.push({ key: '-', line: pos.line });
  if (kv && before.length >= keyCol + kv[1].length + 1) {
    const key = unquote(kv[1].trim());
    const valueBefore = kv[3];
    // Inside a flow sequence `[a, b`: the word after the last separator.
    if (/[[,]\s*[^\],]*$/.test(valueBefore) && valueBefore.trimStart().startsWith('[')) {
      const w = /[^\s[,]*$/.exec(valueBefore)![0];
      word = w;
      wordStart = pos.character - w.length;
    }
    return { path: outer, mode: 'value', key, word, wordStart, valueBefore, siblings: [], expr };
  }
  if (dashCols.length && !/:/.test(rest)) {
    // `- word`: an item of a sequence (of scalars, or the first key of a mapping item).
    return { path: outer.slice(0, -1), mode: 'item', word, wordStart, valueBefore: rest, siblings: [], expr };
  }
  // A key being typed: siblings are the keys at the same column in this block.
  const siblings: string[] = [];
  const col = keyCol;
  for (const dir of [-1, 1]) {
    for (let l = pos.line + dir; l >= 0 && l < lines.length; l += dir) {
      const info = lineInfo(lines[l]);
      if (info.blank) continue;
      if (info.keyCol === col && info.key !== undefined && (dir > 0 || info.dashes.length === 0 || info.dashes[info.dashes.length - 1] < col)) {
        siblings.push(info.key);
        if (info.dashes.length && dir < 0) break; // the first key of this item
        continue;
      }
      if (info.first > col) continue;
      break;
    }
  }
  // The first key of a sequence item (`- na|`) shares the item's mapping with the keys below it.
  return { path: outer, mode: 'key', word, wordStart, valueBefore: '', siblings, expr };
}

// ---- schema walking ----

export function schemaFor(model: WorkflowModel): { schema: Schema; root: string } {
  return model.kind === 'action' ? { schema: ACTION_SCHEMA, root: 'action-root-strict' } : { schema: WORKFLOW_SCHEMA, root: 'workflow-root-strict' };
}

/** The definitions a name stands for, through `one-of`. */
export function alternatives(schema: Schema, name: string, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const d = lookupDef(schema, name);
  if (d['one-of']) return d['one-of'].flatMap((n) => alternatives(schema, n, seen));
  return [name];
}

/** Properties of all mapping alternatives of a definition. */
export function mappingProps(schema: Schema, name: string): Map<string, { prop: PropDef; owner: string }> {
  const out = new Map<string, { prop: PropDef; owner: string }>();
  for (const a of alternatives(schema, name)) {
    const props = lookupDef(schema, a).mapping?.properties ?? {};
    for (const [k, p] of Object.entries(props)) if (!out.has(k)) out.set(k, { prop: p, owner: a });
  }
  return out;
}

/** The definition of a child key (or '-' item) of a definition. */
export function childDef(schema: Schema, name: string, key: string): string | undefined {
  for (const a of alternatives(schema, name)) {
    const d = lookupDef(schema, a);
    if (key === '-') {
      if (d.sequence) return d.sequence['item-type'];
      continue;
    }
    const p = d.mapping?.properties?.[key];
    if (p) return propType(p);
  }
  if (key === '-') return undefined;
  for (const a of alternatives(schema, name)) {
    const d = lookupDef(schema, a);
    if (d.mapping?.['loose-value-type'] && d.mapping['loose-key-type']) return d.mapping['loose-value-type'];
  }
  return undefined;
}

/** The definition at a path of keys from the root (undefined when the path leaves the schema). */
export function defAtPath(schema: Schema, root: string, path: string[]): string | undefined {
  let cur: string | undefined = root;
  for (const k of path) {
    if (!cur) return undefined;
    cur = childDef(schema, cur, k);
  }
  return cur;
}

/** Description of a key: the property's own, else its definition's. */
export function keyDescription(schema: Schema, parent: string, key: string): string | undefined {
  for (const a of alternatives(schema, parent)) {
    const p = lookupDef(schema, a).mapping?.properties?.[key];
    if (p) {
      if (typeof p === 'object' && p.description) return p.description;
      const d = lookupDef(schema, propType(p));
      if (d.description) return d.description;
      for (const alt of alternatives(schema, propType(p))) {
        const ad = lookupDef(schema, alt);
        if (ad.description) return ad.description;
      }
    }
  }
  return undefined;
}

/** Constant values a definition accepts (allowed-values, constants, booleans). */
export function scalarValues(schema: Schema, name: string): string[] {
  const out: string[] = [];
  for (const a of alternatives(schema, name)) {
    const d: Def = lookupDef(schema, a);
    if (d['allowed-values']) out.push(...d['allowed-values']);
    else if (d.string?.constant !== undefined) out.push(d.string.constant);
    else if (d.boolean) out.push('true', 'false');
  }
  return [...new Set(out)];
}

export function isMappingDef(schema: Schema, name: string): boolean {
  return alternatives(schema, name).some((a) => !!lookupDef(schema, a).mapping);
}
export function isSequenceDef(schema: Schema, name: string): boolean {
  return alternatives(schema, name).some((a) => !!lookupDef(schema, a).sequence);
}
