import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { NAV_SAMPLE, r } from '../helpers/dockerfileSample';
import { at, rangeAt, type Position } from '../helpers/caret';

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

  const hoverAt = (u: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position });
  /** Hover at the caret of `snippet` in NAV_SAMPLE. */
  const hover = (snippet: string) => hoverAt(uri, at(NAV_SAMPLE, snippet));

  it('documents instructions', async () => {
    const h = (await hover('F|ROM ${BASE}'))!;
    assert.equal(h.contents.kind, 'markdown');
    assert.deepEqual(h.range, rangeAt(NAV_SAMPLE, '«FROM» ${BASE}'));
    assert.match(h.contents.value, /^\*\*FROM\*\*\n\nStart a new build stage/);
    assert.match(h.contents.value, /FROM \[--platform=<platform>\] <image>\[:<tag>\|@<digest>\] \[AS <name>\]/);
    assert.match(h.contents.value, /\(https:\/\/docs\.docker\.com\/reference\/dockerfile\/#from\)/);
  });

  it('documents flags, mount options and mount types', async () => {
    const flag = (await hover('RUN --|mount'))!;
    assert.deepEqual(flag.range, rangeAt(NAV_SAMPLE, 'RUN «--mount»'));
    assert.match(flag.contents.value, /^\*\*--mount=type=<type>\[,<option>=<value>\.\.\.\]\*\* \(RUN flag\)\n\nMount a cache/);
    const opt = (await hover('cache,f|rom=builder'))!;
    assert.deepEqual(opt.range, rangeAt(NAV_SAMPLE, 'cache,«from»=builder'));
    assert.match(opt.contents.value, /^\*\*from\*\* \(mount option\)/);
    const type = (await hover('type=c|ache,from'))!;
    assert.deepEqual(type.range, rangeAt(NAV_SAMPLE, 'type=«cache»,from'));
    assert.match(type.contents.value, /^\*\*type=cache\*\*\n\nA persistent cache directory/);
    const copyFrom = (await hover('COPY --|from=builder'))!;
    assert.deepEqual(copyFrom.range, rangeAt(NAV_SAMPLE, 'COPY «--from»=builder'));
    assert.match(copyFrom.contents.value, /\*\*--from=<stage\|image\|context>\*\* \(COPY flag\)/);
  });

  it('shows where a variable is declared and its value', async () => {
    const h = (await hover('RUN echo "$|X"'))!;
    assert.deepEqual(h.range, rangeAt(NAV_SAMPLE, 'RUN echo "$«X»"'));
    assert.equal(h.contents.value, '**X** (build arg)\n\nValue: `global`\n\nDeclared on line 4:\n```dockerfile\nARG X\n```');
    const local = (await hover('/c echo $|X'))!;
    assert.match(local.contents.value, /Value: `local`\n\nDeclared on line 11:/);
    const env = (await hover('RUN echo $PA|TH_X'))!;
    assert.match(env.contents.value, /^\*\*PATH_X\*\* \(environment variable\)\n\nValue: `\$X`\n\nDeclared on line 5:\n```dockerfile\nENV PATH_X=\$X OTHER=\$\{X:-d\}\n```$/);
    assert.match((await hover('echo $HO|ME'))!.contents.value, /\*\*HOME\*\*: not declared by an ARG or ENV in this scope/);
  });

  it('names the base image that sets an environment variable', async () => {
    const u = 'untitled:hover/image-env/Dockerfile';
    const text = 'FROM golang:1.22 AS build\nFROM build\nWORKDIR $GOPATH/src/$APP\n';
    await client.open(u, 'dockerfile', text);
    const h = (await hoverAt(u, at(text, '$G|OPATH')))!;
    assert.deepEqual(h.range, rangeAt(text, '$«GOPATH»'));
    // The line also has an UndefinedVar finding ($APP), whose rule docs follow.
    assert.match(h.contents.value, /^\*\*GOPATH\*\* \(environment variable set by the `golang` base image\)\n\n---\n\n\*\*UndefinedVar\*\*/);
    assert.match((await hoverAt(u, at(text, '$A|PP')))!.contents.value, /^\*\*APP\*\*: not declared by an ARG or ENV in this scope/);
  });

  it('shows the FROM line of a stage', async () => {
    const h = (await hover('--from=te|ster'))!;
    assert.deepEqual(h.range, rangeAt(NAV_SAMPLE, '--from=«tester»'));
    assert.equal(h.contents.value, '**Stage tester** (stage 1, line 7)\n```dockerfile\nFROM builder AS tester\n```');
  });

  it('adds rule docs on a diagnostic range', async () => {
    const u = 'untitled:hover/rule/Dockerfile';
    const text = 'FROM alpine\nCMD echo hi\n';
    await client.open(u, 'dockerfile', text);
    await client.latest(u);
    const h = (await hoverAt(u, at(text, 'CMD ec|ho')))!;
    assert.deepEqual(h.range, rangeAt(text, '«CMD echo hi»'));
    assert.match(h.contents.value, /^\*\*JSONArgsRecommended\*\* \(DL3025\): /);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/JSONArgsRecommended\.md\)/);
    const kw = (await hoverAt(u, at(text, 'C|MD')))!;
    assert.match(kw.contents.value, /^\*\*CMD\*\*[\s\S]*\n\n---\n\n\*\*JSONArgsRecommended\*\*/);
    assert.deepEqual(kw.range, rangeAt(text, '«CMD» echo'));
  });

  it('documents parser directives and predefined args', async () => {
    const u = 'untitled:hover/directive/Dockerfile';
    const text = '# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM alpine\n';
    await client.open(u, 'dockerfile', text);
    const d = (await hoverAt(u, at(text, '# sy|ntax')))!;
    assert.deepEqual(d.range, rangeAt(text, '# «syntax»'));
    assert.match(d.contents.value, /^\*\*# syntax=\*\* \(parser directive\)/);
    const p = (await hoverAt(u, at(text, '$BUI|LDPLATFORM')))!;
    assert.deepEqual(p.range, rangeAt(text, '$«BUILDPLATFORM»'));
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
    const py = (await hoverAt(u, at(text, 'FROM pyt|hon')))!;
    assert.deepEqual(py.range, rangeAt(text, 'FROM «python:${PY}-slim» AS'));
    assert.equal(
      py.contents.value,
      '**python:3.12-slim** (base image, from `python:${PY}-slim` with the ARG defaults)\n\n| | |\n| --- | --- |\n| registry | Docker Hub (`docker.io`) |\n| repository | `library/python` (Docker official image) |\n| tag | `3.12-slim` |\n\n[python on Docker Hub](https://hub.docker.com/_/python)',
    );
    const uv = (await hoverAt(u, at(text, 'ghcr.io|/astral-sh')))!;
    assert.match(uv.contents.value, /^\*\*ghcr\.io\/astral-sh\/uv@sha256:0123[0-9a-f]+\*\* \(base image\)\n/);
    assert.match(uv.contents.value, /\| registry \| GitHub Container Registry \(`ghcr\.io`\) \|\n\| repository \| `astral-sh\/uv` \|\n\| digest \| `sha256:0123[0-9a-f]+` \(pinned: the tag is not looked up\) \|\n\n\[astral-sh\/uv on GitHub Container Registry\]\(https:\/\/ghcr\.io\/astral-sh\/uv\)$/);
    assert.match((await hoverAt(u, at(text, 'FROM ub|untu')))!.contents.value, /\| tag \| none: `latest`, whatever it points to when the image is pulled \|/);
    assert.match((await hoverAt(u, at(text, 'FROM b|ase')))!.contents.value, /^\*\*Stage base\*\* \(stage 0, line 2\)/);
    assert.equal((await hoverAt(u, at(text, 'FROM sc|ratch')))!.contents.value, '**scratch** (base image)\n\nThe empty image: the stage starts from no files at all.');
    // On a variable, the variable's hover.
    assert.match((await hoverAt(u, at(text, '${I|MAGE}')))!.contents.value, /^\*\*IMAGE\*\*: not declared by an ARG or ENV/);
    assert.match((await hoverAt(u, at(text, '${IMAGE}:|3')))!.contents.value, /^\*\*\$\{IMAGE\}:3\*\* \(base image\)\n\nA variable in it has no default: the image is chosen with `--build-arg` at build time\./);
  });

  it('returns null where there is nothing to say', async () => {
    assert.equal(await hover('/o|ut /out'), null);
  });
});

describe('LSP: workflow and Compose hover on findings', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());
  const hover = (u: string, position: Position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position });

  it("a workflow finding adds the rule's summary, why and documentation page to the key's hover", async () => {
    const u = 'untitled:hover/.github/workflows/ci.yml';
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    timeout: 5\n    steps:\n      - run: echo hi\n';
    await client.open(u, 'github-actions-workflow', text);
    await client.latest(u);
    const h = (await hover(u, at(text, 'ti|meout')))!;
    assert.match(h.contents.value, /\*\*unknown-key\*\* \(actionlint: syntax-check\): Keys GitHub Actions does not know/);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/unknown-key\.md\)$/);
  });

  it("a Compose finding does too", async () => {
    const u = 'untitled:hover/compose.yaml';
    const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [databse]\n  database:\n    image: postgres:16\n';
    await client.open(u, 'dockercompose', text);
    await client.latest(u);
    const h = (await hover(u, at(text, '[dat|abse]')))!;
    assert.match(h.contents.value, /\*\*compose-undefined-service\*\*: /);
    assert.match(h.contents.value, /\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/compose-undefined-service\.md\)/);
  });
});
