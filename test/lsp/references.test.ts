import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, r } from '../helpers/dockerfileSample';

describe('LSP: Dockerfile find references', () => {
  let client: TestClient;
  const uri = 'untitled:references/Dockerfile';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.referencesProvider, true);
    await client.open(uri, 'dockerfile', NAV_SAMPLE);
  });
  after(() => client.shutdown());

  const refs = async (line: number, character: number, includeDeclaration: boolean) =>
    (await client.request<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]>('textDocument/references', {
      textDocument: { uri },
      position: { line, character },
      context: { includeDeclaration },
    })).sort(byPosition);

  it('finds every use of a stage name', async () => {
    assert.deepEqual(await refs(2, 18, true), [r(2, 16, 23), r(6, 5, 12), r(8, 12, 19), r(11, 28, 35)].map((range) => ({ uri, range })));
    assert.deepEqual(await refs(8, 14, false), [r(6, 5, 12), r(8, 12, 19), r(11, 28, 35)].map((range) => ({ uri, range })));
  });

  it('finds the uses of the global ARG and of the stage ARG that imports it, not of another stage', async () => {
    assert.deepEqual(await refs(1, 4, true), [r(1, 4, 5), r(3, 4, 5), r(4, 12, 13), r(4, 22, 23), r(5, 11, 12), r(5, 16, 17)].map((range) => ({ uri, range })));
    assert.deepEqual(await refs(10, 4, false), [r(11, 52, 53)].map((range) => ({ uri, range })));
  });

  it('finds inherited ENV uses in child stages', async () => {
    assert.deepEqual(await refs(4, 5, true), [r(4, 4, 10), r(7, 10, 16)].map((range) => ({ uri, range })));
  });
});
