import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, navAt, navRange, type Range } from '../helpers/dockerfileSample';
import { applyEdits } from '../../server/src/engine/text';

type Edit = { range: Range; newText: string };

describe('LSP: Dockerfile rename', () => {
  let client: TestClient;
  const uri = 'untitled:rename/Dockerfile';
  before(async () => {
    client = new TestClient();
    const init = await client.initialize();
    assert.deepEqual(init.capabilities.renameProvider, { prepareProvider: true });
    await client.open(uri, 'dockerfile', NAV_SAMPLE);
  });
  after(() => client.shutdown());

  const rename = async (snippet: string, newName: string) => {
    const res = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: navAt(snippet), newName });
    return res.changes[uri].sort(byPosition);
  };
  const renameError = async (snippet: string, newName: string) => {
    try {
      await client.request('textDocument/rename', { textDocument: { uri }, position: navAt(snippet), newName });
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail('rename should be refused');
  };

  it('prepares a rename with the range and name under the cursor', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: navAt('--from=bui|lder /out') }), { range: navRange('--from=«builder» /out'), placeholder: 'builder' });
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: navAt('${|X:-d}') }), { range: navRange('${«X»:-d}'), placeholder: 'X' });
  });

  it('refuses to prepare a rename of keywords and undeclared variables', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: navAt('R|UN echo "$X"') }), /Only ARG\/ENV variables and stage names can be renamed/);
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: navAt('$HO|ME') }), /HOME is not declared/);
  });

  it('renames a stage in FROM AS, FROM, COPY --from and RUN --mount from=', async () => {
    const edits = await rename('FROM bui|lder AS', 'compile');
    assert.deepEqual(edits, [navRange('AS «builder»'), navRange('FROM «builder» AS'), navRange('--from=«builder» /out'), navRange('from=«builder»,target')].map((range) => ({ range, newText: 'compile' })));
    const out = applyEdits(NAV_SAMPLE, edits);
    assert.match(out, /FROM \$\{BASE\} AS compile\nARG X/);
    assert.match(out, /--mount=type=cache,from=compile,target=\/c/);
  });

  it('renames an ARG with its $X, ${X} and ${X:-d} uses in its scope only', async () => {
    const edits = await rename('ARG |X\n', 'PY_VERSION');
    assert.deepEqual(edits, [navRange('ARG «X»=global'), navRange('ARG «X»\n'), navRange('=$«X» OTHER'), navRange('${«X»:-d}'), navRange('echo "$«X»"'), navRange('${«X»} &&')].map((range) => ({ range, newText: 'PY_VERSION' })));
    const out = applyEdits(NAV_SAMPLE, edits).split('\n');
    assert.equal(out[4], 'ENV PATH_X=$PY_VERSION OTHER=${PY_VERSION:-d}');
    assert.equal(out[5], 'RUN echo "$PY_VERSION" ${PY_VERSION} && echo $HOME');
    assert.equal(out[10], 'ARG X=local', 'the other stage keeps its own X');
    assert.deepEqual(await rename('/c echo $X|', 'Y'), [navRange('ARG «X»=local'), navRange('/c echo $«X»')].map((range) => ({ range, newText: 'Y' })));
  });

  it('refuses invalid and conflicting names', async () => {
    assert.match(await renameError('AS b|uilder', 'tester'), /A stage named "tester" already exists \(line 7\)/);
    assert.match(await renameError('AS b|uilder', 'TESTER'), /already exists/);
    assert.match(await renameError('AS b|uilder', 'alpine'), /"alpine" is used as an image or build context on line 10/);
    assert.match(await renameError('AS b|uilder', '1st'), /not a valid stage name/);
    assert.match(await renameError('AS b|uilder', 'a b'), /not a valid stage name/);
    assert.match(await renameError('ARG |X\n', 'PATH_X'), /"PATH_X" is already used on line 5/);
    assert.match(await renameError('ARG |X\n', 'HOME'), /"HOME" is already used on line 6/);
    assert.match(await renameError('ARG |X\n', 'TARGETARCH'), /predefined build arg/);
    assert.match(await renameError('ARG |X\n', '9x'), /not a valid variable name/);
    assert.match(await renameError('ARG |X=local', 'BASE'), /"BASE" is a global ARG/);
  });
});
