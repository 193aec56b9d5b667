import { CodeLens, CodeLensParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileCodeLenses } from '../dockerfile/features/codeLens';
import { uriToPath } from '../analysis';
import type { ComposeModel } from '../compose/model';
import { composeCodeLenses } from '../compose/features/codeLens';
import { diskFiles } from '../engine/lint';

/** textDocument/codeLens ("Build this stage"; "Build this service", "Up this service"), dispatched per language. */
export function registerCodeLens(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCodeLens((params: CodeLensParams): CodeLens[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileCodeLenses(a.model as DockerfileModel, params.textDocument.uri);
      case 'compose':
        return composeCodeLenses(a.model as ComposeModel, params.textDocument.uri, uriToPath(params.textDocument.uri), diskFiles);
      case 'workflow':
      case 'action':
        return [];
    }
  });
}
