// Instructions of a parsed Dockerfile: the methods of dockerfile-ast 0.7.1's instruction classes that Slipway uses,
// with the same results, quirks included (they are what BuildKit-compatible rules and their tests were written
// against). Each instruction keeps offsets; its arguments, flags, JSON strings, properties, variables and heredocs
// are scanned on first use, once, from the instruction's own text.
//
// The scanners follow dockerfile-ast's state machines step for step (test/unit/dockerfile-parser.test.ts compares
// every accessor with dockerfile-ast on the corpus, the rule tests and thousands of mutated files); what differs is
// the bookkeeping: offsets instead of positions, no TextDocument, nothing computed twice.
import { Argument, Flag, Heredoc, JSONArgument, Property, Variable } from './nodes';
import type { DocText, Position, Range } from './text';

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const DOLLAR = 36;

function isNewline(c: string): boolean {
  return c === '\r' || c === '\n';
}
function isWs(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}
function isVarChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
function isInsideRange(position: Position, range: Range): boolean {
  if (range.start.line === range.end.line) {
    return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
  } else if (range.start.line === position.line) {
    return range.start.character <= position.character;
  } else if (range.end.line === position.line) {
    return position.character <= range.end.character;
  }
  return range.start.line < position.line && position.line < range.end.line;
}

/** The delimiter word of a heredoc argument (`<<EOF`, `<<-"EOF"`), or null if malformed. */
export function parseHeredocName(value: string): string | null {
  value = value.substring(2);
  if (value.charAt(0) === '-') value = value.substring(1);
  if (value.charAt(0) === '"') {
    if (value.charAt(value.length - 1) !== '"') return null;
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === "'") {
    if (value.charAt(value.length - 1) !== "'") return null;
    value = value.substring(1, value.length - 1);
  }
  if (value.charAt(0) === '<') return null;
  return value;
}

export function findLeadingNonWhitespace(content: string, escapeChar: string): number {
  whitespaceCheck: for (let i = 0; i < content.length; i++) {
    switch (content.charAt(i)) {
      case ' ':
      case '\t':
        continue;
      case escapeChar:
        for (let j = i + 1; j < content.length; j++) {
          switch (content.charAt(j)) {
            case ' ':
            case '\t':
              continue;
            case '\r':
              i = j + 1;
              continue whitespaceCheck;
            case '\n':
              i = j;
              continue whitespaceCheck;
            default:
              // As dockerfile-ast: an escaped character first means no content.
              return -1;
          }
        }
        return -1;
      default:
        return i;
    }
  }
  return -1;
}

export class Instruction {
  // Declared rather than defined fields (see Spanned): subclasses' caches start out missing, which reads the same.
  declare readonly doc: DocText;
  declare readonly escapeChar: string;
  protected declare readonly instruction: string;
  /** Offset of the instruction's first character. */
  declare readonly startOffset: number;
  /** Offset of the end of the instruction word. */
  declare readonly keywordEndOffset: number;
  /** Offset of the end of the instruction (its last line, or the end of its last heredoc). */
  declare readonly endOffset: number;
  /** Raw arguments: [start, end] offsets and values, scanned on first use; Argument objects made when asked for. */
  private declare spans: number[] | undefined;
  private declare values: string[] | undefined;
  private declare objects: Argument[] | undefined;
  private declare variables: Variable[] | undefined;
  private declare heredocs: Heredoc[] | Error | undefined;
  private declare r: Range | undefined;
  private declare ir: Range | undefined;
  private declare keyword: string | undefined;

  constructor(doc: DocText, escapeChar: string, instruction: string, startOffset: number, keywordEndOffset: number, endOffset: number, keyword?: string) {
    this.doc = doc;
    this.escapeChar = escapeChar;
    this.instruction = instruction;
    this.startOffset = startOffset;
    this.keywordEndOffset = keywordEndOffset;
    this.endOffset = endOffset;
    this.spans = undefined;
    this.values = undefined;
    this.objects = undefined;
    this.variables = undefined;
    this.heredocs = undefined;
    this.r = undefined;
    this.ir = undefined;
    this.keyword = keyword;
  }

  toString(): string {
    let value = this.getKeyword();
    for (const v of this.argValues()) value += ' ' + v;
    return value;
  }

  getRange(): Range {
    return this.r ?? (this.r = this.doc.range(this.startOffset, this.endOffset));
  }
  getInstructionRange(): Range {
    return this.ir ?? (this.ir = this.doc.range(this.startOffset, this.keywordEndOffset));
  }
  /** The instruction word as written. */
  getInstruction(): string {
    return this.instruction;
  }
  /** The instruction word upper-cased. */
  getKeyword(): string {
    return this.keyword ?? (this.keyword = this.instruction.toUpperCase());
  }
  getTextContent(): string {
    return this.doc.text.substring(this.startOffset, this.endOffset);
  }
  protected getRangeContent(range: Range | null): string | null {
    if (range === null) return null;
    return this.doc.textOf(range);
  }

  /** Every argument after the instruction word, flags included (a new array; the arguments are shared). */
  getRawArguments(): Argument[] {
    return this.argObjects(0);
  }
  /** The arguments (after the flags, for instructions that take flags). */
  getArguments(): Argument[] {
    return this.argObjects(this.firstArgument());
  }
  /** getArguments, for the accessors below. */
  protected args(): Argument[] {
    return this.argObjects(this.firstArgument());
  }
  /** Index of the first argument among the raw ones (after the flags). */
  protected firstArgument(): number {
    return 0;
  }
  /** [start, end] offsets of each raw argument. */
  protected argSpans(): number[] {
    if (this.spans === undefined) this.scanArguments();
    return this.spans!;
  }
  /** Value of each raw argument. */
  protected argValues(): string[] {
    if (this.values === undefined) this.scanArguments();
    return this.values!;
  }
  /** The raw arguments from index `from`, as objects (made once). */
  private argObjects(from: number): Argument[] {
    const spans = this.argSpans();
    const values = this.values!;
    const n = values.length;
    let objects = this.objects;
    if (objects === undefined) objects = this.objects = new Array<Argument>(n);
    const out: Argument[] = [];
    for (let i = from; i < n; i++) {
      let a = objects[i];
      if (a === undefined) a = objects[i] = new Argument(this.doc, values[i], spans[2 * i], spans[2 * i + 1]);
      out.push(a);
    }
    return out;
  }

  getArgumentsRange(): Range | null {
    const spans = this.argSpans();
    const first = this.firstArgument();
    if (2 * first >= spans.length) return null;
    return this.doc.range(spans[2 * first], spans[spans.length - 1]);
  }
  getRawArgumentsContent(): string | null {
    const spans = this.argSpans();
    const first = this.firstArgument();
    if (2 * first >= spans.length) return null;
    return this.doc.text.substring(spans[2 * first], spans[spans.length - 1]);
  }
  /** The arguments' text without escaped newlines and the comment lines inside them. */
  getArgumentsContent(): string | null {
    const spans = this.argSpans();
    const first = this.firstArgument();
    if (2 * first >= spans.length) return null;
    const text = this.doc.text;
    const ranges = this.argumentsRanges(spans[2 * first], spans[spans.length - 1]);
    let content = '';
    for (let k = 0; k < ranges.length; k += 2) content += text.substring(ranges[k], ranges[k + 1]);
    return content;
  }

