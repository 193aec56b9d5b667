// Expression editing in workflows and action.yml over the protocol: github.event.* completion from the triggers,
// inputs.* completion, contexts filtered by GitHub's availability table, and signature help for the functions.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
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

const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

const CI = [
  'on: [push, pull_request]', //                                                             0
  'jobs:', //                                                                                1
  '  build:', //                                                                             2
  '    if: github.event.pull_request.', //                                                   3
  '    runs-on: ${{ s }}', //                                                                4
  '    steps:', //                                                                           5
  '      - id: meta', //                                                                     6
  '        run: echo ${{ github.event.pull_request.head. }}', //                             7
  "      - run: echo ${{ format('{0}, ({1})', contains(github.ref, 'x'), github.sha) }}", // 8
  "        if: startsWith(github.ref, 'refs/tags/') && steps.", //                           9
  '',
].join('\n');

const DISPATCH = [
  'on:', //                                                    0
  '  workflow_dispatch:', //                                   1
  '    inputs:', //                                            2
  '      environment:', //                                     3
  '        description: Where to deploy', //                   4
  '        type: choice', //                                   5
  '        options: [staging, production]', //                 6
  '      dry-run:', //                                         7
  '        type: boolean', //                                  8
  '        default: false', //                                 9
  'jobs:', //                                                  10
  '  deploy:', //                                              11
  '    runs-on: ubuntu-latest', //                             12
  '    steps:', //                                             13
  '      - run: echo ${{ inputs. }} ${{ github.event. }}', //  14
  '        if: github.event.inputs.', //                       15
  '',
].join('\n');

const REUSABLE = [
  'on:', //                                                         0
  '  workflow_call:', //                                            1
  '    inputs:', //                                                 2
  '      version:', //                                              3
  '        description: The version to build', //                   4
  '        type: string', //                                        5
  '        required: true', //                                      6
  '    outputs:', //                                                7
  '      digest:', //                                               8
  '        value: ${{  }}', //                                      9
  'jobs:', //                                                       10
  '  build:', //                                                    11
  '    runs-on: ubuntu-latest', //                                  12
  '    outputs:', //                                                13
  '      digest: ${{ steps.b.outputs.digest }}', //                 14
  '    steps:', //                                                  15
  '      - id: b', //                                               16
  '        run: echo "digest=${{ inputs. }}" >> "$GITHUB_OUTPUT"', // 17
  '      - run: echo ${{ github.event. }}', //                       18
  '',
].join('\n');

