// Expression editing in workflows and action.yml over the protocol: github.event.* completion from the triggers,
// inputs.* completion, contexts filtered by GitHub's availability table, and signature help for the functions.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';

interface Item {
  label: string;
  kind?: number;
  detail?: string;
  documentation?: { kind: string; value: string };
  textEdit?: { range: Range; newText: string };
}
interface SignatureHelp {
  signatures: { label: string; parameters: { label: [number, number] }[]; activeParameter?: number; documentation?: { value: string } }[];
  activeSignature: number;
  activeParameter: number;
}

const CI = [
  'on: [push, pull_request]',
  'jobs:',
  '  build:',
  '    if: github.event.pull_request.',
  '    runs-on: ${{ s }}',
  '    steps:',
  '      - id: meta',
  '        run: echo ${{ github.event.pull_request.head. }}',
  "      - run: echo ${{ format('{0}, ({1})', contains(github.ref, 'x'), github.sha) }}",
  "        if: startsWith(github.ref, 'refs/tags/') && steps.",
  '',
].join('\n');

const DISPATCH = [
  'on:',
  '  workflow_dispatch:',
  '    inputs:',
  '      environment:',
  '        description: Where to deploy',
  '        type: choice',
  '        options: [staging, production]',
  '      dry-run:',
  '        type: boolean',
  '        default: false',
  'jobs:',
  '  deploy:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo ${{ inputs. }} ${{ github.event. }}',
  '        if: github.event.inputs.',
  '',
].join('\n');

const REUSABLE = [
  'on:',
  '  workflow_call:',
  '    inputs:',
  '      version:',
  '        description: The version to build',
  '        type: string',
  '        required: true',
  '    outputs:',
  '      digest:',
  '        value: ${{  }}',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    outputs:',
  '      digest: ${{ steps.b.outputs.digest }}',
  '    steps:',
  '      - id: b',
  '        run: echo "digest=${{ inputs. }}" >> "$GITHUB_OUTPUT"',
  '      - run: echo ${{ github.event. }}',
  '',
].join('\n');

const ACTION = [
  'name: Greet',
  'description: Says hello',
  'inputs:',
  '  who:',
  '    description: Whom to greet',
  '    default: world',
  'runs:',
  '  using: composite',
  '  steps:',
  '    - run: echo ${{ inputs. }} ${{ toJSON( }}',
  '      shell: bash',
  '',
].join('\n');

