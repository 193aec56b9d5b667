// `slipway lsp --stdio` and `slipway-language-server`: the server for editors other than VS Code. Such a client
// may declare no `workspace/configuration` and no file watching: the server must not ask it anything it cannot
// answer, must take its settings from `initializationOptions` (and `workspace/didChangeConfiguration`), and must see
// a changed config file without `workspace/didChangeWatchedFiles` (a didSave of it, or a stat at the next lint).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, TestClient } from '../helpers/lspClient';
import { at } from '../helpers/caret';
import { CONFIG_TTL_MS } from '../../server/src/analysis';

const SLIPWAY = path.join(REPO, 'bin', 'slipway.js');
const LANGUAGE_SERVER = path.join(REPO, 'bin', 'slipway-language-server.js');
const DOCKERFILE = 'FROM node:latest\nRUN apt-get install -y curl\nCMD ["node", "server.js"]\n';
/** What Neovim 0.7 declares of `workspace`: folders and edits, no configuration, no file watching. */
const NEOVIM_LIKE = { workspace: { workspaceFolders: true, applyEdit: true, workspaceEdit: { resourceOperations: ['rename', 'create', 'delete'] } } };
const found = (p: { diagnostics: { code?: unknown; severity?: number }[] }) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);

describe('slipway lsp: command line', () => {
  const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' });

  it('--help and --version of `slipway lsp` and of slipway-language-server', () => {
    for (const [bin, args] of [
      [SLIPWAY, ['lsp', '--help']],
      [LANGUAGE_SERVER, ['--help']],
    ] as const) {
      const r = run(bin, [...args]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^Usage: slipway lsp --stdio \[options\]\n {7}slipway-language-server \[--stdio\] \[options\]\n/);
      assert.match(r.stdout, /initializationOptions, with the shape of VS Code's "slipway" settings object/);
    }
    for (const [bin, args] of [
      [SLIPWAY, ['lsp', '--version']],
      [LANGUAGE_SERVER, ['-v']],
    ] as const) {
      const r = run(bin, [...args]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^slipway-language-server \d+\.\d+\.\d+\n$/);
    }
  });

  it('`slipway --help` names the command', () => {
    const r = run(SLIPWAY, ['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^ {2}slipway lsp --stdio {12}the language server, for any LSP client/m);
  });

  it('refuses an unknown argument with status 2 instead of starting', () => {
    const r = run(SLIPWAY, ['lsp', '--stdio', '--verbose']);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^slipway lsp: unknown argument --verbose\n/);
  });
});

describe('slipway lsp --stdio: a client without workspace/configuration, settings in initializationOptions', () => {
  let client: TestClient;
  let root: string;
  let uri: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-cmd-'));
    fs.writeFileSync(path.join(root, 'Dockerfile'), DOCKERFILE);
    uri = pathToFileURL(path.join(root, 'Dockerfile')).href;
    client = new TestClient([], [SLIPWAY, 'lsp', '--stdio']);
    // Would answer, but must never be asked: the client did not declare the capability.
    client.settings = { rules: { DL3007: 'off', DL3008: 'off', DL3015: 'off' } };
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('initializes: the server as the extension runs it, with didSave asked for', async () => {
    const r = (await client.initialize(root, NEOVIM_LIKE, { initializationOptions: { rules: { DL3007: 'error', DL3008: 'off' } } })) as {
      capabilities: { textDocumentSync: unknown; hoverProvider: unknown; codeActionProvider: unknown };
      serverInfo?: { name: string };
    };
    assert.deepEqual(r.capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(r.capabilities.hoverProvider, true);
    assert.deepEqual(r.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(r.serverInfo?.name, 'slipway');
  });

  it('lints with the rules of initializationOptions', async () => {
    await client.open(uri, 'dockerfile', DOCKERFILE);
    assert.deepEqual(found(await client.latest(uri)), ['DL3007:1', 'DL3015:3']);
  });

  it('answers formatting, hover and completion without asking the client anything', async () => {
    const edits = await client.request<unknown[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.deepEqual(edits, []);
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: at(DOCKERFILE, 'FROM n|ode') }));
    assert.ok(await client.request('textDocument/completion', { textDocument: { uri }, position: at(DOCKERFILE, '"server.js"]\n|') }));
    assert.equal(client.configurationRequests, 0);
    assert.deepEqual(client.registrations, []);
  });

  it('keeps those settings when didChangeConfiguration has no slipway section (what Neovim sends for empty settings)', async () => {
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const v = client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '# end\n' }]);
    assert.deepEqual(found(await client.waitDiagnostics(uri, (p) => p.version === v)), ['DL3007:1', 'DL3015:3']);
  });

  it('takes the slipway section of didChangeConfiguration instead', async () => {
    const before = client.published(uri).length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { slipway: { rules: { DL3015: 'off' } } } });
    const p = await client.waitDiagnostics(uri, (d) => client.published(uri).indexOf(d) >= before);
    assert.deepEqual(found(p), ['DL3007:2', 'DL3008:2']);
    assert.equal(client.configurationRequests, 0);
    assert.deepEqual(client.registrations, []);
  });
});

