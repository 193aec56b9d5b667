import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { byPosition, NAV_SAMPLE, navAt, navRange, type Range } from '../helpers/dockerfileSample';
import { at, rangeAt } from '../helpers/caret';

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

  const hl = async (snippet: string) =>
    (await client.request<{ range: Range; kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: navAt(snippet) })).sort(byPosition);

  it('marks declarations as writes and uses as reads', async () => {
    assert.deepEqual(await hl('${|X} &&'), [
      { range: navRange('ARG «X»=global'), kind: 3 },
      { range: navRange('ARG «X»\n'), kind: 3 },
      { range: navRange('=$«X» OTHER'), kind: 2 },
      { range: navRange('${«X»:-d}'), kind: 2 },
      { range: navRange('echo "$«X»"'), kind: 2 },
      { range: navRange('${«X»} &&'), kind: 2 },
    ]);
  });

  it('highlights a stage name and its references', async () => {
    assert.deepEqual(await hl('--from=tes|ter'), [{ range: navRange('AS «tester»'), kind: 3 }, { range: navRange('--from=«tester»'), kind: 2 }]);
  });

  it('highlights every use of an undeclared variable in its scope', async () => {
    assert.deepEqual(await hl('$HO|ME'), [{ range: navRange('$«HOME»'), kind: 2 }]);
  });

  it('highlights nothing on keywords', async () => {
    assert.deepEqual(await hl('R|UN echo "$X"'), []);
  });
});

describe('LSP: workflow and Compose document highlight', () => {
  let client: TestClient;
  const wf = 'untitled:highlight/.github/workflows/ci.yml';
  const compose = 'untitled:highlight/compose.yaml';
  const wfText = [
    'on: push',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - id: ver',
    '        run: echo "v=1" >> "$GITHUB_OUTPUT"',
    '      - run: echo "${{ steps.ver.outputs.v }}"',
    '  test:',
    '    needs: [build]',
    "    if: needs.build.result == 'success'",
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo "${{ needs.build.outputs }}"',
    '',
  ].join('\n');
  const composeText = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n    links:\n      - db\n  db:\n    image: postgres:16\n';
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(wf, 'github-actions-workflow', wfText);
    await client.open(compose, 'dockercompose', composeText);
  });
  after(() => client.shutdown());

  const hl = async (uri: string, text: string, snippet: string) =>
    (await client.request<{ range: Range; kind: number }[]>('textDocument/documentHighlight', { textDocument: { uri }, position: at(text, snippet) })).sort(byPosition);

  it('a job id: its key written, needs: and needs.<id> read', async () => {
    const want = [
      { range: rangeAt(wfText, '  «build»:'), kind: 3 },
      { range: rangeAt(wfText, 'needs: [«build»]'), kind: 2 },
      { range: rangeAt(wfText, 'if: needs.«build».result'), kind: 2 },
      { range: rangeAt(wfText, '${{ needs.«build».outputs'), kind: 2 },
    ];
    assert.deepEqual(await hl(wf, wfText, '  bu|ild:'), want);
    assert.deepEqual(await hl(wf, wfText, 'if: needs.bu|ild'), want);
  });

  it('a step id: its id written, steps.<id> read; nothing on other keys', async () => {
    assert.deepEqual(await hl(wf, wfText, 'steps.v|er'), [{ range: rangeAt(wfText, 'id: «ver»'), kind: 3 }, { range: rangeAt(wfText, 'steps.«ver».outputs'), kind: 2 }]);
    assert.deepEqual(await hl(wf, wfText, 'build:\n    ru|ns-on'), []);
  });

  it('a Compose service: its key written, depends_on and links read', async () => {
    const want = [
      { range: rangeAt(composeText, 'depends_on: [«db»]'), kind: 2 },
      { range: rangeAt(composeText, '- «db»'), kind: 2 },
      { range: rangeAt(composeText, '  «db»:'), kind: 3 },
    ];
    assert.deepEqual(await hl(compose, composeText, '  d|b:'), want);
    assert.deepEqual(await hl(compose, composeText, '[d|b]'), want);
    assert.deepEqual(await hl(compose, composeText, 'im|age: nginx'), []);
  });
});
