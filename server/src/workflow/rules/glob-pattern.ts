import type { Node, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Range, Rule, Severity } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { mapScalar } from '../expr/source';
import { pairsOf, resolve, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const NOTE = 'note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet';
const REF_FILTERS = new Set(['branches', 'branches-ignore', 'tags', 'tags-ignore']);
const PATH_FILTERS = new Set(['paths', 'paths-ignore']);
const OTHER_FILTERS = new Set(['names', 'versions']);

interface GlobError {
  at: number;
  message: string;
  severity?: Severity;
}

/** Checks a filter pattern; `at` offsets are in the pattern. */
export function checkGlob(pattern: string, kind: 'ref' | 'path' | 'other'): GlobError[] {
  const errs: GlobError[] = [];
  if (pattern === '') return errs;
  if (kind === 'path' && pattern !== pattern.trim()) {
    errs.push({ at: 0, message: `leading and trailing spaces are not allowed in glob path. ${NOTE}` });
    return errs;
  }
  let i = 0;
  if (pattern[0] === '!') {
    if (pattern.length === 1) return [{ at: 0, message: `invalid glob pattern: at least one character must follow "!" (a negated pattern). ${NOTE}` }];
    i = 1;
  }
  const body = pattern.slice(i);
  if (kind === 'path' && body.split('/').some((seg) => seg === '.' || seg === '..'))
    errs.push({ at: 0, message: `'.' and '..' are not allowed in glob path. ${NOTE}` });
  if (kind === 'ref') {
    if (body.startsWith('/')) errs.push({ at: i, message: `character '/' is invalid for branch and tag names. ref name must not start with /. see \`man git-check-ref-format\`. note that regular expressions are not available. ${NOTE}` });
    if (/[/.]$/.test(body) && !body.endsWith('*'))
      errs.push({ at: pattern.length - 1, message: `character '${pattern[pattern.length - 1]}' is invalid for branch and tag names. ref name must not end with / or . (see \`man git-check-ref-format\`). ${NOTE}` });
  }
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const n = pattern[i + 1];
      if (kind === 'ref' && (n === undefined || !'[?+*\\!'.includes(n))) {
        errs.push({ at: i, message: `character '\\' is invalid for branch and tag names. only special characters [, ?, +, *, \\, ! can be escaped with \\. note that regular expressions are not available. ${NOTE}` });
      }
      i++;
      continue;
    }
    if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        errs.push({ at: pattern.length - 1, message: `invalid glob pattern: missing "]" to close the character match "[" at ${i + 1}. ${NOTE}` });
        break;
      }
      const cls = pattern.slice(i + 1, close);
      if (cls.length === 1) errs.push({ at: close, message: `character match with a single character is useless: simply use ${cls} instead of [${cls}]. ${NOTE}`, severity: 'info' });
      for (let k = 0; k + 2 < cls.length; k++) {
        if (cls[k + 1] === '-' && cls[k] > cls[k + 2]) {
          errs.push({ at: i + 1 + k + 2, message: `invalid glob pattern: start of range '${cls[k]}' is larger than its end '${cls[k + 2]}' in [${cls}]. ${NOTE}` });
          k += 2;
        }
      }
      i = close;
      continue;
    }
    if ((c === '+' || c === '?') && i > 0 && '*?+'.includes(pattern[i - 1]) && pattern[i - 2] !== '\\') {
      // `v*+`: a quantifier after another special character quantifies nothing (GitHub turns the pattern into a
      // regular expression with a nested quantifier).
      errs.push({
        at: i,
        message: `invalid glob pattern: special character ${c} (${c === '+' ? 'one or more' : 'zero or one'}) follows the special character ${pattern[i - 1]}; it repeats the character before it, which must not be special. ${NOTE}`,
      });
      continue;
    }
    if (kind === 'ref' && /[\s~^:]/.test(c)) {
      errs.push({ at: i, message: `character '${c}' is invalid for branch and tag names. ref name cannot contain spaces, ~, ^, :. see \`man git-check-ref-format\`. note that regular expressions are not available. ${NOTE}` });
      break;
    }
    if (kind !== 'ref' && c === '\n' && i === pattern.length - 1) {
      errs.push({ at: 0, message: `leading and trailing spaces are not allowed in glob path. ${NOTE}` });
    }
  }
  return errs;
}

