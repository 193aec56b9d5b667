// Where in a script each `${{ }}` stands: in plain code, inside quotes, in a here-document, a comment, ... The
// move-to-env quick fix needs this to write a variable reference that reads exactly what the pasted text read; a
// place it cannot classify with confidence is 'unknown', and the fix is then not offered.
//
// These are small lexers, not parsers: they follow quoting, escapes, comments, command substitutions and
// here-documents, which is all that decides how a reference is written. Every `${{ }}` (the spans) is opaque text to
// them, as GitHub substitutes it before the script runs.

export type ScriptLanguage = 'sh' | 'pwsh' | 'cmd' | 'js';

export type ContextKind =
  /** Unquoted words (shells) or code (JavaScript). */
  | 'code'
  | 'double'
  | 'single'
  /** A JavaScript template literal (not tagged). */
  | 'template'
  /** The body of an unquoted shell here-document or a PowerShell `@" "@` here-string: variables expand, quotes are text. */
  | 'heredoc'
  /** A quoted here-document or a PowerShell `@' '@` here-string: nothing expands. */
  | 'literal'
  | 'comment'
  | 'unknown';

export interface SpanContext {
  kind: ContextKind;
  /** For 'single' and 'double': offsets of the opening quote and of the closing one (undefined if unterminated). */
  open?: number;
  close?: number;
}

export interface Span {
  start: number;
  end: number;
}

/** The context of each span (same order as `spans`, which must be sorted and not overlap). */
export function spanContexts(script: string, lang: ScriptLanguage, spans: readonly Span[]): SpanContext[] {
  switch (lang) {
    case 'sh':
      return new ShLexer(script, spans).run();
    case 'pwsh':
      return new PwshLexer(script, spans).run();
    case 'js':
      return new JsLexer(script, spans).run();
    case 'cmd':
      // cmd expands %NAME% everywhere, inside quotes too, and has no other quoting that stops it.
      return spans.map(() => ({ kind: 'code' }));
  }
}

/** Shared bookkeeping: the spans, where the next one starts, and the contexts found so far. */
abstract class Lexer {
  protected i = 0;
  protected readonly n: number;
  private next = 0;
  protected readonly out: SpanContext[];
  /** Spans recorded inside the string that is being read (their `close` is set when it ends). */
  private openStrings: SpanContext[] = [];

  constructor(
    protected readonly s: string,
    private readonly spans: readonly Span[],
  ) {
    this.n = s.length;
    this.out = spans.map(() => ({ kind: 'unknown' as ContextKind }));
  }

  /** Whether a span starts at `at`. */
  protected spanAt(at: number): boolean {
    while (this.next < this.spans.length && this.spans[this.next].start < at) this.next++;
    return this.next < this.spans.length && this.spans[this.next].start === at;
  }

  /** Records the context of the span at `this.i` and moves past it. Call only when spanAt(this.i). */
  protected take(ctx: SpanContext): void {
    const k = this.next++;
    this.out[k] = ctx;
    if (ctx.kind === 'single' || ctx.kind === 'double') this.openStrings.push(ctx);
    this.i = this.spans[k].end;
  }

  /** Marks the span at `at` (if any) as unknown and moves past it; used after an escape character. */
  protected escaped(at: number): void {
    if (this.spanAt(at)) {
      this.i = at;
      this.take({ kind: 'unknown' });
    } else this.i = at + 1;
  }

  /**
   * What the states inside strings, heredocs and expansions do first: a span at `this.i` is taken whole as `kind`
   * (unknown inside an opaque construct), and the escape character skips what it escapes. Whether either happened.
   */
  protected spanOrEscape(escape: string, kind: ContextKind, open?: number): boolean {
    if (this.spanAt(this.i)) {
      const k = this.insideOpaque() ? 'unknown' : kind;
      this.take(open === undefined ? { kind: k } : { kind: k, open });
      return true;
    }
    if (this.s[this.i] !== escape) return false;
    this.escaped(this.i + 1);
    return true;
  }

  /** Whether `this.i` is inside a construct whose spans' context is unknown (the shell's backquotes and expansions). */
  protected insideOpaque(): boolean {
    return false;
  }

