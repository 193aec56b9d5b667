import { Connection, DocumentHighlight, DocumentHighlightParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/documentHighlight: the document's language answers. */
export function registerDocumentHighlight(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentHighlight((params: DocumentHighlightParams): DocumentHighlight[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.highlights?.(b.model, params.position, b.ctx) ?? [];
  });
}