const ACTION = [
  'name: Greet', //                                          0
  'description: Says hello', //                              1
  'inputs:', //                                              2
  '  who:', //                                               3
  '    description: Whom to greet', //                       4
  '    default: world', //                                   5
  'runs:', //                                                6
  '  using: composite', //                                   7
  '  steps:', //                                             8
  '    - run: echo ${{ inputs. }} ${{ toJSON( }}', //        9
  '      shell: bash', //                                    10
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

  const complete = (rel: string, line: number, character: number) =>
    client.request<Item[]>('textDocument/completion', { textDocument: { uri: uri(rel) }, position: { line, character } });
  const sig = (rel: string, line: number, character: number) =>
    client.request<SignatureHelp | null>('textDocument/signatureHelp', { textDocument: { uri: uri(rel) }, position: { line, character } });

  it('completes github.event for on: [push, pull_request], in if: and in run:, nested', async () => {
    const inIf = await complete('.github/workflows/ci.yml', 3, 34);
    const title = inIf.find((i) => i.label === 'title')!;
    assert.deepEqual(title.textEdit, { range: r(3, 34, 34), newText: 'title' });
    assert.equal(title.detail, 'string (pull_request)');
    assert.ok(inIf.some((i) => i.label === 'head') && inIf.some((i) => i.label === 'labels'));
    const head = await complete('.github/workflows/ci.yml', 7, 53);
    assert.deepEqual(head.map((i) => [i.label, i.detail]), [
      ['label', 'string (pull_request)'],
      ['ref', 'string (pull_request)'],
      ['repo', 'object | null (pull_request)'],
      ['sha', 'string (pull_request)'],
      ['user', 'object (pull_request)'],
    ]);
    assert.deepEqual(head[3].textEdit, { range: r(7, 53, 53), newText: 'sha' });
  });

  it('offers only the contexts runs-on may read, and earlier steps in a step condition', async () => {
    const runsOn = await complete('.github/workflows/ci.yml', 4, 18);
    assert.deepEqual(runsOn.filter((i) => i.kind === 6).map((i) => i.label), ['github', 'vars', 'strategy', 'matrix', 'needs', 'inputs']);
    assert.deepEqual(runsOn.find((i) => i.label === 'strategy')?.textEdit, { range: r(4, 17, 18), newText: 'strategy' });
    assert.ok(!runsOn.some((i) => i.label === 'steps' || i.label === 'secrets' || i.label === 'env' || i.label === 'hashFiles' || i.label === 'always'));
    const stepIf = await complete('.github/workflows/ci.yml', 9, 58);
    assert.deepEqual(stepIf.map((i) => [i.label, i.textEdit]), [['meta', { range: r(9, 58, 58), newText: 'meta' }]]);
  });

  it('completes the inputs of workflow_dispatch, as inputs.* and github.event.inputs.*', async () => {
    const inputs = await complete('.github/workflows/deploy.yml', 14, 29);
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [
      ['environment', 'input (choice)', 'Where to deploy\n\ntype: `choice` · options: `staging`, `production` · declared in `on.workflow_dispatch.inputs`'],
      ['dry-run', 'input (boolean)', 'type: `boolean` · default: `false` · declared in `on.workflow_dispatch.inputs`'],
    ]);
    const event = await complete('.github/workflows/deploy.yml', 14, 50);
    assert.deepEqual(event.map((i) => i.label), ['inputs', 'installation', 'organization', 'ref', 'repository', 'sender', 'workflow']);
    const viaEvent = await complete('.github/workflows/deploy.yml', 15, 32);
    assert.deepEqual(viaEvent.map((i) => [i.label, i.detail]), [
      ['dry-run', 'string'],
      ['environment', 'string'],
    ]);
  });

  it('completes a reusable workflow: its inputs, and jobs only in on.workflow_call.outputs', async () => {
    const inputs = await complete('.github/workflows/reusable.yml', 17, 37);
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [
      ['version', 'input (string)', 'The version to build\n\ntype: `string` · required · declared in `on.workflow_call.inputs`'],
    ]);
    const output = await complete('.github/workflows/reusable.yml', 9, 19);
    assert.deepEqual(output.filter((i) => i.kind === 6).map((i) => i.label), ['github', 'vars', 'jobs', 'inputs']);
    // github.event of a reusable workflow is the caller's: nothing to offer
    assert.deepEqual(await complete('.github/workflows/reusable.yml', 18, 35), []);
  });

  it('completes the inputs of an action in its composite steps', async () => {
    const inputs = await complete('greet/action.yml', 9, 27);
    assert.deepEqual(inputs.map((i) => [i.label, i.detail, i.documentation?.value]), [['who', 'input', 'Whom to greet\n\ndefault: `world`']]);
  });

  it('gives signature help with the active parameter, through nested calls and strings', async () => {
    const file = '.github/workflows/ci.yml';
    // format('{0}, ({1})', contains(github.ref, 'x'), github.sha)
    const inFormat = (await sig(file, 8, 34))!;
    assert.deepEqual(inFormat.signatures.map((s) => s.label), ['format(string: string, replaceValue: any...) -> string']);
    assert.deepEqual([inFormat.activeSignature, inFormat.activeParameter], [0, 0], 'the comma and parentheses in the string do not count');
    assert.match(inFormat.signatures[0].documentation!.value, /^Replaces `\{0\}`/);
    const inContains = (await sig(file, 8, 63))!;
    assert.deepEqual(inContains.signatures.map((s) => s.label), ['contains(search: string, item: string) -> bool', 'contains(search: array<any>, item: any) -> bool']);
    assert.deepEqual([inContains.activeSignature, inContains.activeParameter], [0, 1]);
    const afterContains = (await sig(file, 8, 69))!;
    assert.equal(afterContains.signatures[0].label, 'format(string: string, replaceValue: any...) -> string');
    assert.equal(afterContains.activeParameter, 1);
    assert.equal(await sig(file, 8, 22), null, 'before the call');
    // a bare if: condition
    const inIf = (await sig(file, 9, 34))!;
    assert.deepEqual([inIf.signatures[0].label, inIf.activeParameter], ['startsWith(searchString: string, searchValue: string) -> bool', 1]);
    assert.equal(await sig(file, 9, 51), null, 'after the call');
    // action.yml
    const action = (await sig('greet/action.yml', 9, 42))!;
    assert.deepEqual([action.signatures[0].label, action.activeParameter], ['toJSON(value: any) -> string', 0]);
  });
});
