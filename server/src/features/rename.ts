import { Connection, LSPErrorCodes, PrepareRenameParams, Range, RenameParams, ResponseError, TextDocuments, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import { lookup, type Refusable } from './languageFeatures';

/** The answer, or the refusal as an error the editor shows. */
function accepted<T>(r: Refusable<T>): T {
  if ('error' in r) throw new ResponseError(LSPErrorCodes.RequestFailed, r.error);
  return r.ok;
}

/** textDocument/prepareRename and textDocument/rename: the document's language answers; refusals are errors the editor shows. */
export function registerRename(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onPrepareRename((params: PrepareRenameParams): { range: Range; placeholder: string } | null => {
    const b = lookup(documents, cache, params.textDocument.uri);
    const r = b?.features.prepareRename?.(b.model, params.position, b.ctx);
    return r ? accepted(r) : null;
  });
  connection.onRenameRequest((params: RenameParams): WorkspaceEdit | null => {
    const b = lookup(documents, cache, params.textDocument.uri);
    const r = b?.features.rename?.(b.model, params.position, params.newName, b.ctx);
    if (!b || !r) return null;
    // The document keeps the URI the editor gave; other files get the one the editor knows them by.
    const changes: Record<string, TextEdit[]> = {};
    for (const f of accepted(r)) changes[f.path === undefined || f.path === b.ctx.path ? b.ctx.uri : b.ctx.files.uriOf(f.path)] = f.edits;
    return { changes };
  });
}
