/**
 * Variable scoping and word expansion as BuildKit does it, shared by the BuildKit-check rules.
 *
 * - Global ARGs (before the first FROM) are visible in FROM lines only, together with the predefined platform
 *   ARGs (BUILDPLATFORM, TARGETARCH, ...).
 * - Inside a stage, a name is defined once an ARG declares it (with or without a value) or an ENV sets it; a
 *   stage built `FROM <earlier stage>` starts with everything its parent defined; a stage built on an official
 *   image that data/image-env.json knows (python, golang, node, …) starts with that image's ENV names.
 * - Words are expanded with BuildKit's rules: `$X`, `${X}`, `${X:-w}`, `${X-w}`, `${X:+w}`, `${X+w}`,
 *   `${X:?w}`, `${X#p}`, `${X%p}`, `${X/a/b}`; single quotes stop expansion, the escape character escapes `$`.
 *
 * Everything is computed once per parse through `model.memoize`.
 */
import type { DockerfileModel, DfInstruction, Stage } from './model';
import { parseInstruction } from './syntax';
import { imageEnv } from './imageEnv';
import type { ImageEnv } from './imageEnv';
import { memoKey, memoKeyAt } from '../engine/memo';

export const PLATFORM_ARGS: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
};

const PROXY_ARGS = new Set(
  ['HTTP_PROXY', 'HTTPS_PROXY', 'FTP_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((n) => [n, n.toLowerCase()]),
);

/** Build args Docker accepts without an ARG instruction (proxies, BuildKit's own knobs). */
export function isImplicitArg(name: string): boolean {
  return PROXY_ARGS.has(name) || name.startsWith('BUILDKIT_') || name === 'SOURCE_DATE_EPOCH';
}

// ---------------------------------------------------------------------------------------------------------
// Logical text of an instruction (continuations joined, comment lines inside continuations dropped)
// ---------------------------------------------------------------------------------------------------------

export interface LogicalLine {
  /** Text after the keyword, continuations joined, comment and blank lines inside them dropped. */
  args: string;
  /** 0-based line where the logical line ends (the last line of the continuation). */
  endLine: number;
  /** Lines that were blank inside the continuation (BuildKit's "empty continuation line"). */
  emptyContinuationLines: number[];
}

const LOGICAL = memoKeyAt<LogicalLine>('logical');

/** The first logical line of an instruction (heredoc bodies are not part of it). */
export function logicalLine(model: DockerfileModel, ins: DfInstruction): LogicalLine {
  return model.memoizeAt(LOGICAL, ins.index, () => {
    const esc = model.escape;
    const first = ins.keywordRange.end;
    let line = first.line;
    let text = model.lines.lineText(line).slice(first.character);
    let args = '';
    const empty: number[] = [];
    const lastLine = Math.max(ins.range.end.line, line);
    for (;;) {
      const m = endsWithContinuation(text, esc);
      if (m < 0) {
        args += text;
        break;
      }
      args += text.slice(0, m);
      // Find the next line that continues the instruction.
      let next = line + 1;
      while (next <= lastLine) {
        const t = model.lines.lineText(next);
        if (/^\s*$/.test(t)) {
          empty.push(next);
          next++;
        } else if (/^\s*#/.test(t)) next++;
        else break;
      }
      if (next > lastLine || next >= model.lines.lineCount) {
        line = Math.min(next, lastLine);
        break;
      }
      line = next;
      text = model.lines.lineText(line);
    }
    return { args, endLine: line, emptyContinuationLines: empty };
  });
}

/** Index of the escape character that continues the line, or -1. */
function endsWithContinuation(text: string, esc: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === 0 || text[end - 1] !== esc) return -1;
  // An escaped escape character (`\\`) at the end is not a continuation.
  let n = 0;
  for (let i = end - 1; i >= 0 && text[i] === esc; i--) n++;
  return n % 2 === 1 ? end - 1 : -1;
}

// ---------------------------------------------------------------------------------------------------------
// Words and flags
// ---------------------------------------------------------------------------------------------------------

/** Splits on whitespace outside quotes, keeping quotes and escapes in the words (BuildKit's parseWords). */
export function splitWords(s: string, esc: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote = '';
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (escaped) {
      word += c;
      escaped = false;
      continue;
    }
    if (c === esc) {
      escaped = true;
      word += c;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      word += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      word += c;
      continue;
    }
    if (c === ' ' || c === '\t') {
      if (word) words.push(word);
      word = '';
      continue;
    }
    word += c;
  }
  if (word) words.push(word);
  return words;
}

