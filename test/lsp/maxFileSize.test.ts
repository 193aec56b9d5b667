// slipway.maxFileSize: an open document over the limit is not linted; one information diagnostic at its top says so.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, TestClient } from '../helpers/lspClient';
import { DEFAULT_MAX_FILE_MB, MB } from '../../server/src/engine/regularFile';

describe('LSP: slipway.maxFileSize', () => {
  let client: TestClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
  // 20 KB with a finding on line 2: linted under a 1 MB limit, not under 0.01 MB.
  const TEXT = 'FROM scratch\nEXPOSE 80800\n' + '# padding\n'.repeat(2048);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-size-'));
    client = new TestClient();
    client.settings = { maxFileSize: 0.01 };
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the setting is contributed in package.json with the default the server uses', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['slipway.maxFileSize'];
    assert.equal(setting.type, 'number');
    assert.equal(setting.default, DEFAULT_MAX_FILE_MB);
    assert.ok(setting.exclusiveMinimum === 0 || setting.minimum > 0, 'positive');
  });

  it('a document over the limit gets one information diagnostic at the top instead of findings', async () => {
    const u = uri('Dockerfile');
    await client.open(u, 'dockerfile', TEXT);
    // The settings are read after `initialized`: the open may be linted once before they are.
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => /^Not linted/.test(d.message)));
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics));
    const [d] = p.diagnostics;
    assert.equal(d.severity, 3, 'information');
    assert.equal(d.source, 'slipway');
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(d.message, `Not linted: this document is 0.0196 MB, over the 0.01 MB limit (setting slipway.maxFileSize).`);
  });

  const configure = async (settings: unknown) => {
    client.settings = settings;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  };

  it('raising the setting lints the document', async () => {
    const u = uri('Dockerfile');
    await configure({ maxFileSize: 1 });
    const raised = await client.waitDiagnostics(u, (p) => p.diagnostics.some((d) => d.code === 'DL3011'));
    assert.ok(!raised.diagnostics.some((d) => /Not linted/.test(d.message)), JSON.stringify(raised.diagnostics));
  });

  it('a value that is not a positive number means the default', async () => {
    const big = 'FROM scratch\nEXPOSE 80800\n' + '#'.repeat(DEFAULT_MAX_FILE_MB * MB) + '\n';
    const values = [0, -1, 'lots', null];
    for (let i = 0; i < values.length; i++) {
      const u = uri(`bad${i}.Dockerfile`);
      await configure({ maxFileSize: values[i] });
      await client.open(u, 'dockerfile', big);
      // Published again once the settings are read, whichever comes first: the message names the limit in force.
      await client.waitDiagnostics(u, (p) => p.diagnostics.length === 1 && p.diagnostics[0].message.includes(`over the ${DEFAULT_MAX_FILE_MB} MB limit`));
      // Back to 1 MB, seen on the same document, before the next value.
      await configure({ maxFileSize: 1 });
      await client.waitDiagnostics(u, (p) => p.diagnostics.length === 1 && p.diagnostics[0].message.includes('over the 1 MB limit'));
      await client.close(u);
    }
  });

  it('the default limit applies to a document just over it (multi-byte characters counted as UTF-8 bytes)', async () => {
    await configure({});
    const u = uri('big.Dockerfile');
    // Under the limit in UTF-16 code units, over it in UTF-8 bytes (each é is 2 bytes).
    const line = '# ' + '\u00e9'.repeat(60) + '\n';
    const text = 'FROM scratch\nEXPOSE 80800\n' + line.repeat(Math.ceil((DEFAULT_MAX_FILE_MB * MB * 0.6) / line.length));
    assert.ok(text.length < DEFAULT_MAX_FILE_MB * MB && Buffer.byteLength(text) > DEFAULT_MAX_FILE_MB * MB);
    await client.open(u, 'dockerfile', text);
    // The first publish may come before the settings are read again (then with the 1 MB of the test before).
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.length !== 1 || !x.diagnostics[0].message.includes('over the 1 MB limit'));
    assert.equal(p.diagnostics.length, 1, JSON.stringify(p.diagnostics.slice(0, 3)));
    assert.match(p.diagnostics[0].message, new RegExp(`^Not linted: this document is [\\d.]+ MB, over the ${DEFAULT_MAX_FILE_MB} MB limit \\(setting slipway\\.maxFileSize\\)\\.$`));
    // Shrunk under the limit by an edit: linted.
    client.change(u, [{ range: { start: { line: 2, character: 0 }, end: { line: text.split('\n').length - 1, character: 0 } }, text: '' }]);
    const edited = await client.latest(u);
    assert.ok(edited.diagnostics.some((d) => d.code === 'DL3011'), JSON.stringify(edited.diagnostics));
  });
});
