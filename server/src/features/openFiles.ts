import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { uriToPath } from '../analysis';
import { diskFiles } from '../engine/lint';
import type { FileHost } from '../engine/types';

/** Files as the editor has them, the folders they are in, and the URI an edit of each must name. */
export interface OpenFiles extends FileHost {
  /** Names of the files in a folder (on disk, and open documents there that are not saved yet); empty when none. */
  list(dir: string): string[];
  /** The URI the editor knows a file by (an open document keeps its own), else the file URI of the path. */
  uriOf(p: string): string;
}

/**
 * Files as the editor has them: the text of an open document (with its unsaved changes), else the file on disk.
 * Edits computed for another file (a rename across Compose files or workflows) must be computed on the text the
 * editor applies them to.
 */
export function openOrDiskFiles(documents: TextDocuments<TextDocument>): OpenFiles {
  let byPath: Map<string, TextDocument> | undefined;
  const open = () => (byPath ??= new Map(documents.all().flatMap((d) => (uriToPath(d.uri) ? [[uriToPath(d.uri)!, d] as const] : []))));
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
      for (const p of open().keys()) if (path.dirname(p) === dir && !names.includes(path.basename(p))) names.push(path.basename(p));
      return names;
    },
    uriOf: (p) => open().get(p)?.uri ?? pathToFileURL(p).href,
  };
}
