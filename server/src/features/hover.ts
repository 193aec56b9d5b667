import { Connection, Hover, HoverParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { allRules } from '../engine/lint';
import { withFindingHover } from '../engine/findingHover';
import { checkpoint } from './cancellation';
import { bind } from './languageFeatures';

/** textDocument/hover: the language's own hover, and the findings under the cursor (the same in every language). */
export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onHover(async (params: HoverParams, token): Promise<Hover | null> => {
    let doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    // A lint still to do can take seconds on a large file: first a chance to hear that the client gave up.
    if (!cache.isLinted(doc)) {
      await checkpoint(token);
      doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
    }
    const a = cache.get(doc);
    if (!a) return null;
    const b = bind(documents, params.textDocument.uri, a);
    return withFindingHover(b.features.hover?.(b.model, params.position, b.ctx) ?? null, a.findings, params.position, allRules());
  });
}