  getVariables(): Variable[] {
    return (this.variables ?? (this.variables = this.scanVariables())).slice();
  }

  /** Here-documents of the instruction (dockerfile-ast throws on some malformed ones; so does this). */
  getHeredocs(): Heredoc[] {
    if (this.heredocs === undefined) {
      try {
        this.heredocs = this.scanHeredocs();
      } catch (e) {
        this.heredocs = e instanceof Error ? e : new Error(String(e));
      }
    }
    if (this.heredocs instanceof Error) throw this.heredocs;
    return this.heredocs.slice();
  }

  // dockerfile-ast Instruction.getRawArguments. Runs over the document text in [keywordEndOffset, endOffset); a
  // value is built from runs of the text: [runStart, runEnd) is the part not yet added to `value`.
  private scanArguments(): void {
    const doc = this.doc;
    const text = doc.text;
    const spans: number[] = (this.spans = []);
    const values: string[] = (this.values = []);
    const base = this.keywordEndOffset;
    const n = this.endOffset;
    const esc = this.escapeChar.charCodeAt(0);
    let start = false;
    let comment = false;
    let found = -1;
    let escapedWhitespaceDetected = false;
    let escaping = false;
    let escapeMarker = -1;
    let value = '';
    let runStart = -1;
    let runEnd = -2;
    let argEnd = -1;
    // As in dockerfile-ast, an argument can end while none has started (after an escaped space): it then starts
    // one character before the arguments (`found` is -1).
    for (let i = base; i < n; i++) {
      const c = text.charCodeAt(i);
      argEnd = -1;
      if (c === SPACE || c === TAB || c === CR || c === LF) {
        if (escaping) {
          escapedWhitespaceDetected = true;
          if (c === CR || c === LF) {
            escapedWhitespaceDetected = false;
            if (comment) {
              comment = false;
              start = true;
            }
          }
          continue;
        } else if (found !== -1) {
          argEnd = escapeMarker === -1 ? i : escapeMarker;
          escapeMarker = -1;
        }
      } else if (c === esc) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
        if (next === SPACE || next === TAB) {
          for (let j = i + 2; j < n; j++) {
            const d = text.charCodeAt(j);
            if (d === SPACE || d === TAB) continue;
            if (d === CR || d === LF) {
              if (d === CR) j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break;
            }
            escapeMarker = i;
            if (found === -1) i = j - 1;
            break;
          }
        } else if (next === CR || next === LF) {
          comment = false;
          escaping = true;
          start = true;
          if (found !== -1 && escapeMarker === -1) escapeMarker = i;
          i += next === CR ? 2 : 1;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1) {
            // The argument before an escaped whitespace ends; this escape starts the next one.
            if (runStart >= 0) value += text.slice(runStart, runEnd);
            spans.push(doc.norm(found === -1 ? base - 1 : found), doc.norm(escapeMarker));
            values.push(value);
            value = '';
            runStart = -1;
            runEnd = -2;
            found = -1;
          }
          escapeMarker = -1;
          escapedWhitespaceDetected = false;
          escaping = false;
          // An escape character at the very end: dockerfile-ast stops there.
          if (next === -1) break;
          // `\$` keeps the escape character; any other escaped character is kept alone.
          const from = next === DOLLAR ? i : i + 1;
          if (from === runEnd) {
            runEnd = i + 2;
          } else {
            if (runStart >= 0) value += text.slice(runStart, runEnd);
            runStart = from;
            runEnd = i + 2;
          }
          if (found === -1) found = i;
          i++;
        }
      } else if (!comment) {
        if (start && c === HASH) {
          comment = true;
        } else {
          if (escapedWhitespaceDetected && escapeMarker !== -1) {
            if (runStart >= 0) value += text.slice(runStart, runEnd);
            spans.push(doc.norm(found === -1 ? base - 1 : found), doc.norm(escapeMarker));
            values.push(value);
            value = '';
            runStart = -1;
            runEnd = -2;
            found = -1;
          }
          escapedWhitespaceDetected = false;
          escaping = false;
          escapeMarker = -1;
          if (i === runEnd) {
            runEnd++;
          } else {
            if (runStart >= 0) value += text.slice(runStart, runEnd);
            runStart = i;
            runEnd = i + 1;
          }
          if (found === -1) found = i;
        }
        start = false;
      }
      if (argEnd !== -1) {
        if (runStart >= 0) value += text.slice(runStart, runEnd);
        spans.push(doc.norm(found), doc.norm(argEnd));
        values.push(value);
        value = '';
        runStart = -1;
        runEnd = -2;
        found = -1;
      }
    }
    if (found !== -1) {
      if (runStart >= 0) value += text.slice(runStart, runEnd);
      spans.push(doc.norm(found), doc.norm(escapeMarker === -1 ? n : escapeMarker));
      values.push(value);
    }
  }

  // dockerfile-ast Instruction.getArgumentsRanges, as [start, end, start, end, ...] offsets.
  private argumentsRanges(firstStart: number, lastEnd: number): number[] {
    const doc = this.doc;
    if (doc.lineOf(firstStart) === doc.lineOf(lastEnd)) return [firstStart, lastEnd];
    const ranges: number[] = [];
    let end = -1;
    let startOffset: number | null = firstStart;
    const offset = firstStart;
    const fullArgs = doc.text.substring(offset, Math.min(lastEnd, this.endOffset));
    const esc = this.escapeChar;
    let comment = false;
    for (let i = 0; i < fullArgs.length; i++) {
      const char = fullArgs.charAt(i);
      if (char === esc) {
        const next = fullArgs.charAt(i + 1);
        if (next === ' ' || next === '\t') {
          whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
            switch (fullArgs.charAt(j)) {
              case ' ':
              case '\t':
                continue;
              case '\r':
              case '\n':
                if (fullArgs.charAt(j) === '\r') j++;
                if (startOffset !== null) ranges.push(startOffset, doc.norm(offset + end + 1));
                startOffset = null;
                comment = false;
                i = j;
                break whitespaceCheck;
              default:
                break whitespaceCheck;
            }
          }
        } else if (next === '\r') {
          if (startOffset !== null) {
            ranges.push(startOffset, doc.norm(offset + end + 1));
            startOffset = null;
          }
          comment = false;
          i += 2;
        } else if (next === '\n') {
          if (startOffset !== null) ranges.push(startOffset, doc.norm(offset + end + 1));
          startOffset = null;
          comment = false;
          i++;
        } else {
          i++;
        }
      } else if (isNewline(char)) {
        if (comment) {
          startOffset = null;
          comment = false;
        }
      } else if (!comment) {
        if (startOffset === null) {
          if (char === '#') {
            comment = true;
            continue;
          }
          const at = doc.norm(offset + i);
          const line = doc.lineOf(at);
          if (at !== doc.starts[line]) startOffset = doc.starts[line];
        }
        end = i;
      }
    }
    if (startOffset === null) ranges.push(doc.norm(offset + end), doc.norm(offset + end + 1));
    else ranges.push(startOffset, doc.norm(offset + end + 1));
    return ranges;
  }

  // dockerfile-ast Instruction.getVariables (without isDefined/isBuildVariable).
  private scanVariables(): Variable[] {
    const variables: Variable[] = [];
    const text = this.doc.text;
    const spans = this.argSpans();
    for (let k = 0; k < spans.length; k += 2) {
      const raw = text.substring(spans[k], spans[k + 1]);
      if (raw.indexOf('$') !== -1) this.parseVariables(spans[k], raw, variables);
    }
    return variables;
  }

  private parseVariables(offset: number, arg: string, variables: Variable[]): void {
    const doc = this.doc;
    const esc = this.escapeChar;
    const at = (k: number) => doc.norm(offset + k);
    variableLoop: for (let i = 0; i < arg.length; i++) {
      switch (arg.charAt(i)) {
        case esc:
          if (arg.charAt(i + 1) === '$') i++;
          break;
        case '$':
          if (arg.charAt(i + 1) === '{') {
            let escapedString = '${';
            let escapedName = '';
            let nameEnd = -1;
            let escapedSubstitutionParameter = '';
            let substitutionStart = -1;
            let substitutionEnd = -1;
            let modifierRead = -1;
            nameLoop: for (let j = i + 2; j < arg.length; j++) {
              const char = arg.charAt(j);
              switch (char) {
                case esc:
                  for (let k = j + 1; k < arg.length; k++) {
                    switch (arg.charAt(k)) {
                      case ' ':
                      case '\t':
                      case '\r':
                        continue;
                      case '\n':
                        j = k;
                        continue nameLoop;
                    }
                  }
                  break;
                case '}': {
                  escapedString += '}';
                  let modifier: string | null = null;
                  let modifierStart = -1;
                  let modifierEnd = -1;
                  const substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                  let subStart = -1;
                  let subEnd = -1;
                  if (nameEnd === -1) {
                    nameEnd = j;
                  } else if (nameEnd + 1 === j) {
                    modifier = '';
                    modifierStart = modifierEnd = at(nameEnd + 1);
                  } else {
                    if (substitutionStart === -1) {
                      substitutionStart = modifierRead + 1;
                      substitutionEnd = modifierRead + 1;
                    } else {
                      substitutionEnd = substitutionEnd + 1;
                    }
                    modifier = arg.substring(modifierRead, modifierRead + 1);
                    modifierStart = at(modifierRead);
                    modifierEnd = at(modifierRead + 1);
                    subStart = at(substitutionStart);
                    subEnd = at(substitutionEnd);
                  }
                  variables.push(
                    new Variable(doc, escapedName, at(i + 2), at(nameEnd), at(i), at(j + 1), modifier, modifierStart, modifierEnd, substitutionParameter, subStart, subEnd, escapedString),
                  );
                  i = j;
                  continue variableLoop;
                }
                case ':':
                  if (nameEnd === -1) {
                    nameEnd = j;
                  } else if (modifierRead !== -1) {
                    if (substitutionStart === -1) {
                      substitutionStart = j;
                      substitutionEnd = j;
                    } else {
                      substitutionEnd = j;
                    }
                    escapedSubstitutionParameter += ':';
                  } else {
                    modifierRead = j;
                  }
                  escapedString += ':';
                  break;
                case '\n':
                case '\r':
                case ' ':
                case '\t':
                  break;
                default:
                  if (nameEnd === -1) {
                    escapedName += char;
                  } else if (modifierRead !== -1) {
                    if (substitutionStart === -1) {
                      substitutionStart = j;
                      substitutionEnd = j;
                    } else {
                      substitutionEnd = j;
                    }
                    escapedSubstitutionParameter += char;
                  } else {
                    modifierRead = j;
                  }
                  escapedString += char;
                  break;
              }
            }
            break variableLoop;
          } else if (isWs(arg.charAt(i + 1)) || i === arg.length - 1) {
            continue;
          } else {
            let escapedName = '';
            const simple = (nameEndIndex: number) =>
              new Variable(doc, escapedName, at(i + 1), at(nameEndIndex), at(i), at(nameEndIndex), null, -1, -1, null, -1, -1, '$' + escapedName);
            nameLoop: for (let j = i + 1; j < arg.length; j++) {
              const char = arg.charAt(j);
              switch (char) {
                case '\r':
                case '\n':
                case ' ':
                case '\t':
                  continue;
                case '$':
                case "'":
                case '"':
                  variables.push(simple(j));
                  i = j - 1;
                  continue variableLoop;
                case esc:
                  for (let k = j + 1; k < arg.length; k++) {
                    switch (arg.charAt(k)) {
                      case ' ':
                      case '\t':
                      case '\r':
                        continue;
                      case '\n':
                        j = k;
                        continue nameLoop;
                    }
                  }
                  variables.push(simple(j));
                  break variableLoop;
              }
              if (!isVarChar(char.charCodeAt(0))) {
                variables.push(simple(j));
                i = j - 1;
                continue variableLoop;
              }
              escapedName += char;
            }
            variables.push(simple(arg.length));
          }
          break variableLoop;
      }
    }
  }

  // dockerfile-ast Instruction.getHeredocs.
  private scanHeredocs(): Heredoc[] {
    const spans = this.argSpans();
    const first = this.firstArgument();
    if (2 * first >= spans.length) return [];
    const doc = this.doc;
    const multiline = doc.lineOf(this.startOffset) !== doc.lineOf(this.endOffset);
    const content = doc.text.substring(spans[2 * first], this.endOffset);
    if (content.indexOf('<') === -1) {
      // No argument starts with `<<`, so no heredoc: what is left of dockerfile-ast's scan is that it fails when it
      // meets a newline it takes as unescaped (it expects the heredoc definitions of the first line there).
      if (multiline && this.unescapedNewline(content)) throw new TypeError("Cannot read properties of undefined (reading 'getRange')");
      return [];
    }
    const args = this.args();
    const heredocs: Heredoc[] = [];
    const range = this.getRange();
    if (!multiline) return this.createSingleLineHeredocs(args);
    const defs: Argument[] = [];
    let processed = false;
    let escaping = false;
    let contentStart = -1;
    let contentEnd = -1;
    let lineStart = -1;
    let current = 0;
    const startOffset = args[0].startOffset;
    const esc = this.escapeChar;
    const at = (k: number) => doc.positionAt(startOffset + k);
    const definition = (k: number) => {
      const arg = defs[k];
      if (arg === undefined) throw new TypeError("Cannot read properties of undefined (reading 'getRange')");
      return arg;
    };
    contentLoop: for (let i = 0; i < content.length; i++) {
      switch (content.charAt(i)) {
        case esc:
          escaping = true;
          for (let j = i + 1; j < content.length; j++) {
            switch (content.charAt(j)) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                if (content.charAt(j) === '\r') j++;
                i = j;
                continue contentLoop;
              default:
                i = j;
                continue contentLoop;
            }
          }
          break;
        case '\r':
          break;
        case '\n':
          if (escaping) break;
          if (processed) {
            if (contentStart === -1) contentStart = i;
            contentEnd = i;
            const arg = definition(current);
            const startRange = arg.getRange();
            const nameRange = this.heredocNameRange(arg);
            const name = this.heredocName(nameRange);
            const delimiterRange = this.delimiterRange(arg, name, { start: at(lineStart), end: at(i) });
            if (delimiterRange !== null) {
              const contentRange = { start: at(contentStart), end: at(lineStart - 1) };
              heredocs.push(new Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
              contentStart = -1;
              current++;
            }
            lineStart = -1;
          } else {
            const offsetLimit = startOffset + i;
            for (const arg of args) {
              if (arg.startOffset < offsetLimit) {
                if (arg.getValue().startsWith('<<')) defs.push(arg);
              } else {
                break;
              }
            }
            processed = true;
            lineStart = -1;
            continue contentLoop;
          }
          break;
        default: {
          // ' ' and '\t' (skipped after an escaped newline), '#' (a comment line after one), anything else.
          const ch = content.charAt(i);
          if (escaping && (ch === ' ' || ch === '\t')) break;
          if (escaping && ch === '#') {
            for (let j = i + 1; j < content.length; j++) {
              if (content.charAt(j) === '\n') {
                i = j;
                continue contentLoop;
              }
            }
          }
          if (escaping) escaping = false;
          if (processed) {
            if (contentStart === -1) contentStart = i;
            if (lineStart === -1) lineStart = i;
          }
          break;
        }
      }
    }
    if (!processed) return this.createSingleLineHeredocs(args);
    const arg = definition(current);
    const startRange = arg.getRange();
    const nameRange = this.heredocNameRange(arg);
    const name = this.heredocName(nameRange);
    let contentRange: Range | null = null;
    const delimiterRange = this.delimiterRange(arg, name, { start: at(lineStart), end: range.end });
    if (delimiterRange === null) contentRange = { start: at(contentStart), end: range.end };
    else if (contentEnd !== -1) contentRange = { start: at(contentStart), end: at(contentEnd) };
    heredocs.push(new Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
    current++;
    for (let i = current; i < defs.length; i++) {
      const a = definition(current);
      const nr = this.heredocNameRange(a);
      heredocs.push(new Heredoc(a.getRange(), this.heredocName(nr), nr, null, null));
      current++;
    }
    return heredocs;
  }

  /** Whether scanHeredocs' loop meets a newline outside escaped lines and the comment lines after them. */
  private unescapedNewline(content: string): boolean {
    const esc = this.escapeChar.charCodeAt(0);
    const n = content.length;
    let escaping = false;
    contentLoop: for (let i = 0; i < n; i++) {
      const c = content.charCodeAt(i);
      if (c === esc) {
        escaping = true;
        for (let j = i + 1; j < n; j++) {
          const d = content.charCodeAt(j);
          if (d === SPACE || d === TAB) continue;
          if (d === CR) j++;
          i = j;
          continue contentLoop;
        }
      } else if (c === LF) {
        if (!escaping) return true;
      } else if (c !== CR && escaping) {
        if (c === SPACE || c === TAB) continue;
        if (c === HASH) {
          const j = content.indexOf('\n', i + 1);
          if (j !== -1) {
            i = j;
            continue;
          }
        }
        escaping = false;
      }
    }
    return false;
  }

  private createSingleLineHeredocs(args: Argument[]): Heredoc[] {
    const heredocs: Heredoc[] = [];
    for (const arg of args) {
      const value = arg.getValue();
      if (value.startsWith('<<') && parseHeredocName(value) !== null) {
        const nameRange = this.heredocNameRange(arg);
        heredocs.push(new Heredoc(arg.getRange(), this.heredocName(nameRange), nameRange, null, null));
      }
    }
    return heredocs;
  }

  // dockerfile-ast Instruction.getName.
  private heredocName(nameRange: Range): string {
    const content = this.doc.textOf(nameRange);
    const esc = this.escapeChar;
    let escaping = false;
    let name = '';
    nameLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      switch (ch) {
        case esc:
          escaping = true;
          for (let j = i + 1; j < content.length; j++) {
            switch (content.charAt(j)) {
              case ' ':
              case '\t':
                break;
              case '\r':
                i = j + 1;
                continue nameLoop;
              case '\n':
                i = j;
                continue nameLoop;
              default:
                name += content.charAt(j);
                i = j;
                continue nameLoop;
            }
          }
          break;
        default:
          if (escaping && ch === '#') {
            for (let j = i + 1; j < content.length; j++) {
              if (content.charAt(j) === '\n') {
                i = j;
                continue nameLoop;
              }
            }
          }
          if (escaping && (ch === '#' || ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n')) break;
          name += ch;
          break;
      }
    }
    return name;
  }

  // dockerfile-ast Instruction.getNameRange (of a heredoc argument).
  private heredocNameRange(arg: Argument): Range {
    const doc = this.doc;
    const content = doc.text.substring(arg.startOffset, arg.endOffset);
    const esc = this.escapeChar;
    let endFound = false;
    let searchHyphen = false;
    let start = -1;
    let end = -1;
    let escaping = false;
    let quote: string | null = null;
    contentLoop: for (let i = 0; i < content.length; i++) {
      const ch = content.charAt(i);
      switch (ch) {
        case '"':
        case "'":
          if (quote === ch) break contentLoop;
          quote = ch;
          continue;
        case esc:
          for (let j = i + 1; j < content.length; j++) {
            if (content.charAt(j) === '\n') {
              escaping = true;
              continue contentLoop;
            }
          }
          break;
        case ' ':
        case '\t':
        case '\r':
        case '\n':
          break;
        case '<':
          if (endFound) searchHyphen = true;
          else endFound = true;
          break;
        default:
          if (ch === '-' && searchHyphen) {
            searchHyphen = false;
            break;
          }
          if (escaping && (ch === '-' || ch === '#')) {
            for (let j = i + 1; j < content.length; j++) {
              if (content.charAt(j) === '\n') {
                i = j;
                continue contentLoop;
              }
            }
          }
          if (start === -1) start = i;
          if (quote !== null) {
            end = i + 1;
            break;
          }
          break contentLoop;
      }
    }
    const startRange = arg.getRange();
    if (start === -1) return { start: startRange.end, end: startRange.end };
    const nameStart = doc.positionAt(arg.startOffset + start);
    const nameEnd = quote !== null ? doc.positionAt(arg.startOffset + end) : startRange.end;
    return { start: nameStart, end: nameEnd };
  }

  // dockerfile-ast Instruction.getDelimiterRange.
  private delimiterRange(startArg: Argument, name: string, candidate: Range): Range | null {
    const text = this.doc.textOf(candidate);
    if (startArg.getValue().startsWith('<<-')) {
      let index = 0;
      while (text.charAt(index) === '\t') index++;
      if (text.substring(index) === name) return { start: { line: candidate.start.line, character: index }, end: candidate.end };
      return null;
    }
    return text === name ? candidate : null;
  }
}

/** Instructions that take `--flags` before their arguments. */
export abstract class ModifiableInstruction extends Instruction {
  private declare flags: Flag[] | undefined;

  protected abstract stopSearchingForFlags(value: string): boolean;

  getFlags(): Flag[] {
    return this.flagList().slice();
  }
  // As dockerfile-ast: as many arguments as there are flags are dropped from the front, wherever the flags were.
  protected override firstArgument(): number {
    return this.flagList().length;
  }
  protected flagList(): Flag[] {
    return this.flags ?? (this.flags = this.scanFlags());
  }

  // dockerfile-ast ModifiableInstruction.getFlags.
  private scanFlags(): Flag[] {
    const flags: Flag[] = [];
    const doc = this.doc;
    const spans = this.argSpans();
    const values = this.argValues();
    for (let k = 0; k < values.length; k++) {
      const value = values[k];
      if (this.stopSearchingForFlags(value)) return flags;
      if (value.indexOf('--') !== 0) continue;
      const start = spans[2 * k];
      const end = spans[2 * k + 1];
      const rawValue = doc.text.substring(start, end);
      const nameIndex = value.indexOf('=');
      const index = rawValue.indexOf('=');
      let firstMatch = false;
      let secondMatch = false;
      let startIndex = -1;
      nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
        switch (rawValue.charAt(i)) {
          case '\\':
          case ' ':
          case '\t':
          case '\r':
          case '\n':
            break;
          case '-':
            if (secondMatch) {
              startIndex = i;
              break nameSearchLoop;
            } else if (firstMatch) {
              secondMatch = true;
            } else {
              firstMatch = true;
            }
            break;
          default:
            startIndex = i;
            break nameSearchLoop;
        }
      }
      const nameStart = doc.norm(start + startIndex);
      if (index === -1) {
        flags.push(new Flag(doc, start, end, value.substring(2), nameStart, end, null, -1, -1));
      } else if (index === value.length - 1) {
        flags.push(new Flag(doc, start, end, value.substring(2, index), nameStart, doc.norm(start + index), '', end, end));
      } else {
        flags.push(new Flag(doc, start, end, value.substring(2, nameIndex), nameStart, doc.norm(start + index), value.substring(nameIndex + 1), doc.norm(start + index + 1), end));
      }
    }
    return flags;
  }
}

