import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../engine/languages';
import { describeFsError, fileKind, readRegularFile } from '../engine/regularFile';
import type { Language } from '../engine/types';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.venv', 'venv', '__pycache__', '.tox']);

export interface Target {
  path: string;
  language: Language;
}

/** Converts a glob (`**`, `*`, `?`, `{a,b}`, `[abc]`) to an anchored regular expression over `/` paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
        i = end;
      }
    } else if (c === '[') {
      const end = glob.indexOf(']', i);
      if (end < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, end).replace(/^!/, '^') + ']';
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function isGlob(s: string): boolean {
  return /[*?{[]/.test(s);
}

/**
 * Every regular file under `dir`, sorted, skipping SKIP_DIRS. Symbolic links are not followed (a link to a
 * directory could loop or lead out of the tree; a file reached through a link is linted under its own name when it
 * is in the tree) and FIFOs, sockets and devices are skipped: `readdir`'s entry types come from the directory
 * itself, without a stat of each entry.
 */
function walk(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p, out);
    } else if (e.isFile()) out.push(p);
  }
}

/**
 * Expands the command line's paths: a directory is searched for Dockerfiles, workflows, action.yml and compose
 * files; a file is linted whatever its name (its language guessed from the name, Dockerfile when unsure,
 * or `--language`); a glob is matched against files under the current directory.
 */
export function expandTargets(args: string[], cwd: string, forced?: Language): { targets: Target[]; errors: string[] } {
  const targets: Target[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, explicit: boolean) => {
    const abs = path.resolve(cwd, p);
    if (seen.has(abs)) return;
    const language = forced ?? detectLanguage(abs) ?? (explicit ? guessByContent(abs) : undefined);
    if (!language) return;
    // A config file met in a folder is not a target: it is checked when a target is linted with it (run.ts).
    if (language === 'config' && !explicit && !forced) return;
    seen.add(abs);
    targets.push({ path: abs, language });
  };
  for (const arg of args.length ? args : ['.']) {
    const abs = path.resolve(cwd, arg);
    if (isGlob(arg)) {
      const re = globToRegExp(arg.replace(/\\/g, '/').replace(/^\.\//, ''));
      const all: string[] = [];
      walk(cwd, all);
      const matched = all.filter((f) => re.test(path.relative(cwd, f).split(path.sep).join('/')));
      if (!matched.length) errors.push(`${arg}: no files match`);
      for (const f of matched) add(f, true);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      errors.push(`${arg}: ${describeFsError(e).error}`);
      continue;
    }
    if (st.isDirectory()) {
      const all: string[] = [];
      walk(abs, all);
      for (const f of all) add(f, false);
      continue;
    }
    // Named on purpose, but a FIFO or a device would block the read or never end: refused before any read.
    const kind = fileKind(st);
    if (kind) errors.push(`${arg}: not a regular file (${kind})`);
    else add(abs, true);
  }
  return { targets, errors };
}

function guessByContent(p: string): Language | undefined {
  // Only the start of the file is looked at, and only of a regular file (see readRegularFile).
  const r = readRegularFile(p, 4096, true);
  return 'text' in r ? guessLanguageFromText(r.text) : undefined;
}

/** The language of a text without a telling name (a file given explicitly, standard input), from its first lines. */
export function guessLanguageFromText(text: string): Language | undefined {
  text = text.slice(0, 4096);
  if (/^\s*(FROM|ARG)\s/im.test(text)) return 'dockerfile';
  if (/^jobs\s*:/m.test(text) && /^(on|"on"|'on')\s*:/m.test(text)) return 'workflow';
  if (/^services\s*:/m.test(text)) return 'compose';
  if (/^runs\s*:/m.test(text)) return 'action';
  return undefined;
}
