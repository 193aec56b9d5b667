import {
  DockerfileParser,
  JSONInstruction,
  ModifiableInstruction,
  PropertyInstruction,
  type Argument,
  type Comment,
  type Dockerfile,
  type Flag,
  type From,
  type Heredoc,
  type Instruction,
  type JSONArgument,
  type Onbuild,
  type ParserDirective,
  type Property,
  type Variable,
} from 'dockerfile-ast';
import { LineIndex } from '../engine/text';
import { Memoized, memoKey, memoKeyAt } from '../engine/memo';
import type { Range } from '../engine/types';
import { splitReference } from './image';
import { wordValue } from './scope';

/**
 * One instruction of dockerfile-ast's parse, with what rules and features ask of it worked out once.
 *
 * dockerfile-ast computes an instruction's arguments again on every call (getArguments scans the instruction's text
 * and maps each argument to a position; getArgumentsRange, getRawArgumentsContent, getHeredocs and the FROM image
 * accessors all go through it), so each answer is asked of the library once here, on first use, and kept for the
 * life of the parse. The arrays handed out are shared: callers must not change them.
 */
export class DfInstruction {
  /** The stage the instruction belongs to; undefined before the first FROM. */
  stage: Stage | undefined = undefined;
  /**
   * For an ONBUILD trigger (`RUN apt-get ...` of `ONBUILD RUN apt-get ...`): the ONBUILD instruction that holds it.
   * Triggers are not in `model.instructions` nor in their stage's `instructions` (they run in the build of an image
   * FROM this one, not in this stage); see `DockerfileModel.triggers`.
   */
  onbuild: DfInstruction | undefined = undefined;
  private _args?: readonly Argument[];
  private _argValues?: readonly string[];
  private _argsRange?: Range | null;
  private _rawArgs?: string | null;
  private _argsContent?: string | null;
  private _heredocs?: readonly Heredoc[];
  private _variables?: readonly Variable[];
  private _properties?: readonly Property[];

  constructor(
    readonly model: DockerfileModel,
    readonly node: Instruction,
    /** Upper-cased keyword (`RUN`, `FROM`, or whatever unknown word was written). */
    readonly keyword: string,
    /** The keyword as written (for casing rules). */
    readonly written: string,
    readonly range: Range,
    readonly keywordRange: Range,
    /**
     * Position in `model.instructions`; for an ONBUILD trigger, `model.instructions.length` plus its position in
     * `model.triggers` (a key of its own for per-instruction caches).
     */
    readonly index: number,
  ) {}

  /** The arguments after the flags (`node.getArguments()`). */
  get args(): readonly Argument[] {
    return (this._args ??= this.node.getArguments());
  }

  /**
   * The arguments after the flags as the builder uses them (`args[i].getValue()` through BuildKit's word processing:
   * `"go.mod"` -> `go.mod`, `'a'b` -> `ab`), variable references left as written. `args[i].getRange()` is still where
   * each is written. For the instructions whose arguments BuildKit processes so (ADD, COPY, EXPOSE, USER, WORKDIR,
   * VOLUME, STOPSIGNAL, the image of FROM); not for RUN, CMD, ENTRYPOINT or SHELL, whose words go to the shell.
   */
  get argValues(): readonly string[] {
    if (this._argValues) return this._argValues;
    const esc = this.model.escape;
    // Read from the text as written: getValue() has already taken some escapes away (`C:\\app` -> `C:\app`) but
    // not others, and processing it again would take away more. A word broken by a line continuation (rare) is
    // read from getValue(), which joins it.
    return (this._argValues = this.args.map((a) => {
      const written = this.model.textOf(a.getRange());
      return wordValue(/[\r\n]/.test(written) ? a.getValue() : written, esc).value;
    }));
  }