/** Instructions with an exec (JSON array) form. */
export class JSONInstruction extends ModifiableInstruction {
  private declare jsonStrings: JSONArgument[] | undefined;

  protected stopSearchingForFlags(_value: string): boolean {
    return true;
  }

  /** The strings of the JSON array, if the arguments are one (empty for the shell form). */
  getJSONStrings(): JSONArgument[] {
    return (this.jsonStrings ?? (this.jsonStrings = this.scanJSON())).slice();
  }

  // dockerfile-ast JSONInstruction's constructor.
  private scanJSON(): JSONArgument[] {
    const jsonStrings: JSONArgument[] = [];
    const args = this.args();
    if (args.length === 0) return jsonStrings;
    if (args.length === 1 && args[0].getValue() === '[]') return jsonStrings;
    if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') return jsonStrings;
    const doc = this.doc;
    const argsOffset = args[0].startOffset;
    const argsContent = doc.text.substring(argsOffset, args[args.length - 1].endOffset);
    let start = -1;
    let last = '';
    let quoted = false;
    let escapedArg = '';
    argsCheck: for (let i = 0; i < argsContent.length; i++) {
      const char = argsContent.charAt(i);
      switch (char) {
        case '[':
          if (last === '') {
            last = '[';
          } else if (quoted) {
            escapedArg = escapedArg + char;
          } else {
            break argsCheck;
          }
          break;
        case '"':
          if (last === '[' || last === ',') {
            start = i;
            quoted = true;
            last = '"';
            escapedArg = escapedArg + char;
            continue;
          } else if (last === '"') {
            if (quoted) {
              escapedArg = escapedArg + char;
              quoted = false;
              jsonStrings.push(
                new JSONArgument(doc, escapedArg, doc.norm(argsOffset + start), doc.norm(argsOffset + i + 1), doc.norm(argsOffset + start + 1), doc.norm(argsOffset + i)),
              );
              escapedArg = '';
            } else {
              break argsCheck;
            }
          } else {
            break argsCheck;
          }
          break;
        case ',':
          if (quoted) {
            escapedArg = escapedArg + char;
          } else if (last === '"') {
            last = ',';
          } else {
            break argsCheck;
          }
          break;
        case ']':
          if (quoted) escapedArg = escapedArg + char;
          else if (last !== '') break argsCheck;
          break;
        case ' ':
        case '\t':
          break;
        case '\\':
          if (quoted) {
            switch (argsContent.charAt(i + 1)) {
              case '"':
              case '\\':
                escapedArg = escapedArg + argsContent.charAt(i + 1);
                i++;
                continue;
              case ' ':
              case '\t':
                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case '\r':
                    case '\n':
                      if (argsContent.charAt(j) === '\r') j++;
                      i = j;
                      continue argsCheck;
                    case ' ':
                    case '\t':
                      break;
                    default:
                      break escapeCheck;
                  }
                }
                break;
              default:
                if (argsContent.charAt(i + 1) === '\r') i++;
                i++;
                continue;
            }
          } else {
            escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
              switch (argsContent.charAt(j)) {
                case '\r':
                case '\n':
                  if (argsContent.charAt(j) === '\r') j++;
                  i = j;
                  continue argsCheck;
                case ' ':
                case '\t':
                  break;
                default:
                  break escapeCheck;
              }
            }
          }
          break argsCheck;
        default:
          if (!quoted) break argsCheck;
          escapedArg = escapedArg + char;
          break;
      }
    }
    return jsonStrings;
  }
}

