// Compose files as one project over the protocol: rename across the file, its override file and the file it
// includes (and back from the included file), with its refusals; go to definition and references into the other
// files; names defined in the override or included file are not reported as undefined; document links; the
// "Build this service" / "Up this service" code lenses.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { applyEdits } from '../../server/src/engine/text';
import { at, rangeAt, type Range } from '../helpers/caret';
type Edit = { range: Range; newText: string };
const byPos = (a: { range: Range }, b: { range: Range }) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

const BASE = [
  'include:',
  '  - infra/compose.yaml',
  'services:',
  '  web:',
  '    build: ./app',
  '    image: "ghcr.io/acme/web:1"',
  '    env_file: .env',
  '    depends_on:',
  '      - db',
  '      - cache',
  '    volumes:',
  '      - ./src:/src',
  '      - data:/data',
  '      - ./missing:/m',
  '    networks: [front]',
  '    secrets:',
  '      - token',
  '  worker:',
  '    image: python:3.12',
  '    depends_on: [web, debug]',
  '    network_mode: "service:web"',
  '    volumes_from: ["web:ro"]',
  '    links:',
  '      - web:frontend',
  '    env_file: [missing.env]',
  'volumes:',
  '  data:',
  'networks:',
  '  front:',
  'secrets:',
  '  token:',
  '    file: ./token.txt',
  '',
].join('\n');

const OVERRIDE = [
  'services:',
  '  web:',
  '    ports: ["8080:80"]',
  '    depends_on: [debug]',
  '  debug:',
  '    image: busybox',
  '    volumes:',
  '      - data:/d',
  '',
].join('\n');

const INFRA = [
  'services:',
  '  db:',
  '    image: postgres:16',
  '    volumes:',
  '      - dbdata:/var/lib/postgresql/data',
  '  cache:',
  '    image: redis',
  'volumes:',
  '  dbdata:',
  '',
].join('\n');

const inBase = (snippet: string) => rangeAt(BASE, snippet);
const inOverride = (snippet: string) => rangeAt(OVERRIDE, snippet);
const inInfra = (snippet: string) => rangeAt(INFRA, snippet);

