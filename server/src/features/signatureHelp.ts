import { Connection, SignatureHelp, SignatureHelpParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileSignatureHelp } from '../dockerfile/features/signatureHelp';

export const SIGNATURE_TRIGGERS = [' ', '='];
export const SIGNATURE_RETRIGGERS = [','];

/** textDocument/signatureHelp, dispatched per language. */
export function registerSignatureHelp(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onSignatureHelp((params: SignatureHelpParams): SignatureHelp | null => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    const a = cache.parse(doc);
    if (!a) return null;
    switch (a.language) {
      case 'dockerfile':
        return dockerfileSignatureHelp(a.model as DockerfileModel, params.position);
      case 'workflow':
      case 'action':
      case 'compose':
        return null;
    }
  });
}