  /**
   * From the first argument after the flags to the last (`node.getArgumentsRange()`), or null without arguments.
   *
   * dockerfile-ast works this out from the whole argument list, which it builds again at each call by splitting the
   * instruction's text into words (for a RUN with a long script, as costly as parsing the file). The same range
   * follows from what the parse already holds: the arguments start at the first character that is not blank (nor a
   * line continuation, nor a comment line inside one) after the keyword or the last flag, and end where the
   * instruction ends, trailing blanks aside. Where that reading could differ from the library's (flags not one
   * after the other, an escape character at the very end), the library is asked; test/unit/dockerfileModel.test.ts
   * compares both on the corpus and thousands of mutations.
   */
  get argsRange(): Range | null {
    if (this._argsRange !== undefined) return this._argsRange;
    const derived = this.model.argumentsRangeOf(this);
    if (derived !== undefined) return (this._argsRange = derived);
    const a = this.args;
    return (this._argsRange = a.length ? { start: a[0].getRange().start, end: a[a.length - 1].getRange().end } : null);
  }

  /** The text of `argsRange` as written, continuation lines included (`node.getRawArgumentsContent()`). */
  get rawArgsContent(): string | null {
    if (this._rawArgs !== undefined) return this._rawArgs;
    const r = this.argsRange;
    return (this._rawArgs = r ? this.model.textOf(r) : null);
  }

  /** The arguments' text with continuations joined (`node.getArgumentsContent()`). */
  get argsContent(): string | null {
    return this._argsContent !== undefined ? this._argsContent : (this._argsContent = this.node.getArgumentsContent());
  }

  /** Flags before the arguments (`--mount=...`); dockerfile-ast keeps them itself once computed. */
  get flags(): readonly Flag[] {
    return this.node instanceof ModifiableInstruction ? this.node.getFlags() : NO_FLAGS;
  }

  /** The JSON strings of an exec-form argument list (empty for shell form and other instructions). */
  get jsonStrings(): readonly JSONArgument[] {
    return this.node instanceof JSONInstruction ? this.node.getJSONStrings() : NO_JSON;
  }

  /**
   * The here-documents of the instruction (`<<EOF`). Only asked of dockerfile-ast when the instruction's text has a
   * `<` at all (not `<<`: an escaped `<\<EOF` is a heredoc too); dockerfile-ast throws on some malformed heredoc
   * lines, which count as none.
   */
  get heredocs(): readonly Heredoc[] {
    if (this._heredocs) return this._heredocs;
    let out: readonly Heredoc[] = NO_HEREDOCS;
    const withHeredocs = this.node as Instruction & { getHeredocs?: () => Heredoc[] };
    if (typeof withHeredocs.getHeredocs === 'function' && this.model.textOf(this.range).includes('<')) {
      try {
        out = withHeredocs.getHeredocs();
      } catch {
        out = NO_HEREDOCS;
      }
    }
    return (this._heredocs = out);
  }

  /**
   * `$VAR` / `${VAR}` references in the arguments (`node.getVariables()`); none where dockerfile-ast cannot answer
   * without recursing forever (see `DockerfileModel.resolvesVariablesAt` and docs/upstream.md).
   */
  get variables(): readonly Variable[] {
    if (this._variables) return this._variables;
    // No `$`, no variable: the library is not asked (its getVariables resolves each variable it finds against the
    // build stages, a cost that grows with the number of stages; a chain of 4,000 stages took seconds).
    if (!this.model.textOf(this.range).includes('$')) return (this._variables = NO_VARIABLES);
    let safe = true;
    for (let line = this.range.start.line; safe && line <= this.range.end.line; line++) safe = this.model.resolvesVariablesAt(line);
    return (this._variables = safe ? this.node.getVariables() : NO_VARIABLES);
  }

  /** `name=value` properties of ARG, ENV and LABEL (empty for other instructions). */
  get properties(): readonly Property[] {
    return (this._properties ??= this.node instanceof PropertyInstruction ? this.node.getProperties() : NO_PROPERTIES);
  }
}

