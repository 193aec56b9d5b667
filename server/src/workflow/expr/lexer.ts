// Lexer for GitHub Actions expressions (the text between `${{` and `}}`).
// Offsets are indices into the string given to `lex`, so callers can map them back to the document.

export type TokenKind =
  | 'ident'
  | 'int'
  | 'float'
  | 'string'
  | '('
  | ')'
  | '['
  | ']'
  | '.'
  | ','
  | '*'
  | '!'
  | '<'
  | '<='
  | '>'
  | '>='
  | '=='
  | '!='
  | '&&'
  | '||'
  | 'end';

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for strings: with quotes). */
  text: string;
  /** Start offset in the lexed text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Decoded value of string and number literals. */
  value?: string | number;
}

export interface ExprError {
  message: string;
  /** Offset in the lexed text where the problem is. */
  start: number;
  end: number;
}

export interface LexResult {
  tokens: Token[];
  /** Offset just after the closing `}}` (or the end of the input when it is missing). */
  end: number;
  error?: ExprError;
}

const EXPECTED =
  "expecting 'a'..'z', 'A'..'Z', '_', '0'..'9', ''', '}', '(', ')', '[', ']', '.', '!', '<', '>', '=', '&', '|', '*', ',', ' '";

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}
function isIdentPart(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9') || c === '-';
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Lexes `src` starting at `from` up to and including the closing `}}`. Stops at the first error.
 * Strings may contain `}}`, so the end of the expression is only known by lexing.
 */
export function lex(src: string, from = 0): LexResult {
  const tokens: Token[] = [];
  let i = from;
  const n = src.length;
  const err = (message: string, start: number, end = start + 1): LexResult => ({ tokens, end: n, error: { message, start, end: Math.min(Math.max(end, start + 1), Math.max(n, start + 1)) } });
  while (i < n) {
    const c = src[i];
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '}') {
      if (src[i + 1] === '}') {
        tokens.push({ kind: 'end', text: '}}', start, end: i + 2 });
        return { tokens, end: i + 2 };
      }
      return err(`got unexpected character '}' while lexing expression, expecting '}}' to close the expression`, i);
    }
    if (isIdentStart(c)) {
      i++;
      while (i < n && isIdentPart(src[i])) i++;
      tokens.push({ kind: 'ident', text: src.slice(start, i), start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '-' && (isDigit(src[i + 1] ?? '') || src[i + 1] === '.'))) {
      const m = /^-?(?:0x[0-9a-fA-F]+|0o[0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i, i + 64));
      if (!m) return err(`invalid number literal`, i);
      i += m[0].length;
      if (i < n && (isIdentPart(src[i]) || src[i] === '.')) {
        let j = i;
        while (j < n && (isIdentPart(src[j]) || src[j] === '.')) j++;
        return err(`invalid number literal "${src.slice(start, j)}"`, start, j);
      }
      const text = m[0];
      const neg = text.startsWith('-');
      const body = neg ? text.slice(1) : text;
      let v: number;
      if (/^0x/i.test(body)) v = parseInt(body.slice(2), 16);
      else if (/^0o/i.test(body)) v = parseInt(body.slice(2), 8);
      else v = Number(body);
      if (neg) v = -v;
      const isFloat = /[.eE]/.test(body) && !/^0x/i.test(body);
      tokens.push({ kind: isFloat ? 'float' : 'int', text, start, end: i, value: v });
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let value = '';
      for (;;) {
        if (j >= n) return err(`got unexpected EOF while lexing end of string literal, expecting '''`, start, n);
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            value += "'";
            j += 2;
            continue;
          }
          j++;
          break;
        }
        value += src[j];
        j++;
      }
      tokens.push({ kind: 'string', text: src.slice(start, j), start, end: j, value });
      i = j;
      continue;
    }
    // Two-character operators (constant strings: no slice per token).
    const d = src[i + 1];
    let two: TokenKind | undefined;
    if (d === '=') two = c === '<' ? '<=' : c === '>' ? '>=' : c === '=' ? '==' : c === '!' ? '!=' : undefined;
    else if (c === '&' && d === '&') two = '&&';
    else if (c === '|' && d === '|') two = '||';
    if (two) {
      tokens.push({ kind: two, text: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    if ('()[].,*!<>'.includes(c)) {
      tokens.push({ kind: c as TokenKind, text: c, start, end: i + 1 });
      i++;
      continue;
    }
    if (c === '=' || c === '&' || c === '|') {
      const want = c + c;
      return err(`got unexpected character '${c}' while lexing expression. did you mean '${want}'?`, i);
    }
    if (c === '"') {
      return err(`got unexpected character '"' while lexing expression, ${EXPECTED}. do you mean string literals? only single quotes are available for string delimiter`, i);
    }
    return err(`got unexpected character ${JSON.stringify(c)} while lexing expression, ${EXPECTED}`, i);
  }
  return { tokens, end: n, error: { message: 'expression is not closed: "}}" is missing', start: Math.max(from - 3, 0), end: n } };
}
