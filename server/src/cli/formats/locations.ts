// What the code-quality formats (codeclimate, sonarqube, rdjson) need beyond a finding's range: paths relative to
// the repository root, the text of a finding's line, UTF-8 columns, and fingerprints that survive unrelated edits.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../engine/types';
import { displayPath, FileResult } from '../format';

/**
 * The root of the git work tree that holds `cwd` (the nearest folder, `cwd` or above, with a `.git` folder or file),
 * or `cwd` itself outside one. GitLab wants paths relative to the repository, SonarQube relative to the project's
 * base folder (where the scanner starts: the repository root, unless configured otherwise).
 */
export function repositoryRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; ) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

/** A result's path relative to `root` with `/` separators (absolute outside it), or its display name (`<stdin>`). */
export function pathFrom(r: FileResult, root: string): string {
  return r.display ?? displayPath(r.path, root);
}

/** The lines of a file as LSP counts them (CRLF, CR and LF end a line), without their ends. */
export function splitLines(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(/\r\n|\r|\n/);
}

/**
 * A 1-based UTF-8 byte column (reviewdog's unit) for a 0-based UTF-16 position, counted on its line's text; without
 * the line (a result built without its text), the UTF-16 column.
 */
export function utf8Column(lines: string[], p: Position): number {
  const line = lines[p.line];
  if (line === undefined) return p.character + 1;
  return Buffer.byteLength(line.slice(0, p.character), 'utf8') + 1 + (p.character > line.length ? p.character - line.length : 0);
}

/**
 * A fingerprint per finding of one file that stays the same across runs and edits elsewhere in the file: the
 * SHA-256 of the tool, rule, path, the text of the finding's first line (trimmed, so re-indenting keeps it) and the
 * finding's index among the findings of the same rule on lines with the same text (so two identical lines, or two
 * findings on one line, still differ). The line number is not part of it: moving a line keeps its fingerprint.
 */
export function fingerprints(findings: Finding[], file: string, lines: string[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const text = (lines[f.range.start.line] ?? '').trim();
    const key = JSON.stringify(['slipway', f.rule, file, text]);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\n${n}`).digest('hex');
  });
}
