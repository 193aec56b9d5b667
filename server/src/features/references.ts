import { Connection, Location, ReferenceParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath, type AnalysisCache } from '../analysis';
import { openOrDiskFiles } from './openFiles';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileReferences } from '../dockerfile/features/navigation';
import type { ComposeModel } from '../compose/model';
import { composeReferences } from '../compose/features/navigation';
import type { WorkflowModel } from '../workflow/model';
import { workflowReferences } from '../workflow/features/navigation';

/** textDocument/references, dispatched per language. */
export function registerReferences(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onReferences((params: ReferenceParams): Location[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileReferences(a.model as DockerfileModel, params.position, params.context.includeDeclaration).map((range) => ({ uri: params.textDocument.uri, range }));
      case 'workflow':
      case 'action':
        return workflowReferences(a.model as WorkflowModel, params.position, params.context.includeDeclaration).map((range) => ({ uri: params.textDocument.uri, range }));
      case 'compose':
        return composeReferences(
          a.model as ComposeModel,
          params.textDocument.uri,
          params.position,
          params.context.includeDeclaration,
          uriToPath(params.textDocument.uri),
          openOrDiskFiles(documents),
        );
    }
  });
}
