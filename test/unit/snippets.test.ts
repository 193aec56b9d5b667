// Every snippet, expanded with its defaults (and, for a single instruction, step, job or service, placed in a
// minimal document), is a file Slipway's own linter passes with no finding of any severity.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';
import { emptyConfig } from '../../server/src/engine/config';
import type { Language } from '../../server/src/engine/types';
import { expandSnippet, SnippetSyntaxError } from '../helpers/snippetExpand';
import { describeFinding, memoryFiles, PROJECT } from '../helpers/ruleHarness';

const REPO = path.resolve(__dirname, '../../..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  isFileTemplate?: boolean;
}

function load(file: string): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'snippets', file), 'utf8'));
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

interface Case {
  language: Language;
  /** Path of the document relative to the virtual project. */
  path: string;
  /** Where a partial snippet goes: the document with `@@` where the expansion is inserted (indented like `@@`). */
  wrap?: string;
  /** Other files of the project the document sees. */
  files?: Record<string, string>;
}

const DOCKER_WRAP = '# syntax=docker/dockerfile:1\nFROM debian:bookworm-slim\n@@';

/** How each partial snippet is placed in a document (by prefix); file templates lint as they are. */
const PARTIAL: Record<string, Omit<Case, 'language' | 'path'>> = {
  'from-stage': { wrap: '@@' },
  'run-apt': { wrap: DOCKER_WRAP },
  'run-cache': { wrap: '# syntax=docker/dockerfile:1\nFROM golang:1.26\nWORKDIR /src\n@@' },
  'run-heredoc': { wrap: DOCKER_WRAP },
  'user-nonroot': { wrap: DOCKER_WRAP },
  'copy-from': { wrap: '# syntax=docker/dockerfile:1\nFROM debian:bookworm-slim AS build\n\nFROM debian:bookworm-slim\n@@' },
  healthcheck: { wrap: DOCKER_WRAP },
  entrypoint: { wrap: '# syntax=docker/dockerfile:1\nFROM scratch\n@@' },
  arg: { wrap: '# syntax=docker/dockerfile:1\n@@FROM debian:bookworm-slim\n' },
  'label-oci': { wrap: DOCKER_WRAP },
  'step-checkout': { wrap: WORKFLOW_STEP() },
  'step-cache': { wrap: WORKFLOW_STEP() },
  'step-run': { wrap: WORKFLOW_STEP() },
  job: { wrap: 'on: push\npermissions:\n  contents: read\njobs:\n  @@' },
  service: { wrap: 'services:\n  @@' },
};

function WORKFLOW_STEP(): string {
  return 'on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      @@';
}

/** Documents a snippet needs beside it (a reusable workflow for its caller). */
function neighbours(prefix: string, workflows: Record<string, Snippet>): Record<string, string> {
  // Compose `build: .` and docker/build-push-action's default context need a Dockerfile in the project.
  const project = { Dockerfile: 'FROM scratch\n' };
  if (prefix !== 'wf-call') return project;
  const reusable = Object.values(workflows).find((s) => s.prefix === 'wf-reusable')!;
  return { ...project, '.github/workflows/reusable.yml': expandSnippet(reusable.body).text };
}

function place(text: string, wrap: string | undefined): string {
  if (!wrap) return text;
  const at = wrap.indexOf('@@');
  const lineStart = wrap.lastIndexOf('\n', at) + 1;
  const ind = /^[ \t]*/.exec(wrap.slice(lineStart, at))![0];
  const body = indent(text, ind).slice(ind.length);
  return wrap.slice(0, at) + body + wrap.slice(at + 2);
}

function lintSnippet(c: Case, text: string): string[] {
  const files = memoryFiles({ ...(c.files ?? {}), [c.path]: text });
  const res = lint({ text, language: c.language, path: path.posix.join(PROJECT, c.path), files, config: emptyConfig() });
  assert.deepEqual(res.crashes, []);
  return res.findings.map(describeFinding);
}

const SETS: { file: string; language: Language; path: string }[] = [
  { file: 'dockerfile.json', language: 'dockerfile', path: 'Dockerfile' },
  { file: 'workflow.json', language: 'workflow', path: '.github/workflows/snippet.yml' },
  { file: 'compose.json', language: 'compose', path: 'compose.yaml' },
];

