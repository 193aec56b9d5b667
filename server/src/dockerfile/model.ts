import type { Dockerfile } from 'dockerfile-ast';
import { LineIndex } from '../engine/text';
import type { Range } from '../engine/types';
import { parseDockerfile, type Comment, type From, type Instruction, type ParsedDockerfile, type ParserDirective } from './parser';
import { parseWithDockerfileAst } from './parser/legacy';

/** One instruction with what every rule needs, computed once per parse. */
export interface DfInstruction {
  node: Instruction;
  /** Upper-cased keyword (`RUN`, `FROM`, or whatever unknown word was written). */
  keyword: string;
  /** The keyword as written (for casing rules). */
  written: string;
  range: Range;
  keywordRange: Range;
  /** The stage the instruction belongs to; undefined before the first FROM. */
  stage: Stage | undefined;
  /** Position in `model.instructions`. */
  index: number;
}

export interface Stage {
  index: number;
  from: From;
  fromInstruction: DfInstruction;
  /** Stage name as written after AS (original casing), if any. */
  name?: string;
  nameRange?: Range;
  /** Instructions of the stage, FROM first. */
  instructions: DfInstruction[];
}

export interface CheckDirective {
  /** Rule names to skip; `all` skips every BuildKit check. */
  skip: Set<string>;
  skipAll: boolean;
  /** `error=true`: BuildKit fails the build on any check. */
  error: boolean;
  experimental: Set<string>;
  experimentalAll: boolean;
  range: Range;
}

/** A Dockerfile parsed once per document version and shared by all rules and LSP features. */
export class DockerfileModel {
  /** The parse (server/src/dockerfile/parser: dockerfile-ast's API and results, at a fraction of its cost). */
  readonly parsed: ParsedDockerfile;
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
  private dockerfileAst?: Dockerfile;
  private readonly memo = new Map<string, unknown>();
  private readonly memoTables = new Map<string, unknown[]>();

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.parsed = parseDockerfile(text, this.lines.starts);
    this.escape = this.parsed.getEscapeCharacter();
    this.comments = this.parsed.getComments();
    this.directives = this.parsed.getDirectives();
    let stage: Stage | undefined;
    for (const node of this.parsed.getInstructions()) {
      const keyword = node.getKeyword();
      const ins: DfInstruction = {
        node,
        keyword,
        written: node.getInstruction(),
        range: node.getRange(),
        keywordRange: node.getInstructionRange(),
        stage: undefined,
        index: this.instructions.length,
      };
      if (keyword === 'FROM') {
        const from = node as From;
        const name = from.getBuildStage() ?? undefined;
        stage = {
          index: this.stages.length,
          from,
          fromInstruction: ins,
          name: name || undefined,
          nameRange: from.getBuildStageRange() ?? undefined,
          instructions: [],
        };
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
   * dockerfile-ast's own parse of the text, made on first use. Slipway itself no longer uses it (`parsed` has the
   * same API and results); it is kept for code that needs a real dockerfile-ast Dockerfile.
   */
  get ast(): Dockerfile {
    return (this.dockerfileAst ??= parseWithDockerfileAst(this.text));
  }

  /** Caches a value derived from this parse (e.g. a shell parse of a RUN) so rules share it. */
  memoize<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }

  /**
   * Like memoize, for values kept per instruction or stage (`kind` + index): one array per kind rather than one map
   * entry per instruction, so a 50,000-line file does not build hundreds of thousands of string keys.
   */
  memoizeAt<T>(kind: string, index: number, compute: () => T): T {
    let table = this.memoTables.get(kind);
    if (!table) this.memoTables.set(kind, (table = []));
    if (index in table) return table[index] as T;
    const v = compute();
    table[index] = v;
    return v;
  }

  /** Text of a range. */
  textOf(range: Range): string {
    return this.text.slice(this.lines.offsetAt(range.start), this.lines.offsetAt(range.end));
  }

  /** The first stage named `name` (case-insensitive, as BuildKit matches). */
  stageNamed(name: string): Stage | undefined {
    return this.memoize('stagesByName', () => {
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
    return this.memoizeAt('parentStage', stage.index, () => {
      const image = stage.from.getImageName();
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

/**
 * Parser directives live in the leading comment block: `# syntax=`, `# escape=`, `# check=`.
 * BuildKit reads `# check=` as semicolon-separated `skip=A,B`, `error=true`, `experimental=X`.
 */
function parseCheckDirective(model: DockerfileModel): CheckDirective | undefined {
  for (let line = 0; line < model.lines.lineCount; line++) {
    const text = model.lines.lineText(line);
    const m = /^\s*#\s*check\s*=\s*(.*?)\s*$/i.exec(text);
    if (m) {
      const d: CheckDirective = {
        skip: new Set(),
        skipAll: false,
        error: false,
        experimental: new Set(),
        experimentalAll: false,
        range: { start: { line, character: 0 }, end: { line, character: text.length } },
      };
      for (const part of m[1].split(';')) {
        const eq = part.indexOf('=');
        if (eq < 0) continue;
        const key = part.slice(0, eq).trim().toLowerCase();
        const values = part
          .slice(eq + 1)
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean);
        if (key === 'skip') {
          for (const v of values) {
            if (v.toLowerCase() === 'all') d.skipAll = true;
            else d.skip.add(v);
          }
        } else if (key === 'error') {
          d.error = values[0]?.toLowerCase() === 'true';
        } else if (key === 'experimental') {
          for (const v of values) {
            if (v.toLowerCase() === 'all') d.experimentalAll = true;
            else d.experimental.add(v);
          }
        }
      }
      return d;
    }
    // Directives stop at the first line that is not a directive (a blank line or plain comment ends them).
    if (!/^\s*#\s*[A-Za-z]+\s*=/.test(text)) break;
  }
  return undefined;
}