const NO_FLAGS: readonly Flag[] = Object.freeze([]);
const NO_JSON: readonly JSONArgument[] = Object.freeze([]);
const NO_HEREDOCS: readonly Heredoc[] = Object.freeze([]);
const NO_PROPERTIES: readonly Property[] = Object.freeze([]);
const NO_VARIABLES: readonly Variable[] = Object.freeze([]);

const PLAIN_IMAGE = /^[A-Za-z0-9._-]+$/;

/**
 * A build stage: its FROM, its name and its instructions. The FROM's accessors in dockerfile-ast each split the
 * instruction into arguments again (getImage, getImageRange, getBuildStage, getBuildStageRange all start with
 * getArguments); here they are read once from the instruction's memoized arguments, as the library reads them: the
 * image is the first argument after the flags, the name the third when the second is `AS` (any casing), taken as
 * written (test/unit/dockerfileModel.test.ts compares each with the library's answer).
 */
export class Stage {
  /** Stage name as written after AS (original casing), if any. */
  readonly name?: string;
  readonly nameRange?: Range;
  /** Instructions of the stage, FROM first. */
  readonly instructions: DfInstruction[] = [];
  private _imageName?: string | null;
  private _platform?: Flag | null;

  constructor(
    readonly index: number,
    readonly from: From,
    readonly fromInstruction: DfInstruction,
  ) {
    const args = fromInstruction.args;
    if (args.length > 2 && args[1].getValue().toUpperCase() === 'AS') {
      this.nameRange = args[2].getRange();
      this.name = fromInstruction.model.textOf(this.nameRange) || undefined;
    }
  }

  /** The image as written (`from.getImage()`): `python:3.12-slim`, `${BASE}`, a stage name. */
  get image(): string | null {
    const a = this.fromInstruction.args;
    return a.length ? a[0].getValue() : null;
  }

  /**
   * The image as the builder reads it (quotes and escapes removed, variables left as written): `"golang:1.22"` ->
   * `golang:1.22`. The same as `image` for an image written without quotes.
   */
  get imageValue(): string | null {
    const a = this.fromInstruction.argValues;
    return a.length ? a[0] : null;
  }

  /** Where the image is written, tag and digest included (`from.getImageRange()`); callers must not change it. */
  get imageRange(): Range | null {
    const a = this.fromInstruction.args;
    return a.length ? a[0].getRange() : null;
  }

  /**
   * The image without registry, tag or digest (`from.getImageName()`). An image written as one plain word (letters,
   * digits, `.`, `_`, `-`: a stage name, `python`, `scratch`) has none of them, and is its own name: the library,
   * whose answer takes tens of microseconds, is asked only for the others (test/unit/dockerfileModel.test.ts compares
   * both on the corpus and thousands of mutations).
   */
  get imageName(): string | null {
    if (this._imageName !== undefined) return this._imageName;
    const image = this.imageValue;
    if (image === null) return (this._imageName = this.from.getImageName());
    if (PLAIN_IMAGE.test(image)) return (this._imageName = image);
    // The library reads the image as written, quotes included: a quoted image is split here as the builder reads it.
    return (this._imageName = image === this.image ? this.from.getImageName() : splitReference(image).path);
  }

  /** The `--platform` flag (`from.getPlatformFlag()`). */
  get platformFlag(): Flag | null {
    return this._platform !== undefined ? this._platform : (this._platform = this.from.getPlatformFlag());
  }
}

/**
 * The options of a `# check=` comment or of the BUILDKIT_DOCKERFILE_CHECK build arg (`skip=A,B;error=true;
 * experimental=C`, `all` allowed), rule names as written.
 */
export interface CheckOptions {
  /** Rule names to skip; `all` skips every BuildKit check. */
  skip: Set<string>;
  skipAll: boolean;
  /** `error=true`: BuildKit fails the build on any check. */
  error: boolean;
  experimental: Set<string>;
  experimentalAll: boolean;
}

export interface CheckDirective extends CheckOptions {
  range: Range;
}

