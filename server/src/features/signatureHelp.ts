import { Connection, SignatureHelp, SignatureHelpParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileSignatureHelp } from '../dockerfile/features/signatureHelp';
import type { WorkflowModel } from '../workflow/model';
import { workflowSignatureHelp } from '../workflow/features/signatureHelp';

/** `(` and `,` open and move through the arguments of a workflow expression function; `)` may return to an outer call. */
export const SIGNATURE_TRIGGERS = [' ', '=', '(', ','];
export const SIGNATURE_RETRIGGERS = [')'];

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
        return workflowSignatureHelp(a.model as WorkflowModel, params.position);
      case 'compose':
        return null;
    }
  });
}
