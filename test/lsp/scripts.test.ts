// ShellCheck and pyflakes through the language server, with the real tools: the other findings are published first,
// the analysers' findings follow for the same version at exact ranges in every embedding, their fixes come back as
// quick fixes, and a missing tool is said once while everything else is still linted.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';
import { at, rangeAt } from '../helpers/caret';

interface Diag {
  code?: string | number;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  message: string;
  codeDescription?: { href: string };
}

/** `code line:col-line:col` of the analysers' diagnostics (0-based, as the protocol counts), sorted. */
function scriptDiags(ds: Diag[]): string[] {
  return ds
    .filter((d) => /^SC\d{4}$|^pyflakes$/.test(String(d.code)))
    .map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`)
    .sort();
}

const hasScripts = (p: { diagnostics: Diag[] }) => scriptDiags(p.diagnostics).length > 0;

describe('LSP: ShellCheck and pyflakes on the scripts inside documents', () => {
  let client: TestClient;
  let dir: string;
  const uri = (rel: string) => pathToFileURL(path.join(dir, rel)).href;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-scripts-'));
    client = new TestClient(['--scripts']);
    await client.initialize(dir);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Dockerfile: the other findings first, then ShellCheck at exact ranges (shell form, continuation, heredoc; exec form skipped)', async () => {
    const u = uri('Dockerfile');
    const text = [
      'FROM debian:bookworm',
      'ARG V=1',
      'RUN echo $V',
      'RUN apt-get update && \\',
      '    echo $V',
      'RUN <<EOF',
      'for f in $(ls /tmp); do echo "$f"; done',
      'EOF',
      'RUN ["echo", "$V"]',
      'CMD echo hi',
      '',
    ].join('\n');
    await client.open(u, 'dockerfile', text);
    const p = await client.waitDiagnostics(u, hasScripts);
    const all = client.published(u);
    const first = all[0];
    assert.equal(first.version, p.version);
    assert.ok(first.diagnostics.some((d) => d.code === 'JSONArgsRecommended'), 'the rule findings come in the first publication');
    assert.deepEqual(scriptDiags(first.diagnostics), [], 'the analysers do not hold up the first publication');
    assert.deepEqual(scriptDiags(p.diagnostics), ['SC2045 6:9-6:19', 'SC2086 2:9-2:11', 'SC2086 4:9-4:11']);
    assert.ok(p.diagnostics.some((d) => d.code === 'JSONArgsRecommended'), 'the second publication keeps the other findings');
    const sc = p.diagnostics.find((d) => d.code === 'SC2086')!;
    assert.equal(sc.codeDescription?.href, 'https://www.shellcheck.net/wiki/SC2086');
    assert.equal(sc.severity, 3);
  });

  it('offers ShellCheck\'s fix as a quick fix that edits only the script', async () => {
    const u = uri('fix/Dockerfile');
    await client.open(u, 'dockerfile', 'FROM debian:bookworm\nARG V=1\nRUN echo $V\n');
    const p = await client.waitDiagnostics(u, hasScripts);
    const d = p.diagnostics.find((x) => x.code === 'SC2086')!;
    const actions = await client.request<{ title: string; edit?: { changes?: Record<string, { range: Diag['range']; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: u },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => /SC2086/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const edits = fix.edit!.changes![u];
    assert.deepEqual(
      edits.map((e) => `${e.range.start.line}:${e.range.start.character}-${e.range.end.line}:${e.range.end.character} ${e.newText}`).sort(),
      ['2:11-2:11 "', '2:9-2:9 "'],
    );
  });

  it('workflow: literal, folded, plain and quoted run: scalars, with ${{ }} placeholders, and pyflakes for shell: python', async () => {
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    const u = uri('.github/workflows/ci.yml');
    const text = [
      'on: push',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      dest: out',
      '    steps:',
      '      - run: |',
      '          echo ${{ github.ref }} $dest',
      '          cp a $missing_dir',
      '      - run: >-',
      '          ls',
      '          $dest',
      '      - run: echo $dest',
      "      - run: 'echo $dest'",
      '      - shell: python',
      '        run: |',
      '          import os',
      '          print(undefined_thing)',
      '',
    ].join('\n');
    await client.open(u, 'github-actions-workflow', text);
    const p = await client.waitDiagnostics(u, (x) => scriptDiags(x.diagnostics).some((s) => s.startsWith('pyflakes')));
    assert.deepEqual(scriptDiags(p.diagnostics), [
      'SC2086 12:10-12:15',
      'SC2086 13:18-13:23',
      'SC2086 14:19-14:24',
      'SC2086 8:33-8:38',
      'SC2086 9:15-9:27',
      'SC2154 9:15-9:27',
      'pyflakes 17:10-17:10',
      'pyflakes 18:16-18:31',
    ]);
  });

  it('hover on a pyflakes finding shows its message and the rule page; on a ShellCheck finding, its wiki page', async () => {
    const u = uri('.github/workflows/hover.yml');
    const text = ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    steps:', '      - shell: python', '        run: print(sha)', '      - run: echo $X', ''].join('\n');
    await client.open(u, 'github-actions-workflow', text);
    const p = await client.waitDiagnostics(u, hasScripts);
    assert.deepEqual(scriptDiags(p.diagnostics), ['SC2086 7:18-7:20', 'pyflakes 6:19-6:22']);
    const hover = (snippet: string) => client.request<{ contents: { value: string }; range: Diag['range'] } | null>('textDocument/hover', { textDocument: { uri: u }, position: at(text, snippet) });
    const py = await hover('print(s|ha)');
    assert.match(py!.contents.value, /\*\*pyflakes\*\*: undefined name 'sha'\n\npyflakes checked the Python of this `shell: python` step\. \[Rule documentation\]\(https:\/\/github\.com\/slipway-dev\/slipway\/blob\/main\/docs\/rules\/pyflakes\.md\)/);
    const sh = await hover('echo $|X');
    assert.match(sh!.contents.value, /\*\*SC2086\*\* \(ShellCheck\): Double quote to prevent globbing and word splitting\.\n\n\[ShellCheck wiki: SC2086\]\(https:\/\/www\.shellcheck\.net\/wiki\/SC2086\)/);
  });

  it('composite action and Compose sh -c command', async () => {
    const a = uri('act/action.yml');
    await client.open(a, 'yaml', "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo $out_dir\n");
    const pa = await client.waitDiagnostics(a, hasScripts);
    assert.deepEqual(scriptDiags(pa.diagnostics), ['SC2086 6:16-6:24', 'SC2154 6:16-6:24']);
    const c = uri('compose.yaml');
    await client.open(c, 'dockercompose', "services:\n  web:\n    image: nginx:1.27\n    command: [\"sh\", \"-c\", \"cd /srv; echo $$name\"]\n");
    const pc = await client.waitDiagnostics(c, hasScripts);
    assert.deepEqual(scriptDiags(pc.diagnostics), ['SC2086 3:41-3:47', 'SC2154 3:41-3:47', 'SC2164 3:27-3:34']);
  });

  it('an edit replaces the analysers\' findings with those of the new version', async () => {
    const u = uri('edit/Dockerfile');
    const text = 'FROM debian:bookworm\nARG V=1\nRUN echo $V\n';
    await client.open(u, 'dockerfile', text);
    await client.waitDiagnostics(u, hasScripts);
    const v = client.change(u, [{ range: rangeAt(text, 'echo «$V»'), text: '"$V"' }]);
    const p = await client.latest(u);
    assert.equal(p.version, v);
    assert.deepEqual(scriptDiags(p.diagnostics), []);
  });
  it('while the analysers run again, their previous findings stay, moved with the edit; one the edit touched is dropped', async () => {
    const u = uri('carry/Dockerfile');
    const text = 'FROM debian:bookworm\nARG V=1\nRUN echo $V\nRUN echo $V\n';
    await client.open(u, 'dockerfile', text);
    await client.waitDiagnostics(u, hasScripts);
    // A line above both: the first publication of the new version has them one line down, before any analysis.
    const v2 = client.change(u, [{ range: rangeAt(text, 'bookworm\n«»ARG'), text: 'LABEL a=b\n' }]);
    const first2 = await client.waitDiagnostics(u, (p) => p.version === v2);
    assert.deepEqual(scriptDiags(first2.diagnostics), ['SC2086 3:9-3:11', 'SC2086 4:9-4:11']);
    assert.equal(first2.diagnostics.find((d) => d.code === 'SC2086')?.codeDescription?.href, 'https://www.shellcheck.net/wiki/SC2086');
    // Quoting the second: it is gone at once, the first stays (carried, then the analysers' own).
    const v3 = client.change(u, [{ range: rangeAt(text.replace('ARG', 'LABEL a=b\nARG'), 'RUN echo $V\nRUN echo «$V»'), text: '"$V"' }]);
    const first3 = await client.waitDiagnostics(u, (p) => p.version === v3);
    assert.deepEqual(scriptDiags(first3.diagnostics), ['SC2086 3:9-3:11']);
    // The analysers' answer brings the quick fix back (carried findings have none).
    const fixed = await client.waitDiagnostics(u, (p) => p.version === v3 && p !== first3);
    assert.deepEqual(scriptDiags(fixed.diagnostics), ['SC2086 3:9-3:11']);
  });

  it('carried findings are cleared when the analysers answer that none is left', async () => {
    const u = uri('carry-clear/Dockerfile');
    const text = 'FROM debian:bookworm\nARG V=1\nRUN <<EOF\necho $V\nEOF\n';
    await client.open(u, 'dockerfile', text);
    const p1 = await client.waitDiagnostics(u, hasScripts);
    assert.deepEqual(scriptDiags(p1.diagnostics), ['SC2086 3:5-3:7']);
    // A directive above the command, not touching the finding: carried one line down, then cleared by the answer.
    const v = client.change(u, [{ range: rangeAt(text, '<<EOF\n«»echo'), text: '# shellcheck disable=SC2086\n' }]);
    const first = await client.waitDiagnostics(u, (p) => p.version === v);
    assert.deepEqual(scriptDiags(first.diagnostics), ['SC2086 4:5-4:7']);
    const answered = await client.waitDiagnostics(u, (p) => p.version === v && !hasScripts(p));
    assert.deepEqual(scriptDiags(answered.diagnostics), []);
  });
});

describe('LSP: a missing ShellCheck', () => {
  it('is said once, and everything else is linted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-noscripts-'));
    const client = new TestClient(['--scripts', '--shellcheck=/nonexistent/shellcheck']);
    const messages: string[] = [];
    client.conn.onNotification('window/showMessage', (p: { message: string }) => {
      messages.push(p.message);
    });
    try {
      await client.initialize(dir);
      for (const name of ['a', 'b']) {
        const u = pathToFileURL(path.join(dir, name, 'Dockerfile')).href;
        await client.open(u, 'dockerfile', 'FROM debian:bookworm\nARG V=1\nRUN echo $V\nCMD echo hi\n');
        const p = await client.latest(u);
        assert.ok(p.diagnostics.some((d) => d.code === 'JSONArgsRecommended'));
      }
      const deadline = Date.now() + 10_000;
      while (messages.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      // Give a second message time to arrive if there were one.
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(messages.length, 1, JSON.stringify(messages));
      assert.match(messages[0], /ShellCheck is not installed.*apt-get install shellcheck/);
      assert.ok(client.logs.some((l) => /ShellCheck is not installed/.test(l)), 'and in the output channel');
    } finally {
      await client.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
