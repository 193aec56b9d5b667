// Shared syntax helpers for the Dockerfile rules that check what the builder accepts: the logical line of an
// instruction (continuations joined), its builder flags, its words, its JSON (exec) form, flag tables,
// Go duration parsing and edit distance. Everything here is computed once per instruction via `memoize`.
import type { Range } from '../engine/types';
import type { DfInstruction, DockerfileModel } from './model';
import { memoKey, memoKeyAt } from '../engine/memo';

/** The 18 instructions the Dockerfile frontend knows. */
export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK',
  'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
const INSTRUCTION_SET = new Set<string>(INSTRUCTIONS);

export function isInstruction(keyword: string): boolean {
  return INSTRUCTION_SET.has(keyword.toUpperCase());
}

// ---------------------------------------------------------------------------------------------------------
// Flags

/** `string`: needs `=value`, once; `bool`: bare or `=true|false`, once; `strings`: needs `=value`, may repeat. */
export type FlagType = 'string' | 'bool' | 'strings';

/** Flags the frontend accepts per instruction (instructions absent here accept none). */
export const FLAG_TABLE: Record<string, Record<string, FlagType>> = {
  FROM: { platform: 'string' },
  RUN: { mount: 'strings', network: 'string', security: 'string', device: 'strings' },
  COPY: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'strings' },
  ADD: {
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    checksum: 'string',
    'keep-git-dir': 'bool',
    unpack: 'bool',
    exclude: 'strings',
  },
  HEALTHCHECK: {
    interval: 'string',
    timeout: 'string',
    'start-period': 'string',
    'start-interval': 'string',
    retries: 'string',
  },
};

/** Flags only accepted with `# syntax=docker/dockerfile:1-labs` (or another labs frontend). */
export const LABS_FLAGS: Record<string, Set<string>> = { RUN: new Set(['device']) };

/** Instructions whose parser never looks at flags: they are silently dropped. */
export const FLAGS_IGNORED = new Set(['ARG', 'STOPSIGNAL']);

export const NETWORK_MODES = ['default', 'none', 'host'];
export const SECURITY_MODES = ['sandbox', 'insecure'];

// ---------------------------------------------------------------------------------------------------------
// Logical line

/**
 * An instruction's first logical line: continuations joined, comment lines inside them dropped. The text is made of
 * runs copied unchanged from the document, so the way back to the document is one entry per run, not per character.
 */
export class LogicalLine {
  /** Document offset of the first run (the only one, for most instructions). */
  private readonly docStart: number;
  /** With more than one run: text offset where each run starts, ascending, and each run's document offset. */
  private readonly runAt?: number[];
  private readonly docAt?: number[];

  constructor(
    /** Text after the keyword. */
    readonly text: string,
    runAt: number[],
    docAt: number[],
    /** Document offset of the end of the line (where a character after the text would be). */
    readonly end: number,
  ) {
    // One run is the common case: kept as one number, not two arrays (a large file has hundreds of thousands).
    this.docStart = docAt.length ? docAt[0] : end;
    if (runAt.length > 1) {
      this.runAt = runAt.slice();
      this.docAt = docAt.slice();
    }
  }

  /** Document offset of character `i` of the text; `text.length` (or more) is the end of the line. */
  offset(i: number): number {
    if (i >= this.text.length) return this.end;
    return this.runAt ? runOffset(this.runAt, this.docAt!, i) : this.docStart + i;
  }

  /** The text is one stretch of the document, end included (so it can be rewritten in place). */
  get contiguous(): boolean {
    const n = this.text.length;
    return n === 0 || (!this.runAt && this.end === this.docStart + n);
  }
}

export interface ParsedFlag {
  /** Name without the leading `--` (as written). */
  name: string;
  /** Value after `=`, quotes removed; undefined when there is no `=`. */
  value: string | undefined;
  /** Logical indices of the whole word. */
  start: number;
  end: number;
  /** Logical index of the end of the name (where `=` is, or the word end). */
  nameEnd: number;
}

