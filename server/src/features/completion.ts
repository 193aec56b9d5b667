import { CompletionItem, CompletionParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

export const COMPLETION_TRIGGERS = ['-', '=', '$', '{', ':', ' ', '/', ',', '.'];

/** textDocument/completion: the document's language answers. */
export function registerCompletion(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCompletion((params: CompletionParams): CompletionItem[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.completion?.(b.model, params.position, b.ctx) ?? [];
  });
}
