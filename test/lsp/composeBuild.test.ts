// Compose editing that reads the files around the Compose file, over the protocol: build.target and build.args
// completion from the service's Dockerfile, image and tag completion, `${VAR}` completion and hover from `.env`
// (and `$${VAR}` from the container's env_file/environment), profiles completion, and the target diagnostic.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';
interface Item {
  label: string;
  detail?: string;
  textEdit: { range: Range; newText: string };
}

const COMPOSE = [
  'services:',
  '  api:',
  '    build:',
  '      context: ./api',
  '      target: pro',
  '      args:',
  '        NODE_V',
  '    image: nod',
  '    env_file: [app.env]',
  '    environment:',
  '      TAG: ${TA}',
  '      VERSION: ${TAG:-latest}',
  '      KEY: ${SECRET_KEY?set it}',
  "    command: sh -c 'echo $${S}'",
  '    profiles: [debug]',
  '  worker:',
  '    image: postgres:1',
  '    profiles:',
  '      - ',
  '    build:',
  '      context: ./api',
  '      args:',
  '        - GIT',
  '',
].join('\n');
const range = (snippet: string) => rangeAt(COMPOSE, snippet);
const DOCKERFILE = 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION} AS build\nARG APP_ENV\nFROM node:22-slim AS production\nARG GIT_SHA\n';