export interface ParsedArgs {
  flags: { name: string; value: string | undefined }[];
  words: string[];
}

const WORDS = memoKeyAt<ParsedArgs>('words');

/**
 * Leading `--flag[=value]` words, then the remaining words (as written). Flag values are read as the builder reads
 * them (syntax.ts `parseInstruction`, BuildKit's builder-flag extraction): quotes and backslash escapes removed.
 */
export function parseFlagsAndWords(model: DockerfileModel, ins: DfInstruction): ParsedArgs {
  return model.memoizeAt(WORDS, ins.index, () => {
    const all = splitWords(logicalLine(model, ins).args, model.escape);
    const parsed = parseInstruction(model, ins).flags;
    const flags: ParsedArgs['flags'] = [];
    let i = 0;
    for (; i < all.length; i++) {
      const w = all[i];
      if (!w.startsWith('--') || w === '--') break;
      const eq = w.indexOf('=');
      const p = parsed[i];
      if (p) flags.push({ name: p.name, value: p.value });
      else flags.push(eq < 0 ? { name: w.slice(2), value: undefined } : { name: w.slice(2, eq), value: w.slice(eq + 1) });
    }
    return { flags, words: all.slice(i) };
  });
}

export interface KeyValue {
  key: string;
  value: string | undefined;
}

const KV = memoKeyAt<{ pairs: KeyValue[]; legacy: boolean }>('kv');

/**
 * Key/value pairs of ENV, LABEL (and ARG): `k=v k2=v2`, or the legacy `k v with spaces` form (`legacy`).
 * Keys and values are raw (quotes kept) so they can be expanded with BuildKit's rules.
 */
export function keyValues(model: DockerfileModel, ins: DfInstruction): { pairs: KeyValue[]; legacy: boolean } {
  return model.memoizeAt(KV, ins.index, () => {
    const args = logicalLine(model, ins).args.trim();
    const words = splitWords(args, model.escape);
    if (ins.keyword === 'ARG') {
      return {
        pairs: words.map((w) => {
          const eq = w.indexOf('=');
          return eq < 0 ? { key: w, value: undefined } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
        }),
        legacy: false,
      };
    }
    if (words.length === 0) return { pairs: [], legacy: false };
    if (!words[0].includes('=')) {
      // Legacy form: the key is the first word, the value is the rest of the line as written.
      const key = words[0];
      const rest = args.slice(args.indexOf(key) + key.length).trim();
      return { pairs: [{ key, value: rest }], legacy: true };
    }
    const pairs: KeyValue[] = [];
    for (const w of words) {
      const eq = w.indexOf('=');
      if (eq < 0) pairs.push({ key: w, value: undefined });
      else pairs.push({ key: w.slice(0, eq), value: w.slice(eq + 1) });
    }
    return { pairs, legacy: false };
  });
}

/** A key as BuildKit stores it: quotes removed (`"k"` -> `k`). */
export function unquote(s: string, esc: string): string {
  return expandWord(s, () => undefined, esc).result;
}

// ---------------------------------------------------------------------------------------------------------
// Expansion
// ---------------------------------------------------------------------------------------------------------

export interface VarRef {
  name: string;
  /** The modifier after the name (`:-`, `-`, `:+`, `+`, `:?`, `?`, `#`, `%`, `/`), or '' for `$X`/`${X}`. */
  modifier: string;
  found: boolean;
}

export interface Expansion {
  result: string;
  refs: VarRef[];
  /** The word could not be parsed (unterminated quote or `${`); results are approximate. */
  error: boolean;
}

