import { Connection, LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { uriToPath, type AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfilePrepareRename, dockerfileRename } from '../dockerfile/features/rename';
import type { ComposeModel } from '../compose/model';
import { composePrepareRename, composeRename } from '../compose/features/rename';
import { openOrDiskFiles } from './openFiles';

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
      case 'compose': {
        const r = composePrepareRename(a.model as ComposeModel, uriToPath(params.textDocument.uri), openOrDiskFiles(documents), params.position);
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        return r.ok;
      }
      case 'workflow':
      case 'action':
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
      case 'compose': {
        const self = uriToPath(params.textDocument.uri);
        const r = composeRename(a.model as ComposeModel, self, openOrDiskFiles(documents), params.position, params.newName);
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        const changes: Record<string, TextEdit[]> = {};
        // The document keeps the URI the editor gave; the other files get theirs from their paths.
        for (const f of r.ok) changes[f.path === undefined || f.path === self ? params.textDocument.uri : pathToFileURL(f.path).href] = f.edits;
        return { changes };
      }
      case 'workflow':
      case 'action':
        return null;
    }
  });
}
