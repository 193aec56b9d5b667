// The small nodes of a parsed Dockerfile: arguments, flags, properties, variables, heredocs, comments and parser
// directives. Same methods and results as dockerfile-ast 0.7.1's classes of the same names; ranges are computed from
// offsets on first use and then shared: callers must not modify a returned range.
import type { DocText, Range } from './text';

/** A range computed on first use from two normalized offsets. */
export abstract class Spanned {
  // Fields are declared, not defined: plain assignments in the constructor are cheaper (these are made by the
  // thousand), and the range starts undefined.
  protected declare readonly doc: DocText;
  /** Offset of the start in the document. */
  declare readonly startOffset: number;
  /** Offset of the end in the document. */
  declare readonly endOffset: number;
  private declare r: Range | undefined;
  constructor(doc: DocText, startOffset: number, endOffset: number) {
    this.doc = doc;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.r = undefined;
  }
  getRange(): Range {
    return this.r ?? (this.r = this.doc.range(this.startOffset, this.endOffset));
  }
}

export class Argument extends Spanned {
  private declare readonly value: string;
  constructor(doc: DocText, value: string, startOffset: number, endOffset: number) {
    super(doc, startOffset, endOffset);
    this.value = value;
  }
  override toString(): string {
    return this.value;
  }
  getValue(): string {
    return this.value;
  }
  isAfter(position: { line: number; character: number }): boolean {
    const range = this.getRange();
    if (range.end.line < position.line) return false;
    return range.start.line > position.line ? true : range.start.character > position.character;
  }
  isBefore(position: { line: number; character: number }): boolean {
    const range = this.getRange();
    if (range.start.line < position.line) return true;
    return range.end.line > position.line ? false : range.end.character < position.character;
  }
}

/** A string of a JSON (exec form) array: the value keeps its quotes. */
export class JSONArgument extends Argument {
  private declare readonly jsonStart: number;
  private declare readonly jsonEnd: number;
  constructor(doc: DocText, value: string, startOffset: number, endOffset: number, jsonStart: number, jsonEnd: number) {
    super(doc, value, startOffset, endOffset);
    this.jsonStart = jsonStart;
    this.jsonEnd = jsonEnd;
  }
  /** The range inside the quotes. */
  getJSONRange(): Range {
    return this.doc.range(this.jsonStart, this.jsonEnd);
  }
  getJSONValue(): string {
    const value = this.getValue();
    return value.substring(1, value.length - 1);
  }
}

export class FlagOption {
  private r?: Range;
  private nr?: Range;
  private vr?: Range | null;
  constructor(
    private readonly doc: DocText,
    private readonly name: string,
    private readonly value: string | null,
    private readonly rangeStart: number,
    private readonly rangeEnd: number,
    private readonly nameEnd: number,
    private readonly valueStart: number,
  ) {}
  toString(): string {
    return this.value !== null ? this.name + '=' + this.value : this.name;
  }
  getRange(): Range {
    return this.r ?? (this.r = this.doc.range(this.rangeStart, this.rangeEnd));
  }
  getName(): string {
    return this.name;
  }
  getNameRange(): Range {
    if (this.value === null) return this.getRange();
    return this.nr ?? (this.nr = this.doc.range(this.rangeStart, this.nameEnd));
  }
  getValue(): string | null {
    return this.value;
  }
  getValueRange(): Range | null {
    if (this.value === null) return null;
    return this.vr ?? (this.vr = this.doc.range(this.valueStart, this.rangeEnd));
  }
}

export class Flag extends Spanned {
  private options?: FlagOption[];
  private nr?: Range;
  private vr?: Range;
  constructor(
    doc: DocText,
    startOffset: number,
    endOffset: number,
    private readonly name: string,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    private readonly value: string | null,
    private readonly valueStart: number,
    private readonly valueEnd: number,
  ) {
    super(doc, startOffset, endOffset);
  }
  override toString(): string {
    return this.value !== null ? '--' + this.name + '=' + this.value : '--' + this.name;
  }
  getName(): string {
    return this.name;
  }
  getNameRange(): Range {
    return this.nr ?? (this.nr = this.doc.range(this.nameStart, this.nameEnd));
  }
  getValue(): string | null {
    return this.value;
  }
  getValueRange(): Range | null {
    if (this.value === null) return null;
    return this.vr ?? (this.vr = this.doc.range(this.valueStart, this.valueEnd));
  }
  getOption(name: string): FlagOption | null {
    for (const option of this.getOptions()) if (option.getName() === name) return option;
    return null;
  }
  getOptions(): FlagOption[] {
    return this.options ?? (this.options = this.parseOptions());
  }
  hasOptions(): boolean {
    return this.getOptions().length > 0;
  }