describe('LSP: Compose project (override and included files)', () => {
  let client: TestClient;
  let dir: string;
  let base: string;
  let override: string;
  let infra: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-compose-project-'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.mkdirSync(path.join(dir, 'infra'));
    fs.writeFileSync(path.join(dir, 'app/Dockerfile'), 'FROM node:22\n');
    fs.writeFileSync(path.join(dir, '.env'), 'A=1\n');
    fs.writeFileSync(path.join(dir, 'token.txt'), 'secret\n');
    fs.writeFileSync(path.join(dir, 'compose.yaml'), BASE);
    fs.writeFileSync(path.join(dir, 'compose.override.yaml'), OVERRIDE);
    fs.writeFileSync(path.join(dir, 'infra/compose.yaml'), INFRA);
    base = pathToFileURL(path.join(dir, 'compose.yaml')).href;
    override = pathToFileURL(path.join(dir, 'compose.override.yaml')).href;
    infra = pathToFileURL(path.join(dir, 'infra/compose.yaml')).href;
    client = new TestClient();
    await client.initialize(dir);
    await client.open(base, 'dockercompose', BASE);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const rename = async (uri: string, snippet: string, newName: string) => {
    const res = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: at(textOf(uri), snippet), newName });
    for (const k of Object.keys(res.changes)) res.changes[k].sort(byPos);
    return res.changes;
  };
  const renameError = async (uri: string, snippet: string, newName: string) => {
    try {
      await client.request('textDocument/rename', { textDocument: { uri }, position: at(textOf(uri), snippet), newName });
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail('rename should be refused');
  };
  const edits = (newText: string, ...ranges: Range[]) => ranges.map((range) => ({ range, newText }));
  /** The text of a project file, to find positions in. */
  const textOf = (uri: string) => (uri === base ? BASE : uri === override ? OVERRIDE : INFRA);

  it('does not report names defined in the override file or the included file as undefined', async () => {
    const d = await client.waitDiagnostics(base);
    const refs = d.diagnostics.filter((x) => String(x.code).startsWith('compose-undefined'));
    assert.deepEqual(refs, [], JSON.stringify(refs));
    // Nothing found in the other files is published for them: only the open document has diagnostics.
    assert.deepEqual(client.published(override), []);
    assert.deepEqual(client.published(infra), []);
  });

  it('still reports a name defined nowhere in the project', async () => {
    const uri = pathToFileURL(path.join(dir, 'other/compose.yaml')).href; // not on disk, no file beside it
    const text = 'services:\n  x:\n    image: a\n    depends_on: [debug]\n';
    await client.open(uri, 'dockercompose', text);
    const d = await client.waitDiagnostics(uri);
    assert.deepEqual(
      d.diagnostics.filter((x) => x.code === 'compose-undefined-service').map((x) => x.range),
      [rangeAt(text, '[«debug»]')],
    );
    client.close(uri);
  });

  it('prepares a rename with the name under the cursor, refusing other places', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri: base }, position: at(BASE, '"service:w|eb"') }), {
      range: inBase('"service:«web»"'),
      placeholder: 'web',
    });
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri: base }, position: at(BASE, '- d|b') }), { range: inBase('- «db»'), placeholder: 'db' });
    await assert.rejects(
      client.request('textDocument/prepareRename', { textDocument: { uri: base }, position: at(BASE, 'bu|ild: ./app') }),
      /Only service, network, volume, secret, config and model names can be renamed/,
    );
  });

  it('renames a service in its definitions (base and override) and every reference', async () => {
    const changes = await rename(base, '  w|eb:', 'app');
    assert.deepEqual(Object.keys(changes).sort(), [base, override].sort());
    assert.deepEqual(changes[base], edits('app', inBase('  «web»:'), inBase('depends_on: [«web»,'), inBase('"service:«web»"'), inBase('["«web»:ro"]'), inBase('- «web»:frontend')));
    assert.deepEqual(changes[override], edits('app', inOverride('  «web»:')));
    const out = applyEdits(BASE, changes[base]).split('\n');
    assert.equal(out[20], '    network_mode: "service:app"');
    assert.equal(out[21], '    volumes_from: ["app:ro"]');
    assert.equal(out[23], '      - app:frontend');
  });

  it('renames a service defined in the override file from a reference in the base file', async () => {
    const changes = await rename(base, 'web, d|ebug', 'shell');
    assert.deepEqual(changes[base], edits('shell', inBase('web, «debug»]')));
    assert.deepEqual(changes[override], edits('shell', inOverride('[«debug»]'), inOverride('  «debug»:')));
  });

  it('renames a service of the included file, there and in the including file', async () => {
    const changes = await rename(base, '- d|b', 'postgres');
    assert.deepEqual(changes, { [base]: edits('postgres', inBase('- «db»')), [infra]: edits('postgres', inInfra('  «db»:')) });
  });

  it('renames from the included file, finding the file that includes it', async () => {
    await client.open(infra, 'dockercompose', INFRA);
    const changes = await rename(infra, '  c|ache:', 'redis');
    assert.deepEqual(changes, { [infra]: edits('redis', inInfra('  «cache»:')), [base]: edits('redis', inBase('- «cache»')) });
    client.close(infra);
  });

  it('renames a named volume from the override file', async () => {
    await client.open(override, 'dockercompose', OVERRIDE);
    const changes = await rename(override, '- d|ata:/d', 'appdata');
    assert.deepEqual(changes, { [override]: edits('appdata', inOverride('- «data»:/d')), [base]: edits('appdata', inBase('- «data»:/data'), inBase('  «data»:')) });
    client.close(override);
  });

  it('computes the edits of another open file on its unsaved text', async () => {
    await client.open(override, 'dockercompose', '# unsaved\n' + OVERRIDE);
    const changes = await rename(base, '  d|ata:', 'appdata');
    assert.deepEqual(changes, { [base]: edits('appdata', inBase('- «data»:/data'), inBase('  «data»:')), [override]: edits('appdata', rangeAt('# unsaved\n' + OVERRIDE, '- «data»:/d')) });
    client.close(override);
  });

  it('renames networks and secrets', async () => {
    assert.deepEqual(await rename(base, '  f|ront:', 'public'), { [base]: edits('public', inBase('[«front»]'), inBase('  «front»:')) });
    assert.deepEqual(await rename(base, '- t|oken', 'api_token'), { [base]: edits('api_token', inBase('- «token»'), inBase('  «token»:')) });
  });

  it('refuses names that are taken (in any file of the project) or invalid', async () => {
    assert.match(await renameError(base, '  w|eb:', 'db'), /A service named "db" already exists \(line 2 of infra\/compose\.yaml under services\)/);
    assert.match(await renameError(base, '  w|eb:', 'debug'), /A service named "debug" already exists \(line 5 of compose\.override\.yaml under services\)/);
    assert.match(await renameError(base, '  w|eb:', 'worker'), /A service named "worker" already exists \(line 18 under services\)/);
    assert.match(await renameError(base, '  d|ata:', 'dbdata'), /A volume named "dbdata" already exists/);
    for (const bad of ['a b', '-web', '_web', '${NAME}', 'web:1', '']) {
      assert.match(await renameError(base, '  w|eb:', bad), /is not a valid service name/, bad);
    }
  });

  it('goes to definitions in the override and the included file', async () => {
    const def = (uri: string, snippet: string) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: at(textOf(uri), snippet) });
    assert.deepEqual(await def(base, 'web, de|bug'), [{ uri: override, range: inOverride('  «debug»:') }]);
    assert.deepEqual(await def(base, '- c|ache'), [{ uri: infra, range: inInfra('  «cache»:') }]);
    assert.deepEqual(await def(base, '- d|ata:/data'), [{ uri: base, range: inBase('  «data»:') }]);
    // On a definition key: the same service in the other file of the project, else the key itself.
    assert.deepEqual(await def(base, '  w|eb:'), [{ uri: override, range: inOverride('  «web»:') }]);
    assert.deepEqual(await def(base, '  w|orker:'), [{ uri: base, range: inBase('  «worker»:') }]);
  });

  it('finds references across the project, the document first', async () => {
    await client.open(override, 'dockercompose', OVERRIDE);
    const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
      textDocument: { uri: override },
      position: at(OVERRIDE, '  d|ebug:'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs, [
      { uri: override, range: inOverride('  «debug»:') },
      { uri: override, range: inOverride('[«debug»]') },
      { uri: base, range: inBase('web, «debug»]') },
    ]);
    client.close(override);
  });

  it('links images to registries and existing files to themselves', async () => {
    const links = await client.request<{ range: Range; target: string; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri: base } });
    const file = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [inBase('- «infra/compose.yaml»'), file('infra/compose.yaml')],
        [inBase('build: «./app»'), file('app/Dockerfile')],
        [inBase('"«ghcr.io/acme/web:1»"'), 'https://ghcr.io/acme/web'],
        [inBase('env_file: «.env»'), file('.env')],
        [inBase('- «./src»:/src'), file('src')],
        [inBase('image: «python:3.12»'), 'https://hub.docker.com/_/python'],
        [inBase('file: «./token.txt»'), file('token.txt')],
      ],
    );
    assert.equal(links[2].tooltip, 'Open ghcr.io/acme/web in its registry');
  });

  it('offers "Build this service" and "Up this service" with the project files', async () => {
    const args = (service: string) => [{ file: base, files: [base, override], services: [service] }];
    assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: base } }), [
      { range: inBase('  «web»:'), command: { title: 'Build this service', command: 'slipway.composeBuild', arguments: args('web') } },
      { range: inBase('  «web»:'), command: { title: 'Up this service', command: 'slipway.composeUp', arguments: args('web') } },
      { range: inBase('  «worker»:'), command: { title: 'Up this service', command: 'slipway.composeUp', arguments: args('worker') } },
    ]);
    await client.open(override, 'dockercompose', OVERRIDE);
    const lenses = await client.request<{ command: { title: string; arguments: unknown[] } }[]>('textDocument/codeLens', { textDocument: { uri: override } });
    assert.deepEqual(
      lenses.map((l) => [l.command.title, l.command.arguments]),
      [
        ['Up this service', [{ file: override, files: [base, override], services: ['web'] }]],
        ['Up this service', [{ file: override, files: [base, override], services: ['debug'] }]],
      ],
    );
    client.close(override);
  });
});

