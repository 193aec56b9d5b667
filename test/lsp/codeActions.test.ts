import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { applyEdits } from '../../server/src/engine/text';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: { code?: string }[];
  edit?: { changes: Record<string, { range: never; newText: string }[]> };
}

describe('LSP: code actions', () => {
  let client: TestClient;
  before(async () => {
    client = new TestClient();
    await client.initialize();
  });
  after(() => client.shutdown());

  it('offers the rule fix and an ignore comment for a Dockerfile finding', async () => {
    const uri = 'untitled:Dockerfile';
    const text = 'FROM python:3.12-slim\nENTRYPOINT []\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n';
    await client.open(uri, 'dockerfile', text);
    const p = await client.latest(uri);
    const diag = p.diagnostics.find((d) => d.code === 'JSONArgsRecommended')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const fix = actions.find((a) => a.title === 'Convert CMD to exec form');
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(applyEdits(text, fix.edit!.changes[uri]), 'FROM python:3.12-slim\nENTRYPOINT []\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n');

    const ignore = actions.find((a) => a.title === 'Ignore JSONArgsRecommended for this instruction');
    assert.ok(ignore);
    const ignored = applyEdits(text, ignore.edit!.changes[uri]);
    assert.equal(ignored, 'FROM python:3.12-slim\nENTRYPOINT []\n# hadolint ignore=JSONArgsRecommended\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n');
    // The ignore comment really silences it.
    client.change(uri, [{ text: ignored }]);
    const after = await client.latest(uri);
    assert.ok(!after.diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
  });

  it('offers only the ignore comment when the fix could change what the image runs (unknown base image ENTRYPOINT)', async () => {
    const uri = 'untitled:Dockerfile3';
    const text = 'FROM nginx:1.27\nCMD nginx -g daemon\n';
    await client.open(uri, 'dockerfile', text);
    const p = await client.latest(uri);
    const diag = p.diagnostics.find((d) => d.code === 'JSONArgsRecommended')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
    assert.deepEqual(actions.map((a) => a.title), ['Ignore JSONArgsRecommended for this instruction']);
  });

  it('adds to an existing ignore comment instead of stacking another', async () => {
    const uri = 'untitled:Dockerfile2';
    const text = 'FROM scratch\n# hadolint ignore=DL3011\nCMD echo hi\n';
    await client.open(uri, 'dockerfile', text);
    const p = await client.latest(uri);
    const diag = p.diagnostics.find((d) => d.code === 'JSONArgsRecommended')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
    const ignore = actions.find((a) => a.title.startsWith('Ignore'))!;
    assert.equal(applyEdits(text, ignore.edit!.changes[uri]), 'FROM scratch\n# hadolint ignore=DL3011,JSONArgsRecommended\nCMD echo hi\n');
  });

  it('offers the typo fix for an unknown workflow key', async () => {
    const uri = 'file:///tmp/slipway-none/.github/workflows/ci.yml';
    const text = 'on: push\njob:\n  a:\n    runs-on: ubuntu-latest\n';
    await client.open(uri, 'yaml', text);
    const p = await client.latest(uri);
    const diag = p.diagnostics.find((d) => d.code === 'unknown-key')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diag.range, context: { diagnostics: [diag] } });
    assert.deepEqual(actions.map((a) => a.title), ['Change to "jobs"']);
    assert.equal(applyEdits(text, actions[0].edit!.changes[uri]), text.replace('job:', 'jobs:'));
  });

  it('answers for unknown documents without failing', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: 'file:///nowhere/Dockerfile' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});
