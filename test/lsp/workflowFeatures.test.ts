// Workflow editing features over the protocol: completion, hover, definition, references, document symbols,
// the script-injection quick fix, rule severities from settings and runner labels from .github/actionlint.yaml.
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

const WORKFLOW = [
  'on:',
  '  push:',
  '  schedule:',
  "    - cron: '0 0 * * 1'",
  'jobs:',
  '  build:',
  '    name: Build it',
  '    runs-on: ubuntu-latest',
  '    outputs:',
  '      version: ${{ steps.ver.outputs.version }}',
  '    steps:',
  '      - uses: ./.github/actions/setup',
  '      - id: ver',
  '        run: echo "version=1" >> "$GITHUB_OUTPUT"',
  '      - uses: actions/setup-python@v5',
  '        with:',
  '          cache: pip',
  '  test:',
  '    needs: build',
  '    strategy:',
  '      matrix:',
  "        py: ['3.11', '3.12']",
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo ${{ matrix.py }} ${{ needs.build.outputs.version }}',
  '  call:',
  '    needs: [test]',
  '    uses: ./.github/workflows/reusable.yml',
  '',
].join('\n');
const range = (snippet: string) => rangeAt(WORKFLOW, snippet);
/** The first line of a file a definition goes to. */
const FILE_START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** An open document and its text, to find positions in. */
interface Doc {
  uri: string;
  text: string;
}

