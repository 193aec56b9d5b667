/**
 * A small POSIX shell parser for RUN instructions, shared by the hadolint-style rules.
 *
 * It turns a RUN into a flat list of simple commands (commands inside `$(…)`, backticks and `sh -c '…'` scripts
 * included, marked `nested`), each with its words: the value after quote removal (expansions such as `$VAR`
 * and `$(…)` kept as written and flagged `dynamic`) and the document range of the word. It understands the
 * Dockerfile side first (line continuations with the escape character, comment and blank lines inside a
 * continuation, heredoc bodies, exec form) and the shell side second (quotes, escapes, `&&`, `||`, `;`, `|`,
 * `&`, newlines, redirections, here-documents, `if`/`for`/`case`/`{ }` keywords, env prefix assignments and
 * wrappers such as `sudo`, `env`, `xargs`).
 *
 * Each RUN is parsed at most once per document version (`model.memoize`). RUNs whose stage uses a non-POSIX
 * `SHELL` (PowerShell, cmd) give nothing.
 */
import type { LineIndex } from '../engine/text';
import type { Fix, Range } from '../engine/types';
import type { DfInstruction, DockerfileModel, Stage } from './model';
import { parseInstruction, RunText, runOffset } from './syntax';
import { memoKey, memoKeyAt, memoKeyFor } from '../engine/memo';

export interface ShellWord {
  /** Value after quote removal; expansions (`$X`, `${X}`, `$(…)`, backticks) are kept as written. */
  value: string;
  /** Document offsets of the word (end exclusive). */
  start: number;
  end: number;
  range: Range;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** The word contains an expansion whose value is not known statically. */
  dynamic: boolean;
}

export interface ShellRedirect {
  op: string;
  target?: ShellWord;
}

export interface ShellCommand {
  /** Program name: basename of the first word after assignments and wrappers (`/usr/bin/apt-get` → `apt-get`). */
  name: string;
  nameWord: ShellWord;
  /** Arguments after the program name. */
  args: ShellWord[];
  /** Every word as written: assignments, wrappers, the name and the arguments. */
  words: ShellWord[];
  /** `NAME=value` words before the command. */
  assignments: ShellWord[];
  /** Wrapper programs looked through (`sudo`, `env`, `xargs`, …), in order. */
  wrappers: ShellWord[];
  redirects: ShellRedirect[];
  /** Operator before / after the command: '' (start/end), '&&', '||', ';', '|', '|&', '&', '\n', '(' or ')'. */
  before: string;
  after: string;
  /** Inside `$(…)`, backticks or a `sh -c` script. */
  nested: boolean;
  /** Inside `$(…)` or backticks (its output is used as words; `cd` there does not change the RUN's directory). */
  substitution: boolean;
  /** Inside a `( … )` subshell. */
  subshell: boolean;
  /** Part of a pipeline (`a | b`: both). */
  piped: boolean;
}

export interface ParsedRun {
  ins: DfInstruction;
  form: 'shell' | 'exec' | 'heredoc';
  /** Commands in source order (nested ones included). */
  commands: ShellCommand[];
  /** Document offsets of the `|` operators, and whether `pipefail` was in effect there. */
  pipes: { offset: number; pipefail: boolean }[];
  /** The script ends in a comment (so text appended at the end would be commented out). */
  endsWithComment: boolean;
  /** Heredoc bodies or scripts that were not parsed (non-shell shebang). */
  opaque: boolean;
  /**
   * The scripts the shell receives (the shell form with continuations joined, or each heredoc body that is a
   * shell script), with the document offset of each character and the shell a heredoc's shebang names.
   */
  scripts: { text: string; offsetOf(i: number): number; shebang?: string }[];
}

export interface ShellState {
  /** SHELL argv (default `/bin/sh -c`). */
  argv: string[];
  posix: boolean;
  /** `-o pipefail` among the SHELL options. */
  pipefail: boolean;
  /** The SHELL instruction that set it, if any. */
  source?: DfInstruction;
}

const DEFAULT_SHELL: ShellState = { argv: ['/bin/sh', '-c'], posix: true, pipefail: false };
const WINDOWS_SHELL: ShellState = { argv: ['cmd', '/S', '/C'], posix: false, pipefail: false };

const RUN = memoKeyAt<ParsedRun | undefined>('shell:run');

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/** The parsed RUN, or undefined when `ins` is not a RUN or runs in a non-POSIX shell. */
export function parseRun(model: DockerfileModel, ins: DfInstruction): ParsedRun | undefined {
  if (ins.keyword !== 'RUN') return undefined;
  return model.memoizeAt(RUN, ins.index, () => {
    if (!shellStateAt(model, ins).posix) return undefined;
    return parseRunUncached(model, ins);
  });
}

const RUNS = memoKey<ParsedRun[]>('shell:runs');

/**
 * Every RUN of the document that could be parsed, in order, then the RUN triggers of ONBUILD instructions
 * (`ONBUILD RUN ...`, `run.ins.onbuild` set): a trigger's commands get the same checks as a RUN's.
 */