  /** Ends the string opened at `open`: its spans learn where it closes (unterminated: they become unknown). */
  protected closeString(open: number, close: number | undefined): void {
    const mine = this.openStrings.filter((c) => c.open === open);
    this.openStrings = this.openStrings.filter((c) => c.open !== open);
    for (const c of mine) {
      c.close = close;
      if (close === undefined) c.kind = 'unknown';
    }
  }

  /** Every span from `this.i` to `end` gets `kind`; moves to `end`. */
  protected fill(end: number, kind: ContextKind): void {
    while (this.i < end) {
      if (this.spanAt(this.i)) this.take({ kind });
      else this.i++;
    }
    this.i = Math.max(this.i, end);
  }

  /** End of the line containing `at` (offset of the newline, or the script's end). */
  protected lineEnd(at: number): number {
    const e = this.s.indexOf('\n', at);
    return e < 0 ? this.n : e;
  }
}

// POSIX shell (bash, sh)

type ShFrame =
  | { t: 'cmd'; sub: boolean; depth: number }
  | { t: 'dq' }
  | { t: 'param'; depth: number }
  | { t: 'arith'; depth: number }
  | { t: 'bq' }
  | { t: 'hd'; end: number; resume: number };

interface PendingHeredoc {
  delim: string;
  strip: boolean;
  quoted: boolean;
}

class ShLexer extends Lexer {
  private stack: ShFrame[] = [{ t: 'cmd', sub: false, depth: 0 }];
  private pending: PendingHeredoc[] = [];
  private queue: PendingHeredoc[] = [];
  private wordStart = true;
  private word = '';
  private prevWord = '';
  private inTest = false;
  /** Offsets of the opening quotes of the double-quoted strings being read (innermost last). */
  private readonly dqOpen: number[] = [];

  run(): SpanContext[] {
    while (this.i < this.n) {
      const f = this.stack[this.stack.length - 1];
      switch (f.t) {
        case 'cmd':
          if (!this.cmd(f)) return this.out;
          break;
        case 'dq':
          this.dq();
          break;
        case 'param':
        case 'arith':
        case 'bq':
          this.opaque(f);
          break;
        case 'hd':
          this.heredocBody(f);
          break;
      }
    }
    return this.out;
  }

  /** Whether the stack holds a frame in which a reference could not be written safely (backquotes, ${...}, $((...))). */
  protected override insideOpaque(): boolean {
    return this.stack.some((f) => f.t === 'bq' || f.t === 'param' || f.t === 'arith');
  }

  private endWord(): void {
    if (this.word) {
      this.prevWord = this.word;
      if (this.word === '[[') this.inTest = true;
      else if (this.word === ']]') this.inTest = false;
    }
    this.word = '';
    this.wordStart = true;
  }

  /** Opens `$(`, `$((`, `${` or a backquote at `this.i` (which is at `$` or `` ` ``); false when nothing opens. */
  private openExpansion(): boolean {
    const s = this.s;
    const i = this.i;
    if (s[i] === '`') {
      this.stack.push({ t: 'bq' });
      this.i++;
      return true;
    }
    if (s[i] !== '$') return false;
    if (s[i + 1] === '(' && s[i + 2] === '(') {
      this.stack.push({ t: 'arith', depth: 0 });
      this.i += 3;
      return true;
    }
    if (s[i + 1] === '(') {
      this.stack.push({ t: 'cmd', sub: true, depth: 0 });
      this.i += 2;
      this.wordStart = true;
      return true;
    }
    if (s[i + 1] === '{') {
      this.stack.push({ t: 'param', depth: 0 });
      this.i += 2;
      return true;
    }
    return false;
  }

