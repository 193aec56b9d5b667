import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { NAV_SAMPLE, r } from '../helpers/dockerfileSample';

describe('LSP: Dockerfile go to definition', () => {
  let client: TestClient;
  const uri = 'untitled:definition/Dockerfile';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.equal(init.capabilities.definitionProvider, true);
    await client.open(uri, 'dockerfile', NAV_SAMPLE);
  });
  after(() => client.shutdown());

  const def = (line: number, character: number) => client.request<{ uri: string; range: unknown }[]>('textDocument/definition', { textDocument: { uri }, position: { line, character } });

  it('goes from a variable use to the ARG in effect in its stage', async () => {
    assert.deepEqual(await def(5, 11), [{ uri, range: r(3, 4, 5) }]);
    assert.deepEqual(await def(4, 23), [{ uri, range: r(3, 4, 5) }], 'cursor right after ${X');
    assert.deepEqual(await def(11, 52), [{ uri, range: r(10, 4, 5) }], 'the other stage has its own ARG X');
  });

  it('goes from a FROM-line variable to the global ARG', async () => {
    assert.deepEqual(await def(2, 8), [{ uri, range: r(0, 4, 8) }]);
  });

  it('follows ENV inherited from a parent stage', async () => {
    assert.deepEqual(await def(7, 12), [{ uri, range: r(4, 4, 10) }]);
  });

  it('goes from stage references to the stage name', async () => {
    assert.deepEqual(await def(8, 14), [{ uri, range: r(2, 16, 23) }]);
    assert.deepEqual(await def(6, 7), [{ uri, range: r(2, 16, 23) }]);
    assert.deepEqual(await def(11, 30), [{ uri, range: r(2, 16, 23) }]);
    assert.deepEqual(await def(12, 13), [{ uri, range: r(6, 16, 22) }]);
  });

  it('finds nothing for undeclared variables and plain words', async () => {
    assert.deepEqual(await def(5, 29), []);
    assert.deepEqual(await def(5, 5), []);
  });
});
