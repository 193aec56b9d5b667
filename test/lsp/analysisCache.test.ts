// The server keeps parses only for the few documents used last (server/src/analysis.ts): features on a document
// whose parse was dropped must answer exactly as on one whose parse is kept. Config files are looked up once per
// folder: a change must still reach the diagnostics.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { NAV_SAMPLE } from '../helpers/dockerfileSample';
import { at, rangeAt } from '../helpers/caret';
import { CONFIG_TTL_MS, MAX_MODELS } from '../../server/src/analysis';

// NAV_SAMPLE plus a continuation line to format and an instruction with a quick fix (exec form: offered as the
// stage's ENTRYPOINT is known to be empty) and an ignore action.
const DOCKERFILE = `${NAV_SAMPLE}RUN echo a && \\\n  echo b\nENTRYPOINT []\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n`;
const WORKFLOW = [
  'on: push',
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - id: prep',
  '        uses: actions/checkout@v4',
  '      - run: echo ${{ steps.prep.outcome }}',
  '  test:',
  '    needs: build',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - run: echo hi',
  '',
].join('\n');

/** Every feature that reads a parse, at positions where each has something to say. */
async function dockerfileAnswers(client: TestClient, uri: string) {
  const td = { uri };
  const diagnostics = (await client.latest(uri)).diagnostics;
  const exec = diagnostics.find((d) => d.code === 'JSONArgsRecommended');
  assert.ok(exec, JSON.stringify(diagnostics));
  return {
    diagnostics,
    hoverInstruction: await client.request('textDocument/hover', { textDocument: td, position: at(DOCKERFILE, 'F|ROM ${BASE}') }),
    hoverFinding: await client.request('textDocument/hover', { textDocument: td, position: at(DOCKERFILE, 'CMD g|unicorn') }),
    completion: await client.request('textDocument/completion', { textDocument: td, position: at(DOCKERFILE, 'COPY --from=|builder') }),
    codeActions: await client.request('textDocument/codeAction', { textDocument: td, range: exec.range, context: { diagnostics: [exec] } }),
    prepareRename: await client.request('textDocument/prepareRename', { textDocument: td, position: at(DOCKERFILE, 'AS bu|ilder') }),
    rename: await client.request('textDocument/rename', { textDocument: td, position: at(DOCKERFILE, 'AS bu|ilder'), newName: 'compile' }),
    definition: await client.request('textDocument/definition', { textDocument: td, position: at(DOCKERFILE, 'COPY --from=bu|ilder') }),
    references: await client.request('textDocument/references', { textDocument: td, position: at(DOCKERFILE, 'ARG |X\n'), context: { includeDeclaration: true } }),
    highlights: await client.request('textDocument/documentHighlight', { textDocument: td, position: at(DOCKERFILE, 'ARG |X\n') }),
    signatureHelp: await client.request('textDocument/signatureHelp', { textDocument: td, position: at(DOCKERFILE, 'RUN --mo|unt') }),
    symbols: await client.request('textDocument/documentSymbol', { textDocument: td }),
    folding: await client.request('textDocument/foldingRange', { textDocument: td }),
    semanticTokens: await client.request('textDocument/semanticTokens/full', { textDocument: td }),
    codeLens: await client.request('textDocument/codeLens', { textDocument: td }),
    formatting: await client.request('textDocument/formatting', { textDocument: td, options: { tabSize: 4, insertSpaces: true } }),
  };
}

async function workflowAnswers(client: TestClient, uri: string) {
  const td = { uri };
  return {
    diagnostics: (await client.latest(uri)).diagnostics,
    hover: await client.request('textDocument/hover', { textDocument: td, position: at(WORKFLOW, 'build:\n    ru|ns-on') }),
    completion: await client.request('textDocument/completion', { textDocument: td, position: at(WORKFLOW, 'st|eps.prep.outcome') }),
    definition: await client.request('textDocument/definition', { textDocument: td, position: at(WORKFLOW, 'needs: bu|ild') }),
    references: await client.request('textDocument/references', { textDocument: td, position: at(WORKFLOW, '  b|uild:'), context: { includeDeclaration: true } }),
    symbols: await client.request('textDocument/documentSymbol', { textDocument: td }),
    folding: await client.request('textDocument/foldingRange', { textDocument: td }),
  };
}

