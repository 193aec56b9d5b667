import {
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

export const ON_TYPE_TRIGGER = '\n';

/** `slipway.format.*` for a document, asked from the client each time (cheap, and always current). */
async function formatSettings(connection: Connection, uri: string): Promise<FormatOptions> {
  try {
    const s = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'slipway' })) as { format?: { ignoreMultilineInstructions?: unknown } } | null;
    return { ignoreMultilineInstructions: s?.format?.ignoreMultilineInstructions === true };
  } catch {
    return {};
  }
}

/** Document, range and on-type formatting, dispatched per language. */
export function registerFormatting(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  const run = async (uri: string, f: (model: DockerfileModel, opts: FormatOptions) => TextEdit[]): Promise<TextEdit[]> => {
    const doc = documents.get(uri);
    if (!doc) return [];
    const a = cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile': {
        const opts = await formatSettings(connection, uri);
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
  connection.onDocumentFormatting((p: DocumentFormattingParams) => run(p.textDocument.uri, (m, o) => formatDocument(m, o)));
  connection.onDocumentRangeFormatting((p: DocumentRangeFormattingParams) => run(p.textDocument.uri, (m, o) => formatRange(m, p.range, o)));
  connection.onDocumentOnTypeFormatting((p: DocumentOnTypeFormattingParams) => run(p.textDocument.uri, (m, o) => formatOnType(m, p.position, p.ch, o)));
}