export interface Word {
  /** As parsed by the frontend's word splitter: quotes kept, escapes kept. */
  raw: string;
  start: number;
  end: number;
}

/** An instruction as the frontend reads it: its logical line, builder flags and words. */
export class ParsedInstruction {
  private _words?: Word[];
  constructor(
    readonly line: LogicalLine,
    readonly flags: ParsedFlag[],
    /** Logical index where the arguments (after flags) start. */
    readonly restStart: number,
    private readonly escape: string,
  ) {}

  /** Arguments text after flags, trimmed. */
  get rest(): string {
    return this.line.text.slice(this.restStart).trim();
  }

  /** Words of `rest` (frontend word splitting), logical indices; split on first use (most rules read only flags). */
  get words(): Word[] {
    return (this._words ??= splitWords(this.line.text, this.restStart, this.escape));
  }

  /** Whether the logical line maps onto one contiguous stretch of the document (safe to rewrite). */
  get contiguous(): boolean {
    return this.line.contiguous;
  }
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\u00a0';
}

function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Document offset of text offset `i`, given the text and document offsets where each run starts. */
/** The document offset of character `i` of a text copied in runs (`runAt[k]` in the text is `docAt[k]` in the document). */
export function runOffset(runAt: number[], docAt: number[], i: number): number {
  let lo = 0;
  let hi = runAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runAt[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return docAt[lo] + (i - runAt[lo]);
}

/**
 * Text copied from a document in runs, each the same characters as the document from some offset on (line
 * continuations and the like end a run): the copy's offsets map back to the document through `runAt` and `docAt`.
 */
export class RunText {
  private parts: string[] = [];
  /** Text offset where each run starts, ascending, and each run's document offset. */
  readonly runAt: number[] = [];
  readonly docAt: number[] = [];
  length = 0;

  constructor(private readonly doc: string) {}

  /** Copies the document's characters from `from` up to `to` (nothing when `to <= from`). */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.doc.slice(from, to));
    this.runAt.push(this.length);
    this.docAt.push(from);
    this.length += to - from;
  }

  text(): string {
    return this.parts.join('');
  }

  /** Keeps the first `n` characters of what was copied. */
  truncate(n: number): void {
    this.parts = [this.text().slice(0, n)];
    while (this.runAt.length && this.runAt[this.runAt.length - 1] >= n) {
      this.runAt.pop();
      this.docAt.pop();
    }
    this.length = n;
  }
}

/** Reads the first logical line of an instruction, starting right after its keyword. */
export function logicalLine(model: DockerfileModel, ins: DfInstruction): LogicalLine {
  const text = model.text;
  const escape = model.escape;
  let p = model.lines.offsetAt(ins.keywordRange.end);
  const end = Math.max(p, model.lines.offsetAt(ins.range.end));
  // The text is copied in runs that map one to one onto the document; continuations end a run.
  const copied = new RunText(text);
  let runStart = p;
  while (p < end) {
    const c = text[p];
    if (!isNewline(c)) {
      p++;
      continue;
    }
    // Continuation: the escape character then only blanks at the end of the line.
    let k = p - 1;
    while (k >= runStart && (text[k] === ' ' || text[k] === '\t')) k--;
    if (k >= runStart) {
      if (text[k] !== escape) break;
      copied.copy(runStart, k);
    } else {
      // Only blanks since the last continuation: look back into what was copied before.
      copied.copy(runStart, p);
      const out = copied.text();
      let j = out.length - 1;
      while (j >= 0 && (out[j] === ' ' || out[j] === '\t')) j--;
      if (j < 0 || out[j] !== escape) {
        runStart = p;
        break;
      }
      copied.truncate(j);
    }
    p += c === '\r' && text[p + 1] === '\n' ? 2 : 1;
    // Blank lines and comment lines inside a continuation are skipped by the frontend.
    for (;;) {
      let q = p;
      while (q < end && isSpace(text[q])) q++;
      if (q < end && (isNewline(text[q]) || text[q] === '#')) {
        while (q < end && !isNewline(text[q])) q++;
        if (q >= end) {
          p = q;
          break;
        }
        p = q + (text[q] === '\r' && text[q + 1] === '\n' ? 2 : 1);
        continue;
      }
      break;
    }
    runStart = p;
  }
  copied.copy(runStart, p);
  let out = copied.text();
  // A continuation at the very end of the document continues into nothing.
  let k = out.length - 1;
  while (k >= 0 && (out[k] === ' ' || out[k] === '\t')) k--;
  if (k >= 0 && out[k] === escape && p >= text.length) {
    out = out.slice(0, k);
    p = runOffset(copied.runAt, copied.docAt, k);
    copied.truncate(k);
  }
  return new LogicalLine(out, copied.runAt, copied.docAt, p);
}

