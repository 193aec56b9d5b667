import { Connection, DefinitionParams, Location, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileDefinition } from '../dockerfile/features/navigation';
import { uriToPath } from '../analysis';
import type { ComposeModel } from '../compose/model';
import { composeDefinition } from '../compose/features/navigation';
import { diskFiles } from '../engine/lint';
import type { WorkflowModel } from '../workflow/model';
import { dockerBuildDefinition } from '../workflow/dockerBuild';
import { pathToFileURL } from 'node:url';
import { workflowDefinition } from '../workflow/features/navigation';
import { openOrDiskFiles } from './openFiles';

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
      {
        const own = workflowDefinition(a.model as WorkflowModel, params.position, uriToPath(params.textDocument.uri), diskFiles);
        if (own.length) return own.map((t) => ({ uri: t.path ? pathToFileURL(t.path).href : params.textDocument.uri, range: t.range }));
        return dockerBuildDefinition(a.model as WorkflowModel, uriToPath(params.textDocument.uri), diskFiles, params.position);
      }
      case 'compose':
        return composeDefinition(a.model as ComposeModel, params.textDocument.uri, uriToPath(params.textDocument.uri), openOrDiskFiles(documents), params.position);
    }
  });
}
