// One linear pass over a Dockerfile: parser directives, comments and the extent of each instruction (continuation
// lines, comment lines inside them, heredoc bodies). Instruction arguments are scanned later, on first use.
// Same results as dockerfile-ast 0.7.1's Parser.parse, quirks included.
import { Comment, ParserDirective } from './nodes';
import { createInstruction, Instruction, Onbuild, parseHeredocName } from './instructions';
import { DocText } from './text';

export interface ParsedDockerfile {
  readonly doc: DocText;
  getEscapeCharacter(): string;
  getDirectives(): ParserDirective[];
  /** Every comment line, in order (comment lines inside continuation lines included, heredoc bodies excluded). */
  getComments(): Comment[];
  getInstructions(): Instruction[];
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const LF = 10;
const HASH = 35;
const EQUALS = 61;

/** Parses `text`; `lineStarts` (as engine/text's lineStarts computes them) saves a pass when already known. */
export function parseDockerfile(text: string, lineStarts?: number[]): ParsedDockerfile {
  return new Scanner(new DocText(text, lineStarts)).parse();
}

class Scanner {
  private readonly text: string;
  private readonly directives: ParserDirective[] = [];
  private readonly comments: Comment[] = [];
  private readonly instructions: Instruction[] = [];
  private escapeChar = '\\';
  private esc = 92;
  /** Offset of the next `<` at or after `ltFrom` (Infinity: none), to skip heredoc detection cheaply. */
  private ltAt = -1;
  private ltFrom = 0;

  constructor(private readonly doc: DocText) {
    this.text = doc.text;
  }

  parse(): ParsedDockerfile {
    const text = this.text;
    const doc = this.doc;
    const bom = text.charCodeAt(0) === 0xfeff;
    this.parseDirectives(bom ? 1 : 0);
    let offset = 0;
    if (this.directives.length > 0) {
      this.escapeChar = escapeOf(this.directives);
      this.esc = this.escapeChar.charCodeAt(0);
      offset = doc.offsetAt({ line: this.directives.length, character: 0 });
    } else if (bom) {
      offset = 1;
    }
    const n = text.length;
    for (let i = offset; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || c === LF) continue;
      if (c === HASH) i = this.processComment(i);
      else i = this.processInstruction(i);
    }
    const { directives, comments, instructions, escapeChar } = this;
    return {
      doc,
      getEscapeCharacter: () => escapeChar,
      getDirectives: () => directives.slice(),
      getComments: () => comments.slice(),
      getInstructions: () => instructions.slice(),
    };
  }

  // dockerfile-ast Parser.getParserDirectives.
  private parseDirectives(from: number): void {
    const text = this.text;
    const doc = this.doc;
    const n = text.length;
    directiveCheck: for (let i = from; i < n; i++) {
      switch (text.charCodeAt(i)) {
        case SPACE:
        case TAB:
          break;
        case CR:
        case LF:
          break directiveCheck;
        case HASH: {
          let directiveStart = -1;
          let directiveEnd = -1;
          for (let j = i + 1; j < n; j++) {
            const c = text.charCodeAt(j);
            if (c === SPACE || c === TAB) {
              if (directiveStart !== -1 && directiveEnd === -1) directiveEnd = j;
            } else if (c === CR || c === LF) {
              break directiveCheck;
            } else if (c === EQUALS) {
              let valueStart = -1;
              let valueEnd = -1;
              if (directiveEnd === -1) directiveEnd = j;
              let lineEnd = n;
              for (let k = j + 1; k < n; k++) {
                const d = text.charCodeAt(k);
                if (d === CR || d === LF) {
                  if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
                  lineEnd = k;
                  break;
                } else if (d === TAB || d === SPACE) {
                  if (valueStart !== -1 && valueEnd === -1) valueEnd = k;
                } else if (valueStart === -1) {
                  valueStart = k;
                }
              }
              if (directiveStart === -1) break directiveCheck;
              if (valueStart === -1) {
                valueStart = j + 1;
                valueEnd = lineEnd;
              } else if (valueEnd === -1) {
                valueEnd = n;
              }
              this.directives.push(new ParserDirective(doc, doc.norm(i), doc.norm(lineEnd), doc.norm(directiveStart), doc.norm(directiveEnd), doc.norm(valueStart), doc.norm(valueEnd)));
              i = text.charCodeAt(valueEnd) === CR ? valueEnd + 1 : valueEnd;
              continue directiveCheck;
            } else if (directiveStart === -1) {
              directiveStart = j;
            }
          }
          break;
        }
        default:
          break directiveCheck;
      }
    }
  }

