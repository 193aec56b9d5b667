import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { rangeAt } from '../helpers/caret';

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
    const text = 'ARG V=1\nFROM golang:1.24 AS build\nRUN go build \\\n  -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENV A=1 B=2\n';
    const range = (snippet: string) => rangeAt(text, snippet);
    await client.open(uri, 'dockerfile', text);
    const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, [
      { name: 'ARG', detail: 'V', kind: 13, range: range('«ARG V=1»'), selectionRange: range('«ARG» V=1') },
      {
        name: 'build',
        detail: 'FROM golang:1.24',
        kind: 5,
        range: range('«FROM golang:1.24 AS build\nRUN go build \\\n  -o /app .»'),
        selectionRange: range('AS «build»'),
        children: [{ name: 'RUN', detail: 'go build -o /app .', kind: 12, range: range('«RUN go build \\\n  -o /app .»'), selectionRange: range('«RUN» go build') }],
      },
      {
        name: 'stage 1',
        detail: 'FROM scratch',
        kind: 5,
        range: range('«FROM scratch\nCOPY --from=build /app /app\nENV A=1 B=2»'),
        selectionRange: range('«FROM» scratch'),
        children: [
          { name: 'COPY', detail: '--from=build /app /app', kind: 12, range: range('«COPY --from=build /app /app»'), selectionRange: range('«COPY» --from') },
          { name: 'ENV', detail: 'A B', kind: 13, range: range('«ENV A=1 B=2»'), selectionRange: range('«ENV» A=1') },
        ],
      },
    ]);
  });
});