/** ADD, COPY, RUN: exec form and flags. */
export class FlaggedJSONInstruction extends JSONInstruction {
  protected override stopSearchingForFlags(value: string): boolean {
    return value.indexOf('--') === -1;
  }
}
export class Add extends FlaggedJSONInstruction {}
export class Copy extends FlaggedJSONInstruction {
  getFromFlag(): Flag | null {
    const flags = this.flagList();
    return flags.length === 1 && flags[0].getName() === 'from' ? flags[0] : null;
  }
}
export class Run extends FlaggedJSONInstruction {}
export class Cmd extends JSONInstruction {}
export class Entrypoint extends JSONInstruction {}
export class Shell extends JSONInstruction {}
export class Volume extends JSONInstruction {}

export class Healthcheck extends ModifiableInstruction {
  protected stopSearchingForFlags(value: string): boolean {
    value = value.toUpperCase();
    return value === 'CMD' || value === 'NONE';
  }
  getSubcommand(): Argument | null {
    const args = this.args();
    return args.length !== 0 ? args[0] : null;
  }
}

export class From extends ModifiableInstruction {
  protected stopSearchingForFlags(value: string): boolean {
    return value.indexOf('--') === -1;
  }

  /** The image argument as written (variables not expanded), or null. */
  getImage(): string | null {
    const args = this.args();
    return args.length > 0 ? args[0].getValue() : null;
  }

