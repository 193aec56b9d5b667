import { Connection, DocumentSymbol, DocumentSymbolParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/documentSymbol (outline): the document's language answers. */
export function registerDocumentSymbols(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentSymbol((params: DocumentSymbolParams): DocumentSymbol[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.documentSymbols?.(b.model, b.ctx) ?? [];
  });
}