/**
 * A word as the builder uses it once its shell lexer has processed it (ProcessWord: quotes removed, escapes taken
 * away), with variable references left as written (`"$HOME/x"` -> `$HOME/x`) and `dynamic` when there is one.
 * BuildKit processes this way the arguments of ADD, COPY, WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE, ENV, LABEL, ARG
 * and the image of FROM; rules comparing those arguments with fixed text read this rather than the text as written.
 */
export function wordValue(word: string, esc: string): { value: string; dynamic: boolean } {
  // Most words have nothing to remove.
  if (!/["'$]/.test(word) && !word.includes(esc)) return { value: word, dynamic: false };
  const e = expandWord(word, () => undefined, esc, true);
  return { value: e.result, dynamic: e.refs.length > 0 };
}

/**
 * Expands a word as BuildKit's shell lexer does; `lookup` returns undefined for an unset name. With `keepRefs`,
 * each variable reference is left as written instead of its value (quotes and escapes are still removed).
 */
export function expandWord(word: string, lookup: (name: string) => string | undefined, esc: string, keepRefs = false): Expansion {
  const refs: VarRef[] = [];
  let pos = 0;
  let error = false;

  const peek = () => (pos < word.length ? word[pos] : '');

  function getEnv(name: string, modifier: string): string | undefined {
    const v = lookup(name);
    refs.push({ name, modifier, found: v !== undefined });
    return v;
  }

  function processName(): string {
    let name = '';
    while (pos < word.length) {
      const ch = word[pos];
      if (name === '' && /[0-9]/.test(ch)) {
        while (pos < word.length && /[0-9]/.test(word[pos])) name += word[pos++];
        return name;
      }
      if (name === '' && '@*#?-$!0'.includes(ch)) {
        pos++;
        return ch;
      }
      if (!/[\p{L}\p{N}_]/u.test(ch)) break;
      name += ch;
      pos++;
    }
    return name;
  }

  function processDollar(): string {
    if (!keepRefs) return expandDollar();
    const start = pos;
    expandDollar();
    return word.slice(start, pos);
  }

  function expandDollar(): string {
    pos++; // $
    if (peek() !== '{') {
      const name = processName();
      if (name === '') return '$';
      if (!/^[A-Za-z_]/.test(name)) return ''; // positional/special parameters are not variables
      return getEnv(name, '') ?? '';
    }
    pos++; // {
    const c = peek();
    if (c === '' || c === '{' || c === '}' || c === ':') {
      error = true;
      return '';
    }
    const name = processName();
    let ch = word[pos++] ?? '';
    if (ch === '}') return getEnv(name, '') ?? '';
    let mod = ch;
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = word[pos++] ?? '';
      mod += ch;
    }
    if ('+-?#%'.includes(ch) && ch !== '') {
      const sub = processStopOn('}');
      const value = getEnv(name, mod);
      const set = value !== undefined;
      switch (ch) {
        case '-':
          return !set || (nullIsUnset && value === '') ? sub : value!;
        case '+':
          return !set || (nullIsUnset && value === '') ? '' : sub;
        case '?':
          return value ?? '';
        default:
          return value ?? ''; // pattern trimming: approximate
      }
    }
    if (ch === '/' && !nullIsUnset) {
      if (peek() === '/') pos++;
      processStopOn('/');
      processStopOn('}');
      return getEnv(name, '/') ?? '';
    }
    error = true;
    return '';
  }

  function processSingleQuote(): string {
    pos++;
    const end = word.indexOf("'", pos);
    if (end < 0) {
      error = true;
      const r = word.slice(pos);
      pos = word.length;
      return r;
    }
    const r = word.slice(pos, end);
    pos = end + 1;
    return r;
  }

  function processDoubleQuote(): string {
    pos++;
    let r = '';
    for (;;) {
      const c = peek();
      if (c === '') {
        error = true;
        return r;
      }
      if (c === '"') {
        pos++;
        return r;
      }
      if (c === '$') {
        r += processDollar();
        continue;
      }
      pos++;
      if (c === esc) {
        const n = peek();
        if (n === '') continue;
        if (n === '"' || n === '$' || n === esc) {
          r += n;
          pos++;
          continue;
        }
      }
      r += c;
    }
  }

  function processStopOn(stop: string): string {
    let r = '';
    while (pos < word.length) {
      const c = word[pos];
      if (stop && c === stop) {
        pos++;
        return r;
      }
      if (c === '$') r += processDollar();
      else if (c === "'") r += processSingleQuote();
      else if (c === '"') r += processDoubleQuote();
      else {
        pos++;
        if (c === esc) {
          if (pos >= word.length) break;
          r += word[pos++];
        } else r += c;
      }
    }
    if (stop) error = true;
    return r;
  }

  const result = processStopOn('');
  return { result, refs, error };
}

/** Variable references in a word that are not set and have no default/alternative the author gave. */
export function undefinedRefs(e: Expansion): string[] {
  const out: string[] = [];
  for (const r of e.refs) {
    if (r.found) continue;
    // `${X:-default}`, `${X-default}`, `${X:+alt}`, `${X+alt}` and `${X:?msg}` handle the unset case on purpose.
    if (r.modifier && r.modifier !== '#' && r.modifier !== '%' && r.modifier !== '/') continue;
    if (!out.includes(r.name)) out.push(r.name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Global (meta) ARGs and FROM
// ---------------------------------------------------------------------------------------------------------

export interface GlobalArgs {
  /** Declared global ARG names with their default (undefined when declared without one), in order. */
  declared: Map<string, string | undefined>;
  /** Names a FROM line may use: declared globals and the predefined platform ARGs. */
  names: Set<string>;
}

const GLOBALS = memoKey<GlobalArgs>('scope:globals');

export function globalArgs(model: DockerfileModel): GlobalArgs {
  return model.memoize(GLOBALS, () => {
    const declared = new Map<string, string | undefined>();
    for (const ins of model.preamble) {
      if (ins.keyword !== 'ARG') continue;
      for (const kv of keyValues(model, ins).pairs) {
        const key = unquote(kv.key, model.escape);
        if (!key) continue;
        // Defaults may refer to earlier global ARGs.
        const value =
          kv.value === undefined
            ? undefined
            : expandWord(kv.value, (n) => lookupGlobalDefault(declared, n), model.escape).result;
        declared.set(key, value);
      }
    }
    const names = new Set<string>([...Object.keys(PLATFORM_ARGS), ...declared.keys()]);
    return { declared, names };
  });
}

function lookupGlobalDefault(declared: Map<string, string | undefined>, name: string): string | undefined {
  if (declared.has(name)) return declared.get(name) ?? '';
  return name in PLATFORM_ARGS ? PLATFORM_ARGS[name] : undefined;
}

/** Looks a name up as a FROM line sees it, using only the defaults written in the file. */
export function fromLookup(model: DockerfileModel): (name: string) => string | undefined {
  const g = globalArgs(model);
  return (name) => lookupGlobalDefault(g.declared, name);
}

// ---------------------------------------------------------------------------------------------------------
// Stage scopes
// ---------------------------------------------------------------------------------------------------------

export interface StageScope {
  stage: Stage;
  /** The stage this one is built on, when it is built FROM an earlier stage of the file. */
  parent: StageScope | undefined;
  /** Names defined by the stage itself, with the index of the first instruction that defines each. */
  defs: Map<string, number>;
  /** Whether the base image's environment is known (scratch, an image of data/image-env.json marked complete, or a known parent stage). */
  baseKnown: boolean;
  /** The ENV names of the base image (through parent stages), when data/image-env.json knows it. */
  image: ImageEnv | undefined;
  /** Windows base image or shell: names are case-insensitive and PATH is not predefined. */
  windows: boolean;
}

export interface Scopes {
  byStage: StageScope[];
}

/** The FROM image (quotes removed, as BuildKit reads it) with the global ARG defaults substituted. */
function baseImageRef(model: DockerfileModel, stage: Stage): string {
  const image = stage.imageValue ?? '';
  return image.includes('$') ? expandWord(image, fromLookup(model), model.escape).result : image;
}

const STAGES = memoKey<Scopes>('scope:stages');

export function scopes(model: DockerfileModel): Scopes {
  return model.memoize(STAGES, () => {
    const byStage: StageScope[] = [];
    for (const stage of model.stages) {
      const image = stage.imageValue ?? '';
      const parentStage = image && !image.includes('$') ? model.findStage(image) : undefined;
      const parent = parentStage && parentStage.index < stage.index ? byStage[parentStage.index] : undefined;
      const ref = baseImageRef(model, stage);
      const base = ref.replace(/[@].*$/, '').replace(/:[^/:]*$/, '').toLowerCase();
      const windows = parent
        ? parent.windows
        : /windows|nanoserver|servercore/.test(base) || stage.instructions.some((i) => i.keyword === 'SHELL' && /powershell|pwsh|cmd/i.test(i.rawArgsContent ?? ''));
      const env = parent ? parent.image : windows ? undefined : imageEnv(ref);
      const baseKnown = parent ? parent.baseKnown : base === 'scratch' || (env?.complete ?? false);
      const defs = new Map<string, number>();
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
        for (const kv of keyValues(model, ins).pairs) {
          const key = unquote(kv.key, model.escape);
          if (key && !defs.has(key)) defs.set(key, ins.index);
        }
      }
      byStage.push({ stage, parent, defs, baseKnown, image: env, windows });
    }
    return { byStage };
  });
}

/** Whether `name` is defined in the stage's scope just before instruction `index` runs. */
export function definedBefore(scope: StageScope, name: string, index: number): boolean {
  for (let s: StageScope | undefined = scope; s; s = s.parent) {
    const at = s.defs.get(name);
    if (at !== undefined && (s !== scope || at < index)) return true;
    if (scope.windows) {
      // Windows environment names are case-insensitive.
      const lower = name.toLowerCase();
      for (const [n, i] of s.defs) if (n.toLowerCase() === lower && (s !== scope || i < index)) return true;
    }
  }
  if (!scope.windows && name === 'PATH') return true;
  return scope.image?.names.has(name) ?? false;
}

/** Names defined in the stage's scope before `index`, for suggestions. */
export function namesBefore(scope: StageScope, index: number): string[] {
  const out = new Set<string>();
  for (let s: StageScope | undefined = scope; s; s = s.parent) {
    for (const [n, at] of s.defs) if (s !== scope || at < index) out.add(n);
  }
  if (!scope.windows) out.add('PATH');
  for (const n of scope.image?.names ?? []) out.add(n);
  return [...out];
}

/** A lookup for expanding words of instruction `index` (values are not tracked: defined names expand to ''). */
export function stageLookup(scope: StageScope, index: number): (name: string) => string | undefined {
  return (name) => (definedBefore(scope, name, index) ? '' : undefined);
}

/** `r` when it starts on the instruction's first line (where BuildKit reports), else the keyword's range. */
export function rangeOnFirstLine(ins: DfInstruction, r: import('../engine/types').Range | null | undefined): import('../engine/types').Range {
  return r && r.start.line === ins.range.start.line ? r : ins.keywordRange;
}

/** Instructions BuildKit knows; anything else is a parse error there, not a lint finding. */
export const KNOWN_INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** The FROM line's words: image, optional `AS name` (with the `AS` as written), and the --platform value. */
export interface FromParts {
  image: string | undefined;
  asWord: string | undefined;
  asRange: import('../engine/types').Range | undefined;
  name: string | undefined;
  platform: string | undefined;
}

const FROM = memoKeyAt<FromParts>('from');

export function fromParts(model: DockerfileModel, stage: Stage): FromParts {
  return model.memoizeAt(FROM, stage.index, () => {
    const { flags, words } = parseFlagsAndWords(model, stage.fromInstruction);
    const platform = flags.find((f) => f.name.toLowerCase() === 'platform')?.value;
    const args = stage.fromInstruction.args;
    const asArg = args.length >= 3 && args[1].getValue().toLowerCase() === 'as' ? args[1] : undefined;
    return {
      image: words[0],
      asWord: asArg?.getValue(),
      asRange: asArg?.getRange(),
      name: words.length >= 3 && words[1].toLowerCase() === 'as' ? words[2] : undefined,
      platform,
    };
  });
}
