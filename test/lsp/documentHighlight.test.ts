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

describe('LSP: workflow and Compose document highlight', () => {
  let client: TestClient;
  const wf = 'untitled:highlight/.github/workflows/ci.yml';
  const compose = 'untitled:highlight/compose.yaml';
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(
      wf,
      'github-actions-workflow',
      [
        'on: push',
        'jobs:',
        '  build:', // 2
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - id: ver', // 5
        '        run: echo "v=1" >> "$GITHUB_OUTPUT"',
        '      - run: echo "${{ steps.ver.outputs.v }}"', // 7
        '  test:',
        '    needs: [build]', // 9
        "    if: needs.build.result == 'success'", // 10
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "${{ needs.build.outputs }}"', // 13
        '',
      ].join('\n'),
    );
    await client.open(compose, 'dockercompose', 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    links:\n      - db\n  db:\n    image: postgres:16\n');
  });
  after(() => client.shutdown());

  const hl = async (uri: string, line: number, character: number) =>
    (await client.request<{ range: ReturnType<typeof r>; kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: { line, character } })).sort(byPosition);

  it('a job id: its key written, needs: and needs.<id> read', async () => {
    const want = [
      { range: r(2, 2, 7), kind: 3 },
      { range: r(9, 12, 17), kind: 2 },
      { range: r(10, 14, 19), kind: 2 },
      { range: r(13, 29, 34), kind: 2 },
    ];
    assert.deepEqual(await hl(wf, 2, 4), want);
    assert.deepEqual(await hl(wf, 10, 16), want);
  });

  it('a step id: its id written, steps.<id> read; nothing on other keys', async () => {
    assert.deepEqual(await hl(wf, 7, 30), [{ range: r(5, 12, 15), kind: 3 }, { range: r(7, 29, 32), kind: 2 }]);
    assert.deepEqual(await hl(wf, 3, 6), []);
  });

  it('a Compose service: its key written, depends_on and links read', async () => {
    const want = [{ range: r(3, 17, 19), kind: 2 }, { range: r(5, 8, 10), kind: 2 }, { range: r(6, 2, 4), kind: 3 }];
    assert.deepEqual(await hl(compose, 6, 3), want);
    assert.deepEqual(await hl(compose, 3, 18), want);
    assert.deepEqual(await hl(compose, 2, 6), []);
  });
});
