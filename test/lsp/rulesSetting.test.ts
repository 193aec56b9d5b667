// The `slipway.rules` setting is read with the vocabulary of .slipway.yaml (server/src/engine/configParse.ts), from
// initializationOptions and from workspace/configuration alike: hadolint's `style` and `ignore` work, and a value
// that is not understood is said once (a window message and the log) instead of being dropped silently.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from '../helpers/lspClient';

const DOCKERFILE = 'FROM node:latest AS app\nCMD node server.js\n';
const RULES = { DL3007: 'style', JSONArgsRecommended: 'ignore', DL3008: 'loud' };
const SAID = 'Slipway: setting slipway.rules: rule DL3008: unknown severity "loud" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored';

describe('LSP: the slipway.rules setting speaks the config files\' vocabulary', () => {
  let client: TestClient;
  let root: string;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-lsp-rules-'));
    client = new TestClient();
    client.settings = { rules: RULES };
    await client.initialize(root, undefined, { initializationOptions: { rules: RULES } });
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('style is hint and ignore is off', async () => {
    const uri = pathToFileURL(path.join(root, 'Dockerfile')).href;
    await client.open(uri, 'dockerfile', DOCKERFILE);
    const p = await client.latest(uri);
    assert.deepEqual(
      p.diagnostics.map((d) => [d.code, d.severity]),
      [['DL3007', 4]],
    );
  });

  it('an unknown severity is said once, though the settings were read twice (start options, then workspace/configuration)', async () => {
    assert.ok(client.configurationRequests >= 1);
    assert.deepEqual(client.messages, [SAID]);
    assert.equal(client.logs.filter((l) => l.includes('unknown severity "loud"')).length, 1);
  });
});
