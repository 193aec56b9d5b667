import { Connection, DefinitionParams, Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/definition: the document's language answers. */
export function registerDefinition(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDefinition((params: DefinitionParams): Location[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.definition?.(b.model, params.position, b.ctx) ?? [];
  });
}
