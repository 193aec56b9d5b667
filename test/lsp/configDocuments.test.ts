// Config files open in the editor: the one reader's problems are diagnostics of the file itself (exact ranges, the
// config rules' ids and severities, a did-you-mean quick fix), and the other documents follow the config as the
// editor has it, at each change, without a file-watch event.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from '../helpers/lspClient';
import { applyEdits } from '../../server/src/engine/text';
import { rangeAt } from '../helpers/caret';

interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes: Record<string, { range: never; newText: string }[]> };
}

const MISSPELT = 'rulez:\n  DL3007: off\n';
const DOCKERFILE = 'FROM node:latest\n';

describe('LSP: config files', () => {
  let client: TestClient;
  let root: string;
  const uriOf = (rel: string) => pathToFileURL(path.join(root, rel)).href;
  /** The first diagnostics of `uri` published from now on that `pred` accepts. */
  const next = (uri: string, pred: (p: PublishedDiagnostics) => boolean = () => true) => {
    const seen = client.published(uri).length;
    return () => client.waitDiagnostics(uri, (p) => client.published(uri).indexOf(p) >= seen && pred(p));
  };
  const dl3007 = (p: PublishedDiagnostics) => p.diagnostics.filter((d) => d.code === 'DL3007').map((d) => d.severity);

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-config-'));
    fs.writeFileSync(path.join(root, '.slipway.yaml'), MISSPELT);
    fs.writeFileSync(path.join(root, 'Dockerfile'), DOCKERFILE);
    client = new TestClient();
    await client.initialize(root);
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a misspelt key is a diagnostic at its exact range; its quick fix removes it, and an open Dockerfile follows the config at each change', async () => {
    const docker = uriOf('Dockerfile');
    await client.open(docker, 'dockerfile', DOCKERFILE);
    // The misspelt `rulez` turns nothing off: DL3007 at its default (warning).
    assert.deepEqual(dl3007(await client.latest(docker)), [2]);

    const cfg = uriOf('.slipway.yaml');
    await client.open(cfg, 'yaml', MISSPELT);
    const p = await client.latest(cfg);
    assert.deepEqual(p.diagnostics, [
      {
        range: rangeAt(MISSPELT, '«rulez»:'),
        severity: 2,
        code: 'config-unknown-key',
        codeDescription: { href: 'https://github.com/slipway-dev/slipway/blob/main/docs/rules/config-unknown-key.md' },
        source: 'slipway',
        message: 'unknown key "rulez"; ignored. Did you mean "rules"?',
      },
    ]);

    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cfg }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } });
    const fix = actions.find((a) => a.title === 'Change to "rules"');
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const fixed = applyEdits(MISSPELT, fix.edit!.changes[cfg]);
    assert.equal(fixed, 'rules:\n  DL3007: off\n');

    // Applied in the editor, not saved: the config file is clean, and the Dockerfile follows it (DL3007 off).
    const dockerAfterFix = next(docker, (d) => dl3007(d).length === 0);
    client.change(cfg, [{ range: fix.edit!.changes[cfg][0].range, text: fix.edit!.changes[cfg][0].newText }]);
    assert.deepEqual((await client.latest(cfg)).diagnostics, []);
    await dockerAfterFix();

    // Another change: DL3007 is an error now.
    const dockerError = next(docker, (d) => dl3007(d).length > 0);
    client.change(cfg, [{ text: 'rules:\n  DL3007: error\n' }]);
    assert.deepEqual(dl3007(await dockerError()), [1]);

    // Closed without saving: the disk's config applies again (the misspelt key, DL3007 at its default).
    const dockerDisk = next(docker, (d) => dl3007(d).length > 0);
    await client.close(cfg);
    assert.deepEqual(dl3007(await dockerDisk()), [2]);
  });

  it('a misspelt severity and rule id get their fixes; YAML that does not parse is an error', async () => {
    const cfg = uriOf('sub/.hadolint.yaml');
    const text = 'ignored: [JSONArgsRecomended]\noverride:\n  eror: [DL3020]\n';
    await client.open(cfg, 'yaml', text);
    const p = await client.latest(cfg);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity, d.range, d.message]),
      [
        ['config-invalid-value', 2, rangeAt(text, '[«JSONArgsRecomended»]'), 'unknown rule "JSONArgsRecomended"; ignored. Did you mean "JSONArgsRecommended"?'],
        ['config-unknown-key', 2, rangeAt(text, '  «eror»:'), 'unknown override level "eror" (expected error, warning, info or style); ignored. Did you mean "error"?'],
      ],
    );
    let current = text;
    for (const d of p.diagnostics) {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: cfg }, range: d.range, context: { diagnostics: [d] } });
      const fix = actions.find((a) => a.isPreferred);
      assert.ok(fix, JSON.stringify(actions));
      current = applyEdits(current, fix.edit!.changes[cfg]);
    }
    assert.equal(current, 'ignored: [JSONArgsRecommended]\noverride:\n  error: [DL3020]\n');
    client.change(cfg, [{ text: current }]);
    assert.deepEqual((await client.latest(cfg)).diagnostics, []);

    client.change(cfg, [{ text: 'ignored: [DL3008\n' }]);
    const broken = await client.latest(cfg);
    assert.deepEqual(
      broken.diagnostics.map((d) => [d.code, d.severity]),
      [['config-syntax', 1]],
    );
    await client.close(cfg);
  });

  it('.github/slipway.yaml is a config file, not a workflow, whatever language the editor gives it', async () => {
    const cfg = uriOf('.github/slipway.yaml');
    await client.open(cfg, 'github-actions-workflow', 'rules:\n  untrusted-input: error\nrunnerLabel: [gpu]\n');
    const p = await client.latest(cfg);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.range.start.line, d.message]),
      [['config-unknown-key', 2, 'unknown key "runnerLabel"; ignored. Did you mean "runnerLabels"?']],
    );
    await client.close(cfg);
  });
});
