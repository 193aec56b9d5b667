import { CompletionItem, CompletionParams, Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileCompletion } from '../dockerfile/features/completion';
import type { ComposeModel } from '../compose/model';
import { composeCompletion } from '../compose/features/completion';
import { uriToPath } from '../analysis';
import { diskFiles } from '../engine/lint';
import type { WorkflowModel } from '../workflow/model';
import { workflowCompletion } from '../workflow/features/completion';

export const COMPLETION_TRIGGERS = ['-', '=', '$', '{', ':', ' ', '/', ',', '.'];

/** textDocument/completion, dispatched per language (workflow and compose completion come later). */
export function registerCompletion(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onCompletion((params: CompletionParams): CompletionItem[] => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const a = cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileCompletion(a.model as DockerfileModel, params.position);
      case 'workflow':
      case 'action':
        return workflowCompletion(a.model as WorkflowModel, params.position);
      case 'compose':
        return composeCompletion(a.model as ComposeModel, params.position, { path: uriToPath(params.textDocument.uri), files: diskFiles });
    }
  });
}