  private processComment(start: number): number {
    const text = this.text;
    const n = text.length;
    let end = n;
    for (let i = start + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        end = i;
        break;
      }
    }
    this.comments.push(new Comment(this.doc, this.doc.norm(start), this.doc.norm(end)));
    return end;
  }

  private add(start: number, word: string, keywordEnd: number, end: number): void {
    const doc = this.doc;
    this.instructions.push(createInstruction(doc, this.escapeChar, word, doc.norm(start), doc.norm(keywordEnd), doc.norm(end)));
  }

  // dockerfile-ast Parser.processInstruction: the instruction word, then its arguments.
  private processInstruction(start: number): number {
    const text = this.text;
    const n = text.length;
    const esc = this.esc;
    this.wordStart = start;
    this.wordEnd = start + 1;
    this.word = undefined;
    let instructionEnd = -1;
    let escapedInstruction = false;
    instructionCheck: for (let i = start + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === esc) {
        escapedInstruction = true;
        const d = text.charCodeAt(i + 1);
        if (d === CR || d === LF) {
          if (instructionEnd === -1) instructionEnd = i;
          i++;
        } else if (d === SPACE || d === TAB) {
          for (let j = i + 2; j < n; j++) {
            const e = text.charCodeAt(j);
            if (e === SPACE || e === TAB) continue;
            if (e === CR || e === LF) {
              i = j;
              continue instructionCheck;
            }
            instructionEnd = i + 1;
            this.addEscape();
            i = j - 2;
            continue instructionCheck;
          }
          instructionEnd = i + 1;
          this.addEscape();
          break instructionCheck;
        } else {
          instructionEnd = i + 1;
          this.addEscape();
          escapedInstruction = false;
        }
      } else if (c === SPACE || c === TAB) {
        if (escapedInstruction) {
          let j = i + 1;
          for (; j < n; j++) {
            const e = text.charCodeAt(j);
            if (e === SPACE || e === TAB) continue;
            if (e === CR || e === LF) {
              i = j;
              continue instructionCheck;
            }
            break;
          }
          escapedInstruction = false;
        }
        if (instructionEnd === -1) instructionEnd = i;
        const w = this.currentWord();
        i = this.processArguments(w, instructionEnd, start, i);
        this.add(start, w, instructionEnd, i);
        return i;
      } else if (c === CR || c === LF) {
        if (escapedInstruction) continue;
        if (instructionEnd === -1) instructionEnd = i;
        this.add(start, this.currentWord(), i, i);
        return i;
      } else if (c === HASH && escapedInstruction) {
        continue;
      } else {
        instructionEnd = i + 1;
        this.addChar(i);
        escapedInstruction = false;
      }
    }
    if (instructionEnd === -1) instructionEnd = n;
    this.add(start, this.currentWord(), instructionEnd, n);
    return n;
  }

  // The instruction word being read: usually the run [wordStart, wordEnd) of the text; built in `word` otherwise.
  private wordStart = 0;
  private wordEnd = 0;
  private word: string | undefined = undefined;
  private addChar(k: number): void {
    if (this.word === undefined && k === this.wordEnd) this.wordEnd++;
    else this.word = (this.word ?? this.text.slice(this.wordStart, this.wordEnd)) + this.text.charAt(k);
  }
  private addEscape(): void {
    this.word = (this.word ?? this.text.slice(this.wordStart, this.wordEnd)) + this.escapeChar;
  }
  private currentWord(): string {
    return this.word ?? this.text.slice(this.wordStart, this.wordEnd);
  }

  // dockerfile-ast Parser.processArguments: up to the first newline that is not escaped, then any heredoc bodies.
  private processArguments(word: string, instructionEnd: number, start: number, offset: number): number {
    const text = this.text;
    const n = text.length;
    const esc = this.esc;
    let escaped = false;
    argumentsCheck: for (let i = offset + 1; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === CR || c === LF) {
        if (escaped) continue;
        return this.processHeredocs(word, start, instructionEnd, i);
      } else if (c === esc) {
        const next = text.charCodeAt(i + 1);
        if (next === LF || next === CR) {
          escaped = true;
          i++;
        } else if (next === SPACE || next === TAB) {
          for (let j = i + 2; j < n; j++) {
            const d = text.charCodeAt(j);
            if (d === SPACE || d === TAB) continue;
            if (d === CR || d === LF) escaped = true;
            i = j;
            continue argumentsCheck;
          }
          return n;
        }
      } else if (c === HASH) {
        if (escaped) i = this.processComment(i);
      } else if (c !== SPACE && c !== TAB) {
        escaped = false;
      }
    }
    return n;
  }

  /** Whether text[from, to) has a `<` (amortized linear: the next `<` is remembered). */
  private hasLt(from: number, to: number): boolean {
    if (this.ltAt < from || this.ltFrom > from) {
      const k = this.text.indexOf('<', from);
      this.ltAt = k === -1 ? Infinity : k;
      this.ltFrom = from;
    }
    return this.ltAt < to;
  }

  // dockerfile-ast Parser.processHeredocs and parseHeredoc.
  private processHeredocs(word: string, start: number, instructionEnd: number, offset: number): number {
    // A heredoc argument starts with `<<`: without a `<` there is none.
    if (!this.hasLt(instructionEnd, offset)) return offset;
    const doc = this.doc;
    let ins: Instruction | null = createInstruction(doc, this.escapeChar, word, doc.norm(start), doc.norm(instructionEnd), doc.norm(offset));
    let keyword = ins.getKeyword();
    if (keyword === 'ONBUILD') {
      ins = (ins as Onbuild).getTriggerInstruction();
      if (ins === null) return offset;
      keyword = ins.getKeyword();
    }
    if (keyword !== 'ADD' && keyword !== 'COPY' && keyword !== 'RUN') return offset;
    const heredocs: string[] = [];
    let tabbed = false;
    for (const arg of ins.getArguments()) {
      const value = arg.getValue();
      if (value.startsWith('<<') && value.length > 2) {
        if (value.startsWith('<<-')) tabbed = true;
        const name = parseHeredocName(value);
        if (name !== null) heredocs.push(name);
      }
    }
    for (const heredoc of heredocs) offset = this.parseHeredoc(heredoc, offset, tabbed);
    return offset;
  }

  private parseHeredoc(name: string, offset: number, tabbed: boolean): number {
    const text = this.text;
    const n = text.length;
    let startWord = -1;
    let lineStart = true;
    for (let i = offset; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        lineStart = false;
      } else if (c === TAB) {
        if (!tabbed) lineStart = false;
      } else if (c === CR || c === LF) {
        if (startWord !== -1 && i - startWord === name.length && text.startsWith(name, startWord)) return i;
        startWord = -1;
        lineStart = true;
      } else if (lineStart) {
        startWord = i;
        lineStart = false;
      }
    }
    return n;
  }
}

// dockerfile-ast Dockerfile.getEscapeCharacter: the first `escape` directive with a valid value.
function escapeOf(directives: ParserDirective[]): string {
  for (const d of directives) {
    if (d.getDirective() === 'escape') {
      const value = d.getValue();
      if (value === '\\' || value === '`') return value;
    }
  }
  return '\\';
}
