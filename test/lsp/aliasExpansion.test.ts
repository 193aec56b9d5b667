// Documents of a few kilobytes whose anchors alias each other nine times over many levels stand for billions of
// nodes once expanded ("billion laughs"). Every feature that follows aliases must cost what the text costs: before,
// Go to Definition on such a workflow took 20 s and 2.6 GB at seven levels and killed the server at eight.
// The timeouts below only detect a hang: every answer takes well under 100 ms (measured), the bound is 30 s.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';

const HANG_MS = 30_000;

/** Rejects when `p` has not settled within HANG_MS. */
function noHang<T>(what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${HANG_MS / 1000} s`)), HANG_MS);
  });
  return Promise.race([p, hang]).finally(() => clearTimeout(timer));
}

/** `x0: &a0 [leaf ×9]`, then `xi: &ai [*a(i-1) ×9]`: `*a(levels-1)` stands for 9^levels leaves. */
function fanOut(levels: number, leaf: string): string {
  let s = `x0: &a0 [${Array(9).fill(leaf).join(', ')}]\n`;
  for (let i = 1; i < levels; i++) s += `x${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
  return s;
}

const LEVELS = 8;
const WORKFLOW =
  'on: push\n' +
  fanOut(LEVELS, '"${{ needs.build.outputs.a }}"') +
  [
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    outputs:',
    '      a: x',
    '    steps:',
    '      - run: echo',
    '  use:',
    '    needs: build',
    '    runs-on: ubuntu-latest',
    '    env:',
    `      X: *a${LEVELS - 1}`,
    '    steps:',
    '      - id: s',
    '        run: echo',
    `        env: {Y: *a${LEVELS - 1}}`,
    '',
  ].join('\n');
const LINES = WORKFLOW.split('\n');
const X0 = at(WORKFLOW, '|x0: &a0').line;
const BUILD = at(WORKFLOW, '|  build:').line;
const NEEDS = at(WORKFLOW, '|    needs: build').line;

/** A matrix whose rows alias the fan-out: the matrix rule compares row values. */
const MATRIX_WORKFLOW =
  'on: push\n' +
  fanOut(LEVELS, 'ubuntu-latest') +
  [
    'jobs:',
    '  test:',
    '    strategy:',
    '      matrix:',
    `        os: *a${LEVELS - 1}`,
    `        v: *a${LEVELS - 2}`,
    '        exclude:',
    `          - os: *a${LEVELS - 2}`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - run: echo ${{ matrix.os }}',
    '',
  ].join('\n');

describe('LSP: anchors that alias each other (exponential expansion)', () => {
  let client: TestClient;
  const uri = 'file:///slipway-alias/.github/workflows/fan.yml';
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, 'github-actions-workflow', WORKFLOW);
  });
  after(() => client.shutdown());

  const cursor = { textDocument: { uri }, position: at(WORKFLOW, 'x0: &a0 ["${{ needs.bu|ild') };

  it(`Go to Definition from the anchored text goes to the job, at ${LEVELS} levels`, async () => {
    const defs = await noHang('definition', client.request<{ uri: string; range: Range }[]>('textDocument/definition', cursor));
    assert.deepEqual(defs, [{ uri, range: rangeAt(WORKFLOW, '  «build»:') }]);
  });

  it('Find References lists each written place once (not once per expansion)', async () => {
    const refs = await noHang('references', client.request<{ uri: string; range: Range }[]>('textDocument/references', { ...cursor, context: { includeDeclaration: true } }));
    const lines = refs.map((r) => r.range.start.line);
    // The declaration, the nine reads in x0 and `needs: build`.
    assert.equal(refs.length, 11, JSON.stringify(refs.slice(0, 20)));
    assert.deepEqual(lines, [X0, X0, X0, X0, X0, X0, X0, X0, X0, BUILD, NEEDS].sort((a, b) => a - b));
    assert.equal(new Set(refs.map((r) => JSON.stringify(r.range))).size, refs.length, 'no duplicates');
  });

  it('every other request on the document answers', async () => {
    const td = { textDocument: { uri } };
    for (const [method, params] of [
      ['textDocument/documentSymbol', td],
      ['textDocument/foldingRange', td],
      ['textDocument/semanticTokens/full', td],
      ['textDocument/documentHighlight', cursor],
      ['textDocument/hover', cursor],
      ['textDocument/completion', cursor],
      ['textDocument/prepareRename', cursor],
      ['textDocument/rename', { ...cursor, newName: 'b' }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: LINES.length, character: 0 } }, context: { diagnostics: [] } }],
    ] as const) {
      await noHang(method, client.request(method, params).catch(() => undefined));
    }
    for (let line = 0; line < LINES.length; line++) {
      for (const method of ['textDocument/definition', 'textDocument/references', 'textDocument/hover']) {
        await noHang(`${method} on line ${line}`, client.request(method, { textDocument: { uri }, position: { line, character: 6 }, context: { includeDeclaration: true } }));
      }
    }
    const p = await client.waitDiagnostics(uri, (x) => x.version === 1, HANG_MS);
    assert.ok(Array.isArray(p.diagnostics));
    assert.equal(client.proc.exitCode, null, 'the server is alive');
  });

  it('lints a matrix whose rows alias the expansion', async () => {
    const m = 'file:///slipway-alias/.github/workflows/matrix.yml';
    await client.open(m, 'github-actions-workflow', MATRIX_WORKFLOW);
    const p = await client.waitDiagnostics(m, (x) => x.version === 1, HANG_MS);
    // Values of millions of nodes are not compared: no duplicate or exclude findings about them.
    assert.deepEqual(p.diagnostics.filter((d) => d.code === 'matrix'), []);
    assert.equal(client.proc.exitCode, null, 'the server is alive');
  });
});

