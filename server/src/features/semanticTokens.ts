import { Connection, SemanticTokens, SemanticTokensParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { SEMANTIC_LEGEND } from '../dockerfile/features/semanticTokens';
import { throwIfCancelled } from './cancellation';
import { languageEnabled } from './enabled';
import { lookup } from './languageFeatures';

export { SEMANTIC_LEGEND };

/** textDocument/semanticTokens/full: the document's language answers (one legend for all languages). */
export function registerSemanticTokens(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.languages.semanticTokens.on((params: SemanticTokensParams, token): SemanticTokens => {
    // Not among the handlers refusingCancelled wraps (it lives under `languages`).
    throwIfCancelled(token);
    if (!languageEnabled(cache, documents.get(params.textDocument.uri))) return { data: [] };
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.semanticTokens?.(b.model, b.ctx) ?? { data: [] };
  });
}
