import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, r } from '../helpers/dockerfileSample';

describe('LSP: Dockerfile document highlight', () => {
  let client: TestClient;
  const uri = 'untitled:highlight/Dockerfile';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.documentHighlightProvider, true);
    await client.open(uri, 'dockerfile', NAV_SAMPLE);
  });
  after(() => client.shutdown());

  const hl = async (line: number, character: number) =>
    (await client.request<{ range: ReturnType<typeof r>; kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: { line, character } })).sort(byPosition);

  it('marks declarations as writes and uses as reads', async () => {
    assert.deepEqual(await hl(5, 16), [
      { range: r(1, 4, 5), kind: 3 },
      { range: r(3, 4, 5), kind: 3 },
      { range: r(4, 12, 13), kind: 2 },
      { range: r(4, 22, 23), kind: 2 },
      { range: r(5, 11, 12), kind: 2 },
      { range: r(5, 16, 17), kind: 2 },
    ]);
  });

  it('highlights a stage name and its references', async () => {
    assert.deepEqual(await hl(12, 15), [{ range: r(6, 16, 22), kind: 3 }, { range: r(12, 12, 18), kind: 2 }]);
  });

  it('highlights every use of an undeclared variable in its scope', async () => {
    assert.deepEqual(await hl(5, 30), [{ range: r(5, 28, 32), kind: 2 }]);
  });

  it('highlights nothing on keywords', async () => {
    assert.deepEqual(await hl(5, 1), []);
  });
});