/** The frontend's builder-flag extraction: leading words starting with `--`, quotes removed; `--` ends them. */
function extractFlags(text: string, from: number): { flags: ParsedFlag[]; restStart: number } {
  const flags: ParsedFlag[] = [];
  let pos = from;
  for (;;) {
    while (pos < text.length && isSpace(text[pos])) pos++;
    if (pos >= text.length || text[pos] !== '-' || text[pos + 1] !== '-') return { flags, restStart: pos };
    const start = pos;
    let word = '';
    let quote = '';
    let nameEnd = -1;
    while (pos < text.length) {
      const c = text[pos];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\\' && pos + 1 < text.length) word += text[++pos];
        else word += c;
        pos++;
        continue;
      }
      if (isSpace(c)) break;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\' && pos + 1 < text.length) word += text[++pos];
      else {
        if (c === '=' && nameEnd < 0) nameEnd = pos;
        word += c;
      }
      pos++;
    }
    if (word === '--') return { flags, restStart: pos };
    const body = word.slice(2);
    const eq = body.indexOf('=');
    flags.push({
      name: eq >= 0 ? body.slice(0, eq) : body,
      value: eq >= 0 ? body.slice(eq + 1) : undefined,
      start,
      end: pos,
      nameEnd: nameEnd >= 0 ? nameEnd : pos,
    });
  }
}

/** Whether `splitWords(text, from)` would find a word: a character that is not a blank. */
export function hasWord(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) if (!isSpace(text[i])) return true;
  return false;
}

/** The frontend's word splitter (`parseWords`): quotes and escapes are kept in the word. */
export function splitWords(text: string, from: number, escape: string): Word[] {
  const words: Word[] = [];
  let pos = from;
  while (pos < text.length) {
    while (pos < text.length && isSpace(text[pos])) pos++;
    if (pos >= text.length) break;
    const start = pos;
    let quote = '';
    while (pos < text.length) {
      const c = text[pos];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === escape && quote !== "'" && pos + 1 < text.length) pos++;
        pos++;
        continue;
      }
      if (isSpace(c)) break;
      if (c === "'" || c === '"') quote = c;
      else if (c === escape && pos + 1 < text.length) pos++;
      pos++;
    }
    words.push({ raw: text.slice(start, pos), start, end: pos });
  }
  return words;
}

const NO_FLAGS = Object.freeze([]) as unknown as ParsedFlag[];

const INS = memoKeyAt<ParsedInstruction>('syntax:ins');

/** Keyword-less logical line, flags, and words of an instruction (memoized). */
export function parseInstruction(model: DockerfileModel, ins: DfInstruction): ParsedInstruction {
  return model.memoizeAt(INS, ins.index, () => {
    const line = logicalLine(model, ins);
    const { flags, restStart } = extractFlags(line.text, 0);
    return new ParsedInstruction(line, flags.length ? flags : NO_FLAGS, restStart, model.escape);
  });
}