describe('LSP: Compose image links', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('does not link the bare name of an image a service builds', async () => {
    const uri = 'untitled:links/compose.yaml';
    const text = 'services:\n  api:\n    build: .\n    image: backend:latest\n  db:\n    image: postgres:16\n  pushed:\n    build: .\n    image: acme/api:1\n';
    await client.open(uri, 'dockercompose', text);
    const links = await client.request<{ range: Range; target: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [rangeAt(text, 'image: «postgres:16»'), 'https://hub.docker.com/_/postgres'],
        [rangeAt(text, 'image: «acme/api:1»'), 'https://hub.docker.com/r/acme/api'],
      ],
    );
  });
});

describe('LSP: Compose file links', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-compose-links-'));
    fs.mkdirSync(path.join(dir, 'docker'));
    fs.mkdirSync(path.join(dir, 'conf'));
    for (const f of ['docker/api.Dockerfile', 'common.yaml', 'conf/nginx.conf', 'api.env']) fs.writeFileSync(path.join(dir, f), '\n');
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('links dockerfile:, extends.file, env_file path:, long-syntax binds and config files that exist', async () => {
    const uri = pathToFileURL(path.join(dir, 'docker-compose.yml')).href;
    const text = [
      'services:',
      '  api:',
      '    build:',
      '      context: .',
      '      dockerfile: docker/api.Dockerfile',
      '    extends:',
      '      file: common.yaml',
      '      service: base',
      '    env_file:',
      '      - path: api.env',
      '        required: false',
      '      - path: ${ENV_FILE}',
      '    volumes:',
      '      - type: bind',
      "        source: './conf'",
      '        target: /etc/nginx/conf.d',
      '      - ~/cache:/cache',
      '      - /var/run/docker.sock:/var/run/docker.sock',
      '      - ./gone:/gone',
      'configs:',
      '  nginx:',
      '    file: conf/nginx.conf',
      '  other:',
      '    file: conf/missing.conf',
      '',
    ].join('\n');
    await client.open(uri, 'dockercompose', text);
    const links = await client.request<{ range: Range; target: string; tooltip: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    const file = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
    assert.deepEqual(
      links.map((l) => [l.range, l.target, l.tooltip]),
      [
        [rangeAt(text, 'context: «.»'), file('.'), 'Open the build context'],
        [rangeAt(text, 'dockerfile: «docker/api.Dockerfile»'), file('docker/api.Dockerfile'), 'Open the Dockerfile'],
        [rangeAt(text, 'file: «common.yaml»'), file('common.yaml'), 'Open the file this service extends'],
        [rangeAt(text, 'path: «api.env»'), file('api.env'), 'Open the environment file'],
        [rangeAt(text, "source: '«./conf»'"), file('conf'), 'Open the bind-mounted path'],
        [rangeAt(text, 'file: «conf/nginx.conf»'), file('conf/nginx.conf'), 'Open the config file'],
      ],
    );
  });
});