export function allRuns(model: DockerfileModel): ParsedRun[] {
  return model.memoize(RUNS, () => {
    const out: ParsedRun[] = [];
    for (const ins of model.instructionsAndTriggers) {
      const r = parseRun(model, ins);
      if (r) out.push(r);
    }
    return out;
  });
}

const COMMANDS_NAMED = memoKeyFor<{ run: ParsedRun; cmd: ShellCommand }[]>('shell:commandsNamed');

/** The commands of every RUN (allRuns, in order) named one of `names` (`apk`, or the dnf family), with their RUN. */
export function commandsNamed(model: DockerfileModel, names: string | readonly string[]): { run: ParsedRun; cmd: ShellCommand }[] {
  const list = typeof names === 'string' ? [names] : names;
  return model.memoizeFor(COMMANDS_NAMED, list.join(' '), () => {
    const out: { run: ParsedRun; cmd: ShellCommand }[] = [];
    for (const run of allRuns(model)) for (const cmd of run.commands) if (list.includes(cmd.name)) out.push({ run, cmd });
    return out;
  });
}

/**
 * The shell an instruction runs with (SHELL of its stage, inherited from a parent stage). An ONBUILD trigger runs in
 * a build FROM this image, which starts with the image's last SHELL: the one at the end of the ONBUILD's stage.
 */
export function shellStateAt(model: DockerfileModel, ins: DfInstruction): ShellState {
  if (ins.onbuild) {
    const stage = ins.onbuild.stage;
    const last = stage?.instructions[stage.instructions.length - 1];
    return last ? shellStateAt(model, last) : DEFAULT_SHELL;
  }
  return shellStates(model)[ins.index] ?? DEFAULT_SHELL;
}

/** Parses a SHELL argv. */
export function shellStateOf(argv: string[], source?: DfInstruction): ShellState {
  const base = basename(argv[0] ?? '').toLowerCase().replace(/\.exe$/, '');
  const posix = !(base === 'pwsh' || base === 'powershell' || base === 'cmd');
  return { argv, posix, pipefail: posix && hasPipefailOption(argv.slice(1)), source };
}

export function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/**
 * Whether a command has an option: `short` letters match in clusters (`-qy` has `q` and `y`), `long` names
 * match `--name` and `--name=value`. Arguments after `--` are not options.
 */
export function hasFlag(cmd: ShellCommand, short: string[], long: string[] = []): boolean {
  return findFlag(cmd, short, long) !== undefined;
}

export function findFlag(cmd: ShellCommand, short: string[], long: string[] = []): ShellWord | undefined {
  for (const w of cmd.args) {
    const v = w.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const name = v.slice(2).split('=')[0];
      if (long.includes(name)) return w;
    } else if (v.startsWith('-') && v.length > 1) {
      for (const c of v.slice(1)) if (short.includes(c)) return w;
    }
  }
  return undefined;
}

/**
 * Arguments that are not options, skipping the values of options listed in `valueFlags`
 * (short letters like `t` or long names like `target-release`; `--name=value` never takes the next word).
 */
