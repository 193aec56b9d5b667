// What each language really answers, asked over the protocol: for every LSP feature the server declares, one small
// document per language and a position where the feature has something to say (a stage or job name, an image, a
// function call…). A feature "answers" when its reply is not empty. The README's table of features per language is
// this test's result: the test fails when they differ, and `SLIPWAY_UPDATE_README=1 node --test
// out/test/lsp/capabilities.test.js` (run by `npm run docs`) writes it.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';

type Lang = 'dockerfile' | 'workflow' | 'action' | 'compose';
const LANGS: Lang[] = ['dockerfile', 'workflow', 'action', 'compose'];
const TITLE: Record<Lang, string> = { dockerfile: 'Dockerfile', workflow: 'Workflow', action: 'Action (`action.yml`)', compose: 'Compose' };

/** A probe document: its text, where it lives, and the place each feature is asked about (a marker `«name»` in the text). */
interface Probe {
  file: string;
  languageId: string;
  text: string;
  /** The new name for a rename at ‸rename. */
  newName: string;
}

const PROBES: Record<Lang, Probe> = {
  dockerfile: {
    file: 'Dockerfile',
    languageId: 'dockerfile',
    newName: 'builder',
    text: [
      '«hover»FROM python:3.12-slim AS «rename»«definition»base',
      'ARG VERSION=1',
      'RUN echo $VERSION',
      'FROM base AS app',
      'COPY --from=«completion»«references»base /src /app',
      'HEALTHCHECK «signature»--interval=30s CMD true',
      'EXPOSE «codeAction»70000',
      'RUN apt-get update && \\',
      '    apt-get install -y curl',
      '   CMD ["gunicorn", "app:app"]',
      '',
    ].join('\n'),
  },
  workflow: {
    file: '.github/workflows/ci.yml',
    languageId: 'github-actions-workflow',
    newName: 'compile',
    text: [
      'on:',
      '  push:',
      '  schedule:',
      "    - cron: '0 3 * * 1'",
      'jobs:',
      '  «rename»«definition»build:',
      '    «hover»runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: echo "${{ github.«completion»sha }}"',
      '  test:',
      '    needs: «references»build',
      "    if: ${{ contains(«signature»github.ref, 'main') }}",
      '    runs-on: ubuntu-latest',
      '    «codeAction»timeout: 5',
      '    steps:',
      '      - run: echo hi',
      '',
    ].join('\n'),
  },
  action: {
    file: 'action.yml',
    languageId: 'github-actions-workflow',
    newName: 'target',
    text: [
      'name: Greet',
      'description: Says hello',
      'inputs:',
      '  «rename»«definition»who:',
      '    description: whom to greet',
      '    default: world',
      'runs:',
      '  «hover»using: composite',
      '  steps:',
      '    - uses: actions/checkout@v4',
      '    - run: echo "${{ «references»inputs.who }} ${{ format(«signature»\'{0}\', inputs.who) }} ${{ github.«completion»sha }}"',
      '      shell: bash',
      '    - run: echo hi',
      '      «codeAction»shel: bash',
      '',
    ].join('\n'),
  },
  compose: {
    file: 'compose.yaml',
    languageId: 'dockercompose',
    newName: 'database',
    text: [
      'services:',
      '  web:',
      '    «hover»image: nginx:1.27',
      '    depends_on: [«references»db]',
      '    ports: ["8080:80"]',
      '    «codeAction»restar: always',
      '    «completion»',
      '  «rename»«definition»db:',
      '    image: postgres:16',
      '    build: .',
      '    command: sh -c "echo «signature»$$HOME"',
      '',
    ].join('\n'),
  },
};

/** The text without its markers, and each marker's position. */
function strip(text: string): { text: string; at: Map<string, { line: number; character: number }> } {
  const at = new Map<string, { line: number; character: number }>();
  const lines = text.split('\n').map((line, n) => {
    let out = '';
    const re = /«([a-zA-Z]+)»/g;
    let last = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      out += line.slice(last, m.index);
      at.set(m[1], { line: n, character: out.length });
      last = m.index + m[0].length;
    }
    return out + line.slice(last);
  });
  return { text: lines.join('\n'), at };
}

