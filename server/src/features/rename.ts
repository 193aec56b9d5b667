import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Connection, LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath, type AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfilePrepareRename, dockerfileRename } from '../dockerfile/features/rename';
import { diskFiles } from '../engine/lint';
import type { WorkflowModel } from '../workflow/model';
import { workflowPrepareRename, workflowRename, type RepoFiles } from '../workflow/features/rename';

/**
 * The repository as a rename sees it: open documents as the editor holds them (the edits are made to those), other
 * files from the disk.
 */
function repoFiles(documents: TextDocuments<TextDocument>): RepoFiles & { uriOf(p: string): string } {
  const open = () => new Map(documents.all().flatMap((d) => (uriToPath(d.uri) ? [[uriToPath(d.uri)!.replace(/\\/g, '/'), d] as const] : [])));
  return {
    readFile: (p) => open().get(p)?.getText() ?? diskFiles.readFile(p),
    exists: (p) => open().has(p) || diskFiles.exists(p),
    list(dir) {
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir);
      } catch {
        /* no such folder */
      }
      for (const p of open().keys()) if (path.posix.dirname(p) === dir && !names.includes(path.posix.basename(p))) names.push(path.posix.basename(p));
      return names;
    },
    uriOf: (p) => open().get(p)?.uri ?? pathToFileURL(p).href,
  };
}

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
      case 'action': {
        const r = workflowPrepareRename(a.model as WorkflowModel, params.position, uriToPath(params.textDocument.uri), repoFiles(documents));
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        return r.ok;
      }
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
      case 'action': {
        const files = repoFiles(documents);
        const r = workflowRename(a.model as WorkflowModel, params.position, params.newName, uriToPath(params.textDocument.uri), files);
        if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
        const changes: Record<string, TextEdit[]> = { [params.textDocument.uri]: [] };
        for (const f of r.ok) changes[f.path === undefined ? params.textDocument.uri : files.uriOf(f.path)] = f.edits;
        return { changes };
      }
      case 'compose':
        return null;
    }
  });
}