  // Image name, tag, digest and registry never change: computed once (undefined: not yet).
  private declare imageName: string | null | undefined;
  private declare tagRange: Range | null | undefined;
  private declare digestRange: Range | null | undefined;
  private declare registryRange: Range | null | undefined;

  /** The image name without registry, tag and digest, or null. */
  getImageName(): string | null {
    if (this.imageName === undefined) this.imageName = this.computeImageName();
    return this.imageName;
  }

  private computeImageName(): string | null {
    const imageName = this.getRangeContent(this.getImageNameRange());
    if (imageName === null) return null;
    const esc = this.escapeChar;
    let commented = false;
    let escaped = false;
    let name = '';
    for (let i = 0; i < imageName.length; i++) {
      const ch = imageName.charAt(i);
      switch (ch) {
        case esc:
          escaped = true;
          break;
        case '\r':
          continue;
        case '\n':
          commented = false;
          break;
        case ' ':
        case '\t':
          break;
        case '#':
          if (escaped) {
            commented = true;
          } else {
            name = name + ch;
            escaped = false;
          }
          break;
        default:
          if (!commented) {
            name = name + ch;
            escaped = false;
          }
          break;
      }
    }
    return name;
  }

  getImageNameRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const doc = this.doc;
    const registryRange = this.getRegistryRange();
    if (registryRange) range.start = doc.positionAt(doc.offsetAt(registryRange.end) + 1);
    const tagRange = this.getImageTagRange();
    const digestRange = this.getImageDigestRange();
    if (tagRange === null) {
      if (digestRange !== null) range.end = doc.positionAt(doc.offsetAt(digestRange.start) - 1);
    } else {
      range.end = doc.positionAt(doc.offsetAt(tagRange.start) - 1);
    }
    return range;
  }

  /** Range of the image argument (a new object). */
  getImageRange(): Range | null {
    const args = this.args();
    if (args.length === 0) return null;
    const r = args[0].getRange();
    return { start: r.start, end: r.end };
  }

  getImageTag(): string | null {
    return this.getRangeContent(this.getImageTagRange());
  }

  getImageTagRange(): Range | null {
    if (this.tagRange === undefined) this.tagRange = this.computeImageTagRange();
    return copy(this.tagRange);
  }

  private computeImageTagRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const doc = this.doc;
    const rangeStartOffset = doc.offsetAt(range.start);
    const content = doc.textOf(range);
    const atIndex = this.indexOf(rangeStartOffset, content, '@');
    const slashIndex = content.indexOf('/');
    if (atIndex === -1) {
      const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
      if (colonIndex > slashIndex) return { start: doc.positionAt(rangeStartOffset + colonIndex + 1), end: range.end };
    }
    const subcontent = content.substring(0, atIndex);
    const subcolonIndex = subcontent.indexOf(':');
    if (subcolonIndex === -1) return null;
    if (slashIndex === -1) return { start: doc.positionAt(rangeStartOffset + subcolonIndex + 1), end: doc.positionAt(rangeStartOffset + atIndex) };
    if (subcolonIndex < slashIndex) return null;
    return { start: doc.positionAt(rangeStartOffset + subcolonIndex + 1), end: doc.positionAt(rangeStartOffset + subcontent.length) };
  }

  getImageDigest(): string | null {
    return this.getRangeContent(this.getImageDigestRange());
  }

  getImageDigestRange(): Range | null {
    if (this.digestRange === undefined) this.digestRange = this.computeImageDigestRange();
    return copy(this.digestRange);
  }

  private computeImageDigestRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const content = this.doc.textOf(range);
    const index = this.lastIndexOf(this.doc.offsetAt(range.start), content, '@');
    if (index === -1) return null;
    return { start: { line: range.start.line, character: range.start.character + index + 1 }, end: { line: range.end.line, character: range.end.character } };
  }

  getRegistry(): string | null {
    return this.getRangeContent(this.getRegistryRange());
  }

  getRegistryRange(): Range | null {
    if (this.registryRange === undefined) this.registryRange = this.computeRegistryRange();
    return copy(this.registryRange);
  }

  private computeRegistryRange(): Range | null {
    const range = this.getImageRange();
    if (!range) return null;
    const doc = this.doc;
    const tagRange = this.getImageTagRange();
    const digestRange = this.getImageDigestRange();
    if (tagRange === null) {
      if (digestRange !== null) range.end = doc.positionAt(doc.offsetAt(digestRange.start) - 1);
    } else {
      range.end = doc.positionAt(doc.offsetAt(tagRange.start) - 1);
    }
    const content = doc.textOf(range);
    const rangeStart = doc.offsetAt(range.start);
    const startingSlashIndex = this.indexOf(rangeStart, content, '/');
    if (startingSlashIndex === -1) return null;
    const portIndex = this.indexOf(rangeStart, content, ':');
    const dotIndex = this.indexOf(rangeStart, content, '.');
    if (portIndex !== -1 || dotIndex !== -1) return { start: range.start, end: doc.positionAt(rangeStart + startingSlashIndex) };
    const registry = content.substring(0, startingSlashIndex);
    if (registry === 'localhost') return { start: range.start, end: doc.positionAt(rangeStart + startingSlashIndex) };
    return null;
  }

  /** The stage name after AS as written, or null. */
  getBuildStage(): string | null {
    const range = this.getBuildStageRange();
    return range === null ? null : this.getRangeContent(range);
  }

  getBuildStageRange(): Range | null {
    const args = this.args();
    if (args.length > 2 && args[1].getValue().toUpperCase() === 'AS') return args[2].getRange();
    return null;
  }

  /** The --platform flag when it is the only flag, else null. */
  getPlatformFlag(): Flag | null {
    const flags = this.flagList();
    return flags.length === 1 && flags[0].getName() === 'platform' ? flags[0] : null;
  }

  // The first `searchString` of `content` (the text at `documentOffset`) outside variables.
  private indexOf(documentOffset: number, content: string, searchString: string): number {
    let index = content.indexOf(searchString);
    const variables = this.vars();
    for (let i = 0; i < variables.length; i++) {
      const position = documentOffset + index;
      const v = variables[i];
      if (v.startOffset < position && position < v.endOffset) {
        const offset = v.endOffset - documentOffset;
        const subIndex = content.substring(offset).indexOf(searchString);
        if (subIndex === -1) return -1;
        index = subIndex + offset;
        i = -1;
      }
    }
    return index;
  }

  private lastIndexOf(documentOffset: number, content: string, searchString: string): number {
    let index = content.lastIndexOf(searchString);
    const variables = this.vars();
    for (let i = 0; i < variables.length; i++) {
      const position = documentOffset + index;
      const v = variables[i];
      if (v.startOffset < position && position < v.endOffset) {
        index = content.substring(0, index).lastIndexOf(searchString);
        if (index === -1) return -1;
        i = -1;
      }
    }
    return index;
  }

  private declare fromVariables: Variable[] | undefined;
  private vars(): Variable[] {
    return this.fromVariables ?? (this.fromVariables = this.getVariables());
  }
}