  /** One step in unquoted command text; false when the rest cannot be read (a span inside a here-document delimiter). */
  private cmd(f: { t: 'cmd'; sub: boolean; depth: number }): boolean {
    const s = this.s;
    const c = s[this.i];
    if (this.spanAt(this.i)) {
      const testOperand = this.inTest && ['=~', '==', '!=', '='].includes(this.prevWord) && this.word === '';
      this.take({ kind: testOperand || this.insideOpaque() ? 'unknown' : 'code' });
      this.word += 'x';
      this.wordStart = false;
      return true;
    }
    if (c === '\\') {
      this.word += 'x';
      this.wordStart = false;
      this.escaped(this.i + 1);
      return true;
    }
    if (c === '\n') {
      this.endWord();
      this.i++;
      if (this.pending.length) {
        this.queue = this.pending;
        this.pending = [];
        this.nextHeredoc();
      }
      return true;
    }
    if (c === ' ' || c === '\t') {
      this.endWord();
      this.i++;
      return true;
    }
    if (c === '#' && this.wordStart) {
      this.fill(this.lineEnd(this.i), 'comment');
      return true;
    }
    if (c === "'") {
      this.wordStart = false;
      this.word += 'x';
      const open = this.i;
      const close = s.indexOf("'", open + 1);
      this.i++;
      this.fillString(close < 0 ? this.n : close, 'single', open);
      this.closeString(open, close < 0 ? undefined : close);
      this.i = close < 0 ? this.n : close + 1;
      return true;
    }
    if (c === '$' && (s[this.i + 1] === "'" || s[this.i + 1] === '"')) {
      // `$'...'` (ANSI-C quoting: escapes are decoded, so the text between the quotes is not what runs) and
      // `$"..."` (a translatable string): unknown text.
      const quote = s[this.i + 1];
      this.wordStart = false;
      this.word += 'x';
      let j = this.i + 2;
      while (j < this.n && s[j] !== quote) j += s[j] === '\\' ? 2 : 1;
      this.i += 2;
      this.fill(Math.min(j, this.n), 'unknown');
      this.i = j + 1;
      return true;
    }
    if (c === '"') {
      this.wordStart = false;
      this.word += 'x';
      this.stack.push({ t: 'dq' });
      this.dqOpen.push(this.i);
      this.i++;
      return true;
    }
    if (c === '$' || c === '`') {
      this.wordStart = false;
      this.word += 'x';
      if (this.openExpansion()) return true;
      this.dollar();
      return true;
    }
    if (c === '(') {
      if (this.wordStart && s[this.i + 1] === '(') {
        this.stack.push({ t: 'arith', depth: 0 });
        this.i += 2;
        return true;
      }
      f.depth++;
      this.endWord();
      this.i++;
      return true;
    }
    if (c === ')') {
      this.endWord();
      this.i++;
      if (f.depth === 0 && f.sub) this.stack.pop();
      else if (f.depth > 0) f.depth--;
      return true;
    }
    if (c === '<' && s[this.i + 1] === '<' && s[this.i + 2] !== '<') return this.heredocOperator();
    if (c === '<' && s.startsWith('<<<', this.i)) {
      this.endWord();
      this.i += 3;
      return true;
    }
    if (c === ';' || c === '&' || c === '|' || c === '<' || c === '>') {
      this.endWord();
      this.word = '';
      this.prevWord = c;
      this.i++;
      return true;
    }
    this.wordStart = false;
    this.word += c;
    this.i++;
    return true;
  }

  private fillString(end: number, kind: 'single' | 'double', open: number): void {
    while (this.i < end) {
      if (this.spanAt(this.i)) this.take({ kind, open });
      else this.i++;
    }
  }

