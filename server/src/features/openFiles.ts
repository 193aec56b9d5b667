import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from '../analysis';
import { diskFiles } from '../engine/lint';
import type { FileHost } from '../engine/types';

/**
 * Files as the editor has them: the text of an open document (with its unsaved changes), else the file on disk.
 * Edits computed for another file (a rename across Compose files) must be computed on the text the editor applies
 * them to.
 */
export function openOrDiskFiles(documents: TextDocuments<TextDocument>): FileHost {
  const open = (p: string): TextDocument | undefined => documents.all().find((d) => uriToPath(d.uri) === p);
  return {
    readFile: (p) => open(p)?.getText() ?? diskFiles.readFile(p),
    exists: (p) => open(p) !== undefined || diskFiles.exists(p),
  };
}