  // `name=value,name=value`: offsets in the value are taken as offsets from the value's start in the document.
  private parseOptions(): FlagOption[] {
    const options: FlagOption[] = [];
    const value = this.value;
    if (value === null) return options;
    const offset = this.valueStart;
    let nameStart = -1;
    let valueStart = -1;
    let hasOptions = false;
    for (let i = 0; i < value.length; i++) {
      switch (value.charCodeAt(i)) {
        case 61 /* = */:
          hasOptions = true;
          if (valueStart === -1) valueStart = i + 1;
          break;
        case 44 /* , */:
          options.push(this.createOption(value, offset, nameStart, valueStart, i));
          nameStart = -1;
          valueStart = -1;
          break;
        default:
          if (nameStart === -1) nameStart = i;
          break;
      }
    }
    if (hasOptions && nameStart !== -1) options.push(this.createOption(value, offset, nameStart, valueStart, value.length));
    return options;
  }

  private createOption(content: string, documentOffset: number, nameStart: number, valueStart: number, valueEnd: number): FlagOption {
    const doc = this.doc;
    const start = doc.norm(documentOffset + nameStart);
    const end = doc.norm(documentOffset + valueEnd);
    if (valueStart === -1) return new FlagOption(doc, content.substring(nameStart, valueEnd), null, start, end, end, end);
    return new FlagOption(
      doc,
      content.substring(nameStart, valueStart - 1),
      content.substring(valueStart, valueEnd),
      start,
      end,
      doc.norm(documentOffset + valueStart - 1),
      doc.norm(documentOffset + valueStart),
    );
  }
}

export class Heredoc {
  constructor(
    private readonly startRange: Range,
    private readonly name: string,
    private readonly nameRange: Range,
    private readonly contentRange: Range | null,
    private readonly endRange: Range | null,
  ) {}
  getName(): string {
    return this.name;
  }
  getStartRange(): Range {
    return this.startRange;
  }
  getNameRange(): Range {
    return this.nameRange;
  }
  getContentRange(): Range | null {
    return this.contentRange;
  }
  getDelimiterRange(): Range | null {
    return this.endRange;
  }
}

/**
 * A variable reference (`$NAME`, `${NAME}`, `${NAME:-word}`). dockerfile-ast's isDefined/isBuildVariable (which
 * resolve the variable against the whole file) are not provided.
 */
export class Variable extends Spanned {
  private declare nr: Range | undefined;
  private declare readonly name: string;
  private declare readonly nameStart: number;
  private declare readonly nameEnd: number;
  private declare readonly modifier: string | null;
  private declare readonly modifierStart: number;
  private declare readonly modifierEnd: number;
  private declare readonly substitutionParameter: string | null;
  private declare readonly substitutionStart: number;
  private declare readonly substitutionEnd: number;
  private declare readonly stringValue: string;
  constructor(
    doc: DocText,
    name: string,
    nameStart: number,
    nameEnd: number,
    startOffset: number,
    endOffset: number,
    modifier: string | null,
    modifierStart: number,
    modifierEnd: number,
    substitutionParameter: string | null,
    substitutionStart: number,
    substitutionEnd: number,
    stringValue: string,
  ) {
    super(doc, startOffset, endOffset);
    this.nr = undefined;
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.modifier = modifier;
    this.modifierStart = modifierStart;
    this.modifierEnd = modifierEnd;
    this.substitutionParameter = substitutionParameter;
    this.substitutionStart = substitutionStart;
    this.substitutionEnd = substitutionEnd;
    this.stringValue = stringValue;
  }
  override toString(): string {
    return this.stringValue;
  }
  getName(): string {
    return this.name;
  }
  getNameRange(): Range {
    return this.nr ?? (this.nr = this.doc.range(this.nameStart, this.nameEnd));
  }
  getModifier(): string | null {
    return this.modifier;
  }
  getModifierRange(): Range | null {
    return this.modifier === null ? null : this.doc.range(this.modifierStart, this.modifierEnd);
  }
  getSubstitutionParameter(): string | null {
    return this.substitutionParameter;
  }
  getSubstitutionRange(): Range | null {
    return this.substitutionStart < 0 ? null : this.doc.range(this.substitutionStart, this.substitutionEnd);
  }
}

