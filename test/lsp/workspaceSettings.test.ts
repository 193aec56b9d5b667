// Settings per workspace folder (multi-root workspaces), `slipway.<language>.enable` turning a language off
// entirely, and coexistence with other extensions (the client's `coexistence` start option and notification).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at } from '../helpers/caret';

const DOCKERFILE = 'FROM node:latest AS app\nCMD node server.js\n';
const CAPABILITIES = { workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } } };
const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code)).sort();

describe('LSP: settings per workspace folder', () => {
  let client: TestClient;
  let root: string;
  const folder = (name: string) => path.join(root, name);
  const uri = (name: string) => pathToFileURL(path.join(root, name, 'Dockerfile')).href;
  const scopes: string[] = [];

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-folders-'));
    for (const f of ['strict', 'relaxed', 'off', 'later']) fs.mkdirSync(folder(f));
    client = new TestClient();
    client.settings = {};
    client.scopedSettings = (scopeUri) => {
      scopes.push(scopeUri);
      if (scopeUri.endsWith('/strict')) return { rules: { DL3007: 'error' } };
      if (scopeUri.endsWith('/relaxed')) return { rules: { DL3007: 'off', JSONArgsRecommended: 'off' } };
      if (scopeUri.endsWith('/off')) return { dockerfile: { enable: false } };
      if (scopeUri.endsWith('/later')) return { rules: { DL3007: 'hint' } };
      return {};
    };
    await client.initialize(root, CAPABILITIES, { folders: [folder('strict'), folder('relaxed'), folder('off')] });
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('asks for the settings of each workspace folder with the folder as scopeUri', async () => {
    await client.open(uri('strict'), 'dockerfile', DOCKERFILE);
    await client.waitDiagnostics(uri('strict'), (p) => p.diagnostics.some((d) => d.code === 'DL3007' && d.severity === 1));
    for (const f of ['strict', 'relaxed', 'off']) assert.ok(scopes.includes(pathToFileURL(folder(f)).href), `${f}: ${scopes.join(', ')}`);
  });

  it('the same Dockerfile gets each folder\'s severities', async () => {
    const strict = await client.waitDiagnostics(uri('strict'), (p) => p.diagnostics.some((d) => d.code === 'DL3007' && d.severity === 1));
    assert.deepEqual(codes(strict), ['DL3007', 'JSONArgsRecommended']);
    assert.equal(strict.diagnostics.find((d) => d.code === 'DL3007')!.severity, 1, 'error in "strict"');

    await client.open(uri('relaxed'), 'dockerfile', DOCKERFILE);
    const relaxed = await client.latest(uri('relaxed'));
    assert.deepEqual(codes(relaxed), [], 'both rules off in "relaxed"');
  });

  it('a folder with slipway.dockerfile.enable off gets no diagnostics and no answers at all', async () => {
    const off = uri('off');
    await client.open(off, 'dockerfile', DOCKERFILE);
    assert.deepEqual((await client.latest(off)).diagnostics, []);
    const params = { textDocument: { uri: off }, position: at(DOCKERFILE, 'F|ROM') };
    assert.equal(await client.request('textDocument/hover', params), null);
    assert.equal(await client.request('textDocument/completion', { ...params, position: at(DOCKERFILE, 'server.js\n|') }), null);
    assert.equal(await client.request('textDocument/documentSymbol', { textDocument: { uri: off } }), null);
    assert.equal(await client.request('textDocument/foldingRange', { textDocument: { uri: off } }), null);
    assert.equal(await client.request('textDocument/formatting', { textDocument: { uri: off }, options: { tabSize: 4, insertSpaces: true } }), null);
    assert.deepEqual(await client.request('textDocument/semanticTokens/full', { textDocument: { uri: off } }), { data: [] });

    // The same requests on the same text in a folder where Dockerfiles are on.
    const on = uri('strict');
    assert.ok(await client.request('textDocument/hover', { ...params, textDocument: { uri: on } }), 'hover in "strict"');
    const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: on } });
    assert.ok(symbols && symbols.length > 0, 'symbols in "strict"');
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: on } });
    assert.ok(tokens.data.length > 0, 'semantic tokens in "strict"');
  });

  it('a folder added to the workspace gets its own settings', async () => {
    const later = uri('later');
    await client.conn.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(folder('later')).href, name: 'later' }], removed: [{ uri: pathToFileURL(folder('off')).href, name: 'ws2' }] },
    });
    await client.open(later, 'dockerfile', DOCKERFILE);
    const p = await client.waitDiagnostics(later, (x) => x.diagnostics.some((d) => d.code === 'DL3007' && d.severity === 4));
    assert.deepEqual(codes(p), ['DL3007', 'JSONArgsRecommended']);
    // "off" left the workspace: its Dockerfile now gets the window's settings, everything on.
    const off = await client.waitDiagnostics(uri('off'), (x) => x.diagnostics.length > 0);
    assert.deepEqual(codes(off), ['DL3007', 'JSONArgsRecommended']);
  });
});

describe('LSP: coexistence with other extensions', () => {
  let client: TestClient;
  let dir: string;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-coexist-'));
    client = new TestClient();
    await client.initialize(dir, undefined, {
      initializationOptions: { coexistence: [{ peer: 'buildkit', by: 'Docker DX', languageIds: ['dockerfile'] }] },
    });
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('with Docker DX present, BuildKit\'s checks are left to it and hadolint\'s stay', async () => {
    await client.open(uri('Dockerfile'), 'dockerfile', DOCKERFILE);
    assert.deepEqual(codes(await client.latest(uri('Dockerfile'))), ['DL3007']);
  });

  it('only on documents of the peer\'s language id', async () => {
    // A Dockerfile (by its name) that the client sends as plain text, which Docker DX does not see, keeps every finding.
    await client.open(uri('app.dockerfile'), 'plaintext', DOCKERFILE);
    assert.deepEqual(codes(await client.latest(uri('app.dockerfile'))), ['DL3007', 'JSONArgsRecommended']);
  });

  it('the client\'s notification that Docker DX is gone brings the findings back', async () => {
    await client.conn.sendNotification('slipway/coexistence', { peers: [] });
    const p = await client.waitDiagnostics(uri('Dockerfile'), (x) => x.diagnostics.length === 2);
    assert.deepEqual(codes(p), ['DL3007', 'JSONArgsRecommended']);
  });
});
