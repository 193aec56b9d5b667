// `slipway lsp --stdio` in a real editor nobody here wrote: Neovim (Debian's 0.7.2 in CI), headless, with the Lua
// configuration test/neovim/init.lua. Neovim starts the server, opens copies of examples/model-api/Dockerfile,
// examples/.github/workflows/ci.yml and examples/model-api/compose.yaml, and records what it got: the diagnostics
// (vim.diagnostic.get), a hover, completion lists, code actions applied through its own code-action menu, and the
// diagnostics after a .slipway.yaml written from Neovim. This test asserts on that record. Without nvim it is NOT
// RUN, and a failure in CI (CI=true) or with SLIPWAY_REQUIRE_NEOVIM=1 (.ci/run installs Debian's `neovim`).
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { which } from '../../client/src/docker/cli';
import { alive } from '../helpers/process';

const REPO = path.resolve(__dirname, '../../..');
const INIT = path.join(REPO, 'test', 'neovim', 'init.lua');
/** A hang detector, not a speed bound: the run takes about 1 s (10 runs on the development machine: 0.9–1.3 s). */
const HANG_MS = 60_000;

const nvim = which('nvim');
const missing = nvim ? undefined : 'nvim is not installed (apt-get install neovim)';
if (missing && (process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_NEOVIM === '1')) {
  test('Neovim is installed (required in CI)', () => {
    assert.fail(`${missing}: .ci/run installs it`);
  });
}

interface Diag {
  code: string;
  lnum: number;
  col: number;
  severity: number;
  source: string;
  message: string;
}
interface NvimRecord {
  nvim: { major: number; minor: number; patch: number };
  stopped?: boolean;
  server_pid?: number;
  error?: string;
  steps: { [k: string]: unknown };
}

/** Each diagnostic as `line:col severity code` (1-based line and column, as the CLI prints them; 1 = error). */
const brief = (list: unknown) => (list as Diag[]).map((d) => `${d.lnum + 1}:${d.col + 1} ${d.severity} ${d.code}`);