describe('snippets', () => {
  const workflows = load('workflow.json');

  for (const set of SETS) {
    describe(set.file, () => {
      const snippets = load(set.file);
      for (const [name, s] of Object.entries(snippets)) {
        const prefix = Array.isArray(s.prefix) ? s.prefix[0] : s.prefix;
        it(`${prefix}: ${name}`, () => {
          assert.ok(s.description, 'has a description');
          const partial = PARTIAL[prefix];
          assert.equal(!!s.isFileTemplate, !partial, s.isFileTemplate ? 'a file template lints as it is' : 'a partial snippet needs a wrapper in PARTIAL');
          const exp = expandSnippet(s.body);
          assert.ok(exp.tabstops.includes(0) || exp.tabstops.length === 0, 'ends at $0');
          const text = place(exp.text.replace(/\n*$/, '\n'), partial?.wrap);
          const findings = lintSnippet({ language: set.language, path: set.path, files: neighbours(prefix, workflows) }, text);
          assert.deepEqual(findings, [], `\n${text}`);
        });
      }
    });
  }

  it('every prefix is unique within its language and package.json contributes the three files', () => {
    for (const set of SETS) {
      const prefixes = Object.values(load(set.file)).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
      assert.equal(new Set(prefixes).size, prefixes.length, set.file);
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.deepEqual(
      pkg.contributes.snippets.map((s: { language: string; path: string }) => `${s.language} ${s.path}`).sort(),
      ['dockercompose ./snippets/compose.json', 'dockerfile ./snippets/dockerfile.json', 'github-actions-workflow ./snippets/workflow.json'],
    );
  });
});

describe('snippet expansion', () => {
  const x = (body: string | string[], vars?: Record<string, string>) => expandSnippet(body, vars).text;

  it('tab stops, placeholders, mirrors and the final cursor', () => {
    assert.equal(x('a $1 b $0'), 'a  b ');
    assert.equal(x('${1:name} and $1 and ${1}'), 'name and name and name');
    assert.equal(x('$1 before ${1:later}'), 'later before later', 'a mirror before its placeholder still gets the default');
    assert.equal(x('${2:x} ${1:y}$0'), 'x y');
    const e = expandSnippet('${1:a} ${2:b} $0');
    assert.deepEqual(e.tabstops, [1, 2, 0]);
  });

  it('nested placeholders and choices', () => {
    assert.equal(x('${1:outer ${2:inner} end} $2'), 'outer inner end inner');
    assert.equal(x('${1|ubuntu-latest,windows-latest|}'), 'ubuntu-latest');
    assert.equal(x('${1|a\\,b,c|} ${2|x\\|y,z|}'), 'a,b x|y');
    assert.equal(x('${1:${2|one,two|}-suffix}'), 'one-suffix');
  });

  it('escapes: \\$ \\} \\\\, and a backslash before anything else is literal', () => {
    assert.equal(x('\\${{ github.sha }}'), '${{ github.sha }}');
    assert.equal(x('echo \\$HOME'), 'echo $HOME');
    assert.equal(x('${1:a\\}b}'), 'a}b');
    assert.equal(x('a\\\\b'), 'a\\b');
    assert.equal(x('RUN a \\\n    b'), 'RUN a \\\n    b');
    assert.equal(x('cost: 5$'), 'cost: 5$', 'a lone $ is text');
  });

  it('variables, defaults and transforms; unknown variables are errors (unescaped $)', () => {
    assert.equal(x('$TM_FILENAME ${TM_FILENAME}', { TM_FILENAME: 'Dockerfile' }), 'Dockerfile Dockerfile');
    assert.equal(x('${TM_SELECTED_TEXT:none}'), 'none');
    assert.equal(x('${TM_FILENAME/(.*)\\..*/$1/}', { TM_FILENAME: 'app.py' }), 'app');
    assert.throws(() => x('echo $HOME'), SnippetSyntaxError);
    assert.throws(() => x('echo ${PATH}'), SnippetSyntaxError);
  });

  it('body arrays are lines', () => {
    assert.equal(x(['FROM ${1:alpine}', 'RUN echo $1']), 'FROM alpine\nRUN echo alpine');
  });

  it('rejects unclosed placeholders', () => {
    assert.throws(() => x('${1:open'), SnippetSyntaxError);
    assert.throws(() => x('${1|a,b'), SnippetSyntaxError);
  });
});
