import { Connection, FoldingRange, FoldingRangeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup } from './languageFeatures';

/** textDocument/foldingRange: the document's language answers. */
export function registerFolding(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onFoldingRanges((params: FoldingRangeParams): FoldingRange[] => {
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.foldingRanges?.(b.model, b.ctx) ?? [];
  });
}
