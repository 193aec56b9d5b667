import * as path from 'node:path';
import type { FileHost, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { parseFlagsAndWords, wordValue } from '../scope';

// ---- .dockerignore patterns, with moby/patternmatcher's semantics ----

interface Pattern {
  text: string;
  negated: boolean;
  re: RegExp;
}

function escapeRe(c: string): string {
  return /[.+()|^$\\{}]/.test(c) ? '\\' + c : c;
}

/** Compiles one pattern: `*` (not `/`), `?`, `**` (any number of directories), `[...]`, `\x`. */
function compile(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        re += i + 1 >= pattern.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      i++;
      if (i < pattern.length) re += '\\' + pattern[i];
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        let cls = pattern.slice(i + 1, end);
        if (cls.startsWith('^') || cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += '[' + cls.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(re + '$');
}

function cleanPath(p: string): string {
  const n = path.posix.normalize(p);
  let out = n.replace(/\/+$/, '');
  if (out === '') out = n.startsWith('/') ? '/' : '.';
  return out;
}

export function parseDockerignore(text: string): Pattern[] {
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.startsWith('#')) continue;
    let p = raw.trim();
    if (!p) continue;
    let negated = false;
    if (p.startsWith('!')) {
      negated = true;
      p = p.slice(1).trim();
    }
    if (p) {
      p = cleanPath(p);
      if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
    }
    out.push({ text: p, negated, re: compile(p) });
  }
  return out;
}

/** patternmatcher's MatchesOrParentMatches: the last matching pattern (for the path or a parent) decides. */
function excludedBy(patterns: Pattern[], file: string): number {
  let matched = -1;
  const parts = file.split('/');
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    if (p.negated !== (matched >= 0)) continue;
    let m = p.re.test(file);
    for (let k = 1; !m && k < parts.length; k++) m = p.re.test(parts.slice(0, k).join('/'));
    if (m) matched = p.negated ? -1 : i;
  }
  return matched;
}

/** Whether a negation could re-include `file` itself or something below it. */
function mayReinclude(p: Pattern, file: string): boolean {
  if (p.re.test(file)) return true;
  const fileParts = file === '.' ? [] : file.split('/');
  const patParts = p.text.split('/');
  if (patParts.length <= fileParts.length && !p.text.includes('**')) return false;
  for (let i = 0; i < fileParts.length && i < patParts.length; i++) {
    if (patParts[i].includes('**')) return true;
    if (!compile(patParts[i]).test(fileParts[i])) return false;
  }
  return true;
}