describe('LSP: Compose and the files beside it', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  const complete = (snippet: string) => client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at(COMPOSE, snippet) });
  const hover = (snippet: string) => client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: at(COMPOSE, snippet) });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-compose-build-'));
    fs.mkdirSync(path.join(dir, 'api'));
    fs.writeFileSync(path.join(dir, 'api/Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(dir, '.env'), '# settings\nTAG=1.2.3\nexport DB_URL="postgres://db/app" # the database\nEMPTY=\n');
    fs.writeFileSync(path.join(dir, 'app.env'), 'SECRET_KEY=s3cr3t\n');
    uri = pathToFileURL(path.join(dir, 'compose.yaml')).href;
    client = new TestClient();
    await client.initialize(dir);
    await client.open(uri, 'dockercompose', COMPOSE);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('completes build.target with the stages of the Dockerfile', async () => {
    const items = await complete('target: pro|\n');
    assert.deepEqual(
      items.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['build', 'stage of api/Dockerfile: FROM node:${NODE_VERSION}', { range: range('target: «pro»\n'), newText: 'build' }],
        ['production', 'stage of api/Dockerfile: FROM node:22-slim', { range: range('target: «pro»\n'), newText: 'production' }],
      ],
    );
  });

  it('reports a target the Dockerfile does not have', async () => {
    const d = await client.waitDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'compose-unknown-target'));
    const t = d.diagnostics.filter((x) => x.code === 'compose-unknown-target');
    assert.deepEqual(t.map((x) => [x.range, x.severity, x.message]), [[range('target: «pro»\n'), 1, 'service "api": target stage "pro" could not be found in api/Dockerfile (its stages: build, production)']]);
  });

  it('goes from build.target to its stage in the Dockerfile (any case); an unknown or inline target goes nowhere', async () => {
    const nav = pathToFileURL(path.join(dir, 'nav', 'compose.yaml')).href;
    const text = [
      'services:',
      '  api:',
      '    build:',
      '      context: ../api',
      '      target: Production',
      '  bad:',
      '    build:',
      '      context: ../api',
      '      target: nope',
      '  inline:',
      '    build:',
      '      dockerfile_inline: |',
      '        FROM alpine AS base',
      '      target: base',
      '',
    ].join('\n');
    await client.open(nav, 'dockercompose', text);
    const definition = (snippet: string) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri: nav }, position: at(text, snippet) });
    const production = { uri: pathToFileURL(path.join(dir, 'api/Dockerfile')).href, range: rangeAt(DOCKERFILE, 'AS «production»') };
    assert.deepEqual(await definition('Prod|uction'), [production]);
    assert.deepEqual(await definition('target: |Production'), [production]);
    assert.deepEqual(await definition('n|ope'), []);
    assert.deepEqual(await definition('target: b|ase'), []);
  });

  it('completes build.args names with the ARGs of the Dockerfile, in both forms', async () => {
    const map = await complete('NODE_V|');
    assert.deepEqual(
      map.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['NODE_VERSION', 'ARG NODE_VERSION=22 (global)', { range: range('«NODE_V»'), newText: 'NODE_VERSION: ' }],
        ['APP_ENV', 'ARG APP_ENV (stage build)', { range: range('«NODE_V»'), newText: 'APP_ENV: ' }],
        ['GIT_SHA', 'ARG GIT_SHA (stage production)', { range: range('«NODE_V»'), newText: 'GIT_SHA: ' }],
      ],
    );
    const list = await complete('- GIT|');
    assert.deepEqual(list.map((i) => i.textEdit), [
      { range: range('- «GIT»'), newText: 'NODE_VERSION=' },
      { range: range('- «GIT»'), newText: 'APP_ENV=' },
      { range: range('- «GIT»'), newText: 'GIT_SHA=' },
    ]);
  });

  it('completes images and their tags as FROM does', async () => {
    const images = await complete('image: nod|\n');
    const node = images.find((i) => i.label === 'node:22-slim');
    assert.deepEqual(node?.textEdit, { range: range('image: «nod»\n'), newText: 'node:22-slim' });
    const tags = await complete('postgres:1|');
    assert.deepEqual(tags.map((i) => i.label), ['17-alpine', '17', '16-alpine', '16']);
    assert.deepEqual(tags[0].textEdit, { range: range('postgres:«1»'), newText: '17-alpine' });
  });

  it('completes ${ with the names of .env, and $${ with the container environment', async () => {
    const vars = await complete('${TA|}');
    assert.deepEqual(
      vars.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['DB_URL', '.env: postgres://db/app', { range: range('${«TA»}'), newText: 'DB_URL' }],
        ['EMPTY', '.env: ', { range: range('${«TA»}'), newText: 'EMPTY' }],
        ['TAG', '.env: 1.2.3', { range: range('${«TA»}'), newText: 'TAG' }],
      ],
    );
    const container = await complete('$${S|}');
    assert.deepEqual(
      container.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['KEY', 'environment: ${SECRET_KEY?set it}', { range: range('$${«S»}'), newText: 'KEY' }],
        ['SECRET_KEY', 'app.env: s3cr3t', { range: range('$${«S»}'), newText: 'SECRET_KEY' }],
        ['TAG', 'environment: ${TA}', { range: range('$${«S»}'), newText: 'TAG' }],
        ['VERSION', 'environment: ${TAG:-latest}', { range: range('$${«S»}'), newText: 'VERSION' }],
      ],
    );
  });

  it('completes profiles with those the file uses', async () => {
    const items = await complete('- |\n');
    assert.deepEqual(items.map((i) => [i.label, i.textEdit]), [['debug', { range: range('- «»\n'), newText: 'debug' }]]);
  });

  it('hovers ${VAR} with its value and where it is set', async () => {
    const h = await hover('${T|AG:-latest}');
    assert.deepEqual(h?.range, range('«${TAG:-latest}»'));
    assert.equal(
      h?.contents.value,
      '**`TAG`** = `1.2.3` from `.env` line 2 (a variable of the shell running Compose takes precedence).\n\nWhen `TAG` is unset or empty: `latest`.',
    );
    const k = await hover('${SEC|RET_KEY');
    assert.deepEqual(k?.range, range('«${SECRET_KEY?set it}»'));
    assert.equal(
      k?.contents.value,
      '**`SECRET_KEY`** is not set in `.env`: Compose takes it from the shell it runs in.\n\nWhen `SECRET_KEY` is unset, Compose stops with the error `set it`.\n\n`app.env` line 1 sets `SECRET_KEY` in the container, but Compose does not interpolate `${…}` from `env_file` files.',
    );
    const c = await hover('$$|{S}');
    assert.deepEqual(c?.range, range('$«${S}»'));
    assert.match(c!.contents.value, /^\*\*`S`\*\*: `\$\$` escapes interpolation/);
  });
});
