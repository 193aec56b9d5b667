import { Connection, SignatureHelp, SignatureHelpParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** `(` and `,` open and move through the arguments of a workflow expression function; `)` may return to an outer call. */
export const SIGNATURE_TRIGGERS = [' ', '=', '(', ','];
export const SIGNATURE_RETRIGGERS = [')'];

/** textDocument/signatureHelp: the document's language answers. */
export function registerSignatureHelp(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onSignatureHelp((params: SignatureHelpParams): SignatureHelp | null => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.signatureHelp?.(b.model, params.position, b.ctx) ?? null;
  });
}
