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
import { at, rangeAt, type Range } from '../helpers/caret';

type Edit = { range: Range; newText: string };

const CI = [
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    strategy:',
  '      matrix:',
  '        os: [ubuntu-latest, windows-latest]',
  '        include:',
  '          - os: macos-latest',
  '            extra: x',
  '        exclude:',
  '          - os: windows-latest',
  '    outputs:',
  '      v: ${{ steps.ver.outputs.v }}',
  '    steps:',
  '      - id: ver',
  '        run: echo "v=${{ matrix.os }}" >> "$GITHUB_OUTPUT"',
  '      - id: check',
  "        if: steps.ver.outputs.v != ''",
  '        run: echo ${{ steps.ver.outputs.v }}',
  '  test:',
  '    needs: build',
  "    if: needs.build.outputs.v == 'x' && needs['build'].result == 'success'",
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: |',
  '          echo "${{ needs.build.outputs.v }}"',
  "          echo 'needs.build is text'",
  '  call:',
  '    needs: [build, test]',
  '    uses: ./.github/workflows/reusable.yml',
  '    with:',
  '      target: ${{ needs.build.outputs.v }}',
  '  after:',
  '    needs: call',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo ${{ needs.call.outputs.url }}',
  '',
].join('\n');

const REUSABLE = [
  'on:',
  '  workflow_call:',
  '    inputs:',
  '      target:',
  '        type: string',
  '      mode:',
  '        type: string',
  '    outputs:',
  '      url:',
  '        value: ${{ jobs.deploy.outputs.url }}',
  'jobs:',
  '  deploy:',
  '    runs-on: ubuntu-latest',
  '    outputs:',
  '      url: ${{ steps.d.outputs.url }}',
  '    steps:',
  '      - id: d',
  '        run: echo "url=${{ inputs.target }}" >> "$GITHUB_OUTPUT"',
  "      - if: ${{ inputs.target != '' }}",
  '        run: |',
  '          echo "${{ inputs.target }}"',
  '',
].join('\n');

