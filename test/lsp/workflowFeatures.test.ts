// Workflow editing features over the protocol: completion, hover, definition, references, document symbols,
// the script-injection quick fix, rule severities from settings and runner labels from .github/actionlint.yaml.
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
  insertTextFormat?: number;
  textEdit?: { range: Range; newText: string };
}
interface Sym {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: Sym[];
}

const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

const WORKFLOW = [
  'on:', //                                                                    0
  '  push:', //                                                                1
  '  schedule:', //                                                            2
  "    - cron: '0 0 * * 1'", //                                                3
  'jobs:', //                                                                  4
  '  build:', //                                                               5
  '    name: Build it', //                                                     6
  '    runs-on: ubuntu-latest', //                                             7
  '    outputs:', //                                                           8
  '      version: ${{ steps.ver.outputs.version }}', //                        9
  '    steps:', //                                                             10
  '      - uses: ./.github/actions/setup', //                                  11
  '      - id: ver', //                                                        12
  '        run: echo "version=1" >> "$GITHUB_OUTPUT"', //                      13
  '      - uses: actions/setup-python@v5', //                                  14
  '        with:', //                                                          15
  '          cache: pip', //                                                   16
  '  test:', //                                                                17
  '    needs: build', //                                                     18
  '    strategy:', //                                                          19
  '      matrix:', //                                                          20
  "        py: ['3.11', '3.12']", //                                           21
  '    runs-on: ubuntu-latest', //                                             22
  '    steps:', //                                                             23
  '      - run: echo ${{ matrix.py }} ${{ needs.build.outputs.version }}', //  24
  '  call:', //                                                                25
  '    needs: [test]', //                                                      26
  '    uses: ./.github/workflows/reusable.yml', //                             27
  '',
].join('\n');

