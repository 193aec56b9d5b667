import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { statusView } from '../../client/src/status';

describe('client: status bar item', () => {
  it('says the server state', () => {
    assert.deepEqual(statusView({ state: 'starting' }), { text: '$(sync~spin) Slipway', tooltip: 'Slipway: the language server is starting', alarming: false });
    assert.equal(statusView({ state: 'stopped' }).text, '$(circle-slash) Slipway');
    assert.match(statusView({ state: 'stopped' }).tooltip, /Restart Language Server/);
    const failed = statusView({ state: 'error', error: 'spawn ENOENT' });
    assert.equal(failed.text, '$(error) Slipway');
    assert.equal(failed.tooltip, 'Slipway: the language server failed: spawn ENOENT (Slipway: Show Language Server Output)');
    assert.equal(failed.alarming, true);
  });

  it('running: the errors and warnings of the active file', () => {
    assert.equal(statusView({ state: 'running' }).text, '$(check) Slipway', 'no Slipway document active');
    assert.deepEqual(statusView({ state: 'running', severities: [] }), {
      text: '$(check) Slipway',
      tooltip: 'Slipway: no problems in this file. Click to open the Problems view.',
      alarming: false,
    });
    assert.deepEqual(statusView({ state: 'running', severities: [0, 1, 1, 2, 3, 0, 1] }), {
      text: '$(error) 2 $(warning) 3 Slipway',
      tooltip: 'Slipway in this file: 2 errors, 3 warnings, 2 info/hint. Click to open the Problems view.',
      alarming: false,
    });
    assert.equal(statusView({ state: 'running', severities: [1] }).tooltip, 'Slipway in this file: 0 errors, 1 warning. Click to open the Problems view.');
  });

  it('Restricted Mode: a shield, and the tooltip says what is off', () => {
    const clean = statusView({ state: 'running', severities: [], restricted: true });
    assert.equal(clean.text, '$(shield) Slipway');
    assert.equal(
      clean.tooltip,
      'Slipway: no problems in this file. Click to open the Problems view. Restricted Mode: linting works; the Docker commands and tasks are off until you trust this workspace (Manage Workspace Trust).',
    );
    assert.equal(statusView({ state: 'running', severities: [0], restricted: true }).text, '$(shield) $(error) 1 $(warning) 0 Slipway');
    assert.equal(statusView({ state: 'starting', restricted: true }).text, '$(sync~spin) Slipway', 'the server state comes first');
  });
});
