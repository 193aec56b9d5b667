import { Connection, LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextDocuments, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfilePrepareRename, dockerfileRename } from '../dockerfile/features/rename';

/** textDocument/prepareRename and textDocument/rename; refusals are errors the editor shows. */
export function registerRename(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onPrepareRename((params: PrepareRenameParams): { range: Range; placeholder: string } | null => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return null;
    switch (a.language) {
      case 'dockerfile': {
        const r = dockerfilePrepareRename(a.model as DockerfileModel, params.position);
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        return r.ok;
      }
      case 'workflow':
      case 'action':
      case 'compose':
        return null;
    }
  });
  connection.onRenameRequest((params: RenameParams): WorkspaceEdit | null => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return null;
    switch (a.language) {
      case 'dockerfile': {
        const r = dockerfileRename(a.model as DockerfileModel, params.position, params.newName);
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        return { changes: { [params.textDocument.uri]: r.ok } };
      }
      case 'workflow':
      case 'action':
      case 'compose':
        return null;
    }
  });
}