let crowds = 0;

/** Opens more documents than the server keeps parsed and asks each for a feature, so that every older parse goes. */
async function crowdOut(client: TestClient, dir: string) {
  crowds++;
  for (let i = 0; i < MAX_MODELS + 2; i++) {
    const u = pathToFileURL(path.join(dir, `other${crowds}-${i}`, i % 2 ? 'Dockerfile' : '.github/workflows/w.yml')).href;
    await client.open(u, i % 2 ? 'dockerfile' : 'github-actions-workflow', i % 2 ? `FROM alpine:3.${i}\nRUN echo ${i}\n` : `on: push\njobs:\n  j${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${i}\n`);
    await client.latest(u);
    await client.request('textDocument/documentSymbol', { textDocument: { uri: u } });
  }
}

describe('LSP: documents whose parse was dropped', () => {
  let dir: string;
  let fresh: TestClient;
  let crowded: TestClient;
  const df = () => pathToFileURL(path.join(dir, 'app', 'Dockerfile')).href;
  const wf = () => pathToFileURL(path.join(dir, '.github', 'workflows', 'ci.yml')).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-evict-'));
    fresh = new TestClient();
    crowded = new TestClient();
    await Promise.all([fresh.initialize(dir), crowded.initialize(dir)]);
  });
  after(async () => {
    await Promise.all([fresh.shutdown(), crowded.shutdown()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers every Dockerfile feature as when its parse is kept', async () => {
    await fresh.open(df(), 'dockerfile', DOCKERFILE);
    const expected = await dockerfileAnswers(fresh, df());
    for (const [k, v] of Object.entries(expected)) assert.ok(v !== null && !(Array.isArray(v) && v.length === 0), `${k} has something to say`);

    await crowded.open(df(), 'dockerfile', DOCKERFILE);
    await crowded.latest(df());
    await crowded.request('textDocument/hover', { textDocument: { uri: df() }, position: at(DOCKERFILE, 'F|ROM ${BASE}') });
    await crowdOut(crowded, dir);
    assert.deepEqual(await dockerfileAnswers(crowded, df()), expected);
    // Twice: once parsed again, the document is among the kept ones.
    assert.deepEqual(await dockerfileAnswers(crowded, df()), expected);
  });

  it('answers every workflow feature as when its parse is kept', async () => {
    await fresh.open(wf(), 'github-actions-workflow', WORKFLOW);
    const expected = await workflowAnswers(fresh, wf());
    for (const [k, v] of Object.entries(expected)) {
      if (k !== 'diagnostics') assert.ok(v !== null && !(Array.isArray(v) && v.length === 0), `${k} has something to say`);
    }
    await crowded.open(wf(), 'github-actions-workflow', WORKFLOW);
    await crowded.latest(wf());
    await crowded.request('textDocument/completion', { textDocument: { uri: wf() }, position: at(WORKFLOW, 'st|eps.prep.outcome') });
    await crowdOut(crowded, dir);
    assert.deepEqual(await workflowAnswers(crowded, wf()), expected);
  });

  it('lints and answers an edit of a document whose parse was dropped', async () => {
    // Both servers: the same edit (exec form for CMD) on documents opened earlier; the crowded one parsed others since.
    await crowdOut(crowded, dir);
    const edit = [{ range: rangeAt(DOCKERFILE, 'CMD «gunicorn --bind 0.0.0.0:8000 app:app»'), text: '["gunicorn", "app:app"]' }];
    fresh.change(df(), edit);
    crowded.change(df(), edit);
    const [a, b] = [await fresh.latest(df()), await crowded.latest(df())];
    assert.ok(!a.diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
    assert.deepEqual(b, a);
    const hover = { textDocument: { uri: df() }, position: at(DOCKERFILE, 'C|MD gunicorn') };
    assert.deepEqual(await crowded.request('textDocument/hover', hover), await fresh.request('textDocument/hover', hover));
  });

  it('lints a document again after it was closed and opened', async () => {
    const u = pathToFileURL(path.join(dir, 'again', 'Dockerfile')).href;
    await crowded.open(u, 'dockerfile', 'FROM scratch\nCMD echo hi\n');
    assert.ok((await crowded.latest(u)).diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
    await crowded.close(u);
    await crowded.waitDiagnostics(u, (p) => p.diagnostics.length === 0);
    await crowded.open(u, 'dockerfile', 'FROM scratch\nCMD ["echo", "hi"]\nEXPOSE 70000\n', 7);
    const p = await crowded.waitDiagnostics(u, (x) => x.version === 7);
    assert.deepEqual(p.diagnostics.map((d) => d.code), ['DL3011']);
  });
});

describe('LSP: config files are read once per folder, and again when they change', () => {
  let dir: string;
  let client: TestClient;
  const hadolint = () => path.join(dir, '.hadolint.yaml');
  const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((d) => d.code).sort();

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-cfgcache-'));
    fs.mkdirSync(path.join(dir, 'svc'));
    fs.writeFileSync(hadolint(), 'ignored:\n  - DL3011\n');
    client = new TestClient();
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const TEXT = 'FROM scratch\nEXPOSE 70000\nCMD echo hi\n';

  it('re-lints open documents when the client reports a changed config file', async () => {
    const u = pathToFileURL(path.join(dir, 'svc', 'Dockerfile')).href;
    await client.open(u, 'dockerfile', TEXT);
    assert.deepEqual(codes(await client.latest(u)), ['JSONArgsRecommended']);

    fs.writeFileSync(hadolint(), 'ignored:\n  - JSONArgsRecommended\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(hadolint()).href, type: 2 }] });
    const p = await client.waitDiagnostics(u, (x) => codes(x).join() === 'DL3011');
    assert.deepEqual(codes(p), ['DL3011']);

    // A config file created nearer the document.
    const nearer = path.join(dir, 'svc', '.hadolint.yml');
    fs.writeFileSync(nearer, 'ignored:\n  - DL3011\n  - JSONArgsRecommended\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(nearer).href, type: 1 }] });
    await client.waitDiagnostics(u, (x) => x.diagnostics.length === 0);
    fs.rmSync(nearer);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(nearer).href, type: 3 }] });
    await client.waitDiagnostics(u, (x) => codes(x).join() === 'DL3011');
  });

  it('sees a config file change the client did not report at the next edit after CONFIG_TTL_MS', async () => {
    const u = pathToFileURL(path.join(dir, 'svc', 'other.Dockerfile')).href;
    await client.open(u, 'dockerfile', TEXT);
    assert.deepEqual(codes(await client.latest(u)), ['DL3011']);
    fs.writeFileSync(hadolint(), 'ignored: []\n');
    await new Promise((r) => setTimeout(r, CONFIG_TTL_MS + 200));
    client.change(u, [{ range: rangeAt(TEXT, 'CMD echo hi\n«»'), text: '\n' }]);
    assert.deepEqual(codes(await client.latest(u)), ['DL3011', 'JSONArgsRecommended']);
  });
});

describe('LSP: messages with non-ASCII text over stdio', () => {
  it('delivers diagnostics and hovers whose text has multi-byte characters', async () => {
    const client = new TestClient();
    try {
      await client.initialize();
      const u = 'untitled:Dockerfile-utf8';
      await client.open(u, 'dockerfile', 'FROM alpine:3.23\nRÜ😀N echo hé\n');
      const p = await client.latest(u);
      assert.deepEqual(
        p.diagnostics.map((d) => d.message),
        ['Unknown instruction: RÜ😀N'],
      );
      // The server is still in step: a request after it gets its own answer.
      const symbols = await client.request<{ name: string }[]>('textDocument/documentSymbol', { textDocument: { uri: u } });
      assert.ok(symbols.length > 0);
    } finally {
      await client.shutdown();
    }
  });
});
