// Rename in workflows over the protocol: job ids (keys, `needs:` strings and lists, `needs.<id>` in `if:`,
// in `${{ }}` and inside `run: |` blocks), step ids, matrix keys, and the inputs and outputs of a reusable
// workflow with its callers in other files of the repository; refusals with their reasons.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { applyEdits } from '../../server/src/engine/text';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
type Edit = { range: Range; newText: string };
const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

const CI = [
  'on: push', //                                                                      0
  'jobs:', //                                                                         1
  '  build:', //                                                                      2
  '    runs-on: ubuntu-latest', //                                                    3
  '    strategy:', //                                                                 4
  '      matrix:', //                                                                 5
  '        os: [ubuntu-latest, windows-latest]', //                                   6
  '        include:', //                                                              7
  '          - os: macos-latest', //                                                  8
  '            extra: x', //                                                          9
  '        exclude:', //                                                              10
  '          - os: windows-latest', //                                                11
  '    outputs:', //                                                                  12
  '      v: ${{ steps.ver.outputs.v }}', //                                           13
  '    steps:', //                                                                    14
  '      - id: ver', //                                                               15
  '        run: echo "v=${{ matrix.os }}" >> "$GITHUB_OUTPUT"', //                    16
  '      - id: check', //                                                             17
  "        if: steps.ver.outputs.v != ''", //                                         18
  '        run: echo ${{ steps.ver.outputs.v }}', //                                  19
  '  test:', //                                                                       20
  '    needs: build', //                                                              21
  "    if: needs.build.outputs.v == 'x' && needs['build'].result == 'success'", //    22
  '    runs-on: ubuntu-latest', //                                                    23
  '    steps:', //                                                                    24
  '      - run: |', //                                                                25
  '          echo "${{ needs.build.outputs.v }}"', //                                 26
  "          echo 'needs.build is text'", //                                          27
  '  call:', //                                                                       28
  '    needs: [build, test]', //                                                      29
  '    uses: ./.github/workflows/reusable.yml', //                                    30
  '    with:', //                                                                     31
  '      target: ${{ needs.build.outputs.v }}', //                                    32
  '  after:', //                                                                      33
  '    needs: call', //                                                               34
  '    runs-on: ubuntu-latest', //                                                    35
  '    steps:', //                                                                    36
  '      - run: echo ${{ needs.call.outputs.url }}', //                               37
  '',
].join('\n');

const REUSABLE = [
  'on:', //                                                                           0
  '  workflow_call:', //                                                              1
  '    inputs:', //                                                                   2
  '      target:', //                                                                 3
  '        type: string', //                                                          4
  '      mode:', //                                                                   5
  '        type: string', //                                                          6
  '    outputs:', //                                                                  7
  '      url:', //                                                                    8
  '        value: ${{ jobs.deploy.outputs.url }}', //                                 9
  'jobs:', //                                                                         10
  '  deploy:', //                                                                     11
  '    runs-on: ubuntu-latest', //                                                    12
  '    outputs:', //                                                                  13
  '      url: ${{ steps.d.outputs.url }}', //                                         14
  '    steps:', //                                                                    15
  '      - id: d', //                                                                 16
  '        run: echo "url=${{ inputs.target }}" >> "$GITHUB_OUTPUT"', //              17
  "      - if: ${{ inputs.target != '' }}", //                                        18
  '        run: |', //                                                                19
  '          echo "${{ inputs.target }}"', //                                         20
  '',
].join('\n');

// A second caller, through a self-repository reference ($/), on disk only (never opened).
const OTHER = [
  'on: push', //                                                                      0
  'jobs:', //                                                                         1
  '  c:', //                                                                          2
  '    uses: $/.github/workflows/reusable.yml', //                                    3
  '    with:', //                                                                     4
  '      target: prod', //                                                            5
  '      speed: fast', //                                                             6
  '  d:', //                                                                          7
  '    needs: c', //                                                                  8
  '    runs-on: ubuntu-latest', //                                                    9
  '    steps:', //                                                                    10
  '      - run: echo ${{ needs.c.outputs.url }}', //                                  11
  '',
].join('\n');