/** Reads a `# check=` / BUILDKIT_DOCKERFILE_CHECK value: semicolon-separated `skip=`, `error=` and `experimental=`. */
export function parseCheckValue(v: string): CheckOptions {
  const out: CheckOptions = { skip: new Set(), skipAll: false, error: false, experimental: new Set(), experimentalAll: false };
  for (const part of v.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const values = part
      .slice(eq + 1)
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    if (key === 'skip') {
      for (const x of values) x.toLowerCase() === 'all' ? (out.skipAll = true) : out.skip.add(x);
    } else if (key === 'error') {
      out.error = /^(true|1)$/i.test(values[0] ?? '');
    } else if (key === 'experimental') {
      for (const x of values) x.toLowerCase() === 'all' ? (out.experimentalAll = true) : out.experimental.add(x);
    }
  }
  return out;
}

const RESOLVES_VARIABLES_AT = memoKeyAt<boolean>('resolvesVariablesAt');
const TRIGGERS = memoKey<DfInstruction[]>('triggers');
const INSTRUCTIONS_AND_TRIGGERS = memoKey<DfInstruction[]>('instructionsAndTriggers');
const FIRST_NAMED_STAGE = memoKey<number>('firstNamedStage');
const STAGES_BY_NAME = memoKey<Map<string, Stage>>('stagesByName');
const PARENT_STAGE = memoKeyAt<Stage | undefined>('parentStage');

/** A Dockerfile parsed once per document version and shared by all rules and LSP features. */
export class DockerfileModel extends Memoized {
  /**
   * dockerfile-ast's parse of the text. Private: rules and features read the instructions through DfInstruction and
   * Stage, which ask the library once and guard the calls it cannot answer (docs/upstream.md).
   */
  private readonly ast: Dockerfile;
  readonly lines: LineIndex;
  readonly escape: string;
  readonly instructions: DfInstruction[] = [];
  readonly stages: Stage[] = [];
  /** Instructions before the first FROM (global ARGs, or mistakes). */
  readonly preamble: DfInstruction[] = [];
  readonly comments: Comment[];
  /** Parser directives (`# syntax=`, `# escape=`, ...) at the top of the file. */
  readonly directives: ParserDirective[];
  readonly checkDirective: CheckDirective | undefined;

  constructor(readonly text: string) {
    super();
    this.lines = new LineIndex(text);
    this.ast = DockerfileParser.parse(text);
    this.escape = this.ast.getEscapeCharacter();
    this.comments = this.ast.getComments();
    this.directives = this.ast.getDirectives();
    let stage: Stage | undefined;
    for (const node of this.ast.getInstructions()) {
      const keyword = node.getKeyword();
      const ins = new DfInstruction(this, node, keyword, node.getInstruction(), node.getRange(), node.getInstructionRange(), this.instructions.length);
      if (keyword === 'FROM') {
        stage = new Stage(this.stages.length, node as From, ins);
        this.stages.push(stage);
      }
      ins.stage = stage;
      if (stage) stage.instructions.push(ins);
      else this.preamble.push(ins);
      this.instructions.push(ins);
    }
    this.checkDirective = parseCheckDirective(this);
  }

