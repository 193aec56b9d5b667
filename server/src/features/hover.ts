import { Connection, Hover, HoverParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileHover } from '../dockerfile/features/hover';
import { allRules } from '../engine/lint';
import { checkpoint } from './cancellation';
import type { ComposeModel } from '../compose/model';
import { composeHover } from '../compose/features/hover';
import { uriToPath } from '../analysis';
import { diskFiles } from '../engine/lint';
import type { WorkflowModel } from '../workflow/model';
import { workflowHover } from '../workflow/features/hover';
import { withFindingHover } from '../engine/findingHover';

/** textDocument/hover, dispatched per language. */
export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onHover(async (params: HoverParams, token): Promise<Hover | null> => {
    let doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    // A lint still to do can take seconds on a large file: first a chance to hear that the client gave up.
    if (!cache.isLinted(doc)) {
      await checkpoint(token);
      doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
    }
    const a = cache.get(doc);
    if (!a) return null;
    switch (a.language) {
      case 'dockerfile':
        return dockerfileHover(a.model as DockerfileModel, params.position, a.findings, allRules());
      case 'workflow':
      case 'action':
        return withFindingHover(workflowHover(a.model as WorkflowModel, params.position), a.findings, params.position, allRules());
      case 'compose':
        return withFindingHover(composeHover(a.model as ComposeModel, params.position, { path: uriToPath(params.textDocument.uri), files: diskFiles }), a.findings, params.position, allRules());
    }
  });
}
