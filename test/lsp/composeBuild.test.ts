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

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface Item {
  label: string;
  detail?: string;
  textEdit: { range: Range; newText: string };
}
const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

const COMPOSE = [
  'services:', // 0
  '  api:', // 1
  '    build:', // 2
  '      context: ./api', // 3
  '      target: pro', // 4
  '      args:', // 5
  '        NODE_V', // 6
  '    image: nod', // 7
  '    env_file: [app.env]', // 8
  '    environment:', // 9
  '      TAG: ${TA}', // 10
  '      VERSION: ${TAG:-latest}', // 11
  '      KEY: ${SECRET_KEY?set it}', // 12
  "    command: sh -c 'echo $${S}'", // 13
  '    profiles: [debug]', // 14
  '  worker:', // 15
  '    image: postgres:1', // 16
  '    profiles:', // 17
  '      - ', // 18
  '    build:', // 19
  '      context: ./api', // 20
  '      args:', // 21
  '        - GIT', // 22
  '',
].join('\n');

describe('LSP: Compose and the files beside it', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  const complete = (line: number, character: number) => client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
  const hover = (line: number, character: number) => client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-compose-build-'));
    fs.mkdirSync(path.join(dir, 'api'));
    fs.writeFileSync(path.join(dir, 'api/Dockerfile'), 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION} AS build\nARG APP_ENV\nFROM node:22-slim AS production\nARG GIT_SHA\n');
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
    const items = await complete(4, 17);
    assert.deepEqual(
      items.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['build', 'stage of api/Dockerfile: FROM node:${NODE_VERSION}', { range: r(4, 14, 17), newText: 'build' }],
        ['production', 'stage of api/Dockerfile: FROM node:22-slim', { range: r(4, 14, 17), newText: 'production' }],
      ],
    );
  });

  it('reports a target the Dockerfile does not have', async () => {
    const d = await client.waitDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'compose-unknown-target'));
    const t = d.diagnostics.filter((x) => x.code === 'compose-unknown-target');
    assert.deepEqual(t.map((x) => [x.range, x.severity, x.message]), [[r(4, 14, 17), 1, 'service "api": target stage "pro" could not be found in api/Dockerfile (its stages: build, production)']]);
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
    const definition = (line: number, character: number) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri: nav }, position: { line, character } });
    assert.deepEqual(await definition(4, 18), [{ uri: pathToFileURL(path.join(dir, 'api/Dockerfile')).href, range: r(3, 21, 31) }]);
    assert.deepEqual(await definition(4, 14), [{ uri: pathToFileURL(path.join(dir, 'api/Dockerfile')).href, range: r(3, 21, 31) }]);
    assert.deepEqual(await definition(8, 15), []);
    assert.deepEqual(await definition(13, 15), []);
  });

  it('completes build.args names with the ARGs of the Dockerfile, in both forms', async () => {
    const map = await complete(6, 14);
    assert.deepEqual(
      map.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['NODE_VERSION', 'ARG NODE_VERSION=22 (global)', { range: r(6, 8, 14), newText: 'NODE_VERSION: ' }],
        ['APP_ENV', 'ARG APP_ENV (stage build)', { range: r(6, 8, 14), newText: 'APP_ENV: ' }],
        ['GIT_SHA', 'ARG GIT_SHA (stage production)', { range: r(6, 8, 14), newText: 'GIT_SHA: ' }],
      ],
    );
    const list = await complete(22, 13);
    assert.deepEqual(list.map((i) => i.textEdit), [
      { range: r(22, 10, 13), newText: 'NODE_VERSION=' },
      { range: r(22, 10, 13), newText: 'APP_ENV=' },
      { range: r(22, 10, 13), newText: 'GIT_SHA=' },
    ]);
  });

  it('completes images and their tags as FROM does', async () => {
    const images = await complete(7, 14);
    const node = images.find((i) => i.label === 'node:22-slim');
    assert.deepEqual(node?.textEdit, { range: r(7, 11, 14), newText: 'node:22-slim' });
    const tags = await complete(16, 21);
    assert.deepEqual(tags.map((i) => i.label), ['17-alpine', '17', '16-alpine', '16']);
    assert.deepEqual(tags[0].textEdit, { range: r(16, 20, 21), newText: '17-alpine' });
  });

  it('completes ${ with the names of .env, and $${ with the container environment', async () => {
    const vars = await complete(10, 15);
    assert.deepEqual(
      vars.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['DB_URL', '.env: postgres://db/app', { range: r(10, 13, 15), newText: 'DB_URL' }],
        ['EMPTY', '.env: ', { range: r(10, 13, 15), newText: 'EMPTY' }],
        ['TAG', '.env: 1.2.3', { range: r(10, 13, 15), newText: 'TAG' }],
      ],
    );
    const container = await complete(13, 29);
    assert.deepEqual(
      container.map((i) => [i.label, i.detail, i.textEdit]),
      [
        ['KEY', 'environment: ${SECRET_KEY?set it}', { range: r(13, 28, 29), newText: 'KEY' }],
        ['SECRET_KEY', 'app.env: s3cr3t', { range: r(13, 28, 29), newText: 'SECRET_KEY' }],
        ['TAG', 'environment: ${TA}', { range: r(13, 28, 29), newText: 'TAG' }],
        ['VERSION', 'environment: ${TAG:-latest}', { range: r(13, 28, 29), newText: 'VERSION' }],
      ],
    );
  });

  it('completes profiles with those the file uses', async () => {
    const items = await complete(18, 8);
    assert.deepEqual(items.map((i) => [i.label, i.textEdit]), [['debug', { range: r(18, 8, 8), newText: 'debug' }]]);
  });

  it('hovers ${VAR} with its value and where it is set', async () => {
    const h = await hover(11, 18);
    assert.deepEqual(h?.range, r(11, 15, 29));
    assert.equal(
      h?.contents.value,
      '**`TAG`** = `1.2.3` from `.env` line 2 (a variable of the shell running Compose takes precedence).\n\nWhen `TAG` is unset or empty: `latest`.',
    );
    const k = await hover(12, 16);
    assert.deepEqual(k?.range, r(12, 11, 31));
    assert.equal(
      k?.contents.value,
      '**`SECRET_KEY`** is not set in `.env`: Compose takes it from the shell it runs in.\n\nWhen `SECRET_KEY` is unset, Compose stops with the error `set it`.\n\n`app.env` line 1 sets `SECRET_KEY` in the container, but Compose does not interpolate `${…}` from `env_file` files.',
    );
    const c = await hover(13, 27);
    assert.deepEqual(c?.range, r(13, 26, 30));
    assert.match(c!.contents.value, /^\*\*`S`\*\*: `\$\$` escapes interpolation/);
  });
});