/** Document range of logical indices [start, end) of a parsed instruction. */
export function logicalRange(model: DockerfileModel, line: LogicalLine, start: number, end: number): Range {
  const s = line.offset(start);
  const e = end > start ? line.offset(end - 1) + 1 : s;
  return model.lines.range(s, e);
}

/** A literal `COPY --from=<value>` (variables left out) with the range of its value. */
export interface CopyFrom {
  ins: DfInstruction & { stage: NonNullable<DfInstruction['stage']> };
  value: string;
  range: Range;
}

const COPY_FROM = memoKey<CopyFrom[]>('syntax:copyFrom');

/** Every literal `COPY --from=` of the file, found once per parse for the rules that check stage references. */
export function copyFromReferences(model: DockerfileModel): CopyFrom[] {
  return model.memoize(COPY_FROM, () => {
    const out: CopyFrom[] = [];
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY' || !ins.stage) continue;
      const p = parseInstruction(model, ins);
      const f = p.flags.find((x) => x.name === 'from');
      const v = f?.value;
      if (!f || !v || v.includes('$')) continue;
      out.push({ ins: ins as CopyFrom['ins'], value: v, range: logicalRange(model, p.line, f.nameEnd + 1, f.end) });
    }
    return out;
  });
}

/** Whether the document's `# syntax=` names a labs frontend (`docker/dockerfile:1-labs`). */
export function usesLabs(model: DockerfileModel): boolean {
  return directivesOf(model).some((d) => d.name === 'syntax' && /labs/i.test(d.value));
}

// ---------------------------------------------------------------------------------------------------------
// Exec (JSON) form

export interface JsonElement {
  value: string;
  /** Logical indices of the string literal, quotes included. */
  start: number;
  end: number;
}

export type ExecForm =
  | { kind: 'shell' }
  | { kind: 'json'; elements: JsonElement[]; start: number; end: number }
  | { kind: 'notStrings'; start: number; end: number }
  | { kind: 'invalid'; start: number; end: number; error: string };

/**
 * How the frontend reads arguments that may be a JSON array (RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME, and
 * HEALTHCHECK after its type): text starting with `[` that parses as an array of strings is the exec form; an array
 * of anything else is an error; anything else that starts with `[` silently falls back to the shell form.
 */
export function execFormAt(text: string, from: number): ExecForm {
  let s = from;
  while (s < text.length && isSpace(text[s])) s++;
  let e = text.length;
  while (e > s && isSpace(text[e - 1])) e--;
  if (text[s] !== '[') return { kind: 'shell' };
  const src = text.slice(s, e);
  let parsed: unknown;
  try {
    parsed = JSON.parse(src);
  } catch (err) {
    return { kind: 'invalid', start: s, end: e, error: (err as Error).message };
  }
  if (!Array.isArray(parsed)) return { kind: 'invalid', start: s, end: e, error: 'not an array' };
  if (!parsed.every((x) => typeof x === 'string')) return { kind: 'notStrings', start: s, end: e };
  // Locate each string literal (the array is valid JSON of strings, so a plain scan suffices).
  const elements: JsonElement[] = [];
  let p = s + 1;
  while (p < e) {
    const c = text[p];
    if (c === '"') {
      const start = p;
      p++;
      while (p < e && text[p] !== '"') p += text[p] === '\\' ? 2 : 1;
      p++;
      elements.push({ value: JSON.parse(text.slice(start, p)) as string, start, end: p });
      continue;
    }
    p++;
  }
  return { kind: 'json', elements, start: s, end: e };
}

const EXEC = memoKeyAt<ExecForm>('syntax:exec');