describe('LSP: workflow editing features', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  let doc: Doc;
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
    doc = { uri, text: WORKFLOW };
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function openVariant(text: string): Promise<Doc> {
    const u = pathToFileURL(path.join(dir, `.github/workflows/v${n++}.yml`)).href;
    await client.open(u, 'github-actions-workflow', text);
    return { uri: u, text };
  }
  const complete = (d: Doc, snippet: string) => client.request<Item[]>('textDocument/completion', { textDocument: { uri: d.uri }, position: at(d.text, snippet) });
  const hover = (d: Doc, snippet: string) =>
    client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: d.uri }, position: at(d.text, snippet) });
  const definition = (d: Doc, snippet: string) => client.request<{ uri: string; range: Range }[]>('textDocument/definition', { textDocument: { uri: d.uri }, position: at(d.text, snippet) });

  it('completes needs with the other jobs, leaving out itself and jobs that need it', async () => {
    const u = await openVariant(WORKFLOW.replace('    needs: build', '    needs: '));
    const items = await complete(u, 'needs: |\n');
    assert.deepEqual(items.map((i) => i.label), ['build']);
    assert.deepEqual(items[0].textEdit, { range: rangeAt(u.text, 'needs: «»\n'), newText: 'build' });
    // in a flow sequence
    const u2 = await openVariant(WORKFLOW.replace('    needs: [test]', '    needs: [test, b]'));
    const items2 = await complete(u2, 'needs: [test, b|]');
    assert.deepEqual(items2.map((i) => i.label), ['build']);
    assert.deepEqual(items2[0].textEdit, { range: rangeAt(u2.text, 'needs: [test, «b»]'), newText: 'build' });
  });

  it('completes the inputs of a bundled action in with:', async () => {
    const u = await openVariant(WORKFLOW.replace('          cache: pip', '          py'));
    const items = await complete(u, 'with:\n          py|');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('python-version'), labels.join());
    assert.ok(labels.includes('cache'));
    const pv = items.find((i) => i.label === 'python-version')!;
    assert.deepEqual(pv.textEdit, { range: rangeAt(u.text, 'with:\n          «py»'), newText: 'python-version: $0' });
    assert.equal(pv.detail, 'optional input of actions/setup-python');
  });

  it('completes keys from the schema with snippets, and values', async () => {
    const u = await openVariant(WORKFLOW + '  new:\n    ru\n');
    const items = await complete(u, '  new:\n    ru|');
    const runsOn = items.find((i) => i.label === 'runs-on')!;
    assert.equal(runsOn.insertTextFormat, 2);
    assert.equal(runsOn.detail, 'required');
    assert.deepEqual(runsOn.textEdit?.range, rangeAt(u.text, '  new:\n    «ru»'));
    assert.match(runsOn.textEdit!.newText, /^runs-on: \$\{1\|ubuntu-latest,windows-latest,macos-latest,/);
    assert.equal(items.find((i) => i.label === 'steps')?.textEdit?.newText, 'steps:\n  - $0');
    // keys already in the job are not offered again
    const inTest = await complete(await openVariant(WORKFLOW.replace('  test:\n', '  test:\n    ti\n')), 'test:\n    ti|');
    assert.ok(!inTest.some((i) => i.label === 'runs-on' || i.label === 'needs' || i.label === 'strategy'));
    assert.ok(inTest.some((i) => i.label === 'timeout-minutes'));
    const shell = await complete(await openVariant(WORKFLOW.replace('      - run: echo ${{ matrix.py }}', '      - shell: \n        run: echo ${{ matrix.py }}')), '- shell: |\n');
    assert.deepEqual(shell.map((i) => i.label), ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell']);
    const usesDoc = await openVariant(WORKFLOW.replace('      - uses: actions/setup-python@v5', '      - uses: actions/setup-py'));
    const uses = await complete(usesDoc, 'actions/setup-p|y\n');
    assert.deepEqual(uses.find((i) => i.label.startsWith('actions/setup-python'))?.textEdit, { range: rangeAt(usesDoc.text, 'uses: «actions/setup-p»y\n'), newText: 'actions/setup-python@v6' });
    const events = await complete(await openVariant(WORKFLOW.replace('  push:\n', '  push:\n  pull_\n')), '  pull_|\n');
    assert.ok(events.some((i) => i.label === 'pull_request_target' && i.kind === 23));
    assert.ok(!events.some((i) => i.label === 'push'));
  });

  it('completes expressions: contexts, step outputs, needs outputs, matrix keys', async () => {
    const u = await openVariant(WORKFLOW.replace('${{ matrix.py }} ${{ needs.build.outputs.version }}', '${{ matrix. }} ${{ needs.build.outputs. }} ${{ git'));
    assert.deepEqual((await complete(u, '${{ matrix.| }}')).map((i) => i.label), ['py']);
    const outs = await complete(u, 'needs.build.outputs.| }}');
    assert.deepEqual(outs.map((i) => [i.label, i.textEdit?.range]), [['version', rangeAt(u.text, 'needs.build.outputs.«» }}')]]);
    const top = await complete(u, '${{ git|');
    assert.ok(top.some((i) => i.label === 'github' && i.textEdit?.range.start.character === at(u.text, '${{ |git').character));
    assert.ok(top.some((i) => i.label === 'hashFiles' && i.textEdit?.newText === 'hashFiles($1)'));
    const u2 = await openVariant(WORKFLOW.replace('version: ${{ steps.ver.outputs.version }}', 'version: ${{ steps.ver.outputs. }}'));
    assert.deepEqual((await complete(u2, 'steps.ver.outputs. |}}')).map((i) => i.label), ['version']);
  });

  it('hovers keys, cron schedules, actions and functions', async () => {
    const cron = await hover(doc, "cron: '0 |0 * * 1'");
    assert.deepEqual(cron, { contents: { kind: 'markdown', value: '`0 0 * * 1`: every Monday at 00:00 UTC' }, range: range("cron: '«0 0 * * 1»'") });
    const key = await hover(doc, 'build:\n    name: Build it\n    ru|ns-on');
    assert.deepEqual(key?.range, range('Build it\n    «runs-on»'));
    assert.match(key!.contents.value, /^\*\*runs-on\*\*\n\nUse `runs-on` to define the type of machine/);
    const action = await hover(doc, 'uses: action|s/setup-python');
    assert.deepEqual(action?.range, range('uses: «actions/setup-python@v5»'));
    assert.match(action!.contents.value, /\*\*actions\/setup-python\*\* — current version `v6`/);
    const input = await hover(doc, 'ca|che: pip');
    assert.deepEqual(input, { contents: { kind: 'markdown', value: '**cache** — optional input of `actions/setup-python`' }, range: range('«cache»: pip') });
    const ctx = await hover(doc, '${{ ma|trix.py');
    assert.deepEqual(ctx?.range, range('${{ «matrix».py'));
    assert.match(ctx!.contents.value, /^\*\*matrix\*\* context/);
    const u = await openVariant(WORKFLOW.replace('${{ matrix.py }}', "${{ hashFiles('x') }}"));
    const fn = await hover(u, '${{ has|hFiles');
    assert.deepEqual(fn?.range, rangeAt(u.text, '${{ «hashFiles»('));
    assert.match(fn!.contents.value, /hashFiles\(string\.\.\.\) -> string/);
    const ev = await hover(doc, '  pu|sh:');
    assert.deepEqual(ev?.range, range('  «push»:'));
    assert.match(ev!.contents.value, /^\*\*push\*\*/);
  });

  it('goes to the definitions of jobs, steps, matrix keys and local files', async () => {
    assert.deepEqual(await definition(doc, 'needs: b|uild'), [{ uri, range: range('  «build»:') }]);
    assert.deepEqual(await definition(doc, 'needs.b|uild.outputs'), [{ uri, range: range('  «build»:') }]);
    assert.deepEqual(await definition(doc, 'matrix.p|y'), [{ uri, range: range('        «py»:') }]);
    assert.deepEqual(await definition(doc, 'steps.v|er'), [{ uri, range: range('id: «ver»') }]);
    assert.deepEqual(await definition(doc, 'needs: [t|est]'), [{ uri, range: range('  «test»:') }]);
    assert.deepEqual(await definition(doc, './.git|hub/actions/setup'), [{ uri: pathToFileURL(path.join(dir, '.github/actions/setup/action.yml')).href, range: FILE_START }]);
    assert.deepEqual(await definition(doc, './.github/|workflows/reusable'), [{ uri: pathToFileURL(path.join(dir, '.github/workflows/reusable.yml')).href, range: FILE_START }]);
  });

  it('goes to the files of self-repository references ($/), and nowhere for a missing one', async () => {
    const u = await openVariant(WORKFLOW.replace('uses: ./.github/actions/setup', 'uses: $/.github/actions/setup').replace('uses: ./.github/workflows/reusable.yml', 'uses: $/.github/workflows/reusable.yml'));
    assert.deepEqual(await definition(u, '$/.git|hub/actions/setup'), [{ uri: pathToFileURL(path.join(dir, '.github/actions/setup/action.yml')).href, range: FILE_START }]);
    assert.deepEqual(await definition(u, '$/.github/|workflows/reusable'), [{ uri: pathToFileURL(path.join(dir, '.github/workflows/reusable.yml')).href, range: FILE_START }]);
    const missing = await openVariant(WORKFLOW.replace('uses: ./.github/actions/setup', 'uses: $/.github/actions/gone'));
    assert.deepEqual(await definition(missing, '$/.git|hub/actions/gone'), []);
  });

  it('finds the references of a job id and of a step id', async () => {
    const refs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', { textDocument: { uri }, position: at(WORKFLOW, '  b|uild:'), context: { includeDeclaration: true } });
    assert.deepEqual(refs.map((x) => x.range), [range('  «build»:'), range('needs: «build»'), range('needs.«build».outputs')]);
    const steps = await client.request<{ uri: string; range: Range }[]>('textDocument/references', { textDocument: { uri }, position: at(WORKFLOW, 'id: v|er'), context: { includeDeclaration: false } });
    assert.deepEqual(steps.map((x) => x.range), [range('steps.«ver».outputs')]);
  });

  it('outlines triggers, jobs (by name) and steps', async () => {
    const syms = await client.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(syms.map((s) => s.name), ['on', 'jobs']);
    assert.deepEqual(syms[0].children!.map((s) => s.name), ['push', 'schedule']);
    const jobs = syms[1].children!;
    assert.deepEqual(jobs.map((j) => [j.name, j.detail]), [['Build it', 'build'], ['test', undefined], ['call', './.github/workflows/reusable.yml']]);
    assert.deepEqual(jobs[0].selectionRange, range('  «build»:'));
    assert.deepEqual(jobs[0].children!.map((s) => s.name), ['./.github/actions/setup', 'ver', 'actions/setup-python@v5']);
    assert.deepEqual(jobs[0].children![1].selectionRange, range('id: «ver»'));
  });

  it('offers the move-to-env fix for script injection', async () => {
    const u = await openVariant('on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n');
    const p = await client.waitDiagnostics(u.uri, (x) => x.diagnostics.some((d) => d.code === 'untrusted-input'));
    const diag = p.diagnostics.find((d) => d.code === 'untrusted-input')!;
    assert.deepEqual(diag.range, rangeAt(u.text, '${{ «github.event.issue.title» }}'));
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: u.uri },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const fix = actions.find((a) => a.title.startsWith('Move'))!;
    assert.equal(fix.title, 'Move ${{ github.event.issue.title }} to env as ISSUE_TITLE');
    assert.deepEqual(fix.edit.changes[u.uri], [
      { range: rangeAt(u.text, 'echo «"${{ github.event.issue.title }}"»'), newText: '"$ISSUE_TITLE"' },
      { range: rangeAt(u.text, 'title }}"\n«»'), newText: '        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n' },
    ]);
  });

  it('applies rule severities from settings to workflow rules, and reads runner labels from .github/actionlint.yaml', async () => {
    const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-lates\n    steps:\n      - run: echo\n  b:\n    runs-on: my-gpu\n    steps:\n      - run: echo\n';
    const u = (await openVariant(text)).uri;
    const labelLine = at(text, '|    runs-on: ubuntu-lates').line;
    const p = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'runner-label'));
    assert.deepEqual(p.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['runner-label', labelLine, 2]]);
    client.settings = { rules: { 'runner-label': 'error' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p2 = await client.waitDiagnostics(u, (x) => x.diagnostics.some((d) => d.code === 'runner-label' && d.severity === 1));
    assert.deepEqual(p2.diagnostics.map((d) => [d.code, d.range.start.line, d.severity]), [['runner-label', labelLine, 1]]);
    client.settings = { rules: { 'runner-label': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitDiagnostics(u, (x) => x.diagnostics.length === 0);
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  });
});
