import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';
import { applyEdits } from '../../server/src/engine/text';

type Edit = { range: Range; newText: string };

describe('LSP: Dockerfile formatting', () => {
  let client: TestClient;
  let n = 0;
  const opts = { tabSize: 2, insertSpaces: true };
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.documentFormattingProvider, true);
    assert.equal(init.capabilities.documentRangeFormattingProvider, true);
    assert.deepEqual(init.capabilities.documentOnTypeFormattingProvider, { firstTriggerCharacter: '\n' });
  });
  after(() => client.shutdown());

  const open = async (text: string) => {
    const uri = `untitled:formatting-${n++}/Dockerfile`;
    await client.open(uri, 'dockerfile', text);
    return uri;
  };
  const format = (uri: string) => client.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: opts });

  const MESSY = 'from alpine:3.20 as base  \n  run apk add --no-cache \\\n\tcurl \\\n\tgit\nrun <<EOF\n  keep   \nEOF\n';
  const CLEAN = 'FROM alpine:3.20 AS base\nRUN apk add --no-cache \\\n    curl \\\n    git\nRUN <<EOF\n  keep   \nEOF\n';

  it('formats a document with line edits, and is idempotent', async () => {
    const uri = await open(MESSY);
    const edits = await format(uri);
    assert.deepEqual(edits, [
      { range: rangeAt(MESSY, '«from alpine:3.20 as base  »'), newText: 'FROM alpine:3.20 AS base' },
      { range: rangeAt(MESSY, '«  run apk add --no-cache \\»'), newText: 'RUN apk add --no-cache \\' },
      { range: rangeAt(MESSY, '«\tcurl \\»'), newText: '    curl \\' },
      { range: rangeAt(MESSY, '«\tgit»'), newText: '    git' },
      { range: rangeAt(MESSY, '«run <<EOF»'), newText: 'RUN <<EOF' },
    ]);
    const once = applyEdits(MESSY, edits);
    assert.equal(once, CLEAN);
    client.change(uri, [{ text: once }]);
    assert.deepEqual(await format(uri), []);
  });

  it('formats only the lines of a range', async () => {
    const uri = await open(MESSY);
    const edits = await client.request<Edit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: rangeAt(MESSY, '«\tcu»rl'), options: opts });
    assert.deepEqual(edits, [{ range: rangeAt(MESSY, '«\tcurl \\»'), newText: '    curl \\' }]);
  });

  it('indents the new line after a continuation when Enter is typed', async () => {
    const text = 'FROM alpine\nrun apk add \\\n\nRUN x\n';
    const uri = await open(text);
    const edits = await client.request<Edit[]>('textDocument/onTypeFormatting', { textDocument: { uri }, position: at(text, 'add \\\n|\nRUN'), ch: '\n', options: opts });
    assert.deepEqual(edits, [
      { range: rangeAt(text, '«run apk add \\»'), newText: 'RUN apk add \\' },
      { range: rangeAt(text, 'add \\\n«»\nRUN'), newText: '    ' },
    ]);
    const none = await client.request<Edit[]>('textDocument/onTypeFormatting', { textDocument: { uri }, position: at(text, 'alpine\n|run'), ch: '\n', options: opts });
    assert.deepEqual(none, []);
  });

  it('keeps nested continuation lines nested, also for the line Enter starts', async () => {
    const text = 'FROM alpine\nRUN if [ -f x ]; then \\\n\t\techo a; \\\n\tfi\n';
    const uri = await open(text);
    assert.equal(applyEdits(text, await format(uri)), 'FROM alpine\nRUN if [ -f x ]; then \\\n        echo a; \\\n    fi\n');
    const typed = 'FROM alpine\nRUN if [ -f x ]; then \\\n        echo a; \\\n\n    fi\n';
    const u2 = await open(typed);
    const edits = await client.request<Edit[]>('textDocument/onTypeFormatting', { textDocument: { uri: u2 }, position: at(typed, 'echo a; \\\n|\n'), ch: '\n', options: opts });
    assert.deepEqual(edits, [{ range: rangeAt(typed, 'echo a; \\\n«»\n'), newText: '        ' }]);
  });

  it('keeps continuation indentation with slipway.format.ignoreMultilineInstructions', async () => {
    client.settings = { format: { ignoreMultilineInstructions: true } };
    try {
      const uri = await open(MESSY);
      assert.equal(applyEdits(MESSY, await format(uri)), 'FROM alpine:3.20 AS base\nRUN apk add --no-cache \\\n\tcurl \\\n\tgit\nRUN <<EOF\n  keep   \nEOF\n');
    } finally {
      client.settings = {};
    }
  });

  it('does not format other languages yet', async () => {
    const uri = 'file:///tmp/slipway-none/compose.yaml';
    await client.open(uri, 'dockercompose', 'services:   \n  a:\n    image: x\n');
    assert.deepEqual(await format(uri), []);
  });
});

describe('LSP: formatting for a client without workspace/configuration', () => {
  // Such a client is never asked for settings: one that ignores the request would leave formatting waiting for
  // ever (it did). The 30 s bound only detects a hang; the answer takes milliseconds.
  const HANG_MS = 30_000;
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    client.answerConfiguration = false;
    await client.initialize(undefined, {});
  });
  after(() => client.shutdown());

  const MESSY = 'from alpine:3.20\nrun apk add \\\n  curl\n';
  const within = <T>(p: Promise<T>) =>
    Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${HANG_MS / 1000} s`)), HANG_MS).unref())]);

  it('formats, range-formats and formats on type without asking', async () => {
    const uri = 'untitled:no-configuration/Dockerfile';
    await client.open(uri, 'dockerfile', MESSY);
    const opts = { tabSize: 2, insertSpaces: true };
    const edits = await within(client.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: opts }));
    assert.equal(applyEdits(MESSY, edits), 'FROM alpine:3.20\nRUN apk add \\\n    curl\n');
    const ranged = await within(client.request<Edit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range: rangeAt(MESSY, '«from»'), options: opts }));
    assert.equal(applyEdits(MESSY, ranged), 'FROM alpine:3.20\nrun apk add \\\n  curl\n');
    await within(client.request('textDocument/onTypeFormatting', { textDocument: { uri }, position: at(MESSY, '\\\n|  curl'), ch: '\n', options: opts }));
    assert.equal(client.configurationRequests, 0);
  });

  it('takes slipway.format from workspace/didChangeConfiguration instead', async () => {
    const uri = 'untitled:no-configuration-2/Dockerfile';
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { slipway: { format: { ignoreMultilineInstructions: true } } } });
    await client.open(uri, 'dockerfile', MESSY);
    const edits = await within(client.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }));
    assert.equal(applyEdits(MESSY, edits), 'FROM alpine:3.20\nRUN apk add \\\n  curl\n');
    assert.equal(client.configurationRequests, 0);
  });
});
