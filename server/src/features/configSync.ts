// Config files for clients that do not watch files. VS Code's client sends `workspace/didChangeWatchedFiles` when
// one changes; Neovim, Helix, Zed, Emacs and Sublime Text do not (or only when the server registers a watcher
// dynamically, which not all of them support). A config file the editor saves (or opens) is read again at once;
// a change made outside the editor is found by the next lint (AnalysisCache.onConfigChange, a stat of each file).
import * as path from 'node:path';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from '../analysis';
import { configKindOf } from '../engine/languages';

/** Whether a saved file at `p` can change what Slipway reports on other files: a config file, or a `.dockerignore`. */
export function isConfigFilePath(p: string): boolean {
  return configKindOf(p) !== undefined || /^(.+\.)?dockerignore$/.test(path.basename(p).replace(/^\./, ''));
}

/** Calls `changed` when the client opens or saves a config file (`textDocument/didOpen`, `didSave`). */
export function registerConfigSync(documents: TextDocuments<TextDocument>, changed: () => void): void {
  const check = (e: { document: TextDocument }) => {
    const p = uriToPath(e.document.uri);
    if (p && isConfigFilePath(p)) changed();
  };
  documents.onDidOpen(check);
  documents.onDidSave(check);
}