const nonEmpty = (r: unknown): boolean => {
  if (r === null || r === undefined) return false;
  if (Array.isArray(r)) return r.length > 0;
  if (typeof r === 'object') {
    const o = r as Record<string, unknown>;
    if ('items' in o) return nonEmpty(o.items);
    if ('data' in o) return nonEmpty(o.data);
    if ('signatures' in o) return nonEmpty(o.signatures);
    if ('changes' in o || 'documentChanges' in o) return nonEmpty(Object.values((o.changes as object) ?? {}).flat()) || nonEmpty(o.documentChanges);
    if ('contents' in o) return !!o.contents && (typeof o.contents !== 'object' || nonEmpty(o.contents) || !!(o.contents as { value?: string }).value);
  }
  return true;
};

interface Feature {
  name: string;
  /** The server capability that declares it (none: always on). */
  capability?: string;
  /** What the README calls it. */
  title: string;
  ask: (c: TestClient, uri: string, at: Map<string, { line: number; character: number }>, probe: Probe, diagnostics: unknown[]) => Promise<unknown>;
}

const pos = (at: Map<string, { line: number; character: number }>, name: string) => {
  const p = at.get(name);
  if (!p) throw new Error(`no «${name}» marker`);
  return p;
};
const doc = (uri: string) => ({ textDocument: { uri } });

const FEATURES: Feature[] = [
  { name: 'diagnostics', title: 'Diagnostics', ask: async (_c, _u, _a, _p, ds) => ds },
  { name: 'codeAction', capability: 'codeActionProvider', title: 'Quick fixes', ask: (c, u, a, _p, ds) => c.request('textDocument/codeAction', { ...doc(u), range: { start: pos(a, 'codeAction'), end: pos(a, 'codeAction') }, context: { diagnostics: ds } }) },
  { name: 'completion', capability: 'completionProvider', title: 'Completion', ask: (c, u, a) => c.request('textDocument/completion', { ...doc(u), position: pos(a, 'completion') }) },
  { name: 'hover', capability: 'hoverProvider', title: 'Hover', ask: (c, u, a) => c.request('textDocument/hover', { ...doc(u), position: pos(a, 'hover') }) },
  { name: 'signatureHelp', capability: 'signatureHelpProvider', title: 'Signature help', ask: (c, u, a) => c.request('textDocument/signatureHelp', { ...doc(u), position: pos(a, 'signature') }) },
  { name: 'definition', capability: 'definitionProvider', title: 'Go to definition', ask: (c, u, a) => c.request('textDocument/definition', { ...doc(u), position: pos(a, 'references') }) },
  { name: 'references', capability: 'referencesProvider', title: 'Find references', ask: (c, u, a) => c.request('textDocument/references', { ...doc(u), position: pos(a, 'definition'), context: { includeDeclaration: true } }) },
  { name: 'documentHighlight', capability: 'documentHighlightProvider', title: 'Highlight', ask: (c, u, a) => c.request('textDocument/documentHighlight', { ...doc(u), position: pos(a, 'definition') }) },
  {
    name: 'rename',
    capability: 'renameProvider',
    title: 'Rename',
    ask: async (c, u, a, p) => {
      try {
        return await c.request('textDocument/rename', { ...doc(u), position: pos(a, 'rename'), newName: p.newName });
      } catch {
        return null;
      }
    },
  },
  { name: 'documentSymbol', capability: 'documentSymbolProvider', title: 'Outline (symbols)', ask: (c, u) => c.request('textDocument/documentSymbol', doc(u)) },
  { name: 'foldingRange', capability: 'foldingRangeProvider', title: 'Folding', ask: (c, u) => c.request('textDocument/foldingRange', doc(u)) },
  { name: 'documentLink', capability: 'documentLinkProvider', title: 'Links', ask: (c, u) => c.request('textDocument/documentLink', doc(u)) },
  { name: 'semanticTokens', capability: 'semanticTokensProvider', title: 'Semantic tokens', ask: (c, u) => c.request('textDocument/semanticTokens/full', doc(u)) },
  { name: 'codeLens', capability: 'codeLensProvider', title: 'Code lenses', ask: (c, u) => c.request('textDocument/codeLens', doc(u)) },
  { name: 'inlayHint', capability: 'inlayHintProvider', title: 'Inlay hints', ask: (c, u, a) => c.request('textDocument/inlayHint', { ...doc(u), range: { start: { line: 0, character: 0 }, end: { line: a.size + 100, character: 0 } } }) },
  { name: 'formatting', capability: 'documentFormattingProvider', title: 'Formatting', ask: (c, u) => c.request('textDocument/formatting', { ...doc(u), options: { tabSize: 2, insertSpaces: true } }) },
];

