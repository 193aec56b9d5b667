import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { r } from '../helpers/dockerfileSample';

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
    await client.open(uri, 'dockerfile', 'FROM golang:1.24 AS build\nRUN go build\nFROM scratch\nfrom build as Final-1.x\n');
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, [
      { range: r(0, 0, 4), command: { title: 'Build this stage', command: 'slipway.buildStage', arguments: [{ uri, target: 'build' }] } },
      { range: r(3, 0, 4), command: { title: 'Build this stage', command: 'slipway.buildStage', arguments: [{ uri, target: 'Final-1.x' }] } },
    ]);
  });
});
