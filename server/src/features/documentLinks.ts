import { Connection, DocumentLink, DocumentLinkParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/documentLink (images → registry pages, file paths → files, `uses:` → repositories): the document's language answers. */
export function registerDocumentLinks(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentLinks((params: DocumentLinkParams): DocumentLink[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.documentLinks?.(b.model, b.ctx) ?? [];
  });
}
