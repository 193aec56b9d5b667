import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, r } from '../helpers/dockerfileSample';
import { applyEdits } from '../../server/src/engine/text';

type Edit = { range: ReturnType<typeof r>; newText: string };

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

  const rename = async (line: number, character: number, newName: string) => {
    const res = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName });
    return res.changes[uri].sort(byPosition);
  };
  const renameError = async (line: number, character: number, newName: string) => {
    try {
      await client.request('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName });
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail('rename should be refused');
  };

  it('prepares a rename with the range and name under the cursor', async () => {
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 8, character: 15 } }), { range: r(8, 12, 19), placeholder: 'builder' });
    assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 4, character: 22 } }), { range: r(4, 22, 23), placeholder: 'X' });
  });

  it('refuses to prepare a rename of keywords and undeclared variables', async () => {
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 5, character: 1 } }), /Only ARG\/ENV variables and stage names can be renamed/);
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 5, character: 30 } }), /HOME is not declared/);
  });

  it('renames a stage in FROM AS, FROM, COPY --from and RUN --mount from=', async () => {
    const edits = await rename(6, 8, 'compile');
    assert.deepEqual(edits, [r(2, 16, 23), r(6, 5, 12), r(8, 12, 19), r(11, 28, 35)].map((range) => ({ range, newText: 'compile' })));
    const out = applyEdits(NAV_SAMPLE, edits);
    assert.match(out, /FROM \$\{BASE\} AS compile\nARG X/);
    assert.match(out, /--mount=type=cache,from=compile,target=\/c/);
  });

  it('renames an ARG with its $X, ${X} and ${X:-d} uses in its scope only', async () => {
    const edits = await rename(3, 4, 'PY_VERSION');
    assert.deepEqual(edits, [r(1, 4, 5), r(3, 4, 5), r(4, 12, 13), r(4, 22, 23), r(5, 11, 12), r(5, 16, 17)].map((range) => ({ range, newText: 'PY_VERSION' })));
    const out = applyEdits(NAV_SAMPLE, edits).split('\n');
    assert.equal(out[4], 'ENV PATH_X=$PY_VERSION OTHER=${PY_VERSION:-d}');
    assert.equal(out[5], 'RUN echo "$PY_VERSION" ${PY_VERSION} && echo $HOME');
    assert.equal(out[10], 'ARG X=local', 'the other stage keeps its own X');
    assert.deepEqual(await rename(11, 53, 'Y'), [r(10, 4, 5), r(11, 52, 53)].map((range) => ({ range, newText: 'Y' })));
  });

  it('refuses invalid and conflicting names', async () => {
    assert.match(await renameError(2, 17, 'tester'), /A stage named "tester" already exists \(line 7\)/);
    assert.match(await renameError(2, 17, 'TESTER'), /already exists/);
    assert.match(await renameError(2, 17, 'alpine'), /"alpine" is used as an image or build context on line 10/);
    assert.match(await renameError(2, 17, '1st'), /not a valid stage name/);
    assert.match(await renameError(2, 17, 'a b'), /not a valid stage name/);
    assert.match(await renameError(3, 4, 'PATH_X'), /"PATH_X" is already used on line 5/);
    assert.match(await renameError(3, 4, 'HOME'), /"HOME" is already used on line 6/);
    assert.match(await renameError(3, 4, 'TARGETARCH'), /predefined build arg/);
    assert.match(await renameError(3, 4, '9x'), /not a valid variable name/);
    assert.match(await renameError(10, 4, 'BASE'), /"BASE" is a global ARG/);
  });
});