  private dq(): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanOrEscape('\\', 'double', this.dqOpen[this.dqOpen.length - 1])) return;
    if (c === '"') {
      this.stack.pop();
      this.closeString(this.dqOpen.pop()!, this.i);
      this.i++;
      return;
    }
    if ((c === '$' || c === '`') && this.openExpansion()) return;
    if (c === '$') {
      this.dollar();
      return;
    }
    this.i++;
  }

  /** A `$` that opens nothing: a span right after it (`$${{ }}`) would make `$"..."` of the reference. */
  private dollar(): void {
    this.i++;
    if (this.spanAt(this.i)) this.take({ kind: 'unknown' });
  }

  /** Backquotes, `${...}` and `$((...))`: every span inside is unknown; only their end matters. */
  private opaque(f: ShFrame & { t: 'param' | 'arith' | 'bq' }): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanOrEscape('\\', 'unknown')) return;
    if (f.t === 'bq') {
      if (c === '`') this.stack.pop();
      this.i++;
      return;
    }
    if (f.t === 'param') {
      if (c === '"') {
        this.stack.push({ t: 'dq' });
        this.dqOpen.push(this.i);
        this.i++;
        return;
      }
      if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        this.i++;
        this.fill(close < 0 ? this.n : close, 'unknown');
        this.i = close < 0 ? this.n : close + 1;
        return;
      }
      if ((c === '$' || c === '`') && this.openExpansion()) return;
      if (c === '{') f.depth++;
      else if (c === '}') {
        if (f.depth === 0) this.stack.pop();
        else f.depth--;
      }
      this.i++;
      return;
    }
    // arithmetic
    if ((c === '$' || c === '`') && this.openExpansion()) return;
    if (c === '(') f.depth++;
    else if (c === ')') {
      if (f.depth === 0 && s[this.i + 1] === ')') {
        this.stack.pop();
        this.i += 2;
        return;
      }
      if (f.depth > 0) f.depth--;
    }
    this.i++;
  }

  /** `<<word` / `<<-word` at `this.i`: remembers the here-document whose body starts on the next line. */
  private heredocOperator(): boolean {
    const s = this.s;
    this.endWord();
    let j = this.i + 2;
    const strip = s[j] === '-';
    if (strip) j++;
    while (s[j] === ' ' || s[j] === '\t') j++;
    let delim = '';
    let quoted = false;
    while (j < this.n && !/[\s;&|<>()]/.test(s[j])) {
      if (this.spanAt(j)) return false;
      const c = s[j];
      if (c === "'" || c === '"') {
        quoted = true;
        const close = s.indexOf(c, j + 1);
        if (close < 0) return false;
        for (let k = j + 1; k < close; k++) if (this.spanAt(k)) return false;
        delim += s.slice(j + 1, close);
        j = close + 1;
      } else if (c === '\\') {
        quoted = true;
        delim += s[j + 1] ?? '';
        j += 2;
      } else {
        delim += c;
        j++;
      }
    }
    if (!delim) return false;
    this.pending.push({ delim, strip, quoted });
    this.i = j;
    return true;
  }

  /** Starts the next queued here-document body at `this.i` (the start of a line). */
  private nextHeredoc(): void {
    for (;;) {
      const h = this.queue.shift();
      if (!h) return;
      let pos = this.i;
      let end = this.n;
      let resume = this.n;
      while (pos < this.n) {
        const le = this.lineEnd(pos);
        const line = this.s.slice(pos, le);
        if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) {
          end = pos;
          resume = Math.min(this.n, le + 1);
          break;
        }
        pos = le + 1;
      }
      if (h.quoted) {
        this.fill(end, 'literal');
        this.i = resume;
        continue;
      }
      this.stack.push({ t: 'hd', end, resume });
      return;
    }
  }

  private heredocBody(f: { t: 'hd'; end: number; resume: number }): void {
    if (this.i >= f.end) {
      this.stack.pop();
      this.i = f.resume;
      this.nextHeredoc();
      return;
    }
    const c = this.s[this.i];
    if (this.spanOrEscape('\\', 'heredoc')) return;
    if ((c === '$' || c === '`') && this.openExpansion()) return;
    if (c === '$') {
      this.dollar();
      return;
    }
    this.i++;
  }
}

// PowerShell

type PwshFrame = { t: 'code'; sub: boolean; depth: number } | { t: 'dq'; open: number } | { t: 'hs'; end: number; resume: number };

class PwshLexer extends Lexer {
  private stack: PwshFrame[] = [{ t: 'code', sub: false, depth: 0 }];
  private wordStart = true;