/** `name=value` or `name value` of ARG, ENV and LABEL. */
export class Property {
  private r?: Range;
  private nr?: Range;
  private vr?: Range | null;
  constructor(
    private readonly doc: DocText,
    private readonly escapeChar: string,
    private readonly name: string,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    private readonly value: string | null,
    /** -1 without a value. */
    private readonly valueStart: number,
    private readonly valueEnd: number,
    private readonly rangeStart: number,
    private readonly rangeEnd: number,
  ) {}
  getRange(): Range {
    return this.r ?? (this.r = this.doc.range(this.rangeStart, this.rangeEnd));
  }
  getName(): string {
    return this.name;
  }
  getNameRange(): Range {
    return this.nr ?? (this.nr = this.doc.range(this.nameStart, this.nameEnd));
  }
  getValue(): string | null {
    return this.value;
  }
  getValueRange(): Range | null {
    if (this.valueStart < 0) return null;
    return this.vr ?? (this.vr = this.doc.range(this.valueStart, this.valueEnd));
  }
  /** Offsets of the value in the document, or undefined without a value. */
  valueOffsets(): [number, number] | undefined {
    return this.valueStart < 0 ? undefined : [this.valueStart, this.valueEnd];
  }

  /**
   * The value with its quotes and escape characters, without escaped newlines and the whitespace and comment lines
   * that follow them; null without a value.
   */
  getUnescapedValue(): string | null {
    if (this.valueStart < 0) return null;
    const escapeChar = this.escapeChar;
    let escaped = false;
    let rawValue = '';
    const value = this.doc.text.substring(this.valueStart, this.valueEnd);
    rawLoop: for (let i = 0; i < value.length; i++) {
      const char = value.charAt(i);
      switch (char) {
        case escapeChar:
          for (let j = i + 1; j < value.length; j++) {
            switch (value.charAt(j)) {
              case '\r':
              case '\n':
                if (value.charAt(j) === '\r') j++;
                escaped = true;
                i = j;
                continue rawLoop;
              case ' ':
              case '\t':
                break;
              default:
                rawValue = rawValue + char;
                continue rawLoop;
            }
          }
          rawValue = rawValue + char;
          break;
        case '\r':
        case '\n':
          break;
        case ' ':
        case '\t':
          if (!escaped) rawValue = rawValue + char;
          break;
        case '#':
          if (escaped) {
            for (let j = i + 1; j < value.length; j++) {
              switch (value.charAt(j)) {
                case '\r':
                case '\n':
                  if (value.charAt(j) === '\r') j++;
                  i = j;
                  continue rawLoop;
              }
            }
          } else {
            rawValue = rawValue + char;
          }
          break;
        default:
          rawValue = rawValue + char;
          escaped = false;
          break;
      }
    }
    return rawValue;
  }
}

export class Comment extends Spanned {
  constructor(doc: DocText, startOffset: number, endOffset: number) {
    super(doc, startOffset, endOffset);
  }
  /** The text after `#`, trimmed. */
  getContent(): string {
    const raw = this.doc.text.substring(this.startOffset, this.endOffset);
    let start = -1;
    for (let i = 1; i < raw.length; i++) {
      if (!isWhitespace(raw.charCodeAt(i))) {
        start = i;
        break;
      }
    }
    if (start === -1) return '';
    let end = -1;
    for (let i = raw.length - 1; i >= 1; i--) {
      if (!isWhitespace(raw.charCodeAt(i))) {
        end = i + 1;
        break;
      }
    }
    return raw.substring(start, end);
  }
}

/** `# name=value` in the leading comment block. */
export class ParserDirective extends Spanned {
  private nr?: Range;
  private vr?: Range;
  constructor(
    doc: DocText,
    startOffset: number,
    endOffset: number,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    private readonly valueStart: number,
    private readonly valueEnd: number,
  ) {
    super(doc, startOffset, endOffset);
  }
  override toString(): string {
    return '# ' + this.getName() + '=' + this.getValue();
  }
  getNameRange(): Range {
    return this.nr ?? (this.nr = this.doc.range(this.nameStart, this.nameEnd));
  }
  getValueRange(): Range {
    return this.vr ?? (this.vr = this.doc.range(this.valueStart, this.valueEnd));
  }
  getName(): string {
    return this.doc.text.substring(this.nameStart, this.nameEnd);
  }
  getValue(): string {
    return this.doc.text.substring(this.valueStart, this.valueEnd);
  }
  /** `escape` or `syntax` (the directives dockerfile-ast knows), else null. */
  getDirective(): 'escape' | 'syntax' | null {
    const name = this.getName().toLowerCase();
    return name === 'escape' || name === 'syntax' ? name : null;
  }
}

export function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}