// A second caller, through a self-repository reference ($/), on disk only (never opened).
const OTHER = [
  'on: push',
  'jobs:',
  '  c:',
  '    uses: $/.github/workflows/reusable.yml',
  '    with:',
  '      target: prod',
  '      speed: fast',
  '  d:',
  '    needs: c',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo ${{ needs.c.outputs.url }}',
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

  /** Texts of the documents, to find positions in. */
  const texts = new Map<string, string>();
  const textOf = (uri: string) => texts.get(uri) ?? (uri === ci ? CI : uri === reusable ? REUSABLE : OTHER);
  // Not async: a snippet that is not in the text throws here, rather than pass for a refusal.
  const prepare = (uri: string, snippet: string) =>
    client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { textDocument: { uri }, position: at(textOf(uri), snippet) });
  const rename = (uri: string, snippet: string, newName: string) =>
    client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', { textDocument: { uri }, position: at(textOf(uri), snippet), newName });
  const inCI = (snippet: string) => rangeAt(CI, snippet);
  const inReusable = (snippet: string) => rangeAt(REUSABLE, snippet);
  const inOther = (snippet: string) => rangeAt(OTHER, snippet);
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
    assert.deepEqual(await prepare(ci, '  bu|ild:'), { range: inCI('  «build»:'), placeholder: 'build' });
    assert.deepEqual(await prepare(ci, '[b|uild'), { range: inCI('[«build», test]'), placeholder: 'build' });
    assert.deepEqual(await prepare(ci, 'echo "${{ needs.bu|ild'), { range: inCI('echo "${{ needs.«build»'), placeholder: 'build' });
  });

  it("refuses to prepare a rename off a symbol, inside shell text, or of a property", async () => {
    const nothing = /Only job ids and outputs, step ids, matrix keys and the inputs and outputs of a reusable workflow \(on\.workflow_call\) can be renamed\./;
    assert.match(await refusal(prepare(ci, '  build:\n    ru|ns-on')), nothing);
    assert.match(await refusal(prepare(ci, "'needs.|build")), nothing, "'needs.build' in shell text is no expression");
    assert.match(await refusal(prepare(ci, "['build'].res|ult")), nothing, 'needs.build.result: result is no symbol');
    assert.match(await refusal(prepare(ci, 'in|clude:')), /"include" is a keyword of the matrix/);
  });

  it('renames a job id: key, needs string and list, needs.<id> in if:, in ${{ }} and in a run: | block', async () => {
    const res = await rename(ci, 'needs: b|uild', 'compile');
    assert.deepEqual(Object.keys(res.changes), [ci]);
    assert.deepEqual(
      res.changes[ci],
      edits(
        [
          inCI('  «build»:'),
          inCI('needs: «build»'),
          inCI('if: needs.«build»'),
          inCI("needs['«build»']"),
          inCI('echo "${{ needs.«build»'),
          inCI('[«build», test]'),
          inCI('target: ${{ needs.«build»'),
        ],
        'compile',
      ),
    );
    const out = applyEdits(CI, res.changes[ci]).split('\n');
    assert.equal(out[22], "    if: needs.compile.outputs.v == 'x' && needs['compile'].result == 'success'");
    assert.equal(out[26], '          echo "${{ needs.compile.outputs.v }}"');
    assert.equal(out[27], "          echo 'needs.build is text'");
  });

  it('refuses invalid and taken job ids', async () => {
    assert.match(await refusal(rename(ci, '  b|uild:', 'test')), /A job "test" already exists \(line 21\); job ids are compared without case\./);
    assert.match(await refusal(rename(ci, '  b|uild:', 'TEST')), /A job "test" already exists/);
    assert.match(await refusal(rename(ci, '  b|uild:', '1st')), /"1st" is not a valid job id: it must start with a letter or _ and contain only alphanumeric characters, - or _\./);
    assert.match(await refusal(rename(ci, '  b|uild:', 'build.v2')), /not a valid job id/);
  });

  it('renames a step id with its steps.<id> in the same job, in if: and outputs', async () => {
    const res = await rename(ci, 'v: ${{ steps.v|er', 'version');
    assert.deepEqual(
      res.changes[ci],
      edits([inCI('v: ${{ steps.«ver»'), inCI('id: «ver»'), inCI('if: steps.«ver»'), inCI('run: echo ${{ steps.«ver»')], 'version'),
    );
    assert.match(await refusal(rename(ci, 'id: v|er', 'Check')), /Step 2 of this job already has the id "check"; step ids are compared without case\./);
    assert.match(await refusal(rename(ci, 'id: v|er', '-x')), /"-x" is not a valid step id/);
  });

  it('renames a matrix key in the rows, include and exclude entries and matrix.<key>', async () => {
    const res = await rename(ci, 'matrix.o|s', 'platform');
    assert.deepEqual(
      res.changes[ci],
      edits([inCI('«os»: [ubuntu'), inCI('- «os»: macos'), inCI('- «os»: windows'), inCI('matrix.«os»')], 'platform'),
    );
    assert.match(await refusal(rename(ci, 'o|s: [ubuntu', 'extra')), /The matrix of job "build" already has a key "extra"\./);
  });

  it('renames an input of a reusable workflow in it and in its callers (./ and $/), from the callee or a caller', async () => {
    const expected = {
      [reusable]: edits(
        [
          inReusable('«target»:'),
          inReusable('url=${{ inputs.«target»'),
          inReusable('inputs.«target» !='),
          inReusable('echo "${{ inputs.«target»'),
        ],
        'environment',
      ),
      [ci]: edits([inCI('«target»: ${{')], 'environment'),
      [other]: edits([inOther('«target»: prod')], 'environment'),
    };
    // From a caller's with: key (the called workflow is read from the disk).
    const fromCaller = await rename(ci, 'ta|rget: ${{', 'environment');
    assert.deepEqual(fromCaller.changes, expected);
    // From the callee, opened.
    await client.open(reusable, 'github-actions-workflow', REUSABLE);
    assert.deepEqual(await prepare(reusable, 'echo "${{ inputs.tar|get'), { range: inReusable('echo "${{ inputs.«target»'), placeholder: 'target' });
    assert.deepEqual((await rename(reusable, 't|arget:', 'environment')).changes, expected);
    assert.equal(applyEdits(REUSABLE, expected[reusable]).split('\n')[17], '        run: echo "url=${{ inputs.environment }}" >> "$GITHUB_OUTPUT"');
  });

  it('refuses an input name that is taken in the callee or passed already by a caller', async () => {
    assert.match(await refusal(rename(reusable, 't|arget:', 'mode')), /on\.workflow_call already has an input "mode"\./);
    assert.match(await refusal(rename(reusable, 't|arget:', 'speed')), /Job "c" of other\.yml already passes an input "speed" \(line 7\)\./);
    assert.match(await refusal(rename(reusable, 't|arget:', 'my input')), /"my input" is not a valid input name/);
  });

  it('renames an output of a reusable workflow with needs.<caller job>.outputs.<name> in the callers', async () => {
    const expected = {
      [reusable]: edits([inReusable('«url»:\n        value:')], 'address'),
      [ci]: edits([inCI('needs.call.outputs.«url»')], 'address'),
      [other]: edits([inOther('needs.c.outputs.«url»')], 'address'),
    };
    assert.deepEqual((await rename(ci, 'outputs.u|rl', 'address')).changes, expected);
    assert.deepEqual((await rename(reusable, 'u|rl:\n        value:', 'address')).changes, expected);
    // A step's output is written by its script: not renamed.
    assert.match(await refusal(rename(ci, 'v: ${{ steps.ver.outputs.|v', 'x')), /Only job ids and outputs, step ids/);
  });

  it("renames a job's output with needs.<id>.outputs.<name>, and jobs.<id>.outputs.<name> apart from the workflow's output", async () => {
    const res = await rename(ci, '|v: ${{', 'version');
    assert.deepEqual(res.changes, {
      [ci]: edits(
        [
          inCI('«v»: ${{'),
          inCI('needs.build.outputs.«v» =='),
          inCI('outputs.«v» }}"'),
          inCI('target: ${{ needs.build.outputs.«v»'),
        ],
        'version',
      ),
    });
    assert.deepEqual((await rename(ci, 'outputs.|v }}"', 'version')).changes, res.changes);
    assert.deepEqual((await rename(reusable, 'deploy.outputs.u|rl', 'link')).changes, {
      [reusable]: edits([inReusable('deploy.outputs.«url»'), inReusable('«url»: ${{')], 'link'),
    });
    assert.match(await refusal(rename(reusable, 'u|rl: ${{', 'bad name')), /"bad name" is not a valid output name/);
  });

  it('renames a job id read through jobs.<id> in on.workflow_call.outputs', async () => {
    const res = await rename(reusable, '  de|ploy:', 'ship');
    assert.deepEqual(res.changes, { [reusable]: edits([inReusable('jobs.«deploy»'), inReusable('  «deploy»:')], 'ship') });
  });
  it('renames a step id of a composite action with steps.<id> in its outputs, and refuses unknown references', async () => {
    const uri = pathToFileURL(path.join(dir, 'act/action.yml')).href;
    const text = [
      'name: a',
      'description: d',
      'outputs:',
      '  v:',
      '    value: ${{ steps.make.outputs.v }}',
      'runs:',
      '  using: composite',
      '  steps:',
      "    - id: 'make'",
      '      run: echo "v=1" >> "$GITHUB_OUTPUT"',
      '      shell: bash',
      '    - if: steps.make.outcome == steps.gone.outcome',
      '      run: echo ${{ steps.make.outputs.v }}',
      '      shell: bash',
      '',
    ].join('\n');
    texts.set(uri, text);
    const inAction = (snippet: string) => rangeAt(text, snippet);
    await client.open(uri, 'yaml', text);
    const res = await rename(uri, "'m|ake'", 'build');
    assert.deepEqual(
      res.changes[uri],
      edits([inAction('value: ${{ steps.«make»'), inAction("'«make»'"), inAction('if: steps.«make»'), inAction('run: echo ${{ steps.«make»')], 'build'),
    );
    assert.equal(applyEdits(text, res.changes[uri]).split('\n')[8], "    - id: 'build'");
    assert.match(await refusal(prepare(uri, 'steps.g|one')), /There is no step with id "gone" in this action\./);
  });
});
