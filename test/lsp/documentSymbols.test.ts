import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { r } from '../helpers/dockerfileSample';

describe('LSP: Dockerfile document symbols', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.documentSymbolProvider, true);
  });
  after(() => client.shutdown());

  it('lists stages with their instructions', async () => {
    const uri = 'untitled:symbols/Dockerfile';
    await client.open(uri, 'dockerfile', 'ARG V=1\nFROM golang:1.24 AS build\nRUN go build \\\n  -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENV A=1 B=2\n');
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, [
      { name: 'ARG', detail: 'V', kind: 13, range: r(0, 0, 7), selectionRange: r(0, 0, 3) },
      {
        name: 'build',
        detail: 'FROM golang:1.24',
        kind: 5,
        range: { start: { line: 1, character: 0 }, end: { line: 3, character: 11 } },
        selectionRange: r(1, 20, 25),
        children: [{ name: 'RUN', detail: 'go build -o /app .', kind: 12, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 11 } }, selectionRange: r(2, 0, 3) }],
      },
      {
        name: 'stage 1',
        detail: 'FROM scratch',
        kind: 5,
        range: { start: { line: 5, character: 0 }, end: { line: 7, character: 11 } },
        selectionRange: r(5, 0, 4),
        children: [
          { name: 'COPY', detail: '--from=build /app /app', kind: 12, range: r(6, 0, 27), selectionRange: r(6, 0, 4) },
          { name: 'ENV', detail: 'A B', kind: 13, range: r(7, 0, 11), selectionRange: r(7, 0, 3) },
        ],
      },
    ]);
  });
});