export class Onbuild extends Instruction {
  /** The upper-cased instruction word after ONBUILD, or null. */
  getTrigger(): string | null {
    const trigger = this.getTriggerWord();
    return trigger === null ? null : trigger.toUpperCase();
  }
  getTriggerWord(): string | null {
    return this.getRangeContent(this.getTriggerRange());
  }
  getTriggerRange(): Range | null {
    const args = this.args();
    return args.length > 0 ? args[0].getRange() : null;
  }
  /** The instruction after ONBUILD, parsed as one. */
  getTriggerInstruction(): Instruction | null {
    const args = this.args();
    if (args.length === 0) return null;
    const word = this.doc.text.substring(args[0].startOffset, args[0].endOffset);
    return createInstruction(this.doc, this.escapeChar, word, args[0].startOffset, args[0].endOffset, this.endOffset);
  }
}

/** ARG, ENV, LABEL: arguments read as `name=value` properties. */
export class PropertyInstruction extends Instruction {
  private declare properties: Property[] | undefined;
  private declare propertyArgs: Argument[] | undefined;

  getProperties(): Property[] {
    return (this.properties ?? (this.properties = this.buildProperties())).slice();
  }

  private buildProperties(): Property[] {
    const args = this.getPropertyArguments();
    const doc = this.doc;
    const esc = this.escapeChar;
    if (args.length === 0) return [];
    if (args.length === 1) return [createProperty(doc, esc, args[0])];
    if (args.length === 2) {
      if (args[0].getValue().indexOf('=') === -1) return [createProperty(doc, esc, args[0], args[1])];
      return [createProperty(doc, esc, args[0]), createProperty(doc, esc, args[1])];
    }
    if (args[0].getValue().indexOf('=') === -1) {
      const start = args[1].startOffset;
      const end = args[args.length - 1].endOffset;
      return [createProperty(doc, esc, args[0], new Argument(doc, doc.text.substring(start, end), start, end))];
    }
    return args.map((a) => createProperty(doc, esc, a));
  }

