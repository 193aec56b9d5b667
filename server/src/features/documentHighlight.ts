import { Connection, DocumentHighlight, DocumentHighlightParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileHighlights } from '../dockerfile/features/navigation';
import type { WorkflowModel } from '../workflow/model';
import { workflowHighlights } from '../workflow/features/navigation';
import type { ComposeModel } from '../compose/model';
import { composeHighlights } from '../compose/features/navigation';

/** textDocument/documentHighlight, dispatched per language. */
export function registerDocumentHighlight(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentHighlight((params: DocumentHighlightParams): DocumentHighlight[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileHighlights(a.model as DockerfileModel, params.position);
      case 'workflow':
      case 'action':
        return workflowHighlights(a.model as WorkflowModel, params.position);
      case 'compose':
        return composeHighlights(a.model as ComposeModel, params.position);
    }
  });
}
