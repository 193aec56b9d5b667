import { Connection, Location, ReferenceParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/references: the document's language answers. */
export function registerReferences(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onReferences((params: ReferenceParams): Location[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.references?.(b.model, params.position, params.context.includeDeclaration, b.ctx) ?? [];
  });
}
