// Recursive-descent parser for GitHub Actions expressions. Every node keeps offsets into the lexed text.
import { lex, type ExprError, type Token, type TokenKind } from './lexer';

interface Base {
  start: number;
  end: number;
}
export type ExprNode =
  | (Base & { type: 'null' })
  | (Base & { type: 'bool'; value: boolean })
  | (Base & { type: 'number'; value: number; text: string })
  | (Base & { type: 'string'; value: string })
  | (Base & { type: 'var'; name: string })
  | (Base & { type: 'prop'; object: ExprNode; name: string; nameStart: number })
  | (Base & { type: 'filter'; object: ExprNode })
  | (Base & { type: 'index'; object: ExprNode; index: ExprNode })
  | (Base & { type: 'call'; name: string; nameEnd: number; args: ExprNode[] })
  | (Base & { type: 'not'; operand: ExprNode })
  | (Base & { type: 'binary'; op: BinaryOp; left: ExprNode; right: ExprNode; opStart: number });

export type BinaryOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

/** The binary operators by precedence, loosest first. */
const PRECEDENCE: readonly (readonly BinaryOp[])[] = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

export interface ParseResult {
  node?: ExprNode;
  error?: ExprError;
  /** Offset just after the closing `}}`. */
  end: number;
}

class ParseFailure extends Error {
  constructor(readonly err: ExprError) {
    super(err.message);
  }
}

