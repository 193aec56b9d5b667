import { Connection, SemanticTokens, SemanticTokensParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileSemanticTokens, SEMANTIC_LEGEND } from '../dockerfile/features/semanticTokens';
import { throwIfCancelled } from './cancellation';
import type { WorkflowModel } from '../workflow/model';
import { workflowSemanticTokens } from '../workflow/features/semanticTokens';
import { languageEnabled } from './enabled';

export { SEMANTIC_LEGEND };

/** textDocument/semanticTokens/full, dispatched per language (one legend for all languages). */
export function registerSemanticTokens(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.languages.semanticTokens.on((params: SemanticTokensParams, token): SemanticTokens => {
    // Not among the handlers refusingCancelled wraps (it lives under `languages`).
    throwIfCancelled(token);
    const doc = documents.get(params.textDocument.uri);
    const a = doc && languageEnabled(cache, doc) && cache.parse(doc);
    if (!a) return { data: [] };
    switch (a.language) {
      case 'dockerfile':
        return dockerfileSemanticTokens(a.model as DockerfileModel);
      case 'workflow':
      case 'action':
        return workflowSemanticTokens(a.model as WorkflowModel);
      case 'compose':
        return { data: [] };
    }
  });
}