describe('LSP: Compose rename refusals in one file', () => {
  let client: TestClient;
  const uri = 'untitled:compose.yaml';
  const TEXT = [
    'services:',
    '  a:',
    '    image: x',
    '    depends_on: [ghost]',
    '    networks: [default, back]',
    '    volumes:',
    '      - shared:/s',
    '  b:',
    '    image: y',
    '    depends_on:',
    '      - "a"',
    '    volumes:',
    '      - type: volume',
    '        source: shared',
    '        target: /t',
    'networks:',
    '  back: {}',
    '  default:',
    '    name: lan',
    'volumes:',
    '  shared:',
    '    external: true',
    '',
  ].join('\n');
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, 'dockercompose', TEXT);
  });
  after(() => client.shutdown());

  const rename = (snippet: string, newName: string) =>
    client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: at(TEXT, snippet), newName });

  it('keeps quotes around a quoted reference', async () => {
    const res = await rename('  |a:', 'api');
    assert.deepEqual(res.changes[uri].sort(byPos), [
      { range: rangeAt(TEXT, '  «a»:'), newText: 'api' },
      { range: rangeAt(TEXT, '- "«a»"'), newText: 'api' },
    ]);
  });

  it('refuses a name a reference to an undefined service already uses', async () => {
    await assert.rejects(rename('  |b:', 'ghost'), /"ghost" is already used as a service name on line 4; it would then refer to this service/);
  });

  it('refuses to rename an undefined name, the default network, an external resource without name:', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: at(TEXT, '[gh|ost]') }), /service "ghost" is not defined/);
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: at(TEXT, '  de|fault:') }), /"default" network/);
    await assert.rejects(rename('  b|ack: {}', 'default'), /the project's default network/);
    await assert.rejects(rename('source: sh|ared', 'data'), /volume "shared" is external \(line 21\): its key is the name of an existing volume/);
  });
});