  /**
   * The range of an instruction's arguments read from the positions the parse already holds (see
   * `DfInstruction.argsRange`); undefined when only the library's own argument list can tell.
   */
  argumentsRangeOf(ins: DfInstruction): Range | null | undefined {
    const text = this.text;
    const lines = this.lines;
    const esc = this.escape.charCodeAt(0);
    const end0 = lines.offsetAt(ins.range.end);
    // A line of the instruction that starts with the escape character (`\ # note` after a continuation: the library
    // reads an escaped blank before a comment as part of the comment) or a lone CR as a line end: the library's own
    // splitting into words decides where the arguments end.
    const start0 = lines.offsetAt(ins.range.start);
    for (let i = start0; i < end0; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 && text.charCodeAt(i + 1) !== 10) return undefined;
      if (c === 10 || c === 13) {
        let q = i + 1;
        while (q < end0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
        if (q < end0 && text.charCodeAt(q) === esc) return undefined;
      }
    }
    // The next character that is not blank, a continuation or a comment line inside one, from `p` (at most `end`).
    const skip = (p: number, end: number): number => {
      for (;;) {
        while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
        if (p >= end || text.charCodeAt(p) !== esc) return p;
        let q = p + 1;
        while (q < end && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++;
        const c = text.charCodeAt(q);
        if (q >= end || (c !== 10 && c !== 13)) return p;
        p = q + (c === 13 && text.charCodeAt(q + 1) === 10 ? 2 : 1);
        for (;;) {
          let r = p;
          while (r < end && (text.charCodeAt(r) === 32 || text.charCodeAt(r) === 9)) r++;
          const d = text.charCodeAt(r);
          if (r < end && (d === 35 || d === 10 || d === 13)) {
            while (r < end && text.charCodeAt(r) !== 10) r++;
            p = r + 1;
            continue;
          }
          break;
        }
      }
    };
    let end = end0;
    for (let c = text.charCodeAt(end - 1); end > 0 && (c === 32 || c === 9 || c === 10 || c === 13); c = text.charCodeAt(end - 1)) end--;
    // An escape character at the very end (an escaped blank, a continuation into nothing), or a comment line last
    // (a continuation's comment lines belong to the instruction, not to its arguments): the library decides.
    if (end > 0 && text.charCodeAt(end - 1) === esc) return undefined;
    let lineStart = end;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    while (lineStart < end && (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9)) lineStart++;
    if (text.charCodeAt(lineStart) === 35 && lineStart > start0) return undefined;
    let p = lines.offsetAt(ins.keywordRange.end);
    // Flags are the leading `--` words; each must follow the previous one (otherwise the library's own shifting of
    // its argument list decides what comes first).
    for (const f of ins.flags) {
      const r = f.getRange();
      p = skip(p, end);
      if (lines.offsetAt(r.start) !== p) return undefined;
      p = lines.offsetAt(r.end);
      // An escaped blank inside a flag word: the library decides where the word ends.
      if (text.slice(lines.offsetAt(r.start), p).includes(this.escape)) return undefined;
    }
    const start = skip(p, end);
    // An escape character that does not continue the line (an escaped blank) where the arguments start: likewise.
    if (start < end && text.charCodeAt(start) === esc) return undefined;
    return start < end ? lines.range(start, end) : null;
  }

  /**
   * Whether dockerfile-ast can resolve a variable on `line`. `Dockerfile.resolveVariable` (which `getVariables` calls
   * for every variable it finds) looks the line up in the build stages; for a line that is in no FROM and that
   * `getContainingImage` places in no stage and not among the instructions before the first FROM (an indented
   * instruction before the first FROM, since that lookup asks about the line's first column), it gets the Dockerfile
   * itself back and asks it again, until the stack overflows. Reported upstream: docs/upstream.md.
   */
  resolvesVariablesAt(line: number): boolean {
    return this.memoizeAt(RESOLVES_VARIABLES_AT, line, () => {
      for (const s of this.stages) {
        const r = s.fromInstruction.range;
        if (r.start.line <= line && line <= r.end.line) return true;
      }
      return this.ast.getContainingImage({ line, character: 0 }) !== this.ast;
    });
  }

  /**
   * The trigger instructions of the ONBUILD instructions (`RUN apt-get install python` of `ONBUILD RUN apt-get
   * install python`), in order, as dockerfile-ast reads them (`Onbuild.getTriggerInstruction()`): ranges in the
   * document, `stage` the ONBUILD's stage, `onbuild` the ONBUILD. A trigger runs when another build starts FROM this
   * image, so it is no part of this stage's state (its USER, WORKDIR, SHELL, ...): rules about what an instruction
   * does on its own (a RUN's commands, a COPY's arguments) read these too; rules about a stage's state do not.
   */
  get triggers(): readonly DfInstruction[] {
    return this.memoize(TRIGGERS, () => {
      const out: DfInstruction[] = [];
      for (const ins of this.instructions) {
        if (ins.keyword !== 'ONBUILD') continue;
        const node = (ins.node as Onbuild).getTriggerInstruction();
        if (!node) continue;
        const keyword = node.getKeyword();
        // ONBUILD ONBUILD/FROM/MAINTAINER are rejected by the builder (InvalidOnbuild reports them).
        if (keyword === 'ONBUILD' || keyword === 'FROM' || keyword === 'MAINTAINER') continue;
        const t = new DfInstruction(this, node, keyword, node.getInstruction(), node.getRange(), node.getInstructionRange(), this.instructions.length + out.length);
        t.stage = ins.stage;
        t.onbuild = ins;
        out.push(t);
      }
      return out;
    });
  }

  /** `instructions`, then `triggers`: for rules that check what an instruction does on its own. */
  get instructionsAndTriggers(): readonly DfInstruction[] {
    return this.memoize(INSTRUCTIONS_AND_TRIGGERS, () => (this.triggers.length ? [...this.instructions, ...this.triggers] : this.instructions));
  }

  /** Text of a range. */
  textOf(range: Range): string {
    return this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end));
  }

  /** Index of the first stage that has a name (Infinity when none has). */
  private get firstNamedStage(): number {
    return this.memoize(FIRST_NAMED_STAGE, () => this.stages.find((s) => s.name)?.index ?? Infinity);
  }

  /** The first stage named `name` (case-insensitive, as BuildKit matches). */
  stageNamed(name: string): Stage | undefined {
    return this.memoize(STAGES_BY_NAME, () => {
      const m = new Map<string, Stage>();
      for (const s of this.stages) {
        const n = s.name?.toLowerCase();
        if (n && !m.has(n)) m.set(n, s);
      }
      return m;
    }).get(name.toLowerCase());
  }

  /** The first stage named `name` if it comes before stage `index` (what `FROM <name>` in that stage refers to). */
  stageNamedBefore(name: string, index: number): Stage | undefined {
    const s = this.stageNamed(name);
    return s && s.index < index ? s : undefined;
  }

  /** The earlier stage `stage` builds on (`FROM <name>` as written), if its image names one. */
  parentStage(stage: Stage): Stage | undefined {
    return this.memoizeAt(PARENT_STAGE, stage.index, () => {
      // dockerfile-ast's image name (registry, tag and digest taken off) is costly to work out (tens of microseconds
      // a FROM): not asked when no earlier stage has a name it could match.
      if (!(this.firstNamedStage < stage.index)) return undefined;
      const image = stage.imageName;
      return image ? this.stageNamedBefore(image, stage.index) : undefined;
    });
  }

  /** The stage named `name` (case-insensitive, as BuildKit matches), or with that numeric index. */
  findStage(name: string): Stage | undefined {
    const byName = this.stageNamed(name);
    if (byName) return byName;
    if (/^\d+$/.test(name)) return this.stages[Number(name)];
    return undefined;
  }
}

/** Parser directives live in the leading comment block: `# syntax=`, `# escape=`, `# check=`. */
function parseCheckDirective(model: DockerfileModel): CheckDirective | undefined {
  for (let line = 0; line < model.lines.lineCount; line++) {
    const text = model.lines.lineText(line);
    const m = /^\s*#\s*check\s*=\s*(.*?)\s*$/i.exec(text);
    if (m) return { ...parseCheckValue(m[1]), range: { start: { line, character: 0 }, end: { line, character: text.length } } };
    // Directives stop at the first line that is not a directive (a blank line or plain comment ends them).
    if (!/^\s*#\s*[A-Za-z]+\s*=/.test(text)) break;
  }
  return undefined;
}