function describe(t: Token): string {
  if (t.kind === 'end') return 'end of expression "}}"';
  if (t.kind === 'ident') return `identifier "${t.text}"`;
  if (t.kind === 'string') return `string literal ${t.text}`;
  if (t.kind === 'int' || t.kind === 'float') return `number ${t.text}`;
  return `"${t.text}"`;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.i];
  }
  private next(): Token {
    return this.toks[this.i++];
  }
  private fail(t: Token, what: string): never {
    throw new ParseFailure({ message: `unexpected ${describe(t)} while parsing ${what}`, start: t.start, end: t.end });
  }
  private expect(kind: TokenKind, what: string): Token {
    const t = this.peek();
    if (t.kind !== kind) {
      throw new ParseFailure({ message: `unexpected ${describe(t)} while parsing ${what}. expecting "${kind === 'end' ? '}}' : kind}"`, start: t.start, end: t.end });
    }
    return this.next();
  }

  parseAll(): ExprNode {
    if (this.peek().kind === 'end') {
      const t = this.peek();
      throw new ParseFailure({ message: 'expression is empty: write an expression between "${{" and "}}"', start: t.start, end: t.end });
    }
    const node = this.parseBinary();
    const t = this.peek();
    if (t.kind !== 'end') this.fail(t, 'end of expression. expecting "}}" or an operator');
    return node;
  }

  /** Binary operators from `level` of PRECEDENCE on, each level left-associative. */
  private parseBinary(level = 0): ExprNode {
    if (level === PRECEDENCE.length) return this.parseUnary();
    const ops = PRECEDENCE[level];
    let left = this.parseBinary(level + 1);
    for (;;) {
      const k = this.peek().kind as BinaryOp;
      if (!ops.includes(k)) return left;
      const op = this.next();
      const right = this.parseBinary(level + 1);
      left = { type: 'binary', op: k, left, right, opStart: op.start, start: left.start, end: right.end };
    }
  }
  private parseUnary(): ExprNode {
    const t = this.peek();
    if (t.kind === '!') {
      this.next();
      const operand = this.parseUnary();
      return { type: 'not', operand, start: t.start, end: operand.end };
    }
    return this.parsePostfix();
  }
  private parsePostfix(): ExprNode {
    let node = this.parsePrimary();
    for (;;) {
      const t = this.peek();
      if (t.kind === '.') {
        this.next();
        const p = this.peek();
        if (p.kind === '*') {
          this.next();
          node = { type: 'filter', object: node, start: node.start, end: p.end };
        } else if (p.kind === 'ident') {
          this.next();
          node = { type: 'prop', object: node, name: p.text, nameStart: p.start, start: node.start, end: p.end };
        } else {
          this.fail(p, 'property access. expecting a property name or "*" after "."');
        }
      } else if (t.kind === '[') {
        this.next();
        const index = this.parseBinary();
        const close = this.expect(']', 'index access');
        node = { type: 'index', object: node, index, start: node.start, end: close.end };
      } else {
        return node;
      }
    }
  }
  private parsePrimary(): ExprNode {
    const t = this.next();
    switch (t.kind) {
      case 'ident': {
        if (this.peek().kind === '(') {
          this.next();
          const args: ExprNode[] = [];
          if (this.peek().kind !== ')') {
            for (;;) {
              args.push(this.parseBinary());
              const s = this.peek();
              if (s.kind === ',') {
                this.next();
                continue;
              }
              if (s.kind === ')') break;
              this.fail(s, `arguments of function call "${t.text}". expecting "," or ")"`);
            }
          }
          const close = this.expect(')', `function call "${t.text}"`);
          return { type: 'call', name: t.text, nameEnd: t.end, args, start: t.start, end: close.end };
        }
        // Keywords are case sensitive, like GitHub's parser.
        if (t.text === 'null') return { type: 'null', start: t.start, end: t.end };
        if (t.text === 'true' || t.text === 'false') return { type: 'bool', value: t.text === 'true', start: t.start, end: t.end };
        if (t.text === 'NaN') return { type: 'number', value: NaN, text: t.text, start: t.start, end: t.end };
        if (t.text === 'Infinity') return { type: 'number', value: Infinity, text: t.text, start: t.start, end: t.end };
        return { type: 'var', name: t.text, start: t.start, end: t.end };
      }
      case 'int':
      case 'float':
        return { type: 'number', value: t.value as number, text: t.text, start: t.start, end: t.end };
      case 'string':
        return { type: 'string', value: t.value as string, start: t.start, end: t.end };
      case '(': {
        const inner = this.parseBinary();
        const close = this.peek();
        if (close.kind !== ')') {
          throw new ParseFailure({ message: `unbalanced parentheses: unexpected ${describe(close)}, expecting ")" to close "(" at offset ${t.start}`, start: close.start, end: close.end });
        }
        this.next();
        return { ...inner, start: inner.start, end: inner.end };
      }
      default:
        return this.fail(t, 'expression. expecting a value, a variable, a function call or "("');
    }
  }
}

/** Parses the expression that starts at `from` (just after `${{`) in `src`. */
export function parseExpression(src: string, from = 0): ParseResult {
  const lexed = lex(src, from);
  if (lexed.error) return { error: lexed.error, end: lexed.end };
  try {
    return { node: new Parser(lexed.tokens).parseAll(), end: lexed.end };
  } catch (e) {
    if (e instanceof ParseFailure) return { error: e.err, end: lexed.end };
    throw e;
  }
}

/** Parses a whole string as one expression (an `if:` without `${{ }}`). */
export function parseBare(src: string): ParseResult {
  const r = parseExpression(src + '}}', 0);
  if (r.error && r.error.start >= src.length) r.error = { ...r.error, start: Math.max(src.length - 1, 0), end: src.length };
  return { ...r, end: Math.min(r.end, src.length) };
}

export function walk(node: ExprNode, visit: (n: ExprNode) => void): void {
  visit(node);
  switch (node.type) {
    case 'prop':
    case 'filter':
      walk(node.object, visit);
      break;
    case 'index':
      walk(node.object, visit);
      walk(node.index, visit);
      break;
    case 'call':
      for (const a of node.args) walk(a, visit);
      break;
    case 'not':
      walk(node.operand, visit);
      break;
    case 'binary':
      walk(node.left, visit);
      walk(node.right, visit);
      break;
  }
}