describe('LSP: workflow rename', () => {
  let client: TestClient;
  let dir: string;
  let ci: string;
  let reusable: string;
  let other: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-wfrename-'));
    const wf = path.join(dir, '.github/workflows');
    fs.mkdirSync(wf, { recursive: true });
    fs.writeFileSync(path.join(wf, 'ci.yml'), CI);
    fs.writeFileSync(path.join(wf, 'reusable.yml'), REUSABLE);
    fs.writeFileSync(path.join(wf, 'other.yml'), OTHER);
    ci = pathToFileURL(path.join(wf, 'ci.yml')).href;
    reusable = pathToFileURL(path.join(wf, 'reusable.yml')).href;
    other = pathToFileURL(path.join(wf, 'other.yml')).href;
    client = new TestClient();
    await client.initialize(dir);
    await client.open(ci, 'github-actions-workflow', CI);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const prepare = (uri: string, line: number, character: number) => client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: { line, character } });
  const rename = (uri: string, line: number, character: number, newName: string) =>
    client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: { line, character }, newName });
  const edits = (ranges: Range[], newText: string) => ranges.map((range) => ({ range, newText }));
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      return (e as Error).message;
    }
    assert.fail('the rename should be refused');
  };

  it('prepares a rename of a job id on its key, a needs entry and needs.<id> inside a run: | block', async () => {
    assert.deepEqual(await prepare(ci, 2, 4), { range: r(2, 2, 7), placeholder: 'build' });
    assert.deepEqual(await prepare(ci, 29, 13), { range: r(29, 12, 17), placeholder: 'build' });
    assert.deepEqual(await prepare(ci, 26, 28), { range: r(26, 26, 31), placeholder: 'build' });
  });

  it("refuses to prepare a rename off a symbol, inside shell text, or of a property", async () => {
    const nothing = /Only job ids and outputs, step ids, matrix keys and the inputs and outputs of a reusable workflow \(on\.workflow_call\) can be renamed\./;
    assert.match(await refusal(prepare(ci, 3, 6)), nothing);
    assert.match(await refusal(prepare(ci, 27, 22)), nothing, "'needs.build' in shell text is no expression");
    assert.match(await refusal(prepare(ci, 22, 58)), nothing, 'needs.build.result: result is no symbol');
    assert.match(await refusal(prepare(ci, 7, 10)), /"include" is a keyword of the matrix/);
  });

  it('renames a job id: key, needs string and list, needs.<id> in if:, in ${{ }} and in a run: | block', async () => {
    const res = await rename(ci, 21, 12, 'compile');
    assert.deepEqual(Object.keys(res.changes), [ci]);
    assert.deepEqual(res.changes[ci], edits([r(2, 2, 7), r(21, 11, 16), r(22, 14, 19), r(22, 47, 52), r(26, 26, 31), r(29, 12, 17), r(32, 24, 29)], 'compile'));
    const out = applyEdits(CI, res.changes[ci]).split('\n');
    assert.equal(out[22], "    if: needs.compile.outputs.v == 'x' && needs['compile'].result == 'success'");
    assert.equal(out[26], '          echo "${{ needs.compile.outputs.v }}"');
    assert.equal(out[27], "          echo 'needs.build is text'");
  });

  it('refuses invalid and taken job ids', async () => {
    assert.match(await refusal(rename(ci, 2, 3, 'test')), /A job "test" already exists \(line 21\); job ids are compared without case\./);
    assert.match(await refusal(rename(ci, 2, 3, 'TEST')), /A job "test" already exists/);
    assert.match(await refusal(rename(ci, 2, 3, '1st')), /"1st" is not a valid job id: it must start with a letter or _ and contain only alphanumeric characters, - or _\./);
    assert.match(await refusal(rename(ci, 2, 3, 'build.v2')), /not a valid job id/);
  });

  it('renames a step id with its steps.<id> in the same job, in if: and outputs', async () => {
    const res = await rename(ci, 13, 20, 'version');
    assert.deepEqual(res.changes[ci], edits([r(13, 19, 22), r(15, 12, 15), r(18, 18, 21), r(19, 28, 31)], 'version'));
    assert.match(await refusal(rename(ci, 15, 13, 'Check')), /Step 2 of this job already has the id "check"; step ids are compared without case\./);
    assert.match(await refusal(rename(ci, 15, 13, '-x')), /"-x" is not a valid step id/);
  });

  it('renames a matrix key in the rows, include and exclude entries and matrix.<key>', async () => {
    const res = await rename(ci, 16, 33, 'platform');
    assert.deepEqual(res.changes[ci], edits([r(6, 8, 10), r(8, 12, 14), r(11, 12, 14), r(16, 32, 34)], 'platform'));
    assert.match(await refusal(rename(ci, 6, 9, 'extra')), /The matrix of job "build" already has a key "extra"\./);
  });

  it('renames an input of a reusable workflow in it and in its callers (./ and $/), from the callee or a caller', async () => {
    const expected = {
      [reusable]: edits([r(3, 6, 12), r(17, 34, 40), r(18, 23, 29), r(20, 27, 33)], 'environment'),
      [ci]: edits([r(32, 6, 12)], 'environment'),
      [other]: edits([r(5, 6, 12)], 'environment'),
    };
    // From a caller's with: key (the called workflow is read from the disk).
    const fromCaller = await rename(ci, 32, 8, 'environment');
    assert.deepEqual(fromCaller.changes, expected);
    // From the callee, opened.
    await client.open(reusable, 'github-actions-workflow', REUSABLE);
    assert.deepEqual(await prepare(reusable, 20, 30), { range: r(20, 27, 33), placeholder: 'target' });
    assert.deepEqual((await rename(reusable, 3, 7, 'environment')).changes, expected);
    assert.equal(applyEdits(REUSABLE, expected[reusable]).split('\n')[17], '        run: echo "url=${{ inputs.environment }}" >> "$GITHUB_OUTPUT"');
  });

  it('refuses an input name that is taken in the callee or passed already by a caller', async () => {
    assert.match(await refusal(rename(reusable, 3, 7, 'mode')), /on\.workflow_call already has an input "mode"\./);
    assert.match(await refusal(rename(reusable, 3, 7, 'speed')), /Job "c" of other\.yml already passes an input "speed" \(line 7\)\./);
    assert.match(await refusal(rename(reusable, 3, 7, 'my input')), /"my input" is not a valid input name/);
  });

  it('renames an output of a reusable workflow with needs.<caller job>.outputs.<name> in the callers', async () => {
    const expected = {
      [reusable]: edits([r(8, 6, 9)], 'address'),
      [ci]: edits([r(37, 41, 44)], 'address'),
      [other]: edits([r(11, 38, 41)], 'address'),
    };
    assert.deepEqual((await rename(ci, 37, 42, 'address')).changes, expected);
    assert.deepEqual((await rename(reusable, 8, 7, 'address')).changes, expected);
    // A step's output is written by its script: not renamed.
    assert.match(await refusal(rename(ci, 13, 31, 'x')), /Only job ids and outputs, step ids/);
  });

  it("renames a job's output with needs.<id>.outputs.<name>, and jobs.<id>.outputs.<name> apart from the workflow's output", async () => {
    const res = await rename(ci, 13, 6, 'version');
    assert.deepEqual(res.changes, { [ci]: edits([r(13, 6, 7), r(22, 28, 29), r(26, 40, 41), r(32, 38, 39)], 'version') });
    assert.deepEqual((await rename(ci, 26, 40, 'version')).changes, res.changes);
    assert.deepEqual((await rename(reusable, 9, 40, 'link')).changes, { [reusable]: edits([r(9, 39, 42), r(14, 6, 9)], 'link') });
    assert.match(await refusal(rename(reusable, 14, 7, 'bad name')), /"bad name" is not a valid output name/);
  });

  it('renames a job id read through jobs.<id> in on.workflow_call.outputs', async () => {
    const res = await rename(reusable, 11, 4, 'ship');
    assert.deepEqual(res.changes, { [reusable]: edits([r(9, 24, 30), r(11, 2, 8)], 'ship') });
  });
  it('renames a step id of a composite action with steps.<id> in its outputs, and refuses unknown references', async () => {
    const uri = pathToFileURL(path.join(dir, 'act/action.yml')).href;
    const text = [
      'name: a', //                                                      0
      'description: d', //                                               1
      'outputs:', //                                                     2
      '  v:', //                                                         3
      '    value: ${{ steps.make.outputs.v }}', //                       4
      'runs:', //                                                        5
      '  using: composite', //                                           6
      '  steps:', //                                                     7
      "    - id: 'make'", //                                             8
      '      run: echo "v=1" >> "$GITHUB_OUTPUT"', //                    9
      '      shell: bash', //                                            10
      '    - if: steps.make.outcome == steps.gone.outcome', //           11
      '      run: echo ${{ steps.make.outputs.v }}', //                  12
      '      shell: bash', //                                            13
      '',
    ].join('\n');
    await client.open(uri, 'yaml', text);
    const res = await rename(uri, 8, 12, 'build');
    assert.deepEqual(res.changes[uri], edits([r(4, 21, 25), r(8, 11, 15), r(11, 16, 20), r(12, 26, 30)], 'build'));
    assert.equal(applyEdits(text, res.changes[uri]).split('\n')[8], "    - id: 'build'");
    assert.match(await refusal(prepare(uri, 11, 39)), /There is no step with id "gone" in this action\./);
  });
});
