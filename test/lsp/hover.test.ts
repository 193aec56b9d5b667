import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { NAV_SAMPLE, r } from '../helpers/dockerfileSample';

interface Hover {
  contents: { kind: string; value: string };
  range?: ReturnType<typeof r>;
}

describe('LSP: Dockerfile hover', () => {
  let client: TestClient;
  const uri = 'untitled:hover/Dockerfile';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.hoverProvider, true);
    await client.open(uri, 'dockerfile', NAV_SAMPLE);
  });
  after(() => client.shutdown());

  const hover = (line: number, character: number, u = uri) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line, character } });

  it('documents instructions', async () => {
    const h = (await hover(2, 1))!;
    assert.equal(h.contents.kind, 'markdown');
    assert.deepEqual(h.range, r(2, 0, 4));
    assert.match(h.contents.value, /^\*\*FROM\*\*\n\nStart a new build stage/);
    assert.match(h.contents.value, /FROM \[--platform=<platform>\] <image>\[:<tag>\|@<digest>\] \[AS <name>\]/);
    assert.match(h.contents.value, /\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#from\)/);
  });

  it('documents flags, mount options and mount types', async () => {
    const flag = (await hover(11, 6))!;
    assert.deepEqual(flag.range, r(11, 4, 11));
    assert.match(flag.contents.value, /^\*\*--mount=type=<type>\[,<option>=<value>\.\.\.\]\*\* \(RUN flag\)\n\nMount a cache/);
    const opt = (await hover(11, 24))!;
    assert.deepEqual(opt.range, r(11, 23, 27));
    assert.match(opt.contents.value, /^\*\*from\*\* \(mount option\)/);
    const type = (await hover(11, 18))!;
    assert.deepEqual(type.range, r(11, 17, 22));
    assert.match(type.contents.value, /^\*\*type=cache\*\*\n\nA persistent cache directory/);
    const copyFrom = (await hover(8, 7))!;
    assert.deepEqual(copyFrom.range, r(8, 5, 11));
    assert.match(copyFrom.contents.value, /\*\*--from=<stage\|image\|context>\*\* \(COPY flag\)/);
  });

  it('shows where a variable is declared and its value', async () => {
    const h = (await hover(5, 11))!;
    assert.deepEqual(h.range, r(5, 11, 12));
    assert.equal(h.contents.value, '**X** (build arg)\n\nValue: `global`\n\nDeclared on line 4:\n```dockerfile\nARG X\n```');
    const local = (await hover(11, 52))!;
    assert.match(local.contents.value, /Value: `local`\n\nDeclared on line 11:/);
    const env = (await hover(7, 12))!;
    assert.match(env.contents.value, /^\*\*PATH_X\*\* \(environment variable\)\n\nValue: `\$X`\n\nDeclared on line 5:\n```dockerfile\nENV PATH_X=\$X OTHER=\$\{X:-d\}\n```$/);
    assert.match((await hover(5, 30))!.contents.value, /\*\*HOME\*\*: not declared by an ARG or ENV in this scope/);
  });

  it('names the base image that sets an environment variable', async () => {
    const u = 'untitled:hover/image-env/Dockerfile';
    await client.open(u, 'dockerfile', 'FROM golang:1.22 AS build\nFROM build\nWORKDIR $GOPATH/src/$APP\n');
    const h = (await hover(2, 10, u))!;
    assert.deepEqual(h.range, r(2, 9, 15));
    // The line also has an UndefinedVar finding ($APP), whose rule docs follow.
    assert.match(h.contents.value, /^\*\*GOPATH\*\* \(environment variable set by the `golang` base image\)\n\n---\n\n\*\*UndefinedVar\*\*/);
    assert.match((await hover(2, 22, u))!.contents.value, /^\*\*APP\*\*: not declared by an ARG or ENV in this scope/);
  });

  it('shows the FROM line of a stage', async () => {
    const h = (await hover(12, 14))!;
    assert.deepEqual(h.range, r(12, 12, 18));
    assert.equal(h.contents.value, '**Stage tester** (stage 1, line 7)\n```dockerfile\nFROM builder AS tester\n```');
  });

  it('adds rule docs on a diagnostic range', async () => {
    const u = 'untitled:hover/rule/Dockerfile';
    await client.open(u, 'dockerfile', 'FROM alpine\nCMD echo hi\n');
    await client.latest(u);
    const h = (await hover(1, 6, u))!;
    assert.deepEqual(h.range, r(1, 0, 11));
    assert.match(h.contents.value, /^\*\*JSONArgsRecommended\*\* \(DL3025\): /);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/JSONArgsRecommended\.md\)/);
    const kw = (await hover(1, 1, u))!;
    assert.match(kw.contents.value, /^\*\*CMD\*\*[\s\S]*\n\n---\n\n\*\*JSONArgsRecommended\*\*/);
    assert.deepEqual(kw.range, r(1, 0, 3));
  });

  it('documents parser directives and predefined args', async () => {
    const u = 'untitled:hover/directive/Dockerfile';
    await client.open(u, 'dockerfile', '# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM alpine\n');
    const d = (await hover(0, 4, u))!;
    assert.deepEqual(d.range, r(0, 2, 8));
    assert.match(d.contents.value, /^\*\*# syntax=\*\* \(parser directive\)/);
    const p = (await hover(1, 20, u))!;
    assert.deepEqual(p.range, r(1, 17, 30));
    assert.match(p.contents.value, /^\*\*BUILDPLATFORM\*\* \(predefined build arg\)\n\nPlatform of the node doing the build\.$/);
  });

  it('describes a base image: registry, repository, tag or digest, ARG defaults, its page; a stage reference stays a stage', async () => {
    const u = 'untitled:hover/images/Dockerfile';
    const text = [
      'ARG PY=3.12',
      'FROM python:${PY}-slim AS base',
      'FROM ghcr.io/astral-sh/uv@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'FROM ubuntu',
      'FROM base',
      'FROM scratch',
      'FROM ${IMAGE}:3',
      '',
    ].join('\n');
    await client.open(u, 'dockerfile', text);
    const py = (await hover(1, 8, u))!;
    assert.deepEqual(py.range, r(1, 5, 22));
    assert.equal(
      py.contents.value,
      '**python:3.12-slim** (base image, from `python:${PY}-slim` with the ARG defaults)\n\n| | |\n| --- | --- |\n| registry | Docker Hub (`docker.io`) |\n| repository | `library/python` (Docker official image) |\n| tag | `3.12-slim` |\n\n[python on Docker Hub](https://hub.docker.com/_/python)',
    );
    const uv = (await hover(2, 12, u))!;
    assert.match(uv.contents.value, /^\*\*ghcr\.io\/astral-sh\/uv@sha256:0123[0-9a-f]+\*\* \(base image\)\n/);
    assert.match(uv.contents.value, /\| registry \| GitHub Container Registry \(`ghcr\.io`\) \|\n\| repository \| `astral-sh\/uv` \|\n\| digest \| `sha256:0123[0-9a-f]+` \(pinned: the tag is not looked up\) \|\n\n\[astral-sh\/uv on GitHub Container Registry\]\(https:\/\/ghcr\.io\/astral-sh\/uv\)$/);
    assert.match((await hover(3, 7, u))!.contents.value, /\| tag \| none: `latest`, whatever it points to when the image is pulled \|/);
    assert.match((await hover(4, 6, u))!.contents.value, /^\*\*Stage base\*\* \(stage 0, line 2\)/);
    assert.equal((await hover(5, 7, u))!.contents.value, '**scratch** (base image)\n\nThe empty image: the stage starts from no files at all.');
    // On a variable, the variable's hover.
    assert.match((await hover(6, 8, u))!.contents.value, /^\*\*IMAGE\*\*: not declared by an ARG or ENV/);
    assert.match((await hover(6, 14, u))!.contents.value, /^\*\*\$\{IMAGE\}:3\*\* \(base image\)\n\nA variable in it has no default: the image is chosen with `--build-arg` at build time\./);
  });

  it('returns null where there is nothing to say', async () => {
    assert.equal(await hover(8, 22), null);
  });
});

describe('LSP: workflow and Compose hover on findings', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());
  const hover = (u: string, line: number, character: number) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line, character } });

  it("a workflow finding adds the rule's summary, why and documentation page to the key's hover", async () => {
    const u = 'untitled:hover/.github/workflows/ci.yml';
    await client.open(u, 'github-actions-workflow', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo hi\n');
    await client.latest(u);
    const h = (await hover(u, 4, 6))!;
    assert.match(h.contents.value, /\*\*unknown-key\*\* \(actionlint: syntax-check\): Keys GitHub Actions does not know/);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/unknown-key\.md\)$/);
  });

  it("a Compose finding does too", async () => {
    const u = 'untitled:hover/compose.yaml';
    await client.open(u, 'dockercompose', 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [databse]\n  database:\n    image: postgres:16\n');
    await client.latest(u);
    const h = (await hover(u, 3, 20))!;
    assert.match(h.contents.value, /\*\*compose-undefined-service\*\*: /);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/compose-undefined-service\.md\)/);
  });
});