describe('Neovim with `slipway lsp --stdio`', { skip: missing ? `NOT RUN: ${missing}` : false }, () => {
  let dir: string;
  let record: NvimRecord;
  let elapsedMs = 0;
  let serverGone = false;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-nvim-'));
    const work = path.join(dir, 'project');
    fs.cpSync(path.join(REPO, 'examples'), work, { recursive: true });
    const out = path.join(dir, 'result.json');
    const home = path.join(dir, 'home');
    fs.mkdirSync(home);
    // `slipway` on PATH as `npm link` puts it there: a link to bin/slipway.js.
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(path.join(REPO, 'bin', 'slipway.js'), path.join(bin, 'slipway'));
    const env = {
      ...process.env,
      PATH: [bin, path.dirname(process.execPath), process.env.PATH ?? ''].join(path.delimiter),
      SLIPWAY_WORK: work,
      SLIPWAY_RESULT: out,
      SLIPWAY_WAIT_MS: '20000',
      // No user configuration, plugins or state of whoever runs the test.
      XDG_CONFIG_HOME: home,
      XDG_DATA_HOME: home,
      XDG_STATE_HOME: home,
      XDG_CACHE_HOME: home,
    };
    const started = Date.now();
    const proc = spawn(nvim!, ['--headless', '-i', 'NONE', '-u', INIT], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout.on('data', (d) => (output += d));
    proc.stderr.on('data', (d) => (output += d));
    const status = await new Promise<number | string>((resolve) => {
      const timer = setTimeout(() => {
        // The server is nvim's child: it exits when its stdin (nvim's pipe) closes.
        if (proc.pid) process.kill(proc.pid, 'SIGKILL');
        resolve(`killed after ${HANG_MS / 1000} s`);
      }, HANG_MS);
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolve(code ?? String(signal));
      });
    });
    elapsedMs = Date.now() - started;
    assert.equal(status, 0, `nvim: ${status}\n${output}`);
    record = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimRecord;
    // The server exits once Neovim has stopped it (or closed its stdin): a moment after nvim at most.
    const pid = record.server_pid;
    const until = Date.now() + 10_000;
    while (pid && alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    serverGone = !!pid && !alive(pid);
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('Neovim started the server, it answered initialize and exited cleanly on shutdown', (t) => {
    t.diagnostic(`nvim ran for ${elapsedMs} ms`);
    assert.equal(record.error, undefined);
    assert.ok(record.nvim.major > 0 || record.nvim.minor >= 7, JSON.stringify(record.nvim));
    assert.equal(record.steps.client_name, 'slipway');
    assert.equal(record.steps.client_initialized, true);
    assert.deepEqual(record.steps.server_text_document_sync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(record.steps.dockerfile_filetype, 'dockerfile');
    for (const k of ['dockerfile_attached', 'workflow_attached', 'compose_attached']) assert.equal(record.steps[k], true, k);
    assert.equal(record.stopped, true);
    assert.ok(Number.isInteger(record.server_pid) && record.server_pid! > 0, `server pid ${record.server_pid}`);
    assert.equal(serverGone, true, 'the server process is gone');
  });

  test('Dockerfile: the diagnostics in vim.diagnostic, without DL3015 (off in init_options)', () => {
    assert.deepEqual(brief(record.steps.dockerfile_diagnostics), [
      '5:5 3 DL3009',
      '5:42 2 DL3008',
      '7:9 3 DL3042',
      '11:13 1 DL3011',
      '12:1 2 JSONArgsRecommended',
      '12:5 2 ServingImageRunsAsRoot',
    ]);
    const d = (record.steps.dockerfile_diagnostics as Diag[]).find((x) => x.code === 'DL3011')!;
    assert.equal(d.message, 'Valid UNIX ports range from 0 to 65535 (got 80800)');
    assert.equal(d.source, 'slipway');
  });

  test('Dockerfile: hover on the FROM image', () => {
    const h = record.steps.dockerfile_hover as { kind: string; value: string };
    assert.equal(h.kind, 'markdown');
    assert.match(h.value, /^\*\*python:3\.12-slim\*\* \(base image\)\n/);
    assert.match(h.value, /\| repository \| `library\/python` \(Docker official image\) \|/);
  });

  test('Dockerfile: completion on an empty line offers the instructions', () => {
    const labels = record.steps.dockerfile_completion as string[];
    for (const l of ['FROM', 'RUN', 'USER', 'HEALTHCHECK']) assert.ok(labels.includes(l), `${l} in ${labels.join(', ')}`);
  });

  test('Dockerfile: "Convert CMD to exec form" chosen from the code-action menu rewrites the buffer, and the finding goes', () => {
    assert.deepEqual(record.steps.dockerfile_code_actions, ['Convert CMD to exec form', 'Ignore JSONArgsRecommended for this instruction']);
    assert.equal(record.steps.dockerfile_code_action_chosen, true);
    assert.equal(record.steps.dockerfile_line12_after_fix, 'CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]');
    assert.deepEqual(record.steps.dockerfile_codes_after_fix, ['DL3009', 'DL3008', 'DL3042', 'DL3011', 'ServingImageRunsAsRoot']);
  });

  test('workflow: the misspelt key, completion of a job\'s keys, and the "Did you mean" fix applied', () => {
    assert.deepEqual(brief(record.steps.workflow_diagnostics), ['8:1 1 unknown-key']);
    assert.match((record.steps.workflow_diagnostics as Diag[])[0].message, /^unexpected key "permision" for workflow\. .*Did you mean "permissions"\?$/);
    const labels = record.steps.workflow_completion as string[];
    for (const l of ['timeout-minutes', 'needs', 'permissions']) assert.ok(labels.includes(l), `${l} in ${labels.join(', ')}`);
    assert.ok(!labels.includes('runs-on'), 'runs-on is already there');
    assert.deepEqual(record.steps.workflow_code_actions, ['Change to "permissions"']);
    assert.equal(record.steps.workflow_code_action_chosen, true);
    assert.equal(record.steps.workflow_line8_after_fix, 'permissions:');
    assert.deepEqual(record.steps.workflow_codes_after_fix, []);
  });

  test('Compose file: the misspelt top-level key', () => {
    assert.deepEqual(brief(record.steps.compose_diagnostics), ['12:1 1 compose-unknown-key']);
  });

  test('a .slipway.yaml written from Neovim (no file watching) turns DL3008 off in the open Dockerfile', () => {
    assert.deepEqual(record.steps.dockerfile_codes_after_config, ['DL3009', 'DL3042', 'DL3011', 'ServingImageRunsAsRoot']);
  });
});
