// Signature help for the expression functions (`format(`, `contains(`, …) in `${{ }}` and `if:` conditions of
// workflows and action.yml. The text before the cursor is split by the expression lexer (so commas and parentheses
// inside string literals do not count); the innermost open call names the function, its commas the parameter.
import type { Position } from 'vscode-languageserver-textdocument';
import { MarkupKind, type ParameterInformation, type SignatureHelp, type SignatureInformation } from 'vscode-languageserver-types';
import type { WorkflowModel } from '../model';
import { FUNCTIONS, type FuncSig } from '../expr/functions';
import { lex } from '../expr/lexer';
import { tyString } from '../expr/types';
import { cursorContext } from './context';
import { expressionBefore, FUNCTION_DOCS } from './completion';

/** The innermost open call before the end of `text` (an expression cut at the cursor): its name and argument index. */
export function openCall(text: string): { name: string; arg: number } | undefined {
  const { tokens } = lex(text);
  // One frame per open bracket; a `(` right after an identifier opens a call.
  const stack: { name?: string; arg: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === '(') stack.push({ name: tokens[i - 1]?.kind === 'ident' ? tokens[i - 1].text : undefined, arg: 0 });
    else if (t.kind === '[') stack.push({ arg: 0 });
    else if (t.kind === ')' || t.kind === ']') stack.pop();
    else if (t.kind === ',' && stack.length) stack[stack.length - 1].arg++;
    else if (t.kind === 'end') return undefined;
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const f = stack[i];
    if (f.name !== undefined) return { name: f.name, arg: f.arg };
  }
  return undefined;
}

/** The parameter an argument index stands for (variadic tails repeat; `case` alternates predicate and value). */
function paramIndex(sig: FuncSig, arg: number): number {
  if (!sig.variadic) return arg;
  if (sig.name === 'case') return arg % 2;
  return Math.min(arg, sig.params.length - 1);
}

function signature(sig: FuncSig, doc: string | undefined, arg: number): SignatureInformation {
  let label = `${sig.name}(`;
  const parameters: ParameterInformation[] = [];
  sig.params.forEach((t, i) => {
    if (i) label += ', ';
    const text = `${sig.names[i]}: ${tyString(t)}${sig.variadic && i === sig.params.length - 1 ? '...' : ''}`;
    parameters.push({ label: [label.length, label.length + text.length] });
    label += text;
  });
  label += `) -> ${tyString(sig.ret)}`;
  return { label, parameters, activeParameter: paramIndex(sig, arg), documentation: doc ? { kind: MarkupKind.Markdown, value: doc } : undefined };
}

export function workflowSignatureHelp(model: WorkflowModel, pos: Position): SignatureHelp | null {
  const before = expressionBefore(cursorContext(model, pos));
  if (before === undefined) return null;
  const call = openCall(before);
  const key = call?.name.toLowerCase();
  const sigs = key !== undefined ? FUNCTIONS[key] : undefined;
  if (!call || !sigs) return null;
  const signatures = sigs.map((s) => signature(s, FUNCTION_DOCS[key!], call.arg));
  // The first overload that takes this many arguments (join(array) vs join(array, separator)).
  const fits = sigs.findIndex((s) => s.variadic || call.arg < s.params.length);
  const activeSignature = fits < 0 ? 0 : fits;
  return { signatures, activeSignature, activeParameter: signatures[activeSignature].activeParameter as number };
}
