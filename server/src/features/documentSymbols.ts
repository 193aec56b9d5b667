import { Connection, DocumentSymbol, DocumentSymbolParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileDocumentSymbols } from '../dockerfile/features/documentSymbols';
import type { ComposeModel } from '../compose/model';
import { composeDocumentSymbols } from '../compose/features/documentSymbols';
import type { WorkflowModel } from '../workflow/model';
import { workflowDocumentSymbols } from '../workflow/features/documentSymbols';

/** textDocument/documentSymbol (outline), dispatched per language. */
export function registerDocumentSymbols(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentSymbol((params: DocumentSymbolParams): DocumentSymbol[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileDocumentSymbols(a.model as DockerfileModel);
      case 'workflow':
      case 'action':
        return workflowDocumentSymbols(a.model as WorkflowModel);
      case 'compose':
        return composeDocumentSymbols(a.model as ComposeModel);
    }
  });
}