/** The exec form of an instruction's arguments (after flags; for HEALTHCHECK after `CMD`), memoized. */
export function execFormOf(model: DockerfileModel, ins: DfInstruction): ExecForm {
  return model.memoizeAt(EXEC, ins.index, () => {
    const p = parseInstruction(model, ins);
    if (ins.keyword === 'HEALTHCHECK') {
      const first = p.words[0];
      if (!first || first.raw.toUpperCase() !== 'CMD') return { kind: 'shell' } as ExecForm;
      return execFormAt(p.line.text, first.end);
    }
    return execFormAt(p.line.text, p.restStart);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Parser directives

export interface Directive {
  /** Lower-cased name. */
  name: string;
  value: string;
  line: number;
  /** Character range of the value on its line. */
  valueStart: number;
  valueEnd: number;
}

export const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^(\s*#\s*)([a-zA-Z][a-zA-Z0-9]*)(\s*=\s*)(.+?)\s*$/;

/** Matches a `# name=value` line; undefined otherwise. */
export function matchDirective(text: string): { name: string; value: string; valueStart: number } | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  return { name: m[2].toLowerCase(), value: m[4], valueStart: m[1].length + m[2].length + m[3].length };
}

const DIRECTIVES = memoKey<Directive[]>('syntax:directives');

/**
 * The directive block as the frontend reads it: from the first line, every line that is `# name=value` with a
 * known name; the first other line (blank, plain comment, unknown name, instruction) ends it.
 */
export function directivesOf(model: DockerfileModel): Directive[] {
  return model.memoize(DIRECTIVES, () => {
    const out: Directive[] = [];
    for (let line = 0; line < model.lines.lineCount; line++) {
      let text = model.lines.lineText(line);
      let shift = 0;
      if (line === 0 && text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        shift = 1;
      }
      const m = matchDirective(text);
      if (!m || !KNOWN_DIRECTIVES.has(m.name)) break;
      out.push({
        name: m.name,
        value: m.value,
        line,
        valueStart: m.valueStart + shift,
        valueEnd: m.valueStart + shift + m.value.length,
      });
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Durations (Go's time.ParseDuration)

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Nanoseconds of a Go duration string, or an error message. */
export function parseGoDuration(s: string): { ns: number } | { error: string } {
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return { ns: 0 };
  if (rest === '') return { error: `invalid duration "${s}"` };
  let total = 0;
  while (rest) {
    const m = /^(\d*)(?:\.(\d*))?/.exec(rest)!;
    if (!m[0] || m[0] === '.' || (m[1] === '' && (m[2] ?? '') === '')) return { error: `invalid duration "${s}"` };
    rest = rest.slice(m[0].length);
    const u = /^[^\d.]+/.exec(rest);
    if (!u) return { error: `missing unit in duration "${s}"` };
    const unit = u[0];
    const mult = UNIT_NS[unit];
    if (mult === undefined) return { error: `unknown unit "${unit}" in duration "${s}"` };
    rest = rest.slice(unit.length);
    total += Number(`${m[1] || '0'}.${m[2] || '0'}`) * mult;
  }
  return { ns: sign * total };
}

// ---------------------------------------------------------------------------------------------------------
// Shell-form words for exec-form conversion

/** Words of a shell-form command when exec form can carry them unchanged (no shell features); else undefined. */
export function simpleShellWords(content: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < content.length) {
    while (i < content.length && /\s/.test(content[i])) i++;
    if (i >= content.length) break;
    let word = '';
    while (i < content.length && !/\s/.test(content[i])) {
      const c = content[i];
      if (c === "'") {
        const end = content.indexOf("'", i + 1);
        if (end < 0) return undefined;
        word += content.slice(i + 1, end);
        i = end + 1;
      } else if (c === '"') {
        const end = content.indexOf('"', i + 1);
        if (end < 0) return undefined;
        const inner = content.slice(i + 1, end);
        if (/[$`\\]/.test(inner)) return undefined;
        word += inner;
        i = end + 1;
      } else if (/[$`\\&|;<>()*?[\]{}~#!]/.test(c)) {
        return undefined;
      } else {
        word += c;
        i++;
      }
    }
    words.push(word);
  }
  // A leading `NAME=value` is a shell variable assignment, which exec form would run as a program.
  if (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) return undefined;
  return words.length ? words : undefined;
}

export function jsonArray(words: string[]): string {
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}