describe('slipway-language-server: config files changed without didChangeWatchedFiles', () => {
  let client: TestClient;
  let root: string;
  const file = (name: string) => path.join(root, name);
  const uriOf = (name: string) => pathToFileURL(file(name)).href;
  /** The first publication for `name` after `count` earlier ones that matches. */
  const next = (name: string, count: number, pred: (codes: string[]) => boolean) =>
    client.waitDiagnostics(uriOf(name), (p) => client.published(uriOf(name)).indexOf(p) >= count && pred(found(p)));

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-cfg-'));
    fs.mkdirSync(file('app'));
    client = new TestClient([], [LANGUAGE_SERVER]);
    await client.initialize(root, NEOVIM_LIKE);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a .slipway.yaml opened, saved and closed in the editor applies to the open Dockerfiles at once', async () => {
    await client.open(uriOf('app/Dockerfile'), 'dockerfile', DOCKERFILE);
    assert.deepEqual(found(await client.latest(uriOf('app/Dockerfile'))), ['DL3007:2', 'DL3015:3', 'DL3008:2']);
    // A new buffer, then written: what an editor sends is didOpen (nothing on disk yet), then didSave.
    const cfg = '.slipway.yaml';
    await client.open(uriOf(cfg), 'yaml', 'rules:\n  DL3008: off\n');
    // The config file as the editor has it applies at once, before it is on disk: the Dockerfile is published again.
    assert.deepEqual(found(await next('app/Dockerfile', 1, () => true)), ['DL3007:2', 'DL3015:3']);
    let count = client.published(uriOf('app/Dockerfile')).length;
    fs.writeFileSync(file(cfg), 'rules:\n  DL3008: off\n');
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri: uriOf(cfg) } });
    assert.deepEqual(found(await next('app/Dockerfile', count, () => true)), ['DL3007:2', 'DL3015:3']);
    // Closed: read from the disk, where it says the same.
    count = client.published(uriOf('app/Dockerfile')).length;
    await client.close(uriOf(cfg));
    assert.deepEqual(found(await next('app/Dockerfile', count, () => true)), ['DL3007:2', 'DL3015:3']);
  });

  it('a .slipway.yaml changed on disk behind the editor\'s back is seen at the next lint, and every open document follows', async () => {
    const count = client.published(uriOf('app/Dockerfile')).length;
    fs.writeFileSync(file('.slipway.yaml'), 'rules:\n  DL3008: error\n  DL3015: off\n');
    // Config files found are trusted for CONFIG_TTL_MS without a look at the disk.
    await new Promise((r) => setTimeout(r, CONFIG_TTL_MS + 200));
    // Another Dockerfile of the same folder opened: its lint reads the new file, and finds it changed.
    await client.open(uriOf('app/other.Dockerfile'), 'dockerfile', DOCKERFILE);
    assert.deepEqual(found(await client.latest(uriOf('app/other.Dockerfile'))), ['DL3007:2', 'DL3008:1']);
    assert.deepEqual(found(await next('app/Dockerfile', count, (c) => c.includes('DL3008:1'))), ['DL3007:2', 'DL3008:1']);
    assert.deepEqual(client.registrations, []);
    assert.equal(client.configurationRequests, 0);
  });
});

describe('slipway lsp --stdio: a client that answers workspace/configuration with nothing for `slipway`', () => {
  // Helix and Neovim 0.8+ answer the request from their own `settings`/`config` tables: null (or `{}`) for a section
  // they were given nothing for, when the user put Slipway's settings in initializationOptions.
  for (const answer of [null, {}]) {
    it(`keeps the settings of initializationOptions when the answer is ${JSON.stringify(answer)}`, async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-null-'));
      const client = new TestClient([], [SLIPWAY, 'lsp', '--stdio']);
      try {
        client.settings = answer;
        await client.initialize(root, { workspace: { configuration: true, workspaceFolders: true } }, { initializationOptions: { rules: { DL3007: 'error', DL3008: 'off' } } });
        const uri = pathToFileURL(path.join(root, 'Dockerfile')).href;
        await client.open(uri, 'dockerfile', DOCKERFILE);
        assert.deepEqual(found(await client.latest(uri)), ['DL3007:1', 'DL3015:3']);
        assert.ok(client.configurationRequests >= 1, 'the client was asked');
        // It declared no dynamic registration: nothing is registered with it.
        assert.deepEqual(client.registrations, []);
        // Asked again after a change of configuration: still nothing said, still the same settings.
        const before = client.published(uri).length;
        await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const p = await client.waitDiagnostics(uri, (d) => client.published(uri).indexOf(d) >= before);
        assert.deepEqual(found(p), ['DL3007:1', 'DL3015:3']);
      } finally {
        await client.shutdown();
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
