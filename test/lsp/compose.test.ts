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

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
const r = (line: number, s: number, e: number, endLine = line): Range => ({ start: { line, character: s }, end: { line: endLine, character: e } });

const COMPOSE = [
  'services:', // 0
  '  web:', // 1
  '    build:', // 2
  '      context: ./app', // 3
  '      dockerfile: Dockerfile', // 4
  '    ports:', // 5
  '      - "8080:8080"', // 6
  '    depends_on:', // 7
  '      - db', // 8
  '    volumes:', // 9
  '      - data:/data', // 10
  '    enviroment:', // 11
  '      A: "1"', // 12
  '  db:', // 13
  '    image: postgres:16', // 14
  '    volumes:', // 15
  '      - data:/var/lib/postgresql/data', // 16
  '    healthcheck:', // 17
  '      interval: 30s', // 18
  'volumes:', // 19
  '  data:', // 20
  '',
].join('\n');

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
        { code: 'compose-port-not-exposed', range: r(6, 8, 19), severity: 3 },
        { code: 'compose-unknown-key', range: r(11, 4, 14), severity: 1 },
      ],
    );
    assert.match(d.diagnostics.find((x) => x.code === 'compose-unknown-key')!.message, /Did you mean "environment"\?/);
  });

  it('offers the typo fix as a quick fix', async () => {
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[]>(
      'textDocument/codeAction',
      { textDocument: { uri }, range: r(11, 6, 6), context: { diagnostics: [] } },
    );
    const fix = actions.find((a) => a.title === 'Change to "environment"');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.edit.changes[uri], [{ range: r(11, 4, 14), newText: 'environment' }]);
  });

  it('completes keys from the schema with snippets, and service names', async () => {
    const other = pathToFileURL(path.join(dir, 'compose.override.yaml')).href;
    const text = 'services:\n  web:\n    image: nginx\n    healthc\n    depends_on:\n      - \n  db:\n    image: postgres\n';
    await client.open(other, 'dockercompose', text);
    type Item = { label: string; insertTextFormat?: number; textEdit: { range: Range; newText: string }; documentation?: { value: string } };
    const keys = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: other }, position: { line: 3, character: 11 } });
    const hc = keys.find((i) => i.label === 'healthcheck');
    assert.ok(hc);
    assert.deepEqual(hc.textEdit, { range: r(3, 4, 11), newText: 'healthcheck:\n  $0' });
    assert.equal(hc.insertTextFormat, 2);
    assert.match(hc.documentation!.value, /health/i);
    assert.ok(!keys.some((i) => i.label === 'image'), 'keys already present are not offered');
    const names = await client.request<Item[]>('textDocument/completion', { textDocument: { uri: other }, position: { line: 5, character: 8 } });
    assert.deepEqual(
      names.filter((i) => i.label === 'db' || i.label === 'web').map((i) => ({ label: i.label, textEdit: i.textEdit })),
      [{ label: 'db', textEdit: { range: r(5, 8, 8), newText: 'db' } }],
    );
    const values = await client.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: { line: 18, character: 16 } });
    assert.ok(Array.isArray(values));
    client.close(other);
  });

  it('completes enum values', async () => {
    const other = pathToFileURL(path.join(dir, 'compose.values.yaml')).href;
    await client.open(other, 'dockercompose', 'services:\n  web:\n    image: app\n    depends_on:\n      db:\n        condition: service_h\n  db:\n    image: postgres\n');
    const items = await client.request<{ label: string; textEdit: { range: Range; newText: string } }[]>('textDocument/completion', {
      textDocument: { uri: other },
      position: { line: 5, character: 27 },
    });
    assert.deepEqual(items.map((i) => i.label), ['service_started', 'service_healthy', 'service_completed_successfully']);
    assert.deepEqual(items[1].textEdit, { range: r(5, 19, 27), newText: 'service_healthy' });
    client.close(other);
  });

  it('hovers keys with the schema description, and service names', async () => {
    const h = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position: { line: 18, character: 8 } });
    assert.deepEqual(h.range, r(18, 6, 14));
    assert.match(h.contents.value, /^\*\*interval\*\*/);
    assert.match(h.contents.value, /services\.db\.healthcheck\.interval/);
    const s = await client.request<{ contents: { value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 9 } });
    assert.deepEqual(s.range, r(8, 8, 10));
    assert.match(s.contents.value, /\*\*service\*\* `db`/);
    assert.match(s.contents.value, /image: `postgres:16`/);
  });

  it('goes to the definition of services and volumes, and to the Dockerfile', async () => {
    const def = (line: number, character: number) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: { line, character } });
    assert.deepEqual(await def(8, 9), [{ uri, range: r(13, 2, 4) }]);
    assert.deepEqual(await def(10, 10), [{ uri, range: r(20, 2, 6) }]);
    assert.deepEqual(await def(16, 8), [{ uri, range: r(20, 2, 6) }]);
    const dockerfile = pathToFileURL(path.join(dir, 'app/Dockerfile')).href;
    assert.deepEqual(await def(4, 20), [{ uri: dockerfile, range: r(0, 0, 0) }]);
    assert.deepEqual(await def(3, 18), [{ uri: dockerfile, range: r(0, 0, 0) }]);
    assert.deepEqual(await def(14, 12), []);
  });

  it('finds references of a named volume', async () => {
    const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
      textDocument: { uri },
      position: { line: 20, character: 3 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(refs, [
      { uri, range: r(20, 2, 6) },
      { uri, range: r(10, 8, 12) },
      { uri, range: r(16, 8, 12) },
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
    assert.deepEqual(services[1].selectionRange, r(13, 2, 4));
    assert.deepEqual(services[1].range, r(13, 2, 0, 19));
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
      [r(8, 19, 28)],
    );
    const defs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: { line: 12, character: 20 } });
    assert.deepEqual(defs, [{ uri: pathToFileURL(path.join(dir, 'docker/app.Dockerfile')).href, range: r(0, 0, 0) }]);
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
    await client.open(uri, 'dockercompose', 'include:\n  - chain.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n');
    for (let v = 1; v <= 4; v++) {
      if (v > 1) client.change(uri, [{ range: r(4, 14, 14), text: 'x' }]);
      const p = await client.waitDiagnostics(uri, (x) => x.version === v, HANG_MS);
      const d = p.diagnostics.filter((x) => x.code === 'compose-include');
      assert.equal(d.length, 1, JSON.stringify(p.diagnostics));
      assert.deepEqual(d[0].range, r(1, 4, 14));
      assert.match(d[0].message, /"chain\.yaml" is too complex to read/);
      assert.equal(d[0].severity, 2);
      // The names it defines are unknown: `db` is not reported as undefined.
      assert.deepEqual(p.diagnostics.filter((x) => x.code === 'compose-undefined-service'), []);
    }
  });
});