/** The README table for `answers[feature][language]`. */
export function capabilityTable(answers: Map<string, Map<Lang, boolean>>): string {
  const rows = [`| feature | ${LANGS.map((l) => TITLE[l]).join(' | ')} |`, `| --- | ${LANGS.map(() => ':---:').join(' | ')} |`];
  for (const f of FEATURES) rows.push(`| ${f.title} | ${LANGS.map((l) => (answers.get(f.name)?.get(l) ? '✅' : '—')).join(' | ')} |`);
  return rows.join('\n');
}

const START = '<!-- capabilities:start (generated by test/lsp/capabilities.test.ts) -->';
const END = '<!-- capabilities:end -->';

describe('LSP: what each language answers (the README table)', () => {
  let client: TestClient;
  let dir: string;
  const answers = new Map<string, Map<Lang, boolean>>();
  const problems: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-capabilities-'));
    client = new TestClient();
    const caps = await client.initialize(dir);
    for (const f of FEATURES) answers.set(f.name, new Map());
    for (const lang of LANGS) {
      const probe = PROBES[lang];
      const { text, at } = strip(probe.text);
      const file = path.join(dir, probe.file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      const uri = pathToFileURL(file).href;
      await client.open(uri, probe.languageId, text);
      const published = await client.waitDiagnostics(uri);
      for (const f of FEATURES) {
        const declared = !f.capability || !!caps.capabilities[f.capability];
        let answered = false;
        if (declared) {
          try {
            answered = nonEmpty(await f.ask(client, uri, at, probe, published.diagnostics));
          } catch (e) {
            problems.push(`${f.name} on ${lang}: ${(e as Error).message}`);
          }
        }
        answers.get(f.name)!.set(lang, answered);
      }
    }
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every request is answered without an error', () => {
    assert.deepEqual(problems, []);
  });

  it('the core features answer in every language', () => {
    for (const f of ['diagnostics', 'codeAction', 'completion', 'hover', 'documentSymbol', 'foldingRange']) {
      assert.deepEqual(LANGS.filter((l) => !answers.get(f)!.get(l)), [], `${f} answers nothing for these languages`);
    }
  });

  it("README's feature table is what the languages answer", () => {
    const readmePath = path.resolve(__dirname, '../../../README.md');
    const readme = fs.readFileSync(readmePath, 'utf8');
    const table = capabilityTable(answers);
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    assert.ok(start >= 0 && end > start, `README.md has no ${START} … ${END} section`);
    const now = readme.slice(start + START.length, end).trim();
    if (process.env.SLIPWAY_UPDATE_README === '1' && now !== table) {
      fs.writeFileSync(readmePath, readme.slice(0, start + START.length) + '\n' + table + '\n' + readme.slice(end));
      return;
    }
    assert.equal(now, table, 'README.md is out of date: run `npm run docs`');
  });
});
