// Compose editing over the protocol, against the bundled server: diagnostics (schema, references, cross-file),
// quick fixes, completion, hover, go to definition (names and files), references, outline, folding; and go to
// definition from a workflow's docker/build-push-action `file:` to the Dockerfile.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';

const COMPOSE = [
  'services:',
  '  web:',
  '    build:',
  '      context: ./app',
  '      dockerfile: Dockerfile',
  '    ports:',
  '      - "8080:8080"',
  '    depends_on:',
  '      - db',
  '    volumes:',
  '      - data:/data',
  '    enviroment:',
  '      A: "1"',
  '  db:',
  '    image: postgres:16',
  '    volumes:',
  '      - data:/var/lib/postgresql/data',
  '    healthcheck:',
  '      interval: 30s',
  'volumes:',
  '  data:',
  '',
].join('\n');
const pos = (snippet: string) => at(COMPOSE, snippet);
const range = (snippet: string) => rangeAt(COMPOSE, snippet);
/** The first line of a file a definition goes to. */
const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('LSP: Compose', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-compose-'));
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app/Dockerfile'), 'FROM node:20\nEXPOSE 3000\n');
    uri = pathToFileURL(path.join(dir, 'compose.yaml')).href;
    client = new TestClient();
    await client.initialize(dir);
    await client.open(uri, 'dockercompose', COMPOSE);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes schema and cross-file diagnostics with exact ranges', async () => {
    const d = await client.waitDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const got = d.diagnostics.map((x) => ({ code: x.code, range: x.range, severity: x.severity }));
    assert.deepEqual(
      got.sort((a, b) => a.range.start.line - b.range.start.line),
      [
        { code: 'compose-port-not-exposed', range: range('- «"8080:8080"»'), severity: 3 },
        { code: 'compose-unknown-key', range: range('«enviroment»:'), severity: 1 },
      ],
    );
    assert.match(d.diagnostics.find((x) => x.code === 'compose-unknown-key')!.message, /Did you mean "environment"\?/);
  });

  it('offers the typo fix as a quick fix', async () => {
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: range('en«»viroment:'), context: { diagnostics: [] } },
    );
    const fix = actions.find((a) => a.title === 'Change to "environment"');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit.changes[uri], [{ range: range('«enviroment»:'), newText: 'environment' }]);
  });

  it('completes keys from the schema with snippets, and service names', async () => {
    const other = pathToFileURL(path.join(dir, 'compose.override.yaml')).href;
    const text = 'services:\n  web:\n    image: nginx\n    healthc\n    depends_on:\n      - \n  db:\n    image: postgres\n';
    await client.open(other, 'dockercompose', text);
    type Item = { label: string; insertTextFormat?: number; textEdit: { range: Range; newText: string }; documentation?: { value: string } };
    const keys = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: other }, position: at(text, 'healthc|') });
    const hc = keys.find((i) => i.label === 'healthcheck');
    assert.ok(hc);
    assert.deepEqual(hc.textEdit, { range: rangeAt(text, '«healthc»'), newText: 'healthcheck:\n  $0' });
    assert.equal(hc.insertTextFormat, 2);
    assert.match(hc.documentation!.value, /health/i);
    assert.ok(!keys.some((i) => i.label === 'image'), 'keys already present are not offered');
    const names = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: other }, position: at(text, '- |\n') });
    assert.deepEqual(
      names.filter((i) => i.label === 'db' || i.label === 'web').map((i) => ({ label: i.label, textEdit: i.textEdit })),
      [{ label: 'db', textEdit: { range: rangeAt(text, '- «»\n'), newText: 'db' } }],
    );
    const values = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: pos('interval: |30s') });
    assert.ok(Array.isArray(values));
    client.close(other);
  });

  it('completes enum values', async () => {
    const other = pathToFileURL(path.join(dir, 'compose.values.yaml')).href;
    const text = 'services:\n  web:\n    image: app\n    depends_on:\n      db:\n        condition: service_h\n  db:\n    image: postgres\n';
    await client.open(other, 'dockercompose', text);
    const items = await client.request<{ label: string; textEdit: { range: Range; newText: string } }[]>('textDocument/completion', {
      textDocument: { uri: other },
      position: at(text, 'service_|h'),
    });
    assert.deepEqual(items.map((i) => i.label), ['service_started', 'service_healthy', 'service_completed_successfully']);
    assert.deepEqual(items[1].textEdit, { range: rangeAt(text, '«service_»h'), newText: 'service_healthy' });
    client.close(other);
  });

  it('hovers keys with the schema description, and service names', async () => {
    const h = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position: pos('in|terval:') });
    assert.deepEqual(h.range, range('«interval»:'));
    assert.match(h.contents.value, /^\*\*interval\*\*/);
    assert.match(h.contents.value, /services\.db\.healthcheck\.interval/);
    const s = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position: pos('- d|b\n') });
    assert.deepEqual(s.range, range('- «db»\n'));
    assert.match(s.contents.value, /\*\*service\*\* `db`/);
    assert.match(s.contents.value, /image: `postgres:16`/);
  });

  it('goes to the definition of services and volumes, and to the Dockerfile', async () => {
    const def = (snippet: string) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: pos(snippet) });
    assert.deepEqual(await def('- d|b\n'), [{ uri, range: range('  «db»:') }]);
    assert.deepEqual(await def('da|ta:/data'), [{ uri, range: range('  «data»:\n') }]);
    assert.deepEqual(await def('- |data:/var'), [{ uri, range: range('  «data»:\n') }]);
    const dockerfile = pathToFileURL(path.join(dir, 'app/Dockerfile')).href;
    assert.deepEqual(await def('dockerfile: Do|ckerfile'), [{ uri: dockerfile, range: FILE_START }]);
    assert.deepEqual(await def('./a|pp'), [{ uri: dockerfile, range: FILE_START }]);
    assert.deepEqual(await def('p|ostgres:16'), []);
  });

  it('finds references of a named volume', async () => {
    const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
      textDocument: { uri },
      position: pos('  d|ata:\n'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs, [
      { uri, range: range('  «data»:\n') },
      { uri, range: range('«data»:/data') },
      { uri, range: range('«data»:/var') },
    ]);
  });

  it('outlines services and top-level sections', async () => {
    type Sym = { name: string; detail?: string; kind: number; range: Range; selectionRange: Range; children?: Sym[] };
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((s) => s.name), ['services', 'volumes']);
    const services = syms[0].children!;
    assert.deepEqual(services.map((s) => [s.name, s.detail, s.kind]), [
      ['web', 'build: ./app', 5],
      ['db', 'postgres:16', 5],
    ]);
    assert.deepEqual(services[1].selectionRange, range('  «db»:'));
    assert.deepEqual(services[1].range, range('  «db:\n    image: postgres:16\n    volumes:\n      - data:/var/lib/postgresql/data\n    healthcheck:\n      interval: 30s\n»volumes:'));
    assert.deepEqual(services[1].children!.map((c) => c.name), ['image', 'volumes', 'healthcheck']);
    assert.deepEqual(syms[1].children!.map((c) => [c.name, c.kind]), [['data', 23]]);
  });

  it('folds mappings and lists', async () => {
    const folds = await client.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
    const has = (s: number, e: number) => folds.some((f) => f.startLine === s && f.endLine === e);
    assert.ok(has(0, 18), 'services');
    assert.ok(has(1, 12), 'web');
    assert.ok(has(2, 4), 'build');
    assert.ok(has(13, 18), 'db');
    assert.ok(has(19, 20), 'volumes');
  });
});