  run(): SpanContext[] {
    // PowerShell also takes typographic quotes as quotes; not worth following.
    if (/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e]/.test(this.s)) return this.out;
    while (this.i < this.n) {
      const f = this.stack[this.stack.length - 1];
      if (f.t === 'code') this.code(f);
      else if (f.t === 'dq') this.dq(f);
      else this.hereString(f);
    }
    return this.out;
  }

  /** `$(`, `@(` or `${name}` at `this.i`; false when none starts there. */
  private openExpansion(): boolean {
    const s = this.s;
    const i = this.i;
    if ((s[i] === '$' || s[i] === '@') && s[i + 1] === '(') {
      this.stack.push({ t: 'code', sub: true, depth: 0 });
      this.i += 2;
      this.wordStart = true;
      return true;
    }
    if (s[i] === '$' && s[i + 1] === '{') {
      let j = i + 2;
      while (j < this.n && s[j] !== '}') j += s[j] === '`' ? 2 : 1;
      this.i = i + 2;
      this.fill(Math.min(j, this.n), 'unknown');
      this.i = j + 1;
      return true;
    }
    return false;
  }

  /** At `@'` or `@"` ending its line: the here-string's body range. */
  private hereStringAt(): { quote: string; bodyStart: number; end: number; resume: number } | undefined {
    const s = this.s;
    const q = s[this.i + 1];
    if (s[this.i] !== '@' || (q !== "'" && q !== '"')) return undefined;
    const le = this.lineEnd(this.i);
    if (s.slice(this.i + 2, le).trim() !== '') return undefined;
    const bodyStart = le + 1;
    let pos = bodyStart;
    while (pos < this.n) {
      const e = this.lineEnd(pos);
      if (s.startsWith(q + '@', pos)) return { quote: q, bodyStart, end: pos, resume: pos + 2 };
      pos = e + 1;
    }
    return { quote: q, bodyStart, end: this.n, resume: this.n };
  }

  private code(f: { t: 'code'; sub: boolean; depth: number }): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanAt(this.i)) {
      this.take({ kind: 'code' });
      this.wordStart = false;
      return;
    }
    if (c === '`') {
      this.wordStart = false;
      this.escaped(this.i + 1);
      return;
    }
    if (c === '#' && this.wordStart) {
      this.fill(this.lineEnd(this.i), 'comment');
      return;
    }
    if (c === '<' && s[this.i + 1] === '#') {
      const e = s.indexOf('#>', this.i + 2);
      this.fill(e < 0 ? this.n : e, 'comment');
      this.i = e < 0 ? this.n : e + 2;
      return;
    }
    const hs = this.hereStringAt();
    if (hs) {
      this.wordStart = false;
      this.i = hs.bodyStart;
      if (hs.quote === "'") {
        this.fill(hs.end, 'literal');
        this.i = hs.resume;
      } else this.stack.push({ t: 'hs', end: hs.end, resume: hs.resume });
      return;
    }
    if (c === "'") {
      this.wordStart = false;
      const open = this.i;
      let j = open + 1;
      this.i = j;
      for (;;) {
        if (j >= this.n) break;
        if (s[j] === "'" && s[j + 1] === "'") j += 2;
        else if (s[j] === "'") break;
        else j++;
      }
      while (this.i < j) {
        if (this.spanAt(this.i)) this.take({ kind: 'single', open });
        else this.i++;
      }
      this.closeString(open, j < this.n ? j : undefined);
      this.i = j + 1;
      return;
    }
    if (c === '"') {
      this.wordStart = false;
      this.stack.push({ t: 'dq', open: this.i });
      this.i++;
      return;
    }
    if ((c === '$' || c === '@') && this.openExpansion()) {
      this.wordStart = false;
      return;
    }
    if (c === '(' || c === '{') {
      f.depth++;
      this.wordStart = true;
      this.i++;
      return;
    }
    if (c === ')' || c === '}') {
      this.i++;
      this.wordStart = false;
      if (c === ')' && f.depth === 0 && f.sub) this.stack.pop();
      else if (f.depth > 0) f.depth--;
      return;
    }
    this.wordStart = /[\s;|&]/.test(c);
    this.i++;
  }

  private dq(f: { t: 'dq'; open: number }): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanOrEscape('`', 'double', f.open)) return;
    if (c === '"') {
      if (s[this.i + 1] === '"') {
        this.i += 2;
        return;
      }
      this.stack.pop();
      this.closeString(f.open, this.i);
      this.i++;
      return;
    }
    if (c === '$' && this.openExpansion()) return;
    this.i++;
  }

  private hereString(f: { t: 'hs'; end: number; resume: number }): void {
    if (this.i >= f.end) {
      this.stack.pop();
      this.i = f.resume;
      return;
    }
    const c = this.s[this.i];
    if (this.spanOrEscape('`', 'heredoc')) return;
    if (c === '$' && this.openExpansion()) return;
    this.i++;
  }
}

// JavaScript (actions/github-script)

type JsFrame = { t: 'code'; inTemplate: boolean; depth: number } | { t: 'tpl'; tagged: boolean };