const rule: Rule<WorkflowModel> = {
  id: 'glob-pattern',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'glob' },
  docs: {
    summary: 'Branch, tag and path filters must be valid filter patterns: brackets closed, ranges in order, no characters git forbids in ref names, no `.`/`..` segments or surrounding spaces in paths, and `!` followed by a pattern.',
    why: 'An invalid pattern makes the trigger never match (or GitHub reject the workflow), and the filters are regular-expression-like enough that `v\\d+` or `[x]` look right but are not.',
    bad: "on:\n  push:\n    tags: ['v\\d+']\n    paths: ['./src/**']\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
    good: "on:\n  push:\n    tags: ['v[0-9]+']\n    paths: ['src/**']\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n",
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    const checkNode = (node: unknown, kind: 'ref' | 'path' | 'other') => {
      if (!isScalar(node) || typeof node.value !== 'string' || node.value.includes('${{')) return;
      const errors = checkGlob(node.value, kind);
      if (!errors.length) return;
      const mapped = mapScalar(node as Scalar, model.text);
      for (const e of errors) {
        let range: Range;
        if (mapped?.exact) range = model.lines.range(mapped.offsets[e.at] ?? node.range![0], (mapped.offsets[e.at] ?? node.range![0]) + 1);
        else range = model.rangeOf(node as Node);
        report({ message: e.message, range, severity: e.severity });
      }
    };
    for (const ev of s.events) {
      if (!isMap(ev.config)) continue;
      for (const [key, pair] of pairsOf(model, ev.config as YAMLMap)) {
        const kind = REF_FILTERS.has(key) ? 'ref' : PATH_FILTERS.has(key) ? 'path' : OTHER_FILTERS.has(key) && ev.name === 'image_version' ? 'other' : undefined;
        if (!kind) continue;
        const v = resolve(model, pair.value);
        if (isSeq(v)) for (const it of v.items) checkNode(resolve(model, it), kind);
        else checkNode(v, kind);
      }
    }
  },
  tests: [
    {
      name: 'a quantifier after another special character',
      input: dedent`
        on:
          push:
            tags:
              - 'v*+'
              - 'v[0-9]+.*'
              - 'v\\\\*+'
            paths:
              - 'src/**?'
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 12, message: 'invalid glob pattern: special character + (one or more) follows the special character *; it repeats the character before it, which must not be special. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
        { line: 8, col: 16, message: 'invalid glob pattern: special character ? (zero or one) follows the special character *; it repeats the character before it, which must not be special. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
      ],
    },
    {
      name: 'ref names',
      input: dedent`
        on:
          push:
            branches:
              - '[x]'
              - 'a b'
            tags:
              - /v\\d+/
              - v[0-
              - v[9-0]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 12, message: 'character match with a single character is useless: simply use x instead of [x]. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet', severity: 'info' },
        { line: 5, col: 11, message: "character ' ' is invalid for branch and tag names. ref name cannot contain spaces, ~, ^, :. see `man git-check-ref-format`. note that regular expressions are not available. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
        { line: 7, col: 9, message: "character '/' is invalid for branch and tag names. ref name must not start with /. see `man git-check-ref-format`. note that regular expressions are not available. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
        { line: 7, col: 11, message: "character '\\' is invalid for branch and tag names. only special characters [, ?, +, *, \\, ! can be escaped with \\. note that regular expressions are not available. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
        { line: 7, col: 14, message: "character '/' is invalid for branch and tag names. ref name must not end with / or . (see `man git-check-ref-format`). note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
        { line: 8, col: 12, message: 'invalid glob pattern: missing "]" to close the character match "[" at 2. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
        { line: 9, col: 13, message: "invalid glob pattern: start of range '9' is larger than its end '0' in [9-0]. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
      ],
    },
    {
      name: 'paths',
      input: dedent`
        on:
          pull_request:
            paths:
              - '!'
              - ' foo'
              - './foo/bar.txt'
              - |
                foo.txt
          image_version:
            versions: ['v[0-']
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 4, col: 10, message: 'invalid glob pattern: at least one character must follow "!" (a negated pattern). note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
        { line: 5, col: 10, message: 'leading and trailing spaces are not allowed in glob path. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
        { line: 6, col: 10, message: "'.' and '..' are not allowed in glob path. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet" },
        { line: 8, col: 9, message: 'leading and trailing spaces are not allowed in glob path. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
        { line: 10, col: 20, message: 'invalid glob pattern: missing "]" to close the character match "[" at 2. note: filter pattern syntax is explained at https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#filter-pattern-cheat-sheet' },
      ],
    },
    {
      name: 'valid patterns',
      input:
        "on:\n  push:\n    branches: ['**', 'release/v12', 'feature/*', '!wip/**', 'v[0-9]+.*']\n    tags: ['v*', 'v\\*']\n    paths: ['src/**/*.ts', '!docs/**', '**.md', 'foo\\bar', '.github/workflows/*.yml']\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      expect: [],
    },
  ],
};

export default rule;
