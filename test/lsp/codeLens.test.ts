import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { rangeAt } from '../helpers/caret';

describe('LSP: Dockerfile code lens', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.codeLensProvider, { resolveProvider: false });
  });
  after(() => client.shutdown());

  it('offers "Build this stage" on each named stage', async () => {
    const uri = 'file:///tmp/slipway-none/app/Dockerfile';
    const text = 'FROM golang:1.24 AS build\nRUN go build\nFROM scratch\nfrom build as Final-1.x\n';
    await client.open(uri, 'dockerfile', text);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, [
      { range: rangeAt(text, '«FROM» golang'), command: { title: 'Build this stage', command: 'slipway.buildStage', arguments: [{ uri, target: 'build' }] } },
      { range: rangeAt(text, '«from» build'), command: { title: 'Build this stage', command: 'slipway.buildStage', arguments: [{ uri, target: 'Final-1.x' }] } },
    ]);
  });
});
