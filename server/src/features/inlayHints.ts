import { Connection, InlayHint, InlayHintParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { throwIfCancelled } from './cancellation';
import { languageEnabled } from './enabled';
import { lookup } from './languageFeatures';

/** textDocument/inlayHint (cron schedules in words): the document's language answers. */
export function registerInlayHints(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.languages.inlayHint.on((params: InlayHintParams, token): InlayHint[] => {
    // Not among the handlers refusingCancelled wraps (it lives under `languages`).
    throwIfCancelled(token);
    if (!languageEnabled(cache, documents.get(params.textDocument.uri))) return [];
    const b = lookup(documents, cache, params.textDocument.uri);
    return b?.features.inlayHints?.(b.model, params.range, b.ctx) ?? [];
  });
}
