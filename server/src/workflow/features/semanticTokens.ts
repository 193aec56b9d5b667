// Semantic tokens of `${{ }}` expressions (and bare `if:` conditions) in workflows and action.yml: the
// delimiters, context names, properties, functions, operators, literals. The rest of the YAML is left to the
// editor's grammar. Tokens come from the expression lexer and parser; a token written across a line break or with
// escapes has no single place in the document and is left out.
import type { SemanticTokens } from 'vscode-languageserver-types';
import { encodeSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type Modifier, type Tok, type TokenType } from '../../dockerfile/features/semanticTokens';
import type { WorkflowModel } from '../model';
import { documentExpressions, exactSpan, identifierRoles } from './expressions';

/** The contexts GitHub provides (a name outside these is an error the expression rules report). */
const CONTEXTS = new Set(['github', 'env', 'vars', 'job', 'jobs', 'steps', 'runner', 'secrets', 'strategy', 'matrix', 'needs', 'inputs']);

const OPERATORS = new Set(['!', '<', '<=', '>', '>=', '==', '!=', '&&', '||']);

export function workflowSemanticTokens(model: WorkflowModel): SemanticTokens {
  const toks: Tok[] = [];
  for (const { se } of documentExpressions(model)) {
    const add = (start: number, end: number, type: TokenType, mods: Modifier[] = []) => {
      const span = exactSpan(se.ms, start, end);
      if (!span) return;
      const a = model.lines.positionAt(span[0]);
      const b = model.lines.positionAt(span[1]);
      if (a.line !== b.line) return;
      toks.push({ line: a.line, start: a.character, length: b.character - a.character, type: TOKEN_TYPES.indexOf(type), mods: mods.reduce((m, x) => m | (1 << TOKEN_MODIFIERS.indexOf(x)), 0) });
    };
    for (const e of se.exprs) {
      if (e.open !== undefined) add(e.open, e.open + 3, 'macro');
      if (e.close !== undefined) add(e.close, e.close + 2, 'macro');
      const roles = e.node ? identifierRoles(e.node) : new Map<number, never>();
      for (const t of e.tokens) {
        if (t.kind === 'string') add(t.start, t.end, 'string');
        else if (t.kind === 'int' || t.kind === 'float') add(t.start, t.end, 'number');
        else if (OPERATORS.has(t.kind)) add(t.start, t.end, 'operator');
        else if (t.kind === 'ident') {
          switch (roles.get(t.start)) {
            case 'context':
              add(t.start, t.end, 'variable', CONTEXTS.has(t.text.toLowerCase()) ? ['readonly', 'defaultLibrary'] : []);
              break;
            case 'property':
              add(t.start, t.end, 'property');
              break;
            case 'function':
              add(t.start, t.end, 'function', ['defaultLibrary']);
              break;
            case 'keyword':
              add(t.start, t.end, 'keyword');
              break;
            case 'number':
              add(t.start, t.end, 'number');
              break;
          }
        }
      }
    }
  }
  return encodeSemanticTokens(toks);
}