  private findTrailingNonWhitespace(content: string): number {
    const esc = this.escapeChar;
    let index = content.length;
    whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
      switch (content.charAt(i)) {
        case ' ':
        case '\t':
          continue;
        case '\n':
        case '\r':
          if (content.charAt(i) === '\n' && content.charAt(i - 1) === '\r') i = i - 1;
          for (let j = i - 1; j >= 0; j--) {
            switch (content.charAt(j)) {
              case ' ':
              case '\t':
              case '\r':
              case '\n':
              case esc:
                continue;
              default:
                index = j;
                break whitespaceCheck;
            }
          }
          break whitespaceCheck;
        default:
          index = i;
          break whitespaceCheck;
      }
    }
    return index;
  }

  /** The arguments as ARG/ENV/LABEL read them (quotes and escaped spaces keep words together). */
  getPropertyArguments(): Argument[] {
    return (this.propertyArgs ?? (this.propertyArgs = this.scanPropertyArguments())).slice();
  }

  // dockerfile-ast PropertyInstruction.getPropertyArguments.
  private scanPropertyArguments(): Argument[] {
    const args: Argument[] = [];
    const doc = this.doc;
    const esc = this.escapeChar;
    const nameEndOffset = this.keywordEndOffset;
    const fullArgs = nameEndOffset >= this.endOffset ? '' : doc.text.substring(nameEndOffset, this.endOffset);
    const start = findLeadingNonWhitespace(fullArgs, esc);
    if (start === -1) return [];
    const base = nameEndOffset + start;
    const arg = (from: number, to: number, value: string) => new Argument(doc, value, doc.norm(base + from), doc.norm(base + to));
    let escaped = this.getInstructionRange().start.line !== doc.positionAt(base).line;
    let endingEscape = false;
    let mark = -1;
    const end = this.findTrailingNonWhitespace(fullArgs);
    const content = fullArgs.substring(start, end + 1);
    let argStart = escaped ? -1 : 0;
    let spaced = false;
    const createSpacedArgument = () => {
      if (argStart !== -1) args.push(arg(argStart, mark, content.substring(argStart, mark)));
    };
    argumentLoop: for (let i = 0; i < content.length; i++) {
      const char = content.charAt(i);
      switch (char) {
        case esc:
          if (i + 1 === content.length) {
            endingEscape = true;
            break argumentLoop;
          }
          if (!escaped) mark = i;
          switch (content.charAt(i + 1)) {
            case ' ':
            case '\t':
              if (!isWs(content.charAt(i + 2))) {
                i = i + 1;
                continue argumentLoop;
              }
              whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case '\r':
                  case '\n':
                    if (content.charAt(j) === '\r') j++;
                    escaped = true;
                    i = j;
                    continue argumentLoop;
                  case ' ':
                  case '\t':
                    break;
                  default:
                    args.push(arg(argStart, i + 2, content.substring(argStart, i)));
                    argStart = j;
                    break whitespaceCheck;
                }
              }
              i = argStart - 1;
              continue argumentLoop;
            case '\r':
            case '\n':
              if (content.charAt(i + 1) === '\r') i++;
              escaped = true;
              i = i + 1;
              continue argumentLoop;
            case esc:
              if (argStart === -1) argStart = i;
              i = i + 1;
              continue argumentLoop;
            default:
              if (argStart === -1) argStart = i;
              continue argumentLoop;
          }
        case "'":
        case '"':
          if (spaced) {
            createSpacedArgument();
            argStart = i;
            spaced = false;
          }
          if (argStart === -1) argStart = i;
          for (let j = i + 1; j < content.length; j++) {
            switch (content.charAt(j)) {
              case char:
                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                  i = j;
                  continue argumentLoop;
                }
                args.push(arg(argStart, j + 1, content.substring(argStart, j + 1)));
                i = j;
                argStart = -1;
                continue argumentLoop;
              case esc:
                j++;
                break;
            }
          }
          break argumentLoop;
        case ' ':
        case '\t':
          if (escaped) {
            if (argStart !== -1) spaced = true;
          } else if (argStart !== -1) {
            args.push(arg(argStart, i, content.substring(argStart, i)));
            argStart = -1;
          }
          break;
        case '\r':
        case '\n':
          if (char === '\r') i++;
          spaced = false;
          break;
        case '#':
          if (escaped) {
            for (let j = i + 1; j < content.length; j++) {
              switch (content.charAt(j)) {
                case '\r':
                case '\n':
                  if (content.charAt(j) === '\r') j++;
                  i = j;
                  spaced = false;
                  continue argumentLoop;
              }
            }
            if (argStart !== -1) {
              args.push(arg(argStart, mark, content.substring(argStart, mark)));
              argStart = -1;
            }
            break argumentLoop;
          } else if (argStart === -1) {
            argStart = i;
          }
          break;
        default:
          if (spaced) {
            createSpacedArgument();
            argStart = i;
            spaced = false;
          }
          escaped = false;
          if (argStart === -1) argStart = i;
          if (char === '$' && content.charAt(i + 1) === '{') {
            let singleQuotes = false;
            let doubleQuotes = false;
            let esc2 = false;
            for (let j = i + 1; j < content.length; j++) {
              switch (content.charAt(j)) {
                case esc:
                  esc2 = true;
                  break;
                case '\r':
                case '\n':
                  break;
                case "'":
                  singleQuotes = !singleQuotes;
                  esc2 = false;
                  break;
                case '"':
                  doubleQuotes = !doubleQuotes;
                  esc2 = false;
                  break;
                case ' ':
                case '\t':
                  if (esc2 || singleQuotes || doubleQuotes) break;
                  i = j - 1;
                  continue argumentLoop;
                case '}':
                  i = j;
                  continue argumentLoop;
                default:
                  esc2 = false;
                  break;
              }
            }
            break argumentLoop;
          }
          break;
      }
    }
    if (argStart !== -1 && argStart !== content.length) {
      const e = endingEscape ? content.length - 1 : content.length;
      args.push(arg(argStart, e, content.substring(argStart, e)));
    }
    return args;
  }
}

