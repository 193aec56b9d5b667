import {
  CancellationToken,
  Connection,
  DocumentFormattingParams,
  DocumentOnTypeFormattingParams,
  DocumentRangeFormattingParams,
  TextDocuments,
  TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { FormatOptions, formatDocument, formatOnType, formatRange } from '../dockerfile/features/formatting';
import { throwIfCancelled } from './cancellation';

export const ON_TYPE_TRIGGER = '\n';

/**
 * `slipway.format.*` for a document: asked from the client each time when it can be asked (cheap, and always
 * current); a client without `workspace/configuration` is never asked (it would not answer, and the formatting
 * would wait for ever), its settings come from `initializationOptions` / `workspace/didChangeConfiguration`.
 */
async function formatSettings(connection: Connection, uri: string, cache: AnalysisCache, canAsk: boolean): Promise<FormatOptions> {
  if (!canAsk) return { ignoreMultilineInstructions: cache.settings.format?.ignoreMultilineInstructions === true };
  try {
    const s = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'slipway' })) as { format?: { ignoreMultilineInstructions?: unknown } } | null;
    return { ignoreMultilineInstructions: s?.format?.ignoreMultilineInstructions === true };
  } catch {
    return {};
  }
}

/** Document, range and on-type formatting, dispatched per language. */
export function registerFormatting(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, canAskConfiguration: () => boolean) {
  const run = async (uri: string, token: CancellationToken, f: (model: DockerfileModel, opts: FormatOptions) => TextEdit[]): Promise<TextEdit[]> => {
    const doc = documents.get(uri);
    if (!doc) return [];
    const a = cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile': {
        const opts = await formatSettings(connection, uri, cache, canAskConfiguration());
        throwIfCancelled(token);
        // The document may have changed while the settings were asked for.
        const now = documents.get(uri);
        if (!now || now.version !== doc.version) return [];
        return f(a.model as DockerfileModel, opts);
      }
      case 'workflow':
      case 'action':
      case 'compose':
        return [];
    }
  };
  connection.onDocumentFormatting((p: DocumentFormattingParams, token) => run(p.textDocument.uri, token, (m, o) => formatDocument(m, o)));
  connection.onDocumentRangeFormatting((p: DocumentRangeFormattingParams, token) => run(p.textDocument.uri, token, (m, o) => formatRange(m, p.range, o)));
  connection.onDocumentOnTypeFormatting((p: DocumentOnTypeFormattingParams, token) => run(p.textDocument.uri, token, (m, o) => formatOnType(m, p.position, p.ch, o)));
}