describe('LSP: references through an anchor several jobs alias', () => {
  let client: TestClient;
  const uri = 'file:///slipway-alias/.github/workflows/shared.yml';
  const text = [
    'on: push',
    'x: &e {OUT: "${{ steps.s.outputs.o }}"}',
    'jobs:',
    '  a:',
    '    runs-on: ubuntu-latest',
    '    env: *e',
    '    steps:',
    '      - id: s',
    '        run: echo',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    env: *e',
    '    steps:',
    '      - id: s',
    '        run: echo',
    '',
  ].join('\n');
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, 'github-actions-workflow', text);
  });
  after(() => client.shutdown());

  it("lists the anchored read for each job's step (the anchor is read in both jobs)", async () => {
    for (const job of ['a', 'b']) {
      const id = rangeAt(text, `  ${job}:\n    runs-on: ubuntu-latest\n    env: *e\n    steps:\n      - id: «s»`);
      const refs = await client.request<{ range: Range }[]>('textDocument/references', { textDocument: { uri }, position: id.start, context: { includeDeclaration: true } });
      assert.deepEqual(
        refs.map((r) => r.range.start),
        [at(text, 'steps.|s.outputs'), id.start],
      );
    }
  });
});

describe('LSP: Compose merge keys that merge each other (exponential expansion)', () => {
  // `x-i: &ki {<<: [*k(i-1) ×9]}`: 521 bytes at seven levels took 148 s to lint (every merge worked out again at
  // every use); each mapping is now merged once. Answers take milliseconds; 30 s only detects a hang.
  let client: TestClient;
  const uri = 'file:///slipway-alias/merge/compose.yaml';
  const levels = 7;
  const lines = [
    'x-0: &k0 {restart: always, image: nginx:1.27}',
    ...Array.from({ length: levels }, (_, i) => `x-${i + 1}: &k${i + 1} {<<: [${Array(9).fill(`*k${i}`).join(', ')}]}`),
    'services:',
    '  web:',
    `    <<: *k${levels}`,
    '    depends_on: [db]',
    '  db:',
    `    <<: *k${levels}`,
    '',
  ];
  before(async () => {
    client = new TestClient();
    await client.initialize();
    await client.open(uri, 'dockercompose', lines.join('\n'));
  });
  after(() => client.shutdown());

  it('lints, and navigates from a service reference', async () => {
    const p = await client.waitDiagnostics(uri, (x) => x.version === 1, HANG_MS);
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 1), [], 'no errors: both services get restart and image through the merges');
    const text = lines.join('\n');
    const onDb = { textDocument: { uri }, position: at(text, 'depends_on: [d|b]') };
    const defs = await noHang('definition', client.request<{ range: Range }[]>('textDocument/definition', onDb));
    assert.deepEqual(defs.map((d) => d.range.start), [at(text, '  |db:')]);
    for (const method of ['textDocument/references', 'textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol']) {
      await noHang(method, client.request(method, { ...onDb, context: { includeDeclaration: true } }));
    }
  });
});
