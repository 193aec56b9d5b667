import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { NAV_SAMPLE, navAt, navRange } from '../helpers/dockerfileSample';

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

  const def = (snippet: string) => client.request<{ uri: string; range: unknown }[]>('textDocument/definition', { textDocument: { uri }, position: navAt(snippet) });

  it('goes from a variable use to the ARG in effect in its stage', async () => {
    assert.deepEqual(await def('echo "$|X"'), [{ uri, range: navRange('ARG «X»\n') }]);
    assert.deepEqual(await def('${X|:-d}'), [{ uri, range: navRange('ARG «X»\n') }], 'cursor right after ${X');
    assert.deepEqual(await def('/c echo $|X'), [{ uri, range: navRange('ARG «X»=local') }], 'the other stage has its own ARG X');
  });

  it('goes from a FROM-line variable to the global ARG', async () => {
    assert.deepEqual(await def('${B|ASE}'), [{ uri, range: navRange('ARG «BASE»') }]);
  });

  it('follows ENV inherited from a parent stage', async () => {
    assert.deepEqual(await def('echo $PA|TH_X'), [{ uri, range: navRange('ENV «PATH_X»') }]);
  });

  it('goes from stage references to the stage name', async () => {
    assert.deepEqual(await def('--from=bu|ilder /out'), [{ uri, range: navRange('AS «builder»') }]);
    assert.deepEqual(await def('FROM bu|ilder AS'), [{ uri, range: navRange('AS «builder»') }]);
    assert.deepEqual(await def('from=bu|ilder,target'), [{ uri, range: navRange('AS «builder»') }]);
    assert.deepEqual(await def('--from=t|ester'), [{ uri, range: navRange('AS «tester»') }]);
  });

  it('finds nothing for undeclared variables and plain words', async () => {
    assert.deepEqual(await def('$H|OME'), []);
    assert.deepEqual(await def('RUN e|cho "$X"'), []);
  });
});