describe('LSP: workflow editing features', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  let n = 0;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-wf-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.github/actions/setup'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github/actions/setup/action.yml'), 'name: setup\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n');
    fs.writeFileSync(path.join(dir, '.github/workflows/reusable.yml'), 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n');
    fs.writeFileSync(path.join(dir, '.github/actionlint.yaml'), 'self-hosted-runner:\n  labels:\n    - my-gpu\n');
    fs.writeFileSync(path.join(dir, '.github/workflows/ci.yml'), WORKFLOW);
    client = new TestClient();
    await client.initialize(dir);
    uri = pathToFileURL(path.join(dir, '.github/workflows/ci.yml')).href;
    await client.open(uri, 'github-actions-workflow', WORKFLOW);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openVariant(text: string): Promise<string> {
    const u = pathToFileURL(path.join(dir, `.github/workflows/v${n++}.yml`)).href;
    await client.open(u, 'github-actions-workflow', text);
    return u;
  }
  const complete = (u: string, line: number, character: number) => client.request<Item[]>('textDocument/completion', { textDocument: { uri: u }, position: { line, character } });
  const hover = (u: string, line: number, character: number) =>
    client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: u }, position: { line, character } });
  const definition = (line: number, character: number) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri }, position: { line, character } });

  it('completes needs with the other jobs, leaving out itself and jobs that need it', async () => {
    const u = await openVariant(WORKFLOW.replace('    needs: build', '    needs: '));
    const items = await complete(u, 18, 11);
    assert.deepEqual(items.map((i) => i.label), ['build']);
    assert.deepEqual(items[0].textEdit, { range: r(18, 11, 11), newText: 'build' });
    // in a flow sequence
    const u2 = await openVariant(WORKFLOW.replace('    needs: [test]', '    needs: [test, b]'));
    const items2 = await complete(u2, 26, 19);
    assert.deepEqual(items2.map((i) => i.label), ['build']);
    assert.deepEqual(items2[0].textEdit, { range: r(26, 18, 19), newText: 'build' });
  });

  it('completes the inputs of a bundled action in with:', async () => {
    const u = await openVariant(WORKFLOW.replace('          cache: pip', '          py'));
    const items = await complete(u, 16, 12);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('python-version'), labels.join());
    assert.ok(labels.includes('cache'));
    const pv = items.find((i) => i.label === 'python-version')!;
    assert.deepEqual(pv.textEdit, { range: r(16, 10, 12), newText: 'python-version: $0' });
    assert.equal(pv.detail, 'optional input of actions/setup-python');
  });

  it('completes keys from the schema with snippets, and values', async () => {
    const u = await openVariant(WORKFLOW + '  new:\n    ru\n');
    const items = await complete(u, 29, 6);
    const runsOn = items.find((i) => i.label === 'runs-on')!;
    assert.equal(runsOn.insertTextFormat, 2);
    assert.equal(runsOn.detail, 'required');
    assert.deepEqual(runsOn.textEdit?.range, r(29, 4, 6));
    assert.match(runsOn.textEdit!.newText, /^runs-on: \$\{1\|ubuntu-latest,windows-latest,macos-latest,/);
    assert.equal(items.find((i) => i.label === 'steps')?.textEdit?.newText, 'steps:\n  - $0');
    // keys already in the job are not offered again
    const inTest = await complete(await openVariant(WORKFLOW.replace('  test:\n', '  test:\n    ti\n')), 18, 6);
    assert.ok(!inTest.some((i) => i.label === 'runs-on' || i.label === 'needs' || i.label === 'strategy'));
    assert.ok(inTest.some((i) => i.label === 'timeout-minutes'));
    const shell = await complete(await openVariant(WORKFLOW.replace('      - run: echo ${{ matrix.py }}', '      - shell: \n        run: echo ${{ matrix.py }}')), 24, 15);
    assert.deepEqual(shell.map((i) => i.label), ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell']);
    const uses = await complete(await openVariant(WORKFLOW.replace('      - uses: actions/setup-python@v5', '      - uses: actions/setup-py')), 14, 29);
    assert.deepEqual(uses.find((i) => i.label.startsWith('actions/setup-python'))?.textEdit, { range: r(14, 14, 29), newText: 'actions/setup-python@v6' });
    const events = await complete(await openVariant(WORKFLOW.replace('  push:\n', '  push:\n  pull_\n')), 2, 7);
    assert.ok(events.some((i) => i.label === 'pull_request_target' && i.kind === 23));
    assert.ok(!events.some((i) => i.label === 'push'));
  });

  it('completes expressions: contexts, step outputs, needs outputs, matrix keys', async () => {
    const u = await openVariant(WORKFLOW.replace('${{ matrix.py }} ${{ needs.build.outputs.version }}', '${{ matrix. }} ${{ needs.build.outputs. }} ${{ git'));
    assert.deepEqual((await complete(u, 24, 29)).map((i) => i.label), ['py']);
    const outs = await complete(u, 24, 57);
    assert.deepEqual(outs.map((i) => [i.label, i.textEdit?.range]), [['version', r(24, 57, 57)]]);
    const top = await complete(u, 24, 68);
    assert.ok(top.some((i) => i.label === 'github' && i.textEdit?.range.start.character === 65));
    assert.ok(top.some((i) => i.label === 'hashFiles' && i.textEdit?.newText === 'hashFiles($1)'));
    const u2 = await openVariant(WORKFLOW.replace('version: ${{ steps.ver.outputs.version }}', 'version: ${{ steps.ver.outputs. }}'));
    assert.deepEqual((await complete(u2, 9, 38)).map((i) => i.label), ['version']);
  });

  it('hovers keys, cron schedules, actions and functions', async () => {
    const cron = await hover(uri, 3, 15);
    assert.deepEqual(cron, { contents: { kind: 'markdown', value: '`0 0 * * 1`: every Monday at 00:00 UTC' }, range: r(3, 13, 22) });
    const key = await hover(uri, 7, 6);
    assert.deepEqual(key?.range, r(7, 4, 11));
    assert.match(key!.contents.value, /^\*\*runs-on\*\*\n\nUse `runs-on` to define the type of machine/);
    const action = await hover(uri, 14, 20);
    assert.deepEqual(action?.range, r(14, 14, 37));
    assert.match(action!.contents.value, /\*\*actions\/setup-python\*\* — current version `v6`/);
    const input = await hover(uri, 16, 12);
    assert.deepEqual(input, { contents: { kind: 'markdown', value: '**cache** — optional input of `actions/setup-python`' }, range: r(16, 10, 15) });
    const ctx = await hover(uri, 24, 24);
    assert.deepEqual(ctx?.range, r(24, 22, 28));
    assert.match(ctx!.contents.value, /^\*\*matrix\*\* context/);
    const u = await openVariant(WORKFLOW.replace('${{ matrix.py }}', "${{ hashFiles('x') }}"));
    const fn = await hover(u, 24, 25);
    assert.deepEqual(fn?.range, r(24, 22, 31));
    assert.match(fn!.contents.value, /hashFiles\(string\.\.\.\) -> string/);
    const ev = await hover(uri, 1, 4);
    assert.deepEqual(ev?.range, r(1, 2, 6));
    assert.match(ev!.contents.value, /^\*\*push\*\*/);
  });

  it('goes to the definitions of jobs, steps, matrix keys and local files', async () => {
    assert.deepEqual(await definition(18, 12), [{ uri, range: r(5, 2, 7) }]);
    assert.deepEqual(await definition(24, 46), [{ uri, range: r(5, 2, 7) }]);
    assert.deepEqual(await definition(24, 30), [{ uri, range: r(21, 8, 10) }]);
    assert.deepEqual(await definition(9, 26), [{ uri, range: r(12, 12, 15) }]);
    assert.deepEqual(await definition(26, 13), [{ uri, range: r(17, 2, 6) }]);
    const zero = r(0, 0, 0);
    assert.deepEqual(await definition(11, 20), [{ uri: pathToFileURL(path.join(dir, '.github/actions/setup/action.yml')).href, range: zero }]);
    assert.deepEqual(await definition(27, 20), [{ uri: pathToFileURL(path.join(dir, '.github/workflows/reusable.yml')).href, range: zero }]);
  });

  it('goes to the files of self-repository references ($/), and nowhere for a missing one', async () => {
    const u = await openVariant(WORKFLOW.replace('uses: ./.github/actions/setup', 'uses: $/.github/actions/setup').replace('uses: ./.github/workflows/reusable.yml', 'uses: $/.github/workflows/reusable.yml'));
    const def = (line: number, character: number) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri: u }, position: { line, character } });
    const zero = r(0, 0, 0);
    assert.deepEqual(await def(11, 20), [{ uri: pathToFileURL(path.join(dir, '.github/actions/setup/action.yml')).href, range: zero }]);
    assert.deepEqual(await def(27, 20), [{ uri: pathToFileURL(path.join(dir, '.github/workflows/reusable.yml')).href, range: zero }]);
    const missing = await openVariant(WORKFLOW.replace('uses: ./.github/actions/setup', 'uses: $/.github/actions/gone'));
    assert.deepEqual(await client.request('textDocument/definition', { textDocument: { uri: missing }, position: { line: 11, character: 20 } }), []);
  });

  it('finds the references of a job id and of a step id', async () => {
    const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', { textDocument: { uri }, position: { line: 5, character: 3 }, context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((x) => x.range), [r(5, 2, 7), r(18, 11, 16), r(24, 45, 50)]);
    const steps = await client.request<{ uri: string; range: Range }[]>('textDocument/references', { textDocument: { uri }, position: { line: 12, character: 13 }, context: { includeDeclaration: false } });
    assert.deepEqual(steps.map((x) => x.range), [r(9, 25, 28)]);
  });

  it('outlines triggers, jobs (by name) and steps', async () => {
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((s) => s.name), ['on', 'jobs']);
    assert.deepEqual(syms[0].children!.map((s) => s.name), ['push', 'schedule']);
    const jobs = syms[1].children!;
    assert.deepEqual(jobs.map((j) => [j.name, j.detail]), [['Build it', 'build'], ['test', undefined], ['call', './.github/workflows/reusable.yml']]);
    assert.deepEqual(jobs[0].selectionRange, r(5, 2, 7));
    assert.deepEqual(jobs[0].children!.map((s) => s.name), ['./.github/actions/setup', 'ver', 'actions/setup-python@v5']);
    assert.deepEqual(jobs[0].children![1].selectionRange, r(12, 12, 15));
  });

  it('offers the move-to-env fix for script injection', async () => {
    const u = await openVariant('on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n');
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'untrusted-input'));
    const diag = p.diagnostics.find((d) => d.code === 'untrusted-input')!;
    assert.deepEqual(diag.range, r(5, 23, 47));
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const fix = actions.find((a) => a.title.startsWith('Move'))!;
    assert.equal(fix.title, 'Move ${{ github.event.issue.title }} to env as ISSUE_TITLE');
    assert.deepEqual(fix.edit.changes[u], [
      { range: r(5, 18, 51), newText: '"$ISSUE_TITLE"' },
      { range: r(6, 0, 0), newText: '        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n' },
    ]);
  });

  it('applies rule severities from settings to workflow rules, and reads runner labels from .github/actionlint.yaml', async () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-lates\n    steps:\n      - run: echo\n  b:\n    runs-on: my-gpu\n    steps:\n      - run: echo\n';
    const u = await openVariant(text);
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'runner-label'));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['runner-label', 3, 2]]);
    client.settings = { rules: { 'runner-label': 'error' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p2 = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'runner-label' && d.severity === 1));
    assert.deepEqual(p2.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['runner-label', 3, 1]]);
    client.settings = { rules: { 'runner-label': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitDiagnostics(u, (x) => x.diagnostics.length === 0);
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});
