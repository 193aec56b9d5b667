import { Connection, DocumentLink, DocumentLinkParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileDocumentLinks } from '../dockerfile/features/documentLinks';
import { uriToPath } from '../analysis';
import type { ComposeModel } from '../compose/model';
import { composeDocumentLinks } from '../compose/features/documentLinks';
import { diskFiles } from '../engine/lint';
import type { WorkflowModel } from '../workflow/model';
import { workflowDocumentLinks } from '../workflow/features/documentLinks';

/** textDocument/documentLink (images → registry pages, file paths → files, workflow `uses:` → repositories), dispatched per language. */
export function registerDocumentLinks(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDocumentLinks((params: DocumentLinkParams): DocumentLink[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileDocumentLinks(a.model as DockerfileModel);
      case 'compose':
        return composeDocumentLinks(a.model as ComposeModel, uriToPath(params.textDocument.uri), diskFiles);
      case 'workflow':
      case 'action':
        return workflowDocumentLinks(a.model as WorkflowModel, uriToPath(params.textDocument.uri), diskFiles);
    }
  });
}