/** Words after which `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

class JsLexer extends Lexer {
  private stack: JsFrame[] = [{ t: 'code', inTemplate: false, depth: 0 }];
  /** The last significant token: 'word' (identifier, number, literal), 'close' (`)`, `]`, `}`) or 'op'. */
  private prev: 'word' | 'close' | 'op' = 'op';
  private prevWord = '';

  run(): SpanContext[] {
    while (this.i < this.n) {
      const f = this.stack[this.stack.length - 1];
      if (f.t === 'code') this.code(f);
      else this.template(f);
    }
    return this.out;
  }

  private regexAllowed(): boolean {
    return this.prev === 'op' || (this.prev === 'word' && REGEX_AFTER_WORD.has(this.prevWord));
  }

  private code(f: { t: 'code'; inTemplate: boolean; depth: number }): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanAt(this.i)) {
      this.take({ kind: 'code' });
      this.prev = 'word';
      this.prevWord = '';
      return;
    }
    if (c === '/' && s[this.i + 1] === '/') {
      this.fill(this.lineEnd(this.i), 'comment');
      return;
    }
    if (c === '/' && s[this.i + 1] === '*') {
      const e = s.indexOf('*/', this.i + 2);
      this.fill(e < 0 ? this.n : e, 'comment');
      this.i = e < 0 ? this.n : e + 2;
      return;
    }
    if (c === '/' && this.regexAllowed()) {
      let j = this.i + 1;
      let cls = false;
      while (j < this.n && s[j] !== '\n') {
        if (s[j] === '\\') j++;
        else if (s[j] === '[') cls = true;
        else if (s[j] === ']') cls = false;
        else if (s[j] === '/' && !cls) break;
        j++;
      }
      this.i++;
      this.fill(Math.min(j, this.n), 'unknown');
      this.i = j + 1;
      this.prev = 'word';
      this.prevWord = '';
      return;
    }
    if (c === "'" || c === '"') {
      const kind = c === "'" ? 'single' : 'double';
      const open = this.i;
      let j = open + 1;
      this.i = j;
      while (j < this.n && s[j] !== c && s[j] !== '\n') {
        if (s[j] === '\\') {
          if (this.spanAt(j + 1)) {
            this.i = j + 1;
            this.take({ kind: 'unknown' });
            j = this.i;
            continue;
          }
          j += 2;
          continue;
        }
        if (this.spanAt(j)) {
          this.i = j;
          this.take({ kind, open });
          j = this.i;
          continue;
        }
        j++;
      }
      const closed = j < this.n && s[j] === c;
      this.closeString(open, closed ? j : undefined);
      this.i = j + 1;
      this.prev = 'word';
      this.prevWord = '';
      return;
    }
    if (c === '`') {
      const tagged = this.prev === 'close' || (this.prev === 'word' && !REGEX_AFTER_WORD.has(this.prevWord));
      this.stack.push({ t: 'tpl', tagged });
      this.i++;
      return;
    }
    if (/[A-Za-z0-9_$]/.test(c)) {
      let j = this.i;
      while (j < this.n && /[A-Za-z0-9_$]/.test(s[j]) && !(j > this.i && this.spanAt(j))) j++;
      this.prevWord = s.slice(this.i, j);
      this.prev = 'word';
      this.i = j;
      return;
    }
    if (c === '{') {
      f.depth++;
      this.prev = 'op';
    } else if (c === '}') {
      if (f.inTemplate && f.depth === 0) {
        this.stack.pop();
        this.i++;
        return;
      }
      if (f.depth > 0) f.depth--;
      this.prev = 'close';
    } else if (c === ')' || c === ']') this.prev = 'close';
    else if (!/\s/.test(c)) this.prev = 'op';
    this.i++;
  }

  private template(f: { t: 'tpl'; tagged: boolean }): void {
    const s = this.s;
    const c = s[this.i];
    if (this.spanOrEscape('\\', f.tagged ? 'unknown' : 'template')) return;
    if (c === '`') {
      this.stack.pop();
      this.prev = 'word';
      this.prevWord = '';
      this.i++;
      return;
    }
    if (c === '$' && s[this.i + 1] === '{') {
      this.stack.push({ t: 'code', inTemplate: true, depth: 0 });
      this.prev = 'op';
      this.i += 2;
      return;
    }
    this.i++;
  }
}
