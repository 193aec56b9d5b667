import { Connection, InlayHint, InlayHintParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { WorkflowModel } from '../workflow/model';
import { workflowInlayHints } from '../workflow/features/inlayHints';
import { throwIfCancelled } from './cancellation';
import { languageEnabled } from './enabled';

/** textDocument/inlayHint (cron schedules in words), dispatched per language. */
export function registerInlayHints(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.languages.inlayHint.on((params: InlayHintParams, token): InlayHint[] => {
    // Not among the handlers refusingCancelled wraps (it lives under `languages`).
    throwIfCancelled(token);
    const doc = documents.get(params.textDocument.uri);
    const a = doc && languageEnabled(cache, doc) && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'workflow':
      case 'action':
        return workflowInlayHints(a.model as WorkflowModel, params.range);
      case 'dockerfile':
      case 'compose':
        return [];
    }
  });
}
