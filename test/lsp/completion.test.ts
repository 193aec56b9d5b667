import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { at, marked, rangeAt, type Range } from '../helpers/caret';
interface Item {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  insertTextFormat?: number;
  textEdit?: { range: Range; newText: string };
}

describe('LSP: Dockerfile completion', () => {
  let client: TestClient;
  let n = 0;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    const cp = init.capabilities.completionProvider as { triggerCharacters: string[] };
    assert.deepEqual(cp.triggerCharacters, ['-', '=', '$', '{', ':', ' ', '/', ',', '.']);
  });
  after(() => client.shutdown());

  /**
   * Completion at the caret of `text`, written with `|` (and «» around the range an item replaces, see rangeOf);
   * or, for a shared document, in plain `text` at the caret of `snippet`.
   */
  async function complete(text: string, snippet?: string): Promise<Item[]> {
    const uri = `untitled:completion-${n++}/Dockerfile`;
    const doc = snippet === undefined ? marked(text) : { text, position: at(text, snippet) };
    await client.open(uri, 'dockerfile', doc.text);
    return client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: doc.position });
  }
  /** The range marked «» in a text written for `complete`. */
  const rangeOf = (text: string): Range => marked(text).ranges[0];
  const labels = (items: Item[]) => items.map((i) => i.label);

  const STAGES = [
    'ARG VERSION=3.12',
    'FROM python:${VERSION}-slim AS build',
    'COPY --from= /a /b',
    'FROM build AS test',
    'COPY --from= /app /app',
    'FROM alpine AS final',
    'COPY --from= /a /b',
    'RUN --mount=type=bind,from=,target=/x true',
    '',
  ].join('\n');

  it('lists only earlier stage names after COPY --from=', async () => {
    assert.deepEqual(labels(await complete(STAGES, 'AS build\nCOPY --from=| /a')), []);
    assert.deepEqual(labels(await complete(STAGES, 'COPY --from=| /app')), ['build']);
    const items = await complete(STAGES, 'AS final\nCOPY --from=| /a');
    assert.deepEqual(labels(items), ['build', 'test']);
    assert.deepEqual(items[0].textEdit, { range: rangeAt(STAGES, 'AS final\nCOPY --from=«» /a'), newText: 'build' });
    assert.equal(items[0].kind, 18 /* Reference */);
    assert.equal(items[0].detail, 'stage: FROM python:${VERSION}-slim');
  });

  it('lists earlier stage names after RUN --mount=...,from=', async () => {
    const items = await complete(STAGES, 'from=|,target');
    assert.deepEqual(labels(items), ['build', 'test']);
    assert.deepEqual(items[1].textEdit, { range: rangeAt(STAGES, 'from=«»,target'), newText: 'test' });
  });

  it('offers instructions as snippets in the casing of the file', async () => {
    const coText = 'FROM alpine\n«CO|»\n';
    const upper = await complete(coText);
    const copy = upper.find((i) => i.label === 'COPY')!;
    assert.equal(copy.kind, 14 /* Keyword */);
    assert.equal(copy.insertTextFormat, 2 /* Snippet */);
    assert.deepEqual(copy.textEdit, { range: rangeOf(coText), newText: 'COPY ${1:src} ${2:dest}' });
    assert.match(copy.documentation!.value, /COPY \[OPTIONS\] <src> \.\.\. <dest>/);
    assert.equal(upper.length, 18);

    const lowerText = 'from alpine\nrun echo\n«co|»\n';
    const lower = await complete(lowerText);
    assert.deepEqual(lower.find((i) => i.label === 'copy')!.textEdit, { range: rangeOf(lowerText), newText: 'copy ${1:src} ${2:dest}' });
    assert.ok(!lower.some((i) => i.label === 'COPY'));
  });

  it('offers the flags of each instruction', async () => {
    const copyText = 'FROM alpine\nCOPY «--|»\n';
    const copy = await complete(copyText);
    assert.deepEqual(labels(copy), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.deepEqual(copy[0].textEdit, { range: rangeOf(copyText), newText: '--from=' });
    assert.deepEqual(copy[3].textEdit, { range: rangeOf(copyText), newText: '--link' });
    assert.deepEqual(labels(await complete('FROM alpine\nADD --|\n')), ['--keep-git-dir', '--checksum', '--chown', '--chmod', '--link', '--exclude', '--unpack']);
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --network=none --|\n')), ['--mount', '--security']);
    assert.deepEqual(labels(await complete('FROM alpine\nHEALTHCHECK --|\n')), ['--interval', '--timeout', '--start-period', '--start-interval', '--retries']);
    assert.deepEqual(labels(await complete('FROM --|\n')), ['--platform']);
    // Not after the first argument.
    assert.deepEqual(labels(await complete('FROM alpine\nCOPY a --|\n')), []);
  });

  it('offers flag values', async () => {
    const platformText = 'FROM --platform=«|» alpine\n';
    const p = await complete(platformText);
    assert.deepEqual(labels(p).slice(0, 4), ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64']);
    assert.deepEqual(p[0].textEdit, { range: rangeOf(platformText), newText: '$BUILDPLATFORM' });
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --network=| true\n')), ['default', 'none', 'host']);
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --security=|\n')), ['sandbox', 'insecure']);
  });

  it('completes RUN --mount option keys and values', async () => {
    const doc = 'FROM alpine\nRUN --mount=type=cache,«|»\n';
    const keys = await complete(doc);
    assert.deepEqual(labels(keys), ['target', 'source', 'from', 'id', 'sharing', 'readonly', 'mode', 'uid', 'gid']);
    assert.deepEqual(keys[0].textEdit, { range: rangeOf(doc), newText: 'target=' });
    assert.deepEqual(keys[5].textEdit, { range: rangeOf(doc), newText: 'readonly' });
    const typesText = 'FROM alpine\nRUN --mount=type=«|»\n';
    const types = await complete(typesText);
    assert.deepEqual(labels(types), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.deepEqual(types[1].textEdit, { range: rangeOf(typesText), newText: 'cache' });
    const secretText = 'FROM alpine\nRUN --mount=type=secret,«i|»\n';
    const secretKeys = await complete(secretText);
    assert.deepEqual(labels(secretKeys), ['target', 'id', 'mode', 'uid', 'gid', 'required', 'env']);
    assert.deepEqual(secretKeys[1].textEdit, { range: rangeOf(secretText), newText: 'id=' });
    const targetText = 'FROM alpine\nRUN --mount=type=cache,target=«/|» pip install x\n';
    const targets = await complete(targetText);
    assert.equal(targets[0].label, '/root/.cache/pip');
    assert.deepEqual(targets[0].textEdit, { range: rangeOf(targetText), newText: '/root/.cache/pip' });
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --mount=type=cache,sharing=|\n')), ['shared', 'private', 'locked']);
  });

  it('completes parser directives and their values', async () => {
    assert.deepEqual(labels(await complete('# |\nFROM alpine\n')), ['syntax', 'escape', 'check']);
    const syntaxText = '# syntax=«|»\nFROM alpine\n';
    const syntax = await complete(syntaxText);
    assert.deepEqual(syntax[0], { label: 'docker/dockerfile:1', kind: 12, detail: 'syntax directive', textEdit: { range: rangeOf(syntaxText), newText: 'docker/dockerfile:1' }, sortText: '0' });
    assert.deepEqual(labels(await complete('# escape=|\nFROM alpine\n')), ['\\', '`']);
    assert.deepEqual(labels(await complete('# syntax=docker/dockerfile:1\n# check=|\nFROM alpine\n')), ['skip=', 'error=true', 'experimental=all']);
    // Not a directive once an instruction came before.
    assert.deepEqual(labels(await complete('FROM alpine\n# |\n')), []);
  });

  it('completes rule ids in # check=skip= and # hadolint ignore=', async () => {
    const skip = await complete('# check=skip=JSONArgsRecommended,|\nFROM alpine\n');
    assert.ok(labels(skip).includes('all'));
    assert.ok(!labels(skip).includes('JSONArgsRecommended'), 'already listed');
    assert.ok(!labels(skip).includes('DL3011'), 'not a BuildKit check');
    const ignoreText = 'FROM alpine\n# hadolint ignore=«|»\nCMD echo hi\n';
    const ignore = await complete(ignoreText);
    for (const id of ['DL3011', 'JSONArgsRecommended', 'DL3025']) assert.ok(labels(ignore).includes(id), id);
    const dl3025 = ignore.find((i) => i.label === 'DL3025')!;
    assert.equal(dl3025.kind, 20 /* EnumMember */);
    assert.deepEqual(dl3025.textEdit, { range: rangeOf(ignoreText), newText: 'DL3025' });
    assert.match(dl3025.detail!, /^JSONArgsRecommended: /);
    const secondText = 'FROM alpine\n# hadolint ignore=DL3011, «J|»\nCMD echo hi\n';
    const second = await complete(secondText);
    assert.deepEqual(second.find((i) => i.label === 'JSONArgsRecommended')!.textEdit, { range: rangeOf(secondText), newText: 'JSONArgsRecommended' });
    assert.ok(!labels(second).includes('DL3011'));
  });

  it('completes variables in scope at the line', async () => {
    const doc = [
      'ARG VERSION=3.12',
      'FROM python:${} AS build',
      'ARG PIP_INDEX',
      'ENV APP=/app',
      'RUN echo $',
      'ENV LATE=1',
      'FROM build',
      'RUN echo ${AP',
      '',
    ].join('\n');
    const from = await complete(doc, 'python:${|}');
    assert.deepEqual(labels(from).slice(0, 2), ['VERSION', 'TARGETPLATFORM']);
    assert.deepEqual(from[0].textEdit, { range: rangeAt(doc, 'python:${«»}'), newText: 'VERSION' });
    assert.equal(from[0].detail, 'ARG VERSION=3.12');
    assert.ok(labels(from).includes('BUILDPLATFORM'));
    const run = await complete(doc, 'RUN echo $|\n');
    // Then the ENV of the python base image (scripts/gen-image-env.mjs).
    const python = ['GPG_KEY', 'LANG', 'PATH', 'PYTHON_SHA256', 'PYTHON_VERSION'];
    assert.deepEqual(labels(run), ['PIP_INDEX', 'APP', ...python], 'global ARG not re-declared, LATE not yet declared');
    assert.equal(run[1].kind, 6 /* Variable */);
    const pv = run.find((i) => i.label === 'PYTHON_VERSION')!;
    assert.deepEqual(pv, { label: 'PYTHON_VERSION', kind: 6, detail: 'ENV of the python base image', textEdit: { range: rangeAt(doc, 'RUN echo $«»\n'), newText: 'PYTHON_VERSION' }, sortText: '1PYTHON_VERSION' });
    // Child stage inherits ENV (its base image's too), not ARG; `${` gets its closing brace.
    const child = await complete(doc, '${AP|');
    assert.deepEqual(labels(child), ['APP', 'LATE', ...python]);
    assert.deepEqual(child[0].textEdit, { range: rangeAt(doc, '${«AP»'), newText: 'APP}' });
    assert.deepEqual(labels(await complete('FROM ghcr.io/acme/python:3.12\nRUN echo $|\n')), [], 'unknown image: no ENV offered');
  });

  it('completes base images and their tags after FROM, then AS', async () => {
    const imagesText = 'FROM «pyt|»\n';
    const images = await complete(imagesText);
    const py = images.find((i) => i.label === 'python:3.12-slim')!;
    assert.equal(py.kind, 9 /* Module */);
    assert.deepEqual(py.textEdit, { range: rangeOf(imagesText), newText: 'python:3.12-slim' });
    for (const l of ['node:22-slim', 'golang:1.24', 'nginx:1.27-alpine', 'alpine:3.22', 'scratch', 'gcr.io/distroless/static-debian12:nonroot', 'eclipse-temurin:21-jre']) {
      assert.ok(labels(images).includes(l), l);
    }
    const tagsText = 'FROM python:«|»\n';
    const tags = await complete(tagsText);
    assert.equal(tags[0].label, '3.13-slim');
    assert.deepEqual(tags[0].textEdit, { range: rangeOf(tagsText), newText: '3.13-slim' });
    const stagesFirst = await complete('FROM alpine AS base\nFROM |\n');
    assert.equal(stagesFirst[0].label, 'base');
    const asText = 'FROM alpine «|»\n';
    assert.deepEqual(await complete(asText), [{ label: 'AS', kind: 14, detail: 'Name this build stage', textEdit: { range: rangeOf(asText), newText: 'AS ' } }]);
  });

  it('offers CMD/NONE after HEALTHCHECK options and predefined args after ARG', async () => {
    assert.deepEqual(labels(await complete('FROM alpine\nHEALTHCHECK --interval=5s |\n')), ['CMD', 'NONE']);
    const args = await complete('ARG BASE=alpine\nFROM $BASE\nARG |\n');
    assert.equal(args[0].label, 'BASE');
    assert.equal(args[0].detail, 'global ARG BASE=alpine');
    assert.ok(labels(args).includes('TARGETARCH'));
  });
});
