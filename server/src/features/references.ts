import { Connection, Location, ReferenceParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileReferences } from '../dockerfile/features/navigation';

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
      case 'compose':
        return [];
    }
  });
}