/** Whether copying `src` (a cleaned context path) copies nothing because .dockerignore excludes it. */
export function isIgnored(patterns: Pattern[], src: string): boolean {
  const file = src.replace(/^\/+/, '') || '.';
  const glob = /[*?[]/.test(file);
  let last: number;
  if (file === '.') {
    // The context root itself is only "ignored" when everything in it is: test an ordinary name.
    last = excludedBy(patterns, 'x');
    if (last < 0 || excludedBy(patterns, 'x/y') < 0) return false;
  } else {
    last = excludedBy(patterns, file);
    if (last < 0) return false;
  }
  for (let i = last + 1; i < patterns.length; i++) {
    const p = patterns[i];
    if (!p.negated) continue;
    if (glob || file === '.' || mayReinclude(p, file)) return false;
  }
  return true;
}

function readIgnoreFile(files: FileHost, dockerfilePath: string | undefined): Pattern[] | undefined {
  if (!dockerfilePath) return undefined;
  const dir = path.dirname(dockerfilePath);
  const own = files.readFile(path.join(dir, path.basename(dockerfilePath) + '.dockerignore'));
  const text = own ?? files.readFile(path.join(dir, '.dockerignore'));
  return text === undefined ? undefined : parseDockerignore(text);
}

const rule: Rule<DockerfileModel> = {
  id: 'CopyIgnoredFile',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'CopyIgnoredFile' },
  docs: {
    summary: 'COPY and ADD should not name files that .dockerignore excludes from the build context.',
    why:
      'Excluded files are not sent to the builder, so the COPY fails with "not found" (or copies an empty directory) ' +
      'even though the file is right there next to the Dockerfile.',
    bad: 'FROM node:20\nCOPY .env /app/.env\n',
    good: 'FROM node:20\nCOPY package.json /app/\n',
    files: { '.dockerignore': '.env\nnode_modules\n' },
  },
  check({ model, report, files, path: docPath }) {
    let patterns: Pattern[] | undefined | null = null;
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      const { flags, words } = parseFlagsAndWords(model, ins);
      if (flags.some((f) => f.name === 'from') || words.length < 2) continue;
      if (patterns === null) patterns = readIgnoreFile(files, docPath);
      if (!patterns || patterns.length === 0) return;
      let sources = words.slice(0, -1);
      if (words[0].startsWith('[')) {
        try {
          const arr = JSON.parse(words.join(' '));
          if (Array.isArray(arr) && arr.every((x) => typeof x === 'string')) sources = arr.slice(0, -1);
        } catch {
          continue;
        }
      }
      for (const src of sources) {
        if (src.startsWith('<<') || src.includes('$') || /^[a-z][a-z0-9+.-]*:\/\//i.test(src) || src.startsWith('git@')) continue;
        const clean = cleanPath(wordValue(src, model.escape).value);
        if (!isIgnored(patterns, clean)) continue;
        report({
          message: `Attempting to ${ins.keyword === 'ADD' ? 'Add' : 'Copy'} file "${clean}" that is excluded by .dockerignore`,
          range: ins.range,
        });
      }
    }
  },
  tests: [
    {
      name: 'COPY and ADD of an ignored file',
      input: 'FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n',
      files: { '.dockerignore': '\nDockerfile\n' },
      expect: [
        { line: 2, col: 1, message: 'Attempting to Copy file "Dockerfile" that is excluded by .dockerignore' },
        { line: 3, col: 1, message: 'Attempting to Add file "Dockerfile" that is excluded by .dockerignore' },
      ],
    },
    { name: 'no .dockerignore', input: 'FROM scratch\nCOPY Dockerfile .\n', expect: [] },
    {
      name: 'quoted sources (the builder removes the quotes)',
      input: 'FROM scratch\nCOPY "secret.txt" \'.env\' /app/\n',
      files: { '.dockerignore': 'secret.txt\n.env\n' },
      expect: [
        { line: 2, col: 1, message: 'Attempting to Copy file "secret.txt" that is excluded by .dockerignore' },
        { line: 2, col: 1, message: 'Attempting to Copy file ".env" that is excluded by .dockerignore' },
      ],
    },
    { name: 'a re-included file', input: 'FROM scratch\nCOPY ./Dockerfile .\nCOPY . .\n', files: { '.dockerignore': '**\n!Dockerfile\n' }, expect: [] },
    { name: 'dotfiles do not exclude the context root', input: 'FROM scratch\nCOPY . .\n', files: { '.dockerignore': '.*\n' }, expect: [] },
    { name: 'everything excluded', input: 'FROM scratch\nCOPY . .\n', files: { '.dockerignore': '*\n' }, expect: [{ line: 2, col: 1, message: 'Attempting to Copy file "." that is excluded by .dockerignore' }] },
    {
      name: 'directories, anchors and negations',
      input: 'FROM scratch\nCOPY sub/a.txt /\nCOPY /build/out.js /\nCOPY docs/x/readme.md /\nCOPY keep/b.txt /\n',
      files: { '.dockerignore': '# comment\nsub\n!sub/b.txt\n/build/\n**/readme.md\nkeep\n!keep/b.txt\n' },
      expect: [
        { line: 2, col: 1, message: 'Attempting to Copy file "sub/a.txt" that is excluded by .dockerignore' },
        { line: 3, col: 1, message: 'Attempting to Copy file "/build/out.js" that is excluded by .dockerignore' },
        { line: 4, col: 1, message: 'Attempting to Copy file "docs/x/readme.md" that is excluded by .dockerignore' },
      ],
    },
    {
      name: 'negation that re-includes content below the copied directory',
      input: 'FROM scratch\nCOPY sub /sub\nCOPY sub/*.txt /\nCOPY su.b /x\n',
      files: { '.dockerignore': 'sub\n!sub/a.txt\nsu.b\n!su\\.b/keep.txt\n' },
      expect: [],
    },
    { name: 'negation before the exclusion does not help', input: 'FROM scratch\nCOPY sub/a.txt /\n', files: { '.dockerignore': '!sub/b.txt\nsub\n' }, expect: [{ line: 2, col: 1, message: 'Attempting to Copy file "sub/a.txt" that is excluded by .dockerignore' }] },
    {
      name: 'per-Dockerfile ignore file wins',
      path: 'build.Dockerfile',
      input: 'FROM scratch\nCOPY a.txt /\nCOPY b.txt /\n',
      files: { '.dockerignore': 'a.txt\n', 'build.Dockerfile.dockerignore': 'b.txt\n' },
      expect: [{ line: 3, col: 1, message: 'Attempting to Copy file "b.txt" that is excluded by .dockerignore' }],
    },
    {
      name: 'other stages, URLs and variables are not context files',
      input: 'FROM scratch AS base\nCOPY Dockerfile /foobar\nFROM base\nCOPY --from=base /foobar /x\nADD https://example.org/foobar /y\nARG F=foobar\nCOPY $F /z\n',
      files: { '.dockerignore': 'foobar\n' },
      expect: [],
    },
  ],
};

export default rule;
