// Workflow and action.yml presentation over the protocol: document links of `uses:`, semantic tokens of
// expressions, cron schedules in inlay hints and hovers (invalid ones included), and formatting (none for YAML).
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt, type Range } from '../helpers/caret';

const WORKFLOW = [
  'on:',
  '  schedule:',
  "    - cron: '0 0 * * 1'",
  "    - cron: '30 9 * * MON-FRI'",
  '      timezone: Europe/Berlin',
  "    - cron: '0 25 * * *'",
  "    - cron: '*/15 * * * *'",
  'jobs:',
  '  build:',
  '    runs-on: ubuntu-latest',
  '    steps:',
  '      - uses: actions/checkout@v4',
  '      - uses: "github/codeql-action/init@v3"',
  '      - uses: ./.github/actions/setup',
  '      - uses: $/.github/actions/yaml-only',
  '      - uses: ./.github/actions/missing',
  '      - uses: docker://alpine:3.20',
  '      - uses: docker://ghcr.io/owner/tool:1',
  '      - run: echo hi',
  '  call:',
  '    uses: ./.github/workflows/reusable.yml',
  '  remote:',
  '    uses: octo/shared/.github/workflows/ci.yml@main',
  '',
].join('\n');

describe('LSP: workflow links, semantic tokens, inlay hints and formatting', () => {
  let client: TestClient;
  let dir: string;
  let uri: string;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };
  let n = 0;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-wflinks-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.github/actions/setup'), { recursive: true });
    fs.mkdirSync(path.join(dir, '.github/actions/yaml-only'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github/actions/setup/action.yml'), 'name: s\ndescription: d\nruns:\n  using: composite\n  steps: []\n');
    fs.writeFileSync(path.join(dir, '.github/actions/yaml-only/action.yaml'), 'name: y\ndescription: d\nruns:\n  using: composite\n  steps: []\n');
    fs.writeFileSync(path.join(dir, '.github/workflows/reusable.yml'), 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n');
    fs.writeFileSync(path.join(dir, '.github/workflows/ci.yml'), WORKFLOW);
    client = new TestClient();
    const init = await client.initialize(dir);
    assert.deepEqual(init.capabilities.inlayHintProvider, { resolveProvider: false });
    legend = (init.capabilities.semanticTokensProvider as { legend: typeof legend }).legend;
    uri = pathToFileURL(path.join(dir, '.github/workflows/ci.yml')).href;
    await client.open(uri, 'github-actions-workflow', WORKFLOW);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, text: string): Promise<string> {
    const u = pathToFileURL(path.join(dir, name.replace('#', String(n++)))).href;
    await client.open(u, 'yaml', text);
    return u;
  }
  async function tokens(u: string): Promise<[number, number, number, string, string[]][]> {
    const { data } = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: u } });
    const out: [number, number, number, string, string[]][] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
      out.push([line, start, data[i + 2], legend.tokenTypes[data[i + 3]], legend.tokenModifiers.filter((_, b) => data[i + 4] & (1 << b))]);
    }
    return out;
  }

  it('links uses: to repositories on GitHub, local actions and workflows (./ and $/), and docker:// images', async () => {
    const links = await client.request<{ range: Range; target: string; tooltip?: string }[]>('textDocument/documentLink', { textDocument: { uri } });
    const file = (p: string) => pathToFileURL(path.join(dir, p)).href;
    assert.deepEqual(
      links.map((l) => [l.range, l.target]),
      [
        [rangeAt(WORKFLOW, 'uses: «actions/checkout@v4»'), 'https://github.com/actions/checkout/tree/v4'],
        [rangeAt(WORKFLOW, '"«github/codeql-action/init@v3»"'), 'https://github.com/github/codeql-action/tree/v3/init'],
        [rangeAt(WORKFLOW, '«./.github/actions/setup»'), file('.github/actions/setup/action.yml')],
        [rangeAt(WORKFLOW, '«$/.github/actions/yaml-only»'), file('.github/actions/yaml-only/action.yaml')],
        [rangeAt(WORKFLOW, '«docker://alpine:3.20»'), 'https://hub.docker.com/_/alpine'],
        [rangeAt(WORKFLOW, '«docker://ghcr.io/owner/tool:1»'), 'https://ghcr.io/owner/tool'],
        [rangeAt(WORKFLOW, '«./.github/workflows/reusable.yml»'), file('.github/workflows/reusable.yml')],
        [rangeAt(WORKFLOW, '«octo/shared/.github/workflows/ci.yml@main»'), 'https://github.com/octo/shared/blob/main/.github/workflows/ci.yml'],
      ],
    );
    assert.deepEqual(
      links.map((l) => l.tooltip),
      [
        'Open actions/checkout@v4 on GitHub',
        'Open github/codeql-action/init@v3 on GitHub',
        'Open .github/actions/setup/action.yml',
        'Open .github/actions/yaml-only/action.yaml',
        'Open alpine in its registry',
        'Open ghcr.io/owner/tool in its registry',
        'Open .github/workflows/reusable.yml',
        'Open octo/shared/.github/workflows/ci.yml@main on GitHub',
      ],
    );
  });

  it('extends the legend after the Dockerfile token types', () => {
    assert.deepEqual(legend.tokenTypes, ['keyword', 'variable', 'parameter', 'property', 'class', 'macro', 'function', 'operator', 'string', 'number']);
  });

  it('marks expressions: delimiters, contexts, properties, functions, operators, strings and numbers, in if: and run: | blocks', async () => {
    const u = await open('.github/workflows/tokens#.yml', [
      'on: push', //                                                     0
      'jobs:', //                                                        1
      '  a:', //                                                         2
      "    if: github.event_name == 'push' && !cancelled()", //          3
      '    runs-on: ${{ matrix.os }}', //                                4
      '    steps:', //                                                   5
      '      - run: |', //                                               6
      "          echo \"${{ format('{0}', 3) }}\" 'needs.x'", //         7
      '',
    ].join('\n'));
    const lib = ['readonly', 'defaultLibrary'];
    assert.deepEqual(await tokens(u), [
      [3, 8, 6, 'variable', lib],
      [3, 15, 10, 'property', []],
      [3, 26, 2, 'operator', []],
      [3, 29, 6, 'string', []],
      [3, 36, 2, 'operator', []],
      [3, 39, 1, 'operator', []],
      [3, 40, 9, 'function', ['defaultLibrary']],
      [4, 13, 3, 'macro', []],
      [4, 17, 6, 'variable', lib],
      [4, 24, 2, 'property', []],
      [4, 27, 2, 'macro', []],
      [7, 16, 3, 'macro', []],
      [7, 20, 6, 'function', ['defaultLibrary']],
      [7, 27, 5, 'string', []],
      [7, 34, 1, 'number', []],
      [7, 37, 2, 'macro', []],
    ]);
  });

  it('marks the expressions of an action.yml', async () => {
    const u = await open('act#/action.yml', 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.x }}\n      shell: bash\n');
    assert.deepEqual(await tokens(u), [
      [5, 16, 3, 'macro', []],
      [5, 20, 6, 'variable', ['readonly', 'defaultLibrary']],
      [5, 27, 1, 'property', []],
      [5, 29, 2, 'macro', []],
    ]);
  });

  it('shows valid cron schedules in words after their line, in the timezone of the entry, and nothing for an invalid one', async () => {
    const hints = await client.request<{ position: { line: number; character: number }; label: string; paddingLeft?: boolean }[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 23, character: 0 } } });
    assert.deepEqual(hints, [
      { position: at(WORKFLOW, "'0 0 * * 1'|"), label: 'every Monday at 00:00 UTC', paddingLeft: true },
      { position: at(WORKFLOW, "MON-FRI'|"), label: 'at 09:30 Europe/Berlin, on Monday through Friday', paddingLeft: true },
      { position: at(WORKFLOW, "'*/15 * * * *'|"), label: 'every 15 minutes', paddingLeft: true },
    ]);
    const some = await client.request<unknown[]>('textDocument/inlayHint', { textDocument: { uri }, range: rangeAt(WORKFLOW, "\n«    - cron: '30 9 * * MON-FRI'\n      timezone: Europe/Berlin\n»") });
    assert.equal(some.length, 1, 'only the hints of the range asked for');
  });

  it('hovers an invalid cron as invalid, with the reason, and a valid one with its timezone', async () => {
    const hover = (snippet: string) => client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: at(WORKFLOW, snippet) });
    // The cron's own hover, then the section of the cron-schedule finding there (the same in every language).
    const invalid = (await hover("'0 |25 * * *'"))!;
    assert.deepEqual(invalid.range, rangeAt(WORKFLOW, 'cron: \'«0 25 * * *»\''));
    const [own, finding] = invalid.contents.value.split('\n\n---\n\n');
    assert.equal(own, '`0 25 * * *`: not a valid schedule (value "25" is out of range 0-23 in hour field)');
    assert.match(finding, /^\*\*cron-schedule\*\* \(actionlint: events\): [\s\S]*\[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/cron-schedule\.md\)$/);
    assert.equal((await hover("'30| 9 * * MON-FRI'"))?.contents.value, '`30 9 * * MON-FRI`: at 09:30 Europe/Berlin, on Monday through Friday');
    // Both day fields restricted: a day matching either runs (POSIX).
    const u = await open('.github/workflows/days#.yml', "on:\n  schedule:\n    - cron: '0 6 1 * MON'\n    - cron: '0 6 * * 8'\njobs: {}\n");
    const hints = await client.request<{ label: string }[]>('textDocument/inlayHint', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } } });
    assert.deepEqual(hints.map((h) => h.label), ['every Monday or on day 1 of the month at 06:00 UTC']);
  });

  it('answers for expressions nested deeper than the parser goes and for very long ones', async () => {
    const deep = '${{ ' + '('.repeat(5000) + 'a' + ')'.repeat(5000) + ' }}';
    const long = Array.from({ length: 20000 }, (_, i) => `needs.j${i}.result`).join(' && ');
    const text = `name: ${deep}\non: push\njobs:\n  a:\n    if: ${long}\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
    const u = await open('.github/workflows/deep#.yml', text);
    const toks = await tokens(u);
    // The deep one: its delimiters only; the long one: context, property, property and operator per term.
    assert.deepEqual(toks.filter((t) => t[0] === 0).map((t) => t[3]), ['macro', 'macro']);
    assert.equal(toks.filter((t) => t[0] === 4).length, 20000 * 4 - 1);
    await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri: u }, position: at(text, 'name: ${{ |(') }), /Only job ids/);
  });

  it('does not format workflows (yaml would rewrite comments and layout)', async () => {
    const options = { tabSize: 2, insertSpaces: true };
    assert.deepEqual(await client.request('textDocument/formatting', { textDocument: { uri }, options }), []);
    assert.deepEqual(await client.request('textDocument/rangeFormatting', { textDocument: { uri }, range: { start: { line: 8, character: 0 }, end: { line: 18, character: 0 } }, options }), []);
  });
});