describe('LSP: workflow expressions', () => {
  let client: TestClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-wfx-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'greet'), { recursive: true });
    client = new TestClient();
    await client.initialize(dir);
    await client.open(uri('.github/workflows/ci.yml'), 'github-actions-workflow', CI);
    await client.open(uri('.github/workflows/deploy.yml'), 'github-actions-workflow', DISPATCH);
    await client.open(uri('.github/workflows/reusable.yml'), 'github-actions-workflow', REUSABLE);
    await client.open(uri('greet/action.yml'), 'yaml', ACTION);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const textOf = (rel: string) => ({ '.github/workflows/ci.yml': CI, '.github/workflows/deploy.yml': DISPATCH, '.github/workflows/reusable.yml': REUSABLE, 'greet/action.yml': ACTION })[rel]!;
  /** Completion at the caret of `snippet` in the document `rel`. */
  const complete = (rel: string, snippet: string) =>
    client.request<Item[]>('textDocument/completion', { textDocument: { uri: uri(rel) }, position: at(textOf(rel), snippet) });
  const sig = (rel: string, snippet: string) =>
    client.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri: uri(rel) }, position: at(textOf(rel), snippet) });

  it('completes github.event for on: [push, pull_request], in if: and in run:, nested', async () => {
    const inIf = await complete('.github/workflows/ci.yml', 'if: github.event.pull_request.|');
    const title = inIf.find((i) => i.label === 'title')!;
    assert.deepEqual(title.textEdit, { range: rangeAt(CI, 'if: github.event.pull_request.«»'), newText: 'title' });
    assert.equal(title.detail, 'string (pull_request)');
    assert.ok(inIf.some((i) => i.label === 'head') && inIf.some((i) => i.label === 'labels'));
    const head = await complete('.github/workflows/ci.yml', 'head.| }}');
    assert.deepEqual(head.map((i) => [i.label, i.detail]), [
      ['label', 'string (pull_request)'],
      ['ref', 'string (pull_request)'],
      ['repo', 'object | null (pull_request)'],
      ['sha', 'string (pull_request)'],
      ['user', 'object (pull_request)'],
    ]);
    assert.deepEqual(head[3].textEdit, { range: rangeAt(CI, 'head.«» }}'), newText: 'sha' });
  });

  it('offers only the contexts runs-on may read, and earlier steps in a step condition', async () => {
    const runsOn = await complete('.github/workflows/ci.yml', '${{ s| }}');
    assert.deepEqual(runsOn.filter((i) => i.kind === 6).map((i) => i.label), ['github', 'vars', 'strategy', 'matrix', 'needs', 'inputs']);
    assert.deepEqual(runsOn.find((i) => i.label === 'strategy')?.textEdit, { range: rangeAt(CI, '${{ «s» }}'), newText: 'strategy' });
    assert.ok(!runsOn.some((i) => i.label === 'steps' || i.label === 'secrets' || i.label === 'env' || i.label === 'hashFiles' || i.label === 'always'));
    const stepIf = await complete('.github/workflows/ci.yml', '&& steps.|');
    assert.deepEqual(stepIf.map((i) => [i.label, i.textEdit]), [['meta', { range: rangeAt(CI, '&& steps.«»'), newText: 'meta' }]]);
  });

  it('completes the inputs of workflow_dispatch, as inputs.* and github.event.inputs.*', async () => {
    const inputs = await complete('.github/workflows/deploy.yml', 'inputs.| }}');
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [
      ['environment', 'input (choice)', 'Where to deploy\n\ntype: `choice` · options: `staging`, `production` · declared in `on.workflow_dispatch.inputs`'],
      ['dry-run', 'input (boolean)', 'type: `boolean` · default: `false` · declared in `on.workflow_dispatch.inputs`'],
    ]);
    const event = await complete('.github/workflows/deploy.yml', 'github.event.| }}');
    assert.deepEqual(event.map((i) => i.label), ['inputs', 'installation', 'organization', 'ref', 'repository', 'sender', 'workflow']);
    const viaEvent = await complete('.github/workflows/deploy.yml', 'github.event.inputs.|');
    assert.deepEqual(viaEvent.map((i) => [i.label, i.detail]), [
      ['dry-run', 'string'],
      ['environment', 'string'],
    ]);
  });

  it('completes a reusable workflow: its inputs, and jobs only in on.workflow_call.outputs', async () => {
    const inputs = await complete('.github/workflows/reusable.yml', 'inputs.| }}');
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [
      ['version', 'input (string)', 'The version to build\n\ntype: `string` · required · declared in `on.workflow_call.inputs`'],
    ]);
    const output = await complete('.github/workflows/reusable.yml', '${{ | }}');
    assert.deepEqual(output.filter((i) => i.kind === 6).map((i) => i.label), ['github', 'vars', 'jobs', 'inputs']);
    // github.event of a reusable workflow is the caller's: nothing to offer
    assert.deepEqual(await complete('.github/workflows/reusable.yml', 'github.event.| }}'), []);
  });

  it('completes the inputs of an action in its composite steps', async () => {
    const inputs = await complete('greet/action.yml', 'inputs.| }}');
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [['who', 'input', 'Whom to greet\n\ndefault: `world`']]);
  });

  it('gives signature help with the active parameter, through nested calls and strings', async () => {
    const file = '.github/workflows/ci.yml';
    // format('{0}, ({1})', contains(github.ref, 'x'), github.sha)
    const inFormat = (await sig(file, '{0},| ({1})'))!;
    assert.deepEqual(inFormat.signatures.map((s) => s.label), ['format(string: string, replaceValue: any...) -> string']);
    assert.deepEqual([inFormat.activeSignature, inFormat.activeParameter], [0, 0], 'the comma and parentheses in the string do not count');
    assert.match(inFormat.signatures[0].documentation!.value, /^Replaces `\{0\}`/);
    const inContains = (await sig(file, "contains(github.ref,| 'x')"))!;
    assert.deepEqual(inContains.signatures.map((s) => s.label), ['contains(search: string, item: string) -> bool', 'contains(search: array<any>, item: any) -> bool']);
    assert.deepEqual([inContains.activeSignature, inContains.activeParameter], [0, 1]);
    const afterContains = (await sig(file, "'x'),| github.sha"))!;
    assert.equal(afterContains.signatures[0].label, 'format(string: string, replaceValue: any...) -> string');
    assert.equal(afterContains.activeParameter, 1);
    assert.equal(await sig(file, '${{ |format('), null, 'before the call');
    // a bare if: condition
    const inIf = (await sig(file, "startsWith(github.ref,| 'refs"))!;
    assert.deepEqual([inIf.signatures[0].label, inIf.activeParameter], ['startsWith(searchString: string, searchValue: string) -> bool', 1]);
    assert.equal(await sig(file, '&&| steps.'), null, 'after the call');
    // action.yml
    const action = (await sig('greet/action.yml', 'toJSON(|'))!;
    assert.deepEqual([action.signatures[0].label, action.activeParameter], ['toJSON(value: any) -> string', 0]);
  });
});
