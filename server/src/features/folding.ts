import { Connection, FoldingRange, FoldingRangeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache } from '../analysis';
import type { DockerfileModel } from '../dockerfile/model';
import { dockerfileFoldingRanges } from '../dockerfile/features/folding';
import type { YamlModel } from '../yaml/model';
import { yamlFoldingRanges } from '../yaml/folding';

/** textDocument/foldingRange, dispatched per language. */
export function registerFolding(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache) {
  connection.onFoldingRanges((params: FoldingRangeParams): FoldingRange[] => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && cache.parse(doc);
    if (!a) return [];
    switch (a.language) {
      case 'dockerfile':
        return dockerfileFoldingRanges(a.model as DockerfileModel);
      case 'workflow':
      case 'action':
      case 'compose':
        return yamlFoldingRanges(a.model as YamlModel);
    }
  });
}