export class Arg extends PropertyInstruction {
  /** The variable this ARG declares, or null if malformed. */
  getProperty(): Property | null {
    const args = this.getPropertyArguments();
    return args.length === 1 ? createProperty(this.doc, this.escapeChar, args[0]) : null;
  }
}
export class Env extends PropertyInstruction {}
export class Label extends PropertyInstruction {
  /** Variables, except those inside single-quoted values. */
  override getVariables(): Variable[] {
    const variables = super.getVariables();
    for (const property of this.getProperties()) {
      const value = property.getUnescapedValue();
      if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
        const range = property.getValueRange()!;
        for (let i = 0; i < variables.length; i++) {
          if (isInsideRange(variables[i].getRange().start, range)) {
            variables.splice(i, 1);
            i--;
          }
        }
      }
    }
    return variables;
  }
}
export class Stopsignal extends Instruction {}
export class User extends Instruction {}
export class Workdir extends Instruction {}

/** A new range object with the same positions (callers of From's range accessors may move its ends). */
function copy(range: Range | null): Range | null {
  return range === null ? null : { start: range.start, end: range.end };
}

/** The instruction object for `word` (dockerfile-ast Parser.createInstruction). */
export function createInstruction(doc: DocText, escapeChar: string, word: string, start: number, keywordEnd: number, end: number): Instruction {
  const keyword = word.toUpperCase();
  const args = [doc, escapeChar, word, start, keywordEnd, end, keyword] as const;
  switch (keyword) {
    case 'ADD':
      return new Add(...args);
    case 'ARG':
      return new Arg(...args);
    case 'CMD':
      return new Cmd(...args);
    case 'COPY':
      return new Copy(...args);
    case 'ENTRYPOINT':
      return new Entrypoint(...args);
    case 'ENV':
      return new Env(...args);
    case 'FROM':
      return new From(...args);
    case 'HEALTHCHECK':
      return new Healthcheck(...args);
    case 'LABEL':
      return new Label(...args);
    case 'ONBUILD':
      return new Onbuild(...args);
    case 'RUN':
      return new Run(...args);
    case 'SHELL':
      return new Shell(...args);
    case 'STOPSIGNAL':
      return new Stopsignal(...args);
    case 'WORKDIR':
      return new Workdir(...args);
    case 'USER':
      return new User(...args);
    case 'VOLUME':
      return new Volume(...args);
  }
  return new Instruction(...args);
}

// dockerfile-ast Property's constructor.
function createProperty(doc: DocText, escapeChar: string, arg: Argument, arg2?: Argument): Property {
  const text = doc.text;
  const value0 = arg.getValue();
  let nameStart = arg.startOffset;
  let nameEnd = arg.endOffset;
  const index = value0.indexOf('=');
  if (index !== -1) {
    const initial = value0.charAt(0);
    const before = value0.charAt(index - 1);
    if ((initial === '"' && before === '"') || (initial === "'" && before === "'") || (initial !== '"' && initial !== "'")) {
      nameStart = arg.startOffset;
      nameEnd = doc.norm(arg.startOffset + index);
    }
  }
  const name = propertyValue(text.substring(nameStart, nameEnd), escapeChar);
  if (arg2) {
    const vs = arg2.startOffset;
    const ve = arg2.endOffset;
    return new Property(doc, escapeChar, name, nameStart, nameEnd, propertyValue(text.substring(vs, ve), escapeChar), vs, ve, nameStart, ve);
  }
  if (nameStart === arg.startOffset && nameEnd === arg.endOffset) {
    return new Property(doc, escapeChar, name, nameStart, nameEnd, null, -1, -1, arg.startOffset, arg.endOffset);
  }
  const vs = doc.norm(arg.startOffset + index + 1);
  const ve = arg.endOffset;
  return new Property(doc, escapeChar, name, nameStart, nameEnd, propertyValue(text.substring(vs, ve), escapeChar), vs, ve, arg.startOffset, arg.endOffset);
}

// dockerfile-ast Property.getValue: the value without quotes, escapes, escaped newlines and comment lines.
export function propertyValue(value: string, escapeChar: string): string {
  let escaped = false;
  const skip = findLeadingNonWhitespace(value, escapeChar);
  if (skip !== 0 && value.charAt(skip) === '#') escaped = true;
  value = value.substring(skip);
  const first = value.charAt(0);
  const last = value.charAt(value.length - 1);
  const literal = first === "'" || first === '"';
  const inSingle = first === "'" && last === "'";
  let inDouble = false;
  if (first === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value.charAt(i) === escapeChar) i++;
      else if (value.charAt(i) === '"' && i === value.length - 1) inDouble = true;
    }
  }
  if (inSingle || inDouble) value = value.substring(1, value.length - 1);
  let commentCheck = -1;
  let escapedValue = '';
  parseValue: for (let i = 0; i < value.length; i++) {
    let char = value.charAt(i);
    switch (char) {
      case escapeChar:
        if (i + 1 === value.length) {
          escapedValue = escapedValue + escapeChar;
          break parseValue;
        }
        char = value.charAt(i + 1);
        if (char === ' ' || char === '\t') {
          whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
            const char2 = value.charAt(j);
            switch (char2) {
              case ' ':
              case '\t':
                break;
              case '\r':
              case '\n':
                if (char2 === '\r') j++;
                escaped = true;
                i = j;
                continue parseValue;
              default:
                if (!inDouble && !inSingle && !literal) {
                  if (char2 === escapeChar) {
                    escapedValue = escapedValue + char;
                    i = i + 1;
                  } else {
                    escapedValue = escapedValue + char + char2;
                    i = j;
                  }
                  continue parseValue;
                }
                break whitespaceCheck;
            }
          }
        }
        if (inDouble) {
          if (char === '\r') {
            escaped = true;
            i = i + 2;
          } else if (char === '\n') {
            escaped = true;
            i++;
          } else if (char !== '"') {
            if (char === escapeChar) i++;
            escapedValue = escapedValue + escapeChar;
          }
          continue parseValue;
        } else if (inSingle || literal) {
          if (char === '\r') {
            escaped = true;
            i = i + 2;
          } else if (char === '\n') {
            escaped = true;
            i++;
          } else {
            escapedValue = escapedValue + escapeChar;
          }
          continue parseValue;
        } else if (char === escapeChar) {
          escapedValue = escapedValue + escapeChar;
          i++;
        } else if (char === '\r') {
          escaped = true;
          i = i + 2;
        } else if (char === '\n') {
          escaped = true;
          i++;
        } else {
          escapedValue = escapedValue + char;
          i++;
        }
        break;
      case ' ':
      case '\t':
        if (escaped && commentCheck === -1) commentCheck = i;
        escapedValue = escapedValue + char;
        break;
      case '\r':
      case '\n':
        if (char === '\r') i++;
        if (escaped && commentCheck !== -1) {
          escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
          commentCheck = -1;
        }
        break;
      default:
        // A comment line after an escaped newline is skipped.
        if (char === '#' && escaped) {
          if (commentCheck !== -1) {
            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
            commentCheck = -1;
          }
          for (let j = i + 1; j < value.length; j++) {
            const c = value.charAt(j);
            if (c === '\r') {
              j++;
              i = j;
              break;
            }
            if (c === '\n') {
              i = j;
              break;
            }
          }
          continue parseValue;
        }
        if (escaped) {
          escaped = false;
          commentCheck = -1;
        }
        escapedValue = escapedValue + char;
        break;
    }
  }
  return escapedValue;
}

