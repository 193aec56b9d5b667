import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, navAt, navRange } from '../helpers/dockerfileSample';

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

  const refs = async (snippet: string, includeDeclaration: boolean) =>
    (await client.request<{ uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]>('textDocument/references', {
      textDocument: { uri },
      position: navAt(snippet),
      context: { includeDeclaration },
    })).sort(byPosition);

  it('finds every use of a stage name', async () => {
    assert.deepEqual(await refs('AS bu|ilder', true), [navRange('AS «builder»'), navRange('FROM «builder» AS'), navRange('--from=«builder» /out'), navRange('from=«builder»,target')].map((range) => ({ uri, range })));
    assert.deepEqual(await refs('--from=bu|ilder /out', false), [navRange('FROM «builder» AS'), navRange('--from=«builder» /out'), navRange('from=«builder»,target')].map((range) => ({ uri, range })));
  });

  it('finds the uses of the global ARG and of the stage ARG that imports it, not of another stage', async () => {
    assert.deepEqual(await refs('ARG |X=global', true), [navRange('ARG «X»=global'), navRange('ARG «X»\n'), navRange('=$«X» OTHER'), navRange('${«X»:-d}'), navRange('echo "$«X»"'), navRange('${«X»} &&')].map((range) => ({ uri, range })));
    assert.deepEqual(await refs('ARG |X=local', false), [navRange('/c echo $«X»')].map((range) => ({ uri, range })));
  });

  it('finds inherited ENV uses in child stages', async () => {
    assert.deepEqual(await refs('ENV P|ATH_X', true), [navRange('ENV «PATH_X»'), navRange('echo $«PATH_X»')].map((range) => ({ uri, range })));
  });
});
