import { Connection, LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath, type AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfilePrepareRename, dockerfileRename } from '../dockerfile/features/rename';
import type { ComposeModel } from '../compose/model';
import { composePrepareRename, composeRename } from '../compose/features/rename';
import type { WorkflowModel } from '../workflow/model';
import { workflowPrepareRename, workflowRename } from '../workflow/features/rename';
import { openOrDiskFiles, type OpenFiles } from './openFiles';

/** The edits of each file as a WorkspaceEdit: the document keeps the URI the editor gave, other files get theirs. */
function changesOf(uri: string, self: string | undefined, files: OpenFiles, edits: { path?: string; edits: TextEdit[] }[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const f of edits) changes[f.path === undefined || f.path === self ? uri : files.uriOf(f.path)] = f.edits;
  return { changes };
}

/** textDocument/prepareRename and textDocument/rename; refusals are errors the editor shows. */
export function registerRename(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onPrepareRename((params: PrepareRenameParams): { range: Range; placeholder: string } | null => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return null;
    const self = uriToPath(params.textDocument.uri);
    let r: { ok: { range: Range; placeholder: string } } | { error: string };
    switch (a.language) {
      case 'dockerfile':
        r = dockerfilePrepareRename(a.model as DockerfileModel, params.position);
        break;
      case 'compose':
        r = composePrepareRename(a.model as ComposeModel, self, openOrDiskFiles(documents), params.position);
        break;
      case 'workflow':
      case 'action':
        r = workflowPrepareRename(a.model as WorkflowModel, params.position, self, openOrDiskFiles(documents));
        break;
    }
    if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
    return r.ok;
  });
  connection.onRenameRequest((params: RenameParams): WorkspaceEdit | null => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return null;
    const self = uriToPath(params.textDocument.uri);
    const files = openOrDiskFiles(documents);
    let r: { ok: { path?: string; edits: TextEdit[] }[] } | { error: string };
    switch (a.language) {
      case 'dockerfile': {
        const d = dockerfileRename(a.model as DockerfileModel, params.position, params.newName);
        r = 'error' in d ? d : { ok: [{ edits: d.ok }] };
        break;
      }
      case 'compose':
        r = composeRename(a.model as ComposeModel, self, files, params.position, params.newName);
        break;
      case 'workflow':
      case 'action':
        r = workflowRename(a.model as WorkflowModel, params.position, params.newName, self, files);
        break;
    }
    if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
    return changesOf(params.textDocument.uri, self, files, r.ok);
  });
}
