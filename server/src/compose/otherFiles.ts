// Other Compose files a file names (`extends.file`, `include`), read through the FileHost as plain data for the
// cycle rules. Anchors are expanded within the bound the include reader uses (MAX_INCLUDE_ALIASES); a file that
// can't be read or parsed is undefined (a chain through it is not judged).
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import type { FileHost } from '../engine/types';
import { MAX_INCLUDE_ALIASES } from './project';
import { isInterpolated } from './schema';

export type ComposeData = Record<string, unknown>;

export function readComposeData(files: FileHost, abs: string): ComposeData | undefined {
  const text = files.readFile(abs);
  if (text === undefined) return undefined;
  try {
    const js = parseDocument(text, { strict: false, uniqueKeys: false, merge: true }).toJS({ maxAliasCount: MAX_INCLUDE_ALIASES }) as unknown;
    return js && typeof js === 'object' && !Array.isArray(js) ? (js as ComposeData) : undefined;
  } catch {
    return undefined;
  }
}

/** A path Compose reads from disk (not a remote `oci://`/git reference, not interpolated). */
export function isLocalPath(p: string): boolean {
  return !!p && !isInterpolated(p) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !/^git@|\.git(#.*)?$/.test(p) && !p.startsWith('~');
}

/** `a/b.yaml` relative to `dir`, with forward slashes (for messages). */
export function relTo(dir: string, abs: string): string {
  return path.relative(dir, abs).split(path.sep).join('/') || path.basename(abs);
}

export interface IncludeTarget {
  /** The path as written. */
  file: string;
  /** Folder the included file's own includes are resolved from (its project_directory, or its folder). */
  projectDir?: string;
}

/** The files an `include:` value names (short and long forms), each with the folder its own includes resolve from. */
export function includeTargets(include: unknown): IncludeTarget[] {
  const out: IncludeTarget[] = [];
  const items = Array.isArray(include) ? include : include === undefined || include === null ? [] : [include];
  for (const it of items) {
    if (typeof it === 'string') out.push({ file: it });
    else if (it && typeof it === 'object') {
      const o = it as Record<string, unknown>;
      const paths = Array.isArray(o.path) ? o.path : [o.path];
      const pd = typeof o.project_directory === 'string' ? o.project_directory : undefined;
      for (const p of paths) if (typeof p === 'string') out.push({ file: p, projectDir: pd });
    }
  }
  return out;
}
