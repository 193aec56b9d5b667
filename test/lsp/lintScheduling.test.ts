// Which lints the server runs, counted by the diagnostics it publishes: only the newest version of a document
// that changes faster than it can be linted, only the document that changed; and requests the client cancels
// while they wait answer RequestCancelled without running.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { TestClient } from '../helpers/lspClient';
import { at } from '../helpers/caret';

/** Hang detector only: the final diagnostics come about 1 s after the last edit (measured), not minutes. */
const HANG_MS = 120_000;

/** A valid Compose file of about 200 kB (a lint takes a few hundred milliseconds). */
function bigCompose(): string {
  let s = '# edits go here\nservices:\n';
  for (let i = 0; s.length < 200_000; i++) {
    s += `  svc${i}:\n    image: nginx:1.27\n    ports:\n      - "80${i % 100}:80"\n    environment:\n      A: "1"\n${i ? `    depends_on: [svc${i - 1}]\n` : ''}`;
  }
  return s;
}

describe('LSP: lint scheduling', () => {
  let client: TestClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-sched-'));
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lints only the newest version when edits arrive faster than lints', async () => {
    const u = uri('compose.yaml');
    await client.open(u, 'dockercompose', bigCompose());
    await client.waitDiagnostics(u, (p) => p.version === 1, HANG_MS);
    const edits = 300;
    let v = 1;
    // As fast as a client sends them: each a character typed into the comment on the first line.
    for (let i = 0; i < edits; i++) v = client.change(u, [{ range: { start: { line: 0, character: 1 + i }, end: { line: 0, character: 1 + i } }, text: 'x' }]);
    const last = await client.waitDiagnostics(u, (p) => p.version === v, HANG_MS);
    assert.deepEqual(last.diagnostics, []);
    const versions = client.published(u).map((p) => p.version!);
    console.log(`# ${versions.length - 1} lints published for ${edits} edits (versions ${versions.slice(0, 20).join(' ')})`);
    // Never an older version after a newer one, and the last one published is the last one sent.
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `version ${versions[i]} published after ${versions[i - 1]}`);
    assert.equal(versions[versions.length - 1], v);
    // Each lint sees every edit received while the one before it ran: a few lints, not one per edit (before: 300).
    assert.ok(versions.length - 1 < edits / 4, `${versions.length - 1} lints for ${edits} edits: ${versions.slice(0, 20).join(' ')}`);
  });

  it('re-lints only the document that changed; every open document after a config file changes', async () => {
    const docs: [string, string, string][] = [
      ['a/Dockerfile', 'dockerfile', 'FROM alpine:3.20\nRUN echo hi\n'],
      ['.github/workflows/ci.yml', 'github-actions-workflow', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n'],
      ['b/compose.yaml', 'dockercompose', 'services:\n  web:\n    image: nginx:1.27\n'],
    ];
    for (const [rel, lang, text] of docs) {
      await client.open(uri(rel), lang, text);
      await client.waitDiagnostics(uri(rel), (p) => p.version === 1, HANG_MS);
    }
    const counts = () => docs.map(([rel]) => client.published(uri(rel)).length);
    assert.deepEqual(counts(), [1, 1, 1]);
    const df = uri('a/Dockerfile');
    const end = at(docs[0][2], 'RUN echo hi|');
    for (let i = 0; i < 5; i++) {
      const v = client.change(df, [{ range: { start: end, end }, text: '!' }]);
      await client.waitDiagnostics(df, (p) => p.version === v, HANG_MS);
    }
    assert.deepEqual(counts(), [6, 1, 1]);
    // A watched config file changed: every open document is linted again, once.
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'ignored: [DL3006]\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.hadolint.yaml'), type: 1 }] });
    for (const [rel] of docs) await client.waitDiagnostics(uri(rel), () => client.published(uri(rel)).length >= (rel === 'a/Dockerfile' ? 7 : 2), HANG_MS);
    // Settled: a request answered after the lints means no more are coming from that change.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: df } });
    assert.deepEqual(counts(), [7, 2, 2]);
  });

  it('answers RequestCancelled for a request cancelled while it waits, without running it', async () => {
    const u = uri('big/Dockerfile');
    const text = 'FROM alpine:3.20\n' + 'RUN apk add curl && cd /tmp && echo "$HOME"\n'.repeat(3_000);
    await client.open(u, 'dockerfile', text);
    // Queued behind the lint of the document just opened, and cancelled at once.
    const src = new CancellationTokenSource();
    const pending = client.request('textDocument/hover', { textDocument: { uri: u }, position: at(text, 'FROM alpine:3.20\nR|UN') });
    void pending;
    const cancelled = client.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 3_001, character: 0 } }, context: { diagnostics: [] } }, src.token);
    src.cancel();
    await assert.rejects(cancelled, (e: ResponseError<unknown>) => e instanceof ResponseError && e.code === -32800);
    assert.ok(await pending, 'the request before it is answered');
  });
});
