import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { rangeAt } from '../helpers/caret';

describe('LSP: diagnostics over the protocol', () => {
  let client: TestClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    client = new TestClient();
    const init = await client.initialize(dir);
    assert.deepEqual((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes Dockerfile diagnostics with code, docs link, range and severity', async () => {
    const u = uri('Dockerfile');
    const text = 'FROM python:3.12-slim\nEXPOSE 8000 70000\nCMD gunicorn app:app\n';
    await client.open(u, 'dockerfile', text);
    const p = await client.latest(u);
    const byCode = new Map(p.diagnostics.map((d) => [d.code, d]));
    const json = byCode.get('JSONArgsRecommended');
    assert.ok(json, JSON.stringify(p.diagnostics));
    assert.equal(json.severity, 2);
    assert.equal(json.source, 'slipway');
    assert.deepEqual(json.range, rangeAt(text, '«CMD gunicorn app:app»'));
    assert.match(json.codeDescription!.href, /docs\/rules\/JSONArgsRecommended\.md$/);
    const port = byCode.get('DL3011');
    assert.ok(port);
    assert.equal(port.severity, 1);
    assert.deepEqual(port.range, rangeAt(text, '8000 «70000»'));
  });

  it('re-lints after incremental edits, for the right version', async () => {
    const u = uri('sub/Dockerfile');
    const text = 'FROM scratch\nCMD echo hi\n';
    await client.open(u, 'dockerfile', text);
    const first = await client.latest(u);
    assert.ok(first.diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
    // Replace `echo hi` with the exec form, in two small edits as a person types.
    client.change(u, [{ range: rangeAt(text, 'CMD «echo hi»'), text: '["echo", "hi"' }]);
    const v = client.change(u, [{ range: rangeAt('FROM scratch\nCMD ["echo", "hi"\n', '"hi"«»'), text: ']' }]);
    const p = await client.waitDiagnostics(u, (x) => x.version === v);
    assert.deepEqual(p.diagnostics, []);
  });

  it('publishes workflow and compose diagnostics at the key', async () => {
    const w = uri('.github/workflows/ci.yml');
    const wText = 'on: push\njob:\n  a:\n    runs-on: ubuntu-latest\n';
    await client.open(w, 'yaml', wText);
    const pw = await client.latest(w);
    const d = pw.diagnostics.find((x) => x.code === 'unknown-key');
    assert.ok(d, JSON.stringify(pw));
    assert.deepEqual(d.range, rangeAt(wText, '«job»:'));
    assert.match(d.message, /Did you mean "jobs"/);

    const c = uri('compose.yaml');
    await client.open(c, 'dockercompose', 'service:\n  web:\n    image: nginx\n');
    const pc = await client.latest(c);
    assert.ok(pc.diagnostics.some((x) => x.code === 'compose-unknown-key'));
  });

  it('reports YAML syntax errors with a position and keeps serving', async () => {
    const w = uri('.github/workflows/broken.yml');
    await client.open(w, 'github-actions-workflow', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n   steps: []\n');
    const p = await client.latest(w);
    const d = p.diagnostics.find((x) => x.code === 'yaml-syntax');
    assert.ok(d, JSON.stringify(p));
    assert.equal(d.range.start.line, 4);
  });

  it('survives garbage documents', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const cases: [string, string, string][] = [
      ['Dockerfile.garbage', 'dockerfile', bytes],
      ['.github/workflows/garbage.yml', 'yaml', bytes],
      ['compose.garbage.yaml', 'dockercompose', '{{{{[[[[: : : -\n\t- &a *b !!x'],
      ['Dockerfile.empty', 'dockerfile', ''],
      ['Dockerfile.cont', 'dockerfile', 'FROM x\nRUN \\'],
    ];
    for (const [rel, lang, text] of cases) {
      const u = uri(rel);
      await client.open(u, lang, text);
      await client.latest(u);
    }
    // Still alive and answering.
    const u = uri('Dockerfile.after');
    await client.open(u, 'dockerfile', 'FROM scratch\nCMD echo hi\n');
    const p = await client.latest(u);
    assert.ok(p.diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
    assert.equal(client.proc.exitCode, null);
  });

  it('clears diagnostics when a document closes', async () => {
    const u = uri('closing/Dockerfile');
    await client.open(u, 'dockerfile', 'FROM scratch\nCMD echo hi\n');
    await client.latest(u);
    await client.close(u);
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.length === 0);
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('LSP: configuration', () => {
  it('honours .hadolint.yaml next to the Dockerfile and the slipway.rules setting', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-cfg-'));
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored:\n  - DL3011\noverride:\n  error:\n    - JSONArgsRecommended\n');
    const client = new TestClient();
    try {
      await client.initialize(dir);
      const u = pathToFileURL(path.join(dir, 'Dockerfile')).href;
      await client.open(u, 'dockerfile', 'FROM scratch\nEXPOSE 70000\nCMD echo hi\n');
      const p = await client.latest(u);
      assert.deepEqual(p.diagnostics.map((d) => [d.code, d.severity]), [['JSONArgsRecommended', 1]]);

      // The editor setting wins over the config file.
      client.settings = { rules: { JSONArgsRecommended: 'off', DL3011: 'warning' } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const p2 = await client.waitDiagnostics(u, (x) => x.diagnostics.length === 1 && x.diagnostics[0].code === 'DL3011');
      assert.equal(p2.diagnostics[0].severity, 2);

      // Turning Dockerfile linting off clears them.
      client.settings = { dockerfile: { enable: false } };
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.waitDiagnostics(u, (x) => x.diagnostics.length === 0);
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