describe('LSP: workflow build-push-action → Dockerfile', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-wf-build-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'docker'));
    fs.writeFileSync(path.join(dir, 'docker/app.Dockerfile'), 'FROM alpine\n');
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('goes from file: to the Dockerfile and reports a context that does not exist', async () => {
    const uri = pathToFileURL(path.join(dir, '.github/workflows/image.yml')).href;
    const text =
      'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./missing\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: docker/app.Dockerfile\n';
    await client.open(uri, 'github-actions-workflow', text);
    const d = await client.waitDiagnostics(uri, (p) => p.diagnostics.some((x) => x.code === 'docker-build-path'));
    assert.deepEqual(
      d.diagnostics.filter((x) => x.code === 'docker-build-path').map((x) => x.range),
      [rangeAt(text, '«./missing»')],
    );
    const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: at(text, 'file: dock|er/app.Dockerfile') });
    assert.deepEqual(defs, [{ uri: pathToFileURL(path.join(dir, 'docker/app.Dockerfile')).href, range: FILE_START }]);
  });
});

describe('LSP: Compose including a file of chained merge keys', () => {
  // A file of 2,000 `x-i: &ki {<<: *k(i-1), ai: 1}` was read by expanding every merge (26 s at 1,000 links, at
  // every keystroke in the including file); yaml's alias bound now refuses it at once (about 0.3 s) and the include
  // is reported. The 30 s bound only detects a hang.
  const HANG_MS = 30_000;
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-chain-'));
    const chain = ['x-0: &k0 {a0: 0}', ...Array.from({ length: 2000 }, (_, i) => `x-${i + 1}: &k${i + 1} {<<: *k${i}, a${i + 1}: 1}`), 'services:', '  db:', '    image: postgres', ''];
    fs.writeFileSync(path.join(dir, 'chain.yaml'), chain.join('\n'));
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports the include as too complex, at every version, without hanging', async () => {
    const uri = pathToFileURL(path.join(dir, 'compose.yaml')).href;
    const text = 'include:\n  - chain.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n';
    await client.open(uri, 'dockercompose', text);
    for (let v = 1; v <= 4; v++) {
      if (v > 1) client.change(uri, [{ range: rangeAt(text, 'image: app«»'), text: 'x' }]);
      const p = await client.waitDiagnostics(uri, (x) => x.version === v, HANG_MS);
      const d = p.diagnostics.filter((x) => x.code === 'compose-include');
      assert.equal(d.length, 1, JSON.stringify(p.diagnostics));
      assert.deepEqual(d[0].range, rangeAt(text, '- «chain.yaml»'));
      assert.match(d[0].message, /"chain\.yaml" is too complex to read/);
      assert.equal(d[0].severity, 2);
      // The names it defines are unknown: `db` is not reported as undefined.
      assert.deepEqual(p.diagnostics.filter((x) => x.code === 'compose-undefined-service'), []);
    }
  });
});
