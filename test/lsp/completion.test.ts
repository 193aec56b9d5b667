import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface Item {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  insertTextFormat?: number;
  textEdit?: { range: Range; newText: string };
}

const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

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

  async function complete(text: string, line: number, character: number): Promise<Item[]> {
    const uri = `untitled:completion-${n++}/Dockerfile`;
    await client.open(uri, 'dockerfile', text);
    return client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  }
  const labels = (items: Item[]) => items.map((i) => i.label);

  const STAGES = [
    'ARG VERSION=3.12', //                                     0
    'FROM python:${VERSION}-slim AS build', //                 1
    'COPY --from= /a /b', //                                   2
    'FROM build AS test', //                                   3
    'COPY --from= /app /app', //                               4
    'FROM alpine AS final', //                                 5
    'COPY --from= /a /b', //                                   6
    'RUN --mount=type=bind,from=,target=/x true', //           7
    '',
  ].join('\n');

  it('lists only earlier stage names after COPY --from=', async () => {
    assert.deepEqual(labels(await complete(STAGES, 2, 12)), []);
    assert.deepEqual(labels(await complete(STAGES, 4, 12)), ['build']);
    const items = await complete(STAGES, 6, 12);
    assert.deepEqual(labels(items), ['build', 'test']);
    assert.deepEqual(items[0].textEdit, { range: r(6, 12, 12), newText: 'build' });
    assert.equal(items[0].kind, 18 /* Reference */);
    assert.equal(items[0].detail, 'stage: FROM python:${VERSION}-slim');
  });

  it('lists earlier stage names after RUN --mount=...,from=', async () => {
    const items = await complete(STAGES, 7, 27);
    assert.deepEqual(labels(items), ['build', 'test']);
    assert.deepEqual(items[1].textEdit, { range: r(7, 27, 27), newText: 'test' });
  });

  it('offers instructions as snippets in the casing of the file', async () => {
    const upper = await complete('FROM alpine\nCO\n', 1, 2);
    const copy = upper.find((i) => i.label === 'COPY')!;
    assert.equal(copy.kind, 14 /* Keyword */);
    assert.equal(copy.insertTextFormat, 2 /* Snippet */);
    assert.deepEqual(copy.textEdit, { range: r(1, 0, 2), newText: 'COPY ${1:src} ${2:dest}' });
    assert.match(copy.documentation!.value, /COPY \[OPTIONS\] <src> \.\.\. <dest>/);
    assert.equal(upper.length, 18);

    const lower = await complete('from alpine\nrun echo\nco\n', 2, 2);
    assert.deepEqual(lower.find((i) => i.label === 'copy')!.textEdit, { range: r(2, 0, 2), newText: 'copy ${1:src} ${2:dest}' });
    assert.ok(!lower.some((i) => i.label === 'COPY'));
  });

  it('offers the flags of each instruction', async () => {
    const copy = await complete('FROM alpine\nCOPY --\n', 1, 7);
    assert.deepEqual(labels(copy), ['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    assert.deepEqual(copy[0].textEdit, { range: r(1, 5, 7), newText: '--from=' });
    assert.deepEqual(copy[3].textEdit, { range: r(1, 5, 7), newText: '--link' });
    assert.deepEqual(labels(await complete('FROM alpine\nADD --\n', 1, 6)), ['--keep-git-dir', '--checksum', '--chown', '--chmod', '--link', '--exclude', '--unpack']);
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --network=none --\n', 1, 21)), ['--mount', '--security']);
    assert.deepEqual(labels(await complete('FROM alpine\nHEALTHCHECK --\n', 1, 14)), ['--interval', '--timeout', '--start-period', '--start-interval', '--retries']);
    assert.deepEqual(labels(await complete('FROM --\n', 0, 7)), ['--platform']);
    // Not after the first argument.
    assert.deepEqual(labels(await complete('FROM alpine\nCOPY a --\n', 1, 9)), []);
  });

  it('offers flag values', async () => {
    const p = await complete('FROM --platform= alpine\n', 0, 16);
    assert.deepEqual(labels(p).slice(0, 4), ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64']);
    assert.deepEqual(p[0].textEdit, { range: r(0, 16, 16), newText: '$BUILDPLATFORM' });
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --network= true\n', 1, 14)), ['default', 'none', 'host']);
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --security=\n', 1, 15)), ['sandbox', 'insecure']);
  });

  it('completes RUN --mount option keys and values', async () => {
    const doc = 'FROM alpine\nRUN --mount=type=cache,\n';
    const keys = await complete(doc, 1, 23);
    assert.deepEqual(labels(keys), ['target', 'source', 'from', 'id', 'sharing', 'readonly', 'mode', 'uid', 'gid']);
    assert.deepEqual(keys[0].textEdit, { range: r(1, 23, 23), newText: 'target=' });
    assert.deepEqual(keys[5].textEdit, { range: r(1, 23, 23), newText: 'readonly' });
    const types = await complete('FROM alpine\nRUN --mount=type=\n', 1, 17);
    assert.deepEqual(labels(types), ['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    assert.deepEqual(types[1].textEdit, { range: r(1, 17, 17), newText: 'cache' });
    const secretKeys = await complete('FROM alpine\nRUN --mount=type=secret,i\n', 1, 25);
    assert.deepEqual(labels(secretKeys), ['target', 'id', 'mode', 'uid', 'gid', 'required', 'env']);
    assert.deepEqual(secretKeys[1].textEdit, { range: r(1, 24, 25), newText: 'id=' });
    const targets = await complete('FROM alpine\nRUN --mount=type=cache,target=/ pip install x\n', 1, 31);
    assert.equal(targets[0].label, '/root/.cache/pip');
    assert.deepEqual(targets[0].textEdit, { range: r(1, 30, 31), newText: '/root/.cache/pip' });
    assert.deepEqual(labels(await complete('FROM alpine\nRUN --mount=type=cache,sharing=\n', 1, 32)), ['shared', 'private', 'locked']);
  });

  it('completes parser directives and their values', async () => {
    assert.deepEqual(labels(await complete('# \nFROM alpine\n', 0, 2)), ['syntax', 'escape', 'check']);
    const syntax = await complete('# syntax=\nFROM alpine\n', 0, 9);
    assert.deepEqual(syntax[0], { label: 'docker/dockerfile:1', kind: 12, detail: 'syntax directive', textEdit: { range: r(0, 9, 9), newText: 'docker/dockerfile:1' }, sortText: '0' });
    assert.deepEqual(labels(await complete('# escape=\nFROM alpine\n', 0, 9)), ['\\', '`']);
    assert.deepEqual(labels(await complete('# syntax=docker/dockerfile:1\n# check=\nFROM alpine\n', 1, 8)), ['skip=', 'error=true', 'experimental=all']);
    // Not a directive once an instruction came before.
    assert.deepEqual(labels(await complete('FROM alpine\n# \n', 1, 2)), []);
  });

  it('completes rule ids in # check=skip= and # hadolint ignore=', async () => {
    const skip = await complete('# check=skip=JSONArgsRecommended,\nFROM alpine\n', 0, 34);
    assert.ok(labels(skip).includes('all'));
    assert.ok(!labels(skip).includes('JSONArgsRecommended'), 'already listed');
    assert.ok(!labels(skip).includes('DL3011'), 'not a BuildKit check');
    const ignore = await complete('FROM alpine\n# hadolint ignore=\nCMD echo hi\n', 1, 18);
    for (const id of ['DL3011', 'JSONArgsRecommended', 'DL3025']) assert.ok(labels(ignore).includes(id), id);
    const dl3025 = ignore.find((i) => i.label === 'DL3025')!;
    assert.equal(dl3025.kind, 20 /* EnumMember */);
    assert.deepEqual(dl3025.textEdit, { range: r(1, 18, 18), newText: 'DL3025' });
    assert.match(dl3025.detail!, /^JSONArgsRecommended: /);
    const second = await complete('FROM alpine\n# hadolint ignore=DL3011, J\nCMD echo hi\n', 1, 27);
    assert.deepEqual(second.find((i) => i.label === 'JSONArgsRecommended')!.textEdit, { range: r(1, 26, 27), newText: 'JSONArgsRecommended' });
    assert.ok(!labels(second).includes('DL3011'));
  });

  it('completes variables in scope at the line', async () => {
    const doc = [
      'ARG VERSION=3.12', //                                     0
      'FROM python:${} AS build', //                             1
      'ARG PIP_INDEX', //                                        2
      'ENV APP=/app', //                                         3
      'RUN echo $', //                                           4
      'ENV LATE=1', //                                           5
      'FROM build', //                                           6
      'RUN echo ${AP', //                                        7
      '',
    ].join('\n');
    const from = await complete(doc, 1, 14);
    assert.deepEqual(labels(from).slice(0, 2), ['VERSION', 'TARGETPLATFORM']);
    assert.deepEqual(from[0].textEdit, { range: r(1, 14, 14), newText: 'VERSION' });
    assert.equal(from[0].detail, 'ARG VERSION=3.12');
    assert.ok(labels(from).includes('BUILDPLATFORM'));
    const run = await complete(doc, 4, 10);
    // Then the ENV of the python base image (scripts/gen-image-env.mjs).
    const python = ['GPG_KEY', 'LANG', 'PATH', 'PYTHON_SHA256', 'PYTHON_VERSION'];
    assert.deepEqual(labels(run), ['PIP_INDEX', 'APP', ...python], 'global ARG not re-declared, LATE not yet declared');
    assert.equal(run[1].kind, 6 /* Variable */);
    const pv = run.find((i) => i.label === 'PYTHON_VERSION')!;
    assert.deepEqual(pv, { label: 'PYTHON_VERSION', kind: 6, detail: 'ENV of the python base image', textEdit: { range: r(4, 10, 10), newText: 'PYTHON_VERSION' }, sortText: '1PYTHON_VERSION' });
    // Child stage inherits ENV (its base image's too), not ARG; `${` gets its closing brace.
    const child = await complete(doc, 7, 13);
    assert.deepEqual(labels(child), ['APP', 'LATE', ...python]);
    assert.deepEqual(child[0].textEdit, { range: r(7, 11, 13), newText: 'APP}' });
    assert.deepEqual(labels(await complete('FROM ghcr.io/acme/python:3.12\nRUN echo $\n', 1, 10)), [], 'unknown image: no ENV offered');
  });

  it('completes base images and their tags after FROM, then AS', async () => {
    const images = await complete('FROM pyt\n', 0, 8);
    const py = images.find((i) => i.label === 'python:3.12-slim')!;
    assert.equal(py.kind, 9 /* Module */);
    assert.deepEqual(py.textEdit, { range: r(0, 5, 8), newText: 'python:3.12-slim' });
    for (const l of ['node:22-slim', 'golang:1.24', 'nginx:1.27-alpine', 'alpine:3.22', 'scratch', 'gcr.io/distroless/static-debian12:nonroot', 'eclipse-temurin:21-jre']) {
      assert.ok(labels(images).includes(l), l);
    }
    const tags = await complete('FROM python:\n', 0, 12);
    assert.equal(tags[0].label, '3.13-slim');
    assert.deepEqual(tags[0].textEdit, { range: r(0, 12, 12), newText: '3.13-slim' });
    const stagesFirst = await complete('FROM alpine AS base\nFROM \n', 1, 5);
    assert.equal(stagesFirst[0].label, 'base');
    assert.deepEqual(await complete('FROM alpine \n', 0, 12), [{ label: 'AS', kind: 14, detail: 'Name this build stage', textEdit: { range: r(0, 12, 12), newText: 'AS ' } }]);
  });

  it('offers CMD/NONE after HEALTHCHECK options and predefined args after ARG', async () => {
    assert.deepEqual(labels(await complete('FROM alpine\nHEALTHCHECK --interval=5s \n', 1, 26)), ['CMD', 'NONE']);
    const args = await complete('ARG BASE=alpine\nFROM $BASE\nARG \n', 2, 4);
    assert.equal(args[0].label, 'BASE');
    assert.equal(args[0].detail, 'global ARG BASE=alpine');
    assert.ok(labels(args).includes('TARGETARCH'));
  });
});