export function positionals(cmd: ShellCommand, valueFlags: Iterable<string> = [], from = 0): ShellWord[] {
  const takes = valueFlags instanceof Set ? (valueFlags as Set<string>) : new Set(valueFlags);
  const out: ShellWord[] = [];
  const args = cmd.args;
  let endOfOptions = false;
  for (let i = from; i < args.length; i++) {
    const v = args[i].value;
    if (endOfOptions) {
      out.push(args[i]);
      continue;
    }
    if (v === '--') {
      endOfOptions = true;
      continue;
    }
    if (v.startsWith('--')) {
      if (!v.includes('=') && takes.has(v.slice(2))) i++;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      // `-t foo`, `-yt foo` (the last letter of a cluster takes the next word), single-dash long options.
      if (takes.has(v.slice(1)) || (/^-[a-zA-Z]+$/.test(v) && takes.has(v[v.length - 1]))) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}

/** First non-option argument (the subcommand of `apt-get`, `apk`, `pip`, …). */
export function subcommand(cmd: ShellCommand, valueFlags: Iterable<string> = []): ShellWord | undefined {
  return positionals(cmd, valueFlags)[0];
}

/** True when the command is `name` (or one of `names`) and its subcommand is one of `subs`. */
export function isSubcommand(cmd: ShellCommand, names: string | string[], subs: string[], valueFlags: Iterable<string> = []): boolean {
  const ns = typeof names === 'string' ? [names] : names;
  if (!ns.includes(cmd.name)) return false;
  const s = subcommand(cmd, valueFlags);
  return !!s && subs.includes(s.value);
}

/** Mount flags of a RUN (`--mount=type=cache,target=/var/cache/apt`). */
export interface RunMount {
  type: string;
  target?: string;
}

const MOUNTS = memoKeyAt<RunMount[]>('shell:mounts');

export function runMounts(model: DockerfileModel, ins: DfInstruction): RunMount[] {
  return model.memoizeAt(MOUNTS, ins.index, () => {
    const out: RunMount[] = [];
    // Flag values as the builder reads them (`--mount="type=cache,target=/root/.cache"`: quotes removed).
    for (const f of parseInstruction(model, ins).flags) {
      if (f.name.toLowerCase() !== 'mount') continue;
      const m: RunMount = { type: 'bind' };
      for (const part of (f.value ?? '').split(',')) {
        const eq = part.indexOf('=');
        const k = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
        const v = eq < 0 ? '' : part.slice(eq + 1).trim().replace(/^["']|["']$/g, '');
        if (k === 'type') m.type = v.toLowerCase();
        else if (k === 'target' || k === 'dst' || k === 'destination') m.target = v.replace(/\/+$/, '') || '/';
      }
      out.push(m);
    }
    return out;
  });
}

/** A cache (or tmpfs) mount covers `dir` or a parent of it. */
export function hasCacheMount(model: DockerfileModel, ins: DfInstruction, dir: string): boolean {
  return runMounts(model, ins).some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined && (dir === m.target || dir.startsWith(m.target + '/') || m.target === '/'),
  );
}

/** The preferred fix "Append `<command>`" (appendCommandEdit), or undefined where that edit is not safe. */
export function appendCommandFix(model: DockerfileModel, run: ParsedRun, command: string): Fix[] | undefined {
  const edit = appendCommandEdit(model, run, command);
  return edit ? [{ title: `Append \`${command}\``, edits: [edit], preferred: true }] : undefined;
}

/**
 * An edit that appends `&& <command>` at the end of a shell-form RUN, in the style of the RUN (leading `&&`
 * lines or trailing `&& \`). Undefined when that would not be safe (exec form, heredoc, trailing comment,
 * script ending in `&` or `;`).
 */
export function appendCommandEdit(model: DockerfileModel, run: ParsedRun, command: string): { range: Range; newText: string } | undefined {
  if (run.form !== 'shell' || run.endsWithComment || run.opaque) return undefined;
  const argsRange = run.ins.argsRange;
  if (!argsRange) return undefined;
  const text = model.textOf(argsRange);
  if (/[;&|]\s*$/.test(text) || /<</.test(text)) return undefined;
  const esc = model.escape;
  const lines = text.split(/\r?\n/);
  let newText: string;
  if (lines.length === 1) {
    newText = ` && ${command}`;
  } else {
    const leading = lines.slice(1).find((l) => /^\s*&&/.test(l));
    if (leading) {
      const indent = /^\s*/.exec(leading)![0];
      newText = ` ${esc}\n${indent}&& ${command}`;
    } else {
      const last = lines[lines.length - 1];
      const indent = /^\s*/.exec(last)![0] || '    ';
      newText = ` && ${esc}\n${indent}${command}`;
    }
  }
  return { range: { start: argsRange.end, end: argsRange.end }, newText };
}

/** An edit inserting ` text` right after a word. */
export function insertAfter(word: ShellWord, text: string): { range: Range; newText: string } {
  return { range: { start: word.range.end, end: word.range.end }, newText: ` ${text}` };
}

// ---------------------------------------------------------------------------------------------------------
// SHELL tracking
// ---------------------------------------------------------------------------------------------------------

const WINDOWS_IMAGE = /(^|[/:_-])(nanoserver|servercore|windowsservercore)([:/@_-]|$)|^mcr\.microsoft\.com\/windows/i;

const STATES = memoKey<(ShellState | undefined)[]>('shell:states');

/** The shell in effect at each instruction, by index (instructions before the first FROM have none). */
function shellStates(model: DockerfileModel): (ShellState | undefined)[] {
  return model.memoize(STATES, () => {
    const states = new Array<ShellState | undefined>(model.instructions.length);
    const endOfStage = new Map<Stage, ShellState>();
    for (const stage of model.stages) {
      const parent = model.parentStage(stage);
      let state: ShellState = parent ? endOfStage.get(parent) ?? DEFAULT_SHELL : WINDOWS_IMAGE.test(stage.image ?? '') ? WINDOWS_SHELL : DEFAULT_SHELL;
      for (const ins of stage.instructions) {
        if (ins.keyword === 'SHELL') {
          const argv = ins.jsonStrings.map((s) => jsonValue(model.textOf(s.getRange())) ?? s.getJSONValue());
          if (argv.length) state = shellStateOf(argv, ins);
        }
        states[ins.index] = state;
      }
      endOfStage.set(stage, state);
    }
    return states;
  });
}

/** The value of a JSON string literal as written (dockerfile-ast's own value drops whitespace). */
export function jsonValue(raw: string): string | undefined {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

function hasPipefailOption(opts: string[]): boolean {
  let sawO = false;
  for (const o of opts) {
    if (o === 'pipefail' && sawO) return true;
    sawO = /^-[a-zA-Z]*o$/.test(o);
    if (o.startsWith('-o') && o.slice(2) === 'pipefail') return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// From the Dockerfile to shell text
// ---------------------------------------------------------------------------------------------------------

/**
 * Text handed to the shell, with the way back to the document: the text is made of runs copied unchanged from the
 * document (continuations and CRs fall between runs), so a character's document offset is its run's document start
 * plus its distance from the run's start. `runAt[k]`/`docAt[k]` are the text and document offsets of run k.
 */
class Source {
  constructor(
    readonly text: string,
    private readonly runAt: number[],
    private readonly docAt: number[],
  ) {}

  /** One run: `text` is `doc` from offset `docStart` on. */
  static slice(text: string, docStart: number): Source {
    return new Source(text, [0], [docStart]);
  }

  /** The document offset of character `i` of the text. */
  offset(i: number): number {
    return runOffset(this.runAt, this.docAt, i);
  }
}

function parseRunUncached(model: DockerfileModel, ins: DfInstruction): ParsedRun {
  const run: ParsedRun = { ins, form: 'shell', commands: [], pipes: [], endsWithComment: false, opaque: false, scripts: [] };
  const argsRange = ins.argsRange;
  if (!argsRange) return run;
  const docText = model.text;
  const startOff = model.lines.offsetAt(argsRange.start);
  const endOff = model.lines.offsetAt(argsRange.end);

  const json = ins.jsonStrings;
  if (json.length > 0) {
    run.form = 'exec';
    const words: ShellWord[] = json.map((s) => {
      const r = s.getRange();
      const start = model.lines.offsetAt(r.start);
      const end = model.lines.offsetAt(r.end);
      return { value: jsonValue(model.text.slice(start, end)) ?? s.getJSONValue(), start, end, range: r, quoted: true, dynamic: false };
    });
    const p = new Parser(model, Source.slice('', startOff), run, false);
    p.emit(words, [], '');
    p.finish();
    return run;
  }

  // Heredoc bodies are taken verbatim; everything else gets Docker's continuation handling.
  const heredocs = ins.heredocs;
  const verbatim: [number, number][] = [];
  for (const h of heredocs) {
    const c = h.getContentRange();
    const d = h.getDelimiterRange();
    const s = c ? model.lines.offsetAt(c.start) : d ? model.lines.offsetAt(d.start) : -1;
    const e = d ? model.lines.offsetAt(d.end) : c ? model.lines.offsetAt(c.end) : -1;
    if (s >= 0 && e >= s) verbatim.push([s, e]);
  }
  const src = dockerLogicalText(docText, startOff, endOff, model.escape, verbatim);

  // `RUN <<EOF` (only heredoc openers on the first line): each body is a script.
  const firstLine = src.text.split('\n', 1)[0];
  if (heredocs.length > 0 && /^\s*(<<-?\s*(["']?)[A-Za-z0-9_.-]+\2\s*)+$/.test(firstLine)) {
    run.form = 'heredoc';
    for (const h of heredocs) {
      const c = h.getContentRange();
      if (!c) continue;
      const s = model.lines.offsetAt(c.start);
      const e = model.lines.offsetAt(c.end);
      const body = docText.slice(s, e);
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body);
      if (shebang) {
        const prog = basename(shebang[1]) === 'env' ? shebang[2] ?? '' : basename(shebang[1]);
        if (!/^(sh|bash|ash|dash|zsh|ksh|mksh|busybox)$/.test(prog)) {
          run.opaque = true;
          continue;
        }
      }
      const bodySrc = Source.slice(body, s);
      run.scripts.push({ text: body, offsetOf: (i) => bodySrc.offset(i), shebang: shebang ? basename(shebang[1]) === 'env' ? shebang[2] : basename(shebang[1]) : undefined });
      const p = new Parser(model, bodySrc, run, false);
      p.parseAll();
      p.finish();
    }
    return run;
  }

  run.scripts.push({ text: src.text, offsetOf: (i) => src.offset(i) });
  const p = new Parser(model, src, run, false);
  p.parseAll();
  p.finish();
  return run;
}

/**
 * Joins Dockerfile line continuations (escape character, optional blanks, newline) and drops the blank and
 * comment lines Docker skips inside a continuation. Ranges in `verbatim` are copied unchanged.
 */
function dockerLogicalText(doc: string, start: number, end: number, escape: string, verbatim: [number, number][]): Source {
  // Characters are copied in runs (a run maps one to one onto the document); only continuations and the CR of a
  // CRLF break a run.
  const copied = new RunText(doc);
  let runStart = start;
  const flush = (upTo: number): void => copied.copy(runStart, upTo);
  const esc = escape.charCodeAt(0);
  let i = start;
  let vi = 0;
  while (i < end) {
    while (vi < verbatim.length && verbatim[vi][1] <= i) vi++;
    if (vi < verbatim.length && verbatim[vi][0] <= i && i < verbatim[vi][1]) {
      i = Math.min(verbatim[vi][1], end);
      continue;
    }
    // Only the escape character and CR matter here: skip to the next one (or to the next verbatim range).
    const stopAt = vi < verbatim.length ? Math.min(verbatim[vi][0], end) : end;
    while (i < stopAt) {
      const code = doc.charCodeAt(i);
      if (code === esc || code === 13) break;
      i++;
    }
    if (i >= stopAt) continue;
    const c = doc[i];
    if (c === escape) {
      let j = i + 1;
      while (j < end && (doc[j] === ' ' || doc[j] === '\t')) j++;
      if (j >= end || doc[j] === '\n' || doc[j] === '\r') {
        // A continuation: skip it, then any blank or comment lines that follow.
        if (doc[j] === '\r') j++;
        if (doc[j] === '\n') j++;
        for (;;) {
          let k = j;
          while (k < end && (doc[k] === ' ' || doc[k] === '\t')) k++;
          if (k < end && (doc[k] === '\n' || doc[k] === '\r' || doc[k] === '#')) {
            if (vi < verbatim.length && verbatim[vi][0] <= k) break;
            while (k < end && doc[k] !== '\n') k++;
            j = k + 1;
            continue;
          }
          break;
        }
        flush(i);
        i = j;
        runStart = j;
        continue;
      }
    }
    if (c === '\r' && doc[i + 1] === '\n') {
      flush(i);
      i++;
      runStart = i;
      continue;
    }
    i++;
  }
  flush(Math.min(i, end));
  if (copied.runAt.length === 0) copied.runAt.push(0), copied.docAt.push(start);
  return new Source(copied.text(), copied.runAt, copied.docAt);
}

// ---------------------------------------------------------------------------------------------------------
// The shell parser
// ---------------------------------------------------------------------------------------------------------

/** The empty lists of commands that have none (shared and frozen: nothing may add to them). */
const NONE = Object.freeze([]) as unknown as ShellWord[];
const NO_REDIRECTS = Object.freeze([]) as unknown as ShellRedirect[];

/** A word of a shell-form RUN; its line/column range is worked out when a rule asks for it (most never do). */
class Word implements ShellWord {
  private _range?: Range;
  constructor(
    readonly value: string,
    readonly start: number,
    readonly end: number,
    readonly quoted: boolean,
    readonly dynamic: boolean,
    private readonly lines: LineIndex,
  ) {}

  get range(): Range {
    return (this._range ??= this.lines.range(this.start, this.end));
  }
}

const PREFIX_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const END_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
/** ASCII characters readWord copies as they are (1); everything else may end a word or start a quote/expansion. */
const PLAIN = new Uint8Array(128).fill(1);
for (const c of ' \t\n\r;&|<>()\\\'"$`') PLAIN[c.charCodeAt(0)] = 0;

interface PendingHeredoc {
  delim: string;
  strip: boolean;
}

class Parser {
  pos = 0;
  private words: ShellWord[] = [];
  private redirects: ShellRedirect[] = [];
  private before = '';
  private heredocs: PendingHeredoc[] = [];
  private skipUntilSeparator = false; // `for x in ...` header
  private caseState: 'none' | 'word' | 'pattern' = 'none';
  private caseDepth = 0;
  pipefail = false;

  constructor(
    private readonly model: DockerfileModel,
    private readonly src: Source,
    private readonly run: ParsedRun,
    private readonly nested: boolean,
    private readonly stop = -1,
    private readonly substitution = false,
  ) {}

  /** Open `(` subshells. */
  private depth = 0;

  /** Parses until the end of the text (or `stop`); for `$(...)`, returns at the closing parenthesis. */
  parseAll(closeParen = false): void {
    const t = this.src.text;
    const end = this.stop >= 0 ? this.stop : t.length;
    while (this.pos < end) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
        continue;
      }
      if (c === '\n') {
        this.endCommand('\n');
        this.pos++;
        this.readHeredocBodies(end);
        continue;
      }
      if (c === '\\' && t[this.pos + 1] === '\n') {
        this.pos += 2;
        continue;
      }
      if (c === '#') {
        while (this.pos < end && t[this.pos] !== '\n') this.pos++;
        if (this.pos >= end && !this.nested) this.run.endsWithComment = true;
        continue;
      }
      if (c === ';') {
        if (t[this.pos + 1] === ';') {
          this.pos += 2;
          this.endCommand(';;');
          if (this.caseDepth > 0) this.caseState = 'pattern';
          continue;
        }
        this.pos++;
        this.endCommand(';');
        continue;
      }
      if (c === '&') {
        if (t[this.pos + 1] === '&') {
          this.pos += 2;
          this.endCommand('&&');
          continue;
        }
        if (t[this.pos + 1] === '>') {
          this.readRedirect(end);
          continue;
        }
        this.pos++;
        this.endCommand('&');
        continue;
      }
      if (c === '|') {
        if (t[this.pos + 1] === '|') {
          this.pos += 2;
          this.endCommand('||');
          continue;
        }
        const op = t[this.pos + 1] === '&' ? '|&' : '|';
        if (this.caseState === 'pattern') {
          this.pos++;
          continue;
        }
        this.run.pipes.push({ offset: this.src.offset(this.pos), pipefail: this.pipefail });
        this.pos += op.length;
        this.endCommand(op);
        continue;
      }
      if (c === '(') {
        if (this.words.length === 0) {
          this.pos++;
          if (this.caseState !== 'pattern') this.depth++;
          this.before = '(';
          continue;
        }
        // `name() { …; }` function definitions and stray parentheses: skip.
        this.pos++;
        continue;
      }
      if (c === ')') {
        if (this.caseState === 'pattern') {
          this.pos++;
          this.words = [];
          this.caseState = 'none';
          continue;
        }
        if (this.depth === 0 && closeParen) {
          this.endCommand(')');
          return;
        }
        this.pos++;
        this.endCommand(')');
        this.depth = Math.max(0, this.depth - 1);
        continue;
      }
      if (c === '<' || c === '>' || (/[0-9]/.test(c) && this.isFdRedirect())) {
        this.readRedirect(end);
        continue;
      }
      const w = this.readWord(end);
      if (w) this.addWord(w);
    }
  }

  finish(): void {
    this.endCommand('');
    this.run.commands.sort((a, b) => (a.words[0]?.start ?? 0) - (b.words[0]?.start ?? 0));
  }

  private isFdRedirect(): boolean {
    const t = this.src.text;
    let j = this.pos;
    while (j < t.length && /[0-9]/.test(t[j])) j++;
    return t[j] === '<' || t[j] === '>';
  }

  private addWord(w: ShellWord): void {
    if (this.caseState === 'word') {
      if (w.value === 'in' && !w.quoted) this.caseState = 'pattern';
      return;
    }
    if (this.caseState === 'pattern') {
      if (w.value === 'esac' && !w.quoted) {
        this.caseDepth--;
        this.caseState = this.caseDepth > 0 ? 'pattern' : 'none';
      }
      return; // pattern words until `)`
    }
    if (this.skipUntilSeparator) {
      if (w.value === 'do' && !w.quoted) this.skipUntilSeparator = false;
      return;
    }
    if (this.words.length === 0 && !w.quoted) {
      if (PREFIX_KEYWORDS.has(w.value)) return;
      if (END_KEYWORDS.has(w.value)) {
        if (w.value === 'esac' && this.caseDepth > 0) {
          this.caseDepth--;
          this.caseState = this.caseDepth > 0 ? 'pattern' : 'none';
        }
        return;
      }
      if (w.value === 'for' || w.value === 'select') {
        this.skipUntilSeparator = true;
        return;
      }
      if (w.value === 'case') {
        this.caseState = 'word';
        this.caseDepth++;
        return;
      }
    }
    this.words.push(w);
  }

  private endCommand(op: string): void {
    if (this.skipUntilSeparator && (op === ';' || op === '\n')) {
      this.skipUntilSeparator = false;
      this.before = op;
      return;
    }
    if (this.caseState === 'word' && op === '\n') return;
    const words = this.words;
    const redirects = this.redirects;
    this.words = [];
    this.redirects = [];
    if (words.length === 0) {
      if (op && op !== '\n') this.before = op;
      else if (op === '\n' && this.before !== '|' && this.before !== '&&' && this.before !== '||') this.before = '\n';
      return;
    }
    const cmd = this.emit(words, redirects, op);
    if (cmd && (op === '|' || op === '|&')) cmd.piped = true;
    this.before = op;
  }

  /** Builds a command from its words (exec form uses this directly). */
  emit(all: ShellWord[], redirects: ShellRedirect[], after: string): ShellCommand | undefined {
    // Kept for the life of the parse (a large file has hundreds of thousands of commands): exact-size arrays, and
    // one shared empty array for the lists most commands do not have.
    const words = all.slice();
    let i = 0;
    while (i < words.length && ASSIGNMENT.test(words[i].value) && !/^['"]/.test(this.rawStart(words[i]))) i++;
    if (i >= words.length) return undefined; // only assignments
    const assignments = i ? words.slice(0, i) : NONE;
    let wrappers: ShellWord[] = NONE;
    for (;;) {
      const skipped = skipWrapper(words, i);
      if (skipped === undefined || i + skipped >= words.length) break;
      if (wrappers === NONE) wrappers = [];
      wrappers.push(words[i]);
      i += skipped;
    }
    const nameWord = words[i];
    const cmd: ShellCommand = {
      name: nameWord.dynamic ? nameWord.value : basename(nameWord.value),
      nameWord,
      args: i + 1 < words.length ? words.slice(i + 1) : NONE,
      words,
      assignments,
      wrappers,
      redirects: redirects.length ? redirects : NO_REDIRECTS,
      before: this.before,
      after,
      nested: this.nested,
      substitution: this.substitution,
      subshell: this.depth > 0,
      piped: this.before === '|' || this.before === '|&',
    };
    this.run.commands.push(cmd);
    if (cmd.name === 'set' && hasPipefailOption(cmd.args.map((a) => a.value))) this.pipefail = true;
    if (SHELLS.has(cmd.name)) this.parseShellScriptArg(cmd);
    return cmd;
  }

  private rawStart(w: ShellWord): string {
    return this.model.text.slice(w.start, w.start + 1);
  }

  /** `sh -c 'script'`: parses the script when it is one plainly quoted word. */
  private parseShellScriptArg(cmd: ShellCommand): void {
    const a = cmd.args;
    let idx = -1;
    for (let i = 0; i < a.length; i++) {
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a[i].value)) {
        idx = i + 1;
        break;
      }
      if (!a[i].value.startsWith('-') && !(i > 0 && a[i - 1].value === '-o')) break;
    }
    const script = a[idx];
    if (!script) return;
    const raw = this.model.text.slice(script.start, script.end);
    let inner: string;
    if ((raw.startsWith("'") && raw.endsWith("'")) || (raw.startsWith('"') && raw.endsWith('"') && !/[\\$`]/.test(raw))) inner = raw.slice(1, -1);
    else if (this.run.form === 'exec' && raw.startsWith('"') && !raw.includes('\\')) inner = raw.slice(1, -1);
    else return;
    if (inner !== script.value || inner.includes('\n')) return;
    const p = new Parser(this.model, Source.slice(inner, script.start + 1), this.run, true);
    p.pipefail = hasPipefailOption(a.slice(0, idx).map((x) => x.value));
    p.parseAll();
    p.endCommand('');
  }

  private readRedirect(end: number): void {
    const t = this.src.text;
    while (/[0-9]/.test(t[this.pos])) this.pos++;
    const ops = ['<<<', '<<-', '<<', '<>', '<&', '<', '>>', '>&', '>|', '>', '&>>', '&>'];
    const op = ops.find((o) => t.startsWith(o, this.pos)) ?? t[this.pos];
    this.pos += op.length;
    while (this.pos < end && (t[this.pos] === ' ' || t[this.pos] === '\t')) this.pos++;
    let target: ShellWord | undefined;
    if (this.pos < end && !/[\n;&|()<>]/.test(t[this.pos])) target = this.readWord(end);
    if ((op === '<<' || op === '<<-') && target) {
      this.heredocs.push({ delim: target.value.replace(/["'\\]/g, ''), strip: op === '<<-' });
    }
    this.redirects.push({ op, target });
  }

  private readHeredocBodies(end: number): void {
    const t = this.src.text;
    while (this.heredocs.length) {
      const h = this.heredocs.shift()!;
      while (this.pos < end) {
        let e = t.indexOf('\n', this.pos);
        if (e < 0 || e > end) e = end;
        let line = t.slice(this.pos, e).replace(/\r$/, '');
        if (h.strip) line = line.replace(/^\t+/, '');
        this.pos = Math.min(e + 1, end);
        if (line === h.delim) break;
      }
    }
  }

  private makeWord(start: number, endExclusive: number, value: string, quoted: boolean, dynamic: boolean): ShellWord {
    const s = this.src.offset(start);
    const e = this.src.offset(endExclusive - 1) + 1;
    return new Word(value, s, e, quoted, dynamic, this.model.lines);
  }

  private readWord(end: number): ShellWord | undefined {
    const t = this.src.text;
    const start = this.pos;
    let value = '';
    let quoted = false;
    let dynamic = false;
    while (this.pos < end) {
      const code = t.charCodeAt(this.pos);
      if (code < 128 && PLAIN[code] === 1) {
        // A run of ordinary characters is copied in one piece.
        let j = this.pos + 1;
        while (j < end) {
          const cc = t.charCodeAt(j);
          if (cc < 128 && PLAIN[cc] !== 1) break;
          j++;
        }
        value += t.slice(this.pos, j);
        this.pos = j;
        continue;
      }
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '<' || c === '>' || c === '(' || c === ')') {
        if (c === '(' && this.pos > start && t[this.pos - 1] === '=') {
          // array assignment `a=(x y)`: keep to the closing parenthesis
          const close = findClosing(t, this.pos, end, '(', ')');
          value += t.slice(this.pos, close + 1);
          this.pos = close + 1;
          dynamic = true;
          continue;
        } else break;
      }
      if (c === '\r') {
        this.pos++;
        continue;
      }
      if (c === '\\') {
        if (t[this.pos + 1] === '\n') {
          this.pos += 2;
          continue;
        }
        if (this.pos + 1 < end) value += t[this.pos + 1];
        this.pos += 2;
        quoted = true;
        continue;
      }
      if (c === "'") {
        let close = t.indexOf("'", this.pos + 1);
        if (close < 0 || close >= end) close = end;
        value += t.slice(this.pos + 1, close);
        this.pos = close + 1;
        quoted = true;
        continue;
      }
      if (c === '"') {
        quoted = true;
        this.pos++;
        while (this.pos < end && t[this.pos] !== '"') {
          const d = t[this.pos];
          if (d === '\\' && this.pos + 1 < end) {
            const n = t[this.pos + 1];
            if (n === '\n') {
              this.pos += 2;
              continue;
            }
            value += '$`"\\'.includes(n) ? n : d + n;
            this.pos += 2;
            continue;
          }
          if (d === '$' || d === '`') {
            const s = this.pos;
            if (this.readExpansion(end)) {
              value += t.slice(s, this.pos);
              dynamic = true;
              continue;
            }
          }
          value += d;
          this.pos++;
        }
        this.pos++;
        continue;
      }
      if (c === '$' && t[this.pos + 1] === "'") {
        // ANSI-C quoting
        let j = this.pos + 2;
        let v = '';
        while (j < end && t[j] !== "'") {
          if (t[j] === '\\' && j + 1 < end) {
            const n = t[j + 1];
            v += n === 'n' ? '\n' : n === 't' ? '\t' : n;
            j += 2;
          } else v += t[j++];
        }
        value += v;
        this.pos = j + 1;
        quoted = true;
        continue;
      }
      if (c === '$' || c === '`') {
        const s = this.pos;
        if (this.readExpansion(end)) {
          value += t.slice(s, this.pos);
          dynamic = true;
          continue;
        }
      }
      value += c;
      this.pos++;
    }
    if (this.pos === start) {
      this.pos++;
      return undefined;
    }
    return this.makeWord(start, Math.min(this.pos, end), value, quoted, dynamic);
  }

  /** Reads `$X`, `${...}`, `$(...)`, `$((...))` or a backtick substitution at `pos`; false when `$` is literal. */
  private readExpansion(end: number): boolean {
    const t = this.src.text;
    const c = t[this.pos];
    if (c === '`') {
      let j = this.pos + 1;
      while (j < end && t[j] !== '`') j += t[j] === '\\' ? 2 : 1;
      const sub = new Parser(this.model, this.src, this.run, true, Math.min(j, end), true);
      sub.pos = this.pos + 1;
      sub.parseAll();
      sub.endCommand('');
      this.pos = Math.min(j + 1, end);
      return true;
    }
    const n = t[this.pos + 1];
    if (n === '(' && t[this.pos + 2] === '(') {
      this.pos = findClosing(t, this.pos + 1, end, '(', ')') + 1;
      return true;
    }
    if (n === '(') {
      const sub = new Parser(this.model, this.src, this.run, true, end, true);
      sub.pos = this.pos + 2;
      sub.pipefail = this.pipefail;
      sub.parseAll(true);
      sub.endCommand('');
      this.pos = Math.min(sub.pos + 1, end);
      return true;
    }
    if (n === '{') {
      this.pos = findClosing(t, this.pos + 1, end, '{', '}') + 1;
      return true;
    }
    if (n !== undefined && /[A-Za-z_]/.test(n)) {
      let j = this.pos + 2;
      while (j < end && /[A-Za-z0-9_]/.test(t[j])) j++;
      this.pos = j;
      return true;
    }
    if (n !== undefined && /[0-9@*#?$!-]/.test(n)) {
      this.pos += 2;
      return true;
    }
    return false;
  }
}

/** Index of the bracket closing the one at `open` (quotes respected), or `end - 1`. */
function findClosing(t: string, open: number, end: number, o: string, c: string): number {
  let depth = 0;
  for (let j = open; j < end; j++) {
    const ch = t[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch === "'") {
      const q = t.indexOf("'", j + 1);
      j = q < 0 ? end : q;
      continue;
    }
    if (ch === '"') {
      let k = j + 1;
      while (k < end && t[k] !== '"') k += t[k] === '\\' ? 2 : 1;
      j = k;
      continue;
    }
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return j;
    }
  }
  return end - 1;
}

/** Option letters/names that take a value, per wrapper. */
const WRAPPERS: Record<string, { valueFlags: Set<string>; positionalsBefore?: number; assignments?: boolean }> = {
  sudo: { valueFlags: new Set(['u', 'g', 'C', 'D', 'h', 'p', 'r', 't', 'U', 'T', 'user', 'group', 'chdir', 'host', 'prompt', 'role', 'type', 'other-user', 'command-timeout', 'close-from']), assignments: true },
  env: { valueFlags: new Set(['u', 'C', 'S', 'unset', 'chdir', 'split-string']), assignments: true },
  nice: { valueFlags: new Set(['n', 'adjustment']) },
  nohup: { valueFlags: new Set() },
  exec: { valueFlags: new Set(['a']) },
  command: { valueFlags: new Set() },
  time: { valueFlags: new Set(['f', 'o', 'format', 'output']) },
  stdbuf: { valueFlags: new Set(['i', 'o', 'e', 'input', 'output', 'error']) },
  timeout: { valueFlags: new Set(['s', 'k', 'signal', 'kill-after']), positionalsBefore: 1 },
  xargs: {
    valueFlags: new Set(['a', 'E', 'e', 'I', 'i', 'L', 'l', 'n', 'P', 's', 'd', 'arg-file', 'delimiter', 'eof', 'replace', 'max-lines', 'max-args', 'max-procs', 'max-chars', 'process-slot-var']),
  },
  gosu: { valueFlags: new Set(), positionalsBefore: 1 },
  'su-exec': { valueFlags: new Set(), positionalsBefore: 1 },
  chroot: { valueFlags: new Set(['userspec', 'groups']), positionalsBefore: 1 },
};

/** When `words[from]` is a wrapper, how many words to skip to the wrapped command's name; else undefined. */
function skipWrapper(words: ShellWord[], from: number): number | undefined {
  if (words.length - from < 2 || words[from].dynamic) return undefined;
  const name = basename(words[from].value);
  const w = WRAPPERS[name];
  if (!w) return undefined;
  if (name === 'command' && /^-[a-zA-Z]*[vV]/.test(words[from + 1].value)) return undefined;
  let i = 1;
  let positional = w.positionalsBefore ?? 0;
  while (from + i < words.length) {
    const v = words[from + i].value;
    if (v === '--') {
      i++;
      break;
    }
    if (v.startsWith('-') && v.length > 1) {
      const long = v.startsWith('--') ? v.slice(2) : undefined;
      if (long !== undefined) {
        if (!long.includes('=') && w.valueFlags.has(long)) i++;
      } else if (v.length === 2 && w.valueFlags.has(v[1])) i++;
      i++;
      continue;
    }
    if (w.assignments && ASSIGNMENT.test(v)) {
      i++;
      continue;
    }
    if (positional > 0) {
      positional--;
      i++;
      continue;
    }
    break;
  }
  return i;
}
