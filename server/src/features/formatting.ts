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
import { throwIfCancelled } from './cancellation';
import { lookup, type FormatSettings, type LanguageFeatures } from './languageFeatures';

export const ON_TYPE_TRIGGER = '\n';

/**
 * `slipway.format.*` for a document: asked from the client each time when it can be asked (cheap, and always
 * current); a client without `workspace/configuration` is never asked (it would not answer, and the formatting
 * would wait for ever), its settings come from `initializationOptions` / `workspace/didChangeConfiguration`.
 */
async function formatSettings(connection: Connection, uri: string, cache: AnalysisCache, canAsk: boolean): Promise<FormatSettings> {
  if (!canAsk) return { ignoreMultilineInstructions: cache.settings.format?.ignoreMultilineInstructions === true };
  try {
    const s = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'slipway' })) as { format?: { ignoreMultilineInstructions?: unknown } } | null;
    return { ignoreMultilineInstructions: s?.format?.ignoreMultilineInstructions === true };
  } catch {
    return {};
  }
}

type Formatter = NonNullable<LanguageFeatures<unknown>['formatting']>;

/** Document, range and on-type formatting: the document's language answers, if it formats. */
export function registerFormatting(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, canAskConfiguration: () => boolean) {
  const run = async (uri: string, token: CancellationToken, f: (formatter: Formatter, model: unknown, settings: FormatSettings) => TextEdit[]): Promise<TextEdit[]> => {
    const doc = documents.get(uri);
    const b = doc && lookup(documents, cache, uri);
    const formatter = b?.features.formatting;
    if (!b || !formatter) return [];
    const settings = await formatSettings(connection, uri, cache, canAskConfiguration());
    throwIfCancelled(token);
    // The document may have changed while the settings were asked for.
    const now = documents.get(uri);
    if (!now || now.version !== doc.version) return [];
    return f(formatter, b.model, settings);
  };
  connection.onDocumentFormatting((p: DocumentFormattingParams, token) => run(p.textDocument.uri, token, (fm, m, s) => fm.document(m, s, p.options)));
  connection.onDocumentRangeFormatting((p: DocumentRangeFormattingParams, token) => run(p.textDocument.uri, token, (fm, m, s) => fm.range(m, p.range, s, p.options)));
  connection.onDocumentOnTypeFormatting((p: DocumentOnTypeFormattingParams, token) => run(p.textDocument.uri, token, (fm, m, s) => fm.onType(m, p.position, p.ch, s, p.options)));
}
