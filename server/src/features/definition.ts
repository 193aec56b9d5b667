import { Connection, DefinitionParams, Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileDefinition } from '../dockerfile/features/navigation';

/** textDocument/definition (ARG/ENV declarations, stage names), dispatched per language. */
export function registerDefinition(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onDefinition((params: DefinitionParams): Location[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileDefinition(a.model as DockerfileModel, params.position).map((range) => ({ uri: params.textDocument.uri, range }));
      case 'workflow':
      case 'action':
      case 'compose':
        return [];
    }
  });
}
