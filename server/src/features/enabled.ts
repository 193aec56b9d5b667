// `slipway.dockerfile.enable`, `slipway.workflow.enable`, `slipway.compose.enable` turn a language off entirely:
// besides the lint (analysis.ts), no completion, hover, symbols, folding, formatting... for its documents, so that
// another extension can serve them alone. One wrapper around every feature request (as positions.ts and
// cancellation.ts do), and `languageEnabled` for the handlers registered elsewhere (semantic tokens).
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, languageOf } from '../analysis';
import { FEATURE_REQUESTS, wrappingHandlers } from './wrapHandlers';

/** Whether Slipway serves `doc` (false when its language is turned off in the settings of its folder). */
export function languageEnabled(cache: AnalysisCache, doc: TextDocument | undefined): boolean {
  if (!doc) return true;
  const language = languageOf(doc);
  return !language || cache.enabledFor(doc.uri, language);
}

/** `connection` whose feature requests on a document of a disabled language are answered `null` (no result). */
export function skippingDisabledLanguages(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache): Connection {
  return wrappingHandlers(connection, FEATURE_REQUESTS, (_name, handler) => (params: unknown, ...rest: unknown[]) => {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (typeof uri === 'string' && !languageEnabled(cache, documents.get(uri))) return null;
    return handler(params, ...rest);
  });
}
