import { CodeLens, CodeLensParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/codeLens ("Build this stage"; "Build this service", "Up this service"): the document's language answers. */
export function registerCodeLens(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCodeLens((params: CodeLensParams): CodeLens[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.codeLenses?.(b.model, b.ctx) ?? [];
  });
}
