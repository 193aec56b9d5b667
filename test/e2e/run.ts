/**
 * End-to-end harness: runs Slipway inside a REAL VS Code (code-server 4.100.3,
 * i.e. VS Code 1.100.3) driven by a real Chromium through playwright-core.
 *
 *   bash scripts/install-code-server.sh     # once (code-server, chromium, ...)
 *   npm run build && npx tsc -p tsconfig.test.json
 *   node out/test/e2e/run.js
 *
 * What it does, once per scenario:
 *  1. copies test/e2e/fixtures/workspace to a fresh temp dir;
 *  2. starts code-server on a free 127.0.0.1 port (no auth, temp profile);
 *  3. opens the workbench in Chromium with the `payload` query parameter so the
 *     repository is loaded as extensionDevelopmentPath and
 *     out/test/e2e/suite/index.js runs inside the real extension host;
 *  4. waits for the in-host suite's results file ($SLIPWAY_E2E_RESULTS), then
 *     checks the UI itself (squiggles, Problems panel) while the suite holds
 *     the extension host open, and takes screenshots to test/e2e/artifacts/;
 *  5. prints `ok - name` / `not ok - name` lines and `N passed, M failed`,
 *     exits non-zero on any failure, and always kills code-server and the
 *     browser.
 *
 * Scenarios (one after the other; each workspace's `.vscode/settings.json`
 * names a program of the workspace as slipway.docker.path, which writes a
 * marker file if it is ever run):
 *  - trusted: --disable-workspace-trust; the features, a real dockerd +
 *    registry for Build → Run → Push and a build task (01-07 screenshots),
 *    then the journeys a person makes through the UI (palette, quick picks,
 *    input boxes, light bulb, hover), checked in the daemon and registry
 *    (20-39 screenshots; the README's Test section lists them);
 *  - restricted: workspace trust on, the folder opened in Restricted Mode
 *    with runArgs/buildArgs/defaultRegistry and a tasks.json too: linting
 *    works, every Docker command and the task provider refuse; then the
 *    harness clicks the refusal's "Manage Workspace Trust" and "Trust", and
 *    the suite checks the commands after the grant (11-14 screenshots);
 *  - packaged: the .vsix installed with `code-server --install-extension`,
 *    no extensionDevelopmentPath: diagnostics and Lint Workspace (40-42).
 *
 * Environment knobs:
 *   SLIPWAY_E2E_EXTENSION_PATH  extensionDevelopmentPath (default: repo root)
 *   SLIPWAY_E2E_TIMEOUT_MS      wait for the in-host results (default 120000)
 *   SLIPWAY_E2E_CHROMIUM        browser binary (default /usr/bin/chromium)
 *   SLIPWAY_E2E_KEEP_TMP=1      keep the temp dir (workspace, profile, logs)
 *   SLIPWAY_E2E_ONLY            `trusted`, `restricted` or `packaged`: run only that scenario
 *   SLIPWAY_E2E_VSIX            the packaged extension for the `packaged` scenario (default: built with vsce package
 *                               from a copy of the sources in the temp dir)
 */
import * as childProcess from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { alive } from '../helpers/process';

// ------------------------------------------------------------------ setup

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'slipway') return dir;
      } catch {
        /* keep looking */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the slipway repository root above ${start}`);
    dir = parent;
  }
}

const REPO = findRepoRoot(__dirname);
const CODE_SERVER_BIN = path.join(REPO, 'test/e2e/.code-server/node_modules/.bin/code-server');
const FIXTURE = path.join(REPO, 'test/e2e/fixtures/workspace');
const ARTIFACTS = path.join(REPO, 'test/e2e/artifacts');
const SUITE = path.join(REPO, 'out/test/e2e/suite/index.js');
const EXTENSION_PATH = path.resolve(process.env.SLIPWAY_E2E_EXTENSION_PATH || REPO);
const RESULTS_TIMEOUT_MS = Number(process.env.SLIPWAY_E2E_TIMEOUT_MS || 120_000);
const CHROMIUM = process.env.SLIPWAY_E2E_CHROMIUM || '/usr/bin/chromium';
const KEEP_TMP = process.env.SLIPWAY_E2E_KEEP_TMP === '1';
// `trusted` or `restricted` runs only that scenario (for working on one of them).
const ONLY = process.env.SLIPWAY_E2E_ONLY ?? '';
// The Build/Run/Push check needs a real dockerd + registry (Debian docker.io, docker-registry, busybox-static);
// in CI (or with SLIPWAY_REQUIRE_DOCKER=1) their absence fails the run.
const REQUIRE_DOCKER = process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_DOCKER === '1';
const DOCKER_IMAGE_DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'COPY busybox /bin/sh',
  'EXPOSE 8080',
  'ENTRYPOINT ["/bin/busybox"]',
  'CMD ["echo", "hello from slipway e2e"]',
  '',
].join('\n');
const DOCKER_FAILING_DOCKERFILE = ['FROM scratch', 'COPY busybox /bin/busybox', 'COPY busybox /bin/sh', 'RUN /bin/busybox false', ''].join('\n');
// Built by a slipway-docker task: its RUN fails unless the build argument from slipway.docker.buildArgs arrives.
const BUILD_ARG_VALUE = 'e2e-build-arg-value';
const DOCKER_ARGS_DOCKERFILE = ['FROM scratch', 'COPY busybox /bin/busybox', 'COPY busybox /bin/sh', 'ARG SLIPWAY_E2E_TOKEN', `RUN test "$SLIPWAY_E2E_TOKEN" = "${BUILD_ARG_VALUE}"`, ''].join('\n');

// Texts that the Problems panel must show (rule ids from the fixture).
const PROBLEMS_PANEL_MUST_SHOW = ['JSONArgsRecommended', 'DL3011', 'unknown-key', 'SC2086'];

// ------------------------------------------------------------------ reporting

let passed = 0;
let failed = 0;

function report(ok: boolean, name: string, detail?: string): boolean {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'not ok'} - ${name}`);
  if (detail) {
    // eslint-disable-next-line no-control-regex
    detail = detail.replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of detail.split('\n').slice(0, ok ? 3 : 40)) console.log(`    # ${line}`);
  }
  return ok;
}

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    const value = await fn();
    const detail = typeof value === 'string' && value ? value : undefined;
    report(true, name, [detail, `${Date.now() - t0} ms`].filter(Boolean).join('\n'));
    return value;
  } catch (err) {
    report(false, name, String((err as Error)?.stack ?? err));
    throw new StepFailed(name);
  }
}

class StepFailed extends Error {}

// ------------------------------------------------------------------ helpers

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function httpGet(url: string, timeoutMs = 2000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

/** PIDs (other than ours) whose command line or environment mentions `marker`. */
function processesMentioning(marker: string): number[] {
  const found: number[] = [];
  let entries: string[] = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return found;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const pid = Number(e);
    if (pid === process.pid) continue;
    for (const f of ['cmdline', 'environ']) {
      try {
        if (fs.readFileSync(`/proc/${pid}/${f}`, 'latin1').includes(marker)) {
          found.push(pid);
          break;
        }
      } catch {
        /* gone or not ours */
      }
    }
  }
  return found;
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function findFiles(dir: string, pred: (p: string) => boolean, out: string[] = []): string[] {
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) findFiles(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

// ------------------------------------------------------------------ docker

function onPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)));
}

/** Starts a private dockerd and a registry under `dir` (scripts/docker-daemon.sh, scripts/registry.sh). */
function startDocker(dir: string): { DOCKER_HOST: string; SLIPWAY_E2E_REGISTRY: string } {
  const run = (script: string, ...args: string[]): string =>
    childProcess.execFileSync('bash', [path.join(REPO, 'scripts', script), 'start', ...args], { encoding: 'utf8', timeout: 60_000 });
  const host = /^DOCKER_HOST=(.*)$/m.exec(run('docker-daemon.sh', path.join(dir, 'd')))![1];
  let addr = '127.0.0.1:5000';
  try {
    addr = /^REGISTRY=(.*)$/m.exec(run('registry.sh', path.join(dir, 'r'), addr))![1];
  } catch {
    // 5000 is taken: any free loopback port is as good.
    const port = childProcess.execFileSync(process.execPath, ['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"], { encoding: 'utf8' }).trim();
    addr = /^REGISTRY=(.*)$/m.exec(run('registry.sh', path.join(dir, 'r'), `127.0.0.1:${port}`))![1];
  }
  return { DOCKER_HOST: host, SLIPWAY_E2E_REGISTRY: addr };
}

function stopDocker(dir: string): void {
  for (const [script, sub] of [
    ['registry.sh', 'r'],
    ['docker-daemon.sh', 'd'],
  ]) {
    if (fs.existsSync(path.join(dir, sub))) {
      childProcess.spawnSync('bash', [path.join(REPO, 'scripts', script), 'stop', path.join(dir, sub)], { stdio: 'ignore', timeout: 30_000 });
    }
  }
}

// ------------------------------------------------------------------ sessions

interface HostCheck {
  name: string;
  ok: boolean;
  detail?: string;
  ms?: number;
}

interface HostResults {
  checks: HostCheck[];
  vscodeVersion?: string;
  durationMs?: number;
}

/** One code-server + Chromium pair on one workspace. */
interface Session {
  /** `trusted` (the main scenario) or `restricted`. */
  name: string;
  /** Prefix of the step names ('' for the main scenario, so its names stay as they were). */
  label: string;
  dir: string;
  ws: string;
  csLog: string;
  releaseFile: string;
  codeServer?: childProcess.ChildProcess;
  exit?: string;
  context?: BrowserContext;
  page?: Page;
  consoleLines: string[];
  stopped?: boolean;
}

function newSession(tmp: string, name: string, label: string): Session {
  const dir = path.join(tmp, name);
  for (const d of ['user-data/User', 'extensions', 'xdg-config', 'xdg-data', 'xdg-cache', 'browser']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  const suffix = name === 'trusted' ? '' : `-${name}`;
  return { name, label, dir, ws: path.join(dir, 'workspace'), csLog: path.join(ARTIFACTS, `code-server${suffix}.log`), releaseFile: path.join(dir, 'release'), consoleLines: [] };
}

async function screenshot(s: Session, name: string): Promise<void> {
  if (!s.page) return;
  try {
    await s.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), timeout: 10_000 });
  } catch (err) {
    console.log(`    # screenshot ${name} failed: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** A quiet profile (no welcome walkthrough, tips, update or telemetry noise) plus `extra`. */
function writeUserSettings(s: Session, extra: Record<string, unknown> = {}): void {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    ...extra,
  };
  fs.writeFileSync(path.join(s.dir, 'user-data', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Starts code-server on `s.ws`; `trust: false` passes --disable-workspace-trust (every folder trusted). */
async function startCodeServer(s: Session, opts: { workspaceTrust: boolean; env: Record<string, string> }): Promise<string> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  await step(`${s.label}code-server starts and answers /healthz`, async () => {
    const out = fs.openSync(s.csLog, 'w');
    s.codeServer = childProcess.spawn(
      process.execPath,
      [
        fs.realpathSync(CODE_SERVER_BIN),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        ...(opts.workspaceTrust ? [] : ['--disable-workspace-trust']),
        '--disable-getting-started-override',
        '--user-data-dir', path.join(s.dir, 'user-data'),
        '--extensions-dir', path.join(s.dir, 'extensions'),
        s.ws,
      ],
      {
        cwd: s.dir,
        detached: true, // own process group, killed as a whole
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          XDG_CONFIG_HOME: path.join(s.dir, 'xdg-config'),
          XDG_DATA_HOME: path.join(s.dir, 'xdg-data'),
          XDG_CACHE_HOME: path.join(s.dir, 'xdg-cache'),
          SLIPWAY_E2E_RELEASE: s.releaseFile,
          SLIPWAY_E2E_HOLD_MS: String(RESULTS_TIMEOUT_MS),
          // the in-host suite must finish (and report) well before we give up
          SLIPWAY_E2E_SUITE_BUDGET_MS: String(Math.max(10_000, RESULTS_TIMEOUT_MS - 30_000)),
          // never let the code-server process think it is itself inside VS Code
          VSCODE_IPC_HOOK_CLI: '',
          ...opts.env,
        },
      },
    );
    fs.closeSync(out);
    s.codeServer.on('exit', (code, signal) => (s.exit = `code ${code} signal ${signal}`));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (s.exit !== undefined) throw new Error(`code-server exited (${s.exit}):\n${tail(s.csLog)}`);
      try {
        const res = await httpGet(`${origin}/healthz`);
        if (res.status === 200) return `${origin} pid ${s.codeServer.pid}: ${res.body}`;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`no /healthz after 30 s:\n${tail(s.csLog)}`);
      await sleep(100);
    }
  });
  return origin;
}

/** Opens the workbench with the extension under development and the in-host suite (the `payload` parameter). */
async function openWorkbench(s: Session, origin: string, firstScreenshot: string, opts: { development?: boolean } = {}): Promise<void> {
  const authority = new URL(origin).host;
  const remote = (p: string) => `vscode-remote://${authority}${p.split(path.sep).join('/')}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(EXTENSION_PATH)],
    ['extensionTestsPath', remote(SUITE)],
  ]);
  // Without `development`, the workbench opens as users open it: the extensions come from --extensions-dir only.
  const url = `${origin}/?folder=${encodeURIComponent(s.ws)}${opts.development === false ? '' : `&payload=${encodeURIComponent(payload)}`}`;
  await step(`${s.label}workbench loads in Chromium`, async () => {
    s.context = await chromium.launchPersistentContext(path.join(s.dir, 'browser'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1440, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = s.context.pages()[0] ?? (await s.context.newPage());
    s.page = page;
    page.on('console', (m) => s.consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => s.consoleLines.push(`[pageerror] ${e.message}`));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // The explorer shows the fixture workspace.
    await page.locator('.explorer-folders-view').first().waitFor({ state: 'attached', timeout: 30_000 }).catch(() => undefined);
    await screenshot(s, firstScreenshot);
    return url;
  });
}

/** Waits for a results file of the in-host suite and reports each of its checks as `host: <name>`. */
async function hostResults(s: Session, file: string, stepName: string, timeoutScreenshot: string): Promise<HostResults> {
  const results = await step(stepName, async () => {
    const deadline = Date.now() + RESULTS_TIMEOUT_MS;
    while (!fs.existsSync(file)) {
      if (s.exit !== undefined) throw new Error(`code-server exited (${s.exit}):\n${tail(s.csLog)}`);
      if (Date.now() > deadline) {
        await screenshot(s, timeoutScreenshot);
        const exthostLogs = findFiles(path.join(s.dir, 'user-data', 'logs'), (p) => /exthost/i.test(p) && p.endsWith('.log'));
        const logTails = exthostLogs.map((f) => `--- ${path.relative(s.dir, f)}\n${tail(f, 20)}`).join('\n');
        throw new Error(`timed out after ${RESULTS_TIMEOUT_MS} ms waiting for ${file}\n${logTails}`);
      }
      await sleep(250);
    }
    return JSON.parse(fs.readFileSync(file, 'utf8')) as HostResults;
  });
  console.log(`    # VS Code ${results.vscodeVersion ?? '?'}; suite took ${results.durationMs ?? '?'} ms`);
  if (!Array.isArray(results.checks) || results.checks.length === 0) {
    report(false, `${s.label}in-host suite reported checks`, JSON.stringify(results));
  }
  for (const c of results.checks ?? []) {
    report(Boolean(c.ok), `host: ${c.name}`, [c.detail, c.ms !== undefined ? `${c.ms} ms` : ''].filter(Boolean).join('\n'));
  }
  return results;
}

/** Releases the in-host suite, closes the browser and kills code-server's process group; keeps the logs. */
async function stopSession(s: Session): Promise<void> {
  if (s.stopped) return;
  s.stopped = true;
  try {
    fs.writeFileSync(s.releaseFile, 'done');
  } catch {
    /* ignore */
  }
  if (s.context) await Promise.race([s.context.close().catch(() => undefined), sleep(10_000)]);
  if (s.codeServer?.pid && s.exit === undefined) {
    // code-server was spawned detached: it leads its own process group, which
    // holds its extension host and the language server.
    const pgid = s.codeServer.pid;
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + 5000;
    while (alive(pgid) && Date.now() < deadline) await sleep(100);
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  const suffix = s.name === 'trusted' ? '' : `-${s.name}`;
  try {
    fs.writeFileSync(path.join(ARTIFACTS, `browser-console${suffix}.log`), s.consoleLines.join('\n') + '\n');
    const logs = path.join(s.dir, 'user-data', 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(ARTIFACTS, `vscode-logs${suffix}`), { recursive: true });
  } catch {
    /* ignore */
  }
}

/** Runs `fn` as a step whose failure is reported but does not end the run. */
async function softStep<T>(name: string, fn: () => Promise<T>): Promise<void> {
  await step(name, fn).catch((e) => {
    if (!(e instanceof StepFailed)) throw e;
  });
}

async function runCommand(p: Page, title: string): Promise<void> {
  await p.keyboard.press('F1');
  await p.locator('.quick-input-widget input').first().fill(`>${title}`, { timeout: 5000 });
  await sleep(500);
  // Enter only once the palette has filtered down to the command (its label leads the focused row).
  const focused = p.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first();
  for (let deadline = Date.now() + 5000; Date.now() < deadline; await sleep(100)) {
    if ((await focused.innerText().catch(() => '')).replace(/\s+/g, ' ').includes(title)) break;
  }
  await p.keyboard.press('Enter');
}

// ------------------------------------------------------------------ the workspace's own "docker"

/**
 * A program a cloned repository could ship and name in its `.vscode/settings.json` as slipway.docker.path: when
 * run, it appends its command line to `marker` and exits 0 (so a build "succeeds"). Slipway must never run it.
 */
function writeEvilDocker(ws: string, marker: string): string {
  const program = path.join(ws, 'tools', 'docker');
  fs.mkdirSync(path.dirname(program), { recursive: true });
  fs.writeFileSync(program, `#!/bin/sh\necho "$0 $*" >> '${marker}'\nexit 0\n`, { mode: 0o755 });
  return program;
}

function writeWorkspaceSettings(ws: string, settings: Record<string, unknown>, tasks?: unknown): void {
  fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(ws, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  if (tasks) fs.writeFileSync(path.join(ws, '.vscode', 'tasks.json'), JSON.stringify(tasks, null, 2));
}

// ------------------------------------------------------------------ main

async function main(): Promise<number> {
  const tStart = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-e2e-'));
  // What the workspaces' own slipway.docker.path programs write when they run (never, if all is well).
  const markers = { trusted: path.join(tmp, 'evil-docker-ran-trusted'), restricted: path.join(tmp, 'evil-docker-ran-restricted') };

  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  const sessions: Session[] = [];
  let cleanedUp = false;
  const cleanup = async (): Promise<void> => {
    if (cleanedUp) return;
    cleanedUp = true;
    for (const s of sessions) await stopSession(s);
    // The private dockerd and registry are stopped by their PIDs (dockerd stops its containerd and containers).
    stopDocker(path.join(tmp, 'docker'));
    // Anything still running that belongs to this run (its command line or
    // environment names our temp dir: chromium's profile, code-server's
    // children that left the group) is killed by PID.
    for (let i = 0; i < 3; i++) {
      const left = processesMentioning(tmp);
      if (left.length === 0) break;
      for (const pid of left) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
      await sleep(200);
    }
    if (!KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    else console.log(`    # kept temp dir ${tmp}`);
  };

  const onSignal = (sig: NodeJS.Signals) => {
    console.log(`not ok - interrupted by ${sig}`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let current: Session | undefined;
  try {
    // ---------------------------------------------------------- prerequisites
    await step('prerequisites present', async () => {
      const problems: string[] = [];
      if (!fs.existsSync(CODE_SERVER_BIN)) {
        problems.push(`code-server is not installed at ${CODE_SERVER_BIN}: run \`bash scripts/install-code-server.sh\``);
      }
      if (!fs.existsSync(CHROMIUM)) {
        problems.push(`no browser at ${CHROMIUM}: run \`bash scripts/install-code-server.sh\` (installs Debian's chromium) or set SLIPWAY_E2E_CHROMIUM`);
      }
      if (!fs.existsSync(SUITE)) problems.push(`${SUITE} is missing: run \`npx tsc -p tsconfig.test.json\``);
      const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION_PATH, 'package.json'), 'utf8'));
      const main = path.join(EXTENSION_PATH, pkg.main ?? './dist/client.js');
      if (!fs.existsSync(main)) problems.push(`${main} is missing: run \`npm run build\``);
      if (problems.length) throw new Error(problems.join('\n'));
      return `extension ${pkg.publisher}.${pkg.name} at ${EXTENSION_PATH}`;
    });

    // ========================================================== scenario 1: a trusted workspace
    if (ONLY === '' || ONLY === 'trusted') await trustedScenario(tmp, markers.trusted, sessions, (s) => (current = s));

    // ========================================================== scenario 2: Restricted Mode, then trust
    if (ONLY === '' || ONLY === 'restricted') await restrictedScenario(tmp, markers.restricted, sessions, (s) => (current = s));

    // ========================================================== scenario 3: the packaged .vsix, installed as users do
    if (ONLY === '' || ONLY === 'packaged') await packagedScenario(tmp, sessions, (s) => (current = s));

    // ---------------------------------------------------------- the workspaces' programs
    await step("the workspaces' own slipway.docker.path programs never ran (trusted and restricted)", async () => {
      const ran = Object.values(markers).filter((m) => fs.existsSync(m));
      if (ran.length) throw new Error(ran.map((m) => `${path.basename(m)}:\n${fs.readFileSync(m, 'utf8')}`).join('\n'));
      return `${Object.values(markers).map((m) => path.basename(m)).join(', ')} never written`;
    });
  } catch (err) {
    if (!(err instanceof StepFailed)) report(false, 'harness error', String((err as Error)?.stack ?? err));
    if (current) await screenshot(current, '99-failure');
  } finally {
    if (failed > 0 && current && !current.stopped) await screenshot(current, '99-failure');
    await cleanup();
    const leftovers = processesMentioning(tmp);
    report(leftovers.length === 0, 'code-server and browser stopped', leftovers.length ? `still running: ${leftovers.join(', ')}` : undefined);
    console.log(`    # total ${((Date.now() - tStart) / 1000).toFixed(1)} s; artefacts in ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}`);
  }
  return failed === 0 ? 0 : 1;
}

/**
 * The main scenario: a trusted workspace (code-server with --disable-workspace-trust) with the fixture files, a
 * private dockerd and registry for the Build → Run → Push check, and a `.vscode/settings.json` that names the
 * workspace's own program as slipway.docker.path (machine scoped: it must be ignored).
 */
async function trustedScenario(tmp: string, marker: string, sessions: Session[], setCurrent: (s: Session) => void): Promise<void> {
  const trusted = newSession(tmp, 'trusted', '');
  sessions.push(trusted);
  setCurrent(trusted);
  fs.cpSync(FIXTURE, trusted.ws, { recursive: true });
  // Its settings name a program of its own as slipway.docker.path; the docker check below must still use
  // docker from PATH (the setting is machine scoped).
  const trustedEvil = writeEvilDocker(trusted.ws, marker);
  // (slipway.format.ignoreMultilineInstructions shows that VS Code reads the file at all; the build argument is
  // for the build task check.)
  writeWorkspaceSettings(trusted.ws, {
    'slipway.docker.path': trustedEvil,
    'slipway.docker.buildArgs': { SLIPWAY_E2E_TOKEN: BUILD_ARG_VALUE },
    'slipway.format.ignoreMultilineInstructions': true,
  });

  // ---------------------------------------------------------- docker daemon + registry
  const dockerEnv: Record<string, string> = {};
  await softStep('docker daemon and registry for the build/run/push check', async () => {
    const missing = ['dockerd', 'docker-registry', 'busybox'].filter((b) => !onPath(b));
    if (missing.length) {
      const msg = `${missing.join(', ')} not installed (apt-get install -y docker.io docker-registry busybox-static)`;
      if (REQUIRE_DOCKER) throw new Error(msg);
      dockerEnv.SLIPWAY_E2E_DOCKER_MISSING = msg;
      return `NOT RUN: ${msg}`;
    }
    Object.assign(dockerEnv, startDocker(path.join(tmp, 'docker')));
    dockerEnv.DOCKER_CONFIG = path.join(tmp, 'docker-config');
    fs.mkdirSync(dockerEnv.DOCKER_CONFIG, { recursive: true });
    const app = path.join(trusted.ws, 'busybox-app');
    fs.mkdirSync(app, { recursive: true });
    fs.copyFileSync('/bin/busybox', path.join(app, 'busybox'));
    fs.writeFileSync(path.join(app, 'Dockerfile'), DOCKER_IMAGE_DOCKERFILE);
    fs.writeFileSync(path.join(app, 'failing.Dockerfile'), DOCKER_FAILING_DOCKERFILE);
    fs.writeFileSync(path.join(app, 'args.Dockerfile'), DOCKER_ARGS_DOCKERFILE);
    return `DOCKER_HOST=${dockerEnv.DOCKER_HOST} registry ${dockerEnv.SLIPWAY_E2E_REGISTRY}`;
  });
  writeUserSettings(trusted);

  const resultsFile = path.join(trusted.dir, 'results.json');
  const origin = await startCodeServer(trusted, {
    workspaceTrust: false,
    env: {
      SLIPWAY_E2E_RESULTS: resultsFile,
      SLIPWAY_E2E_EVIL_DOCKER: trustedEvil,
      SLIPWAY_E2E_MARKER: marker,
      // the private dockerd/registry for the Build/Run/Push check (none of the host's)
      ...dockerEnv,
      SLIPWAY_E2E_REQUIRE_DOCKER: REQUIRE_DOCKER ? '1' : '',
    },
  });
  await openWorkbench(trusted, origin, '01-workbench');

  // ---------------------------------------------------------- in-host suite
  const results = await hostResults(trusted, resultsFile, 'in-host suite writes its results', '99-timeout');

  // ---------------------------------------------------------- UI checks
  const p = trusted.page as Page;
  // When the extension host already saw no diagnostics, do not wait long for the UI to show them.
  const uiWait = (results.checks ?? []).every((c) => c.ok) ? 20_000 : 3_000;
  await softStep('editor shows error and warning squiggles in the Dockerfile', async () => {
    const editor = p.locator('.editor-group-container.active .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    const title = (await p.locator('.editor-group-container.active .tab.active').first().innerText().catch(() => '')).trim();
    await p.locator('.editor-group-container.active .squiggly-error').first().waitFor({ state: 'attached', timeout: uiWait });
    await p.locator('.editor-group-container.active .squiggly-warning').first().waitFor({ state: 'attached', timeout: uiWait });
    await screenshot(trusted, '02-editor-diagnostics');
    const errors = await p.locator('.editor-group-container.active .squiggly-error').count();
    const warnings = await p.locator('.editor-group-container.active .squiggly-warning').count();
    return `active tab "${title}": ${errors} error / ${warnings} warning squiggle(s)`;
  });

  await softStep('Problems panel lists the diagnostics', async () => {
    const panel = p.locator('.markers-panel');
    const openers: Array<[string, () => Promise<void>]> = [
      ['Ctrl+Shift+M', async () => {
        await p.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ timeout: 5000 }).catch(() => undefined);
        await p.keyboard.press('Control+Shift+M');
      }],
      ['status bar problems item', async () => {
        await p.locator('[id="status.problems"] a, [id="status.problems"]').first().click({ timeout: 5000 });
      }],
      ['command palette', () => runCommand(p, 'Problems: Focus on Problems View')],
    ];
    let how = '';
    for (const [name, open] of openers) {
      try {
        await open();
        await panel.first().waitFor({ state: 'visible', timeout: 5000 });
        how = name;
        break;
      } catch {
        /* try the next way */
      }
    }
    if (!how) throw new Error('could not open the Problems panel');
    let text = '';
    const deadline = Date.now() + uiWait;
    for (;;) {
      text = await panel.first().innerText().catch(() => '');
      if (PROBLEMS_PANEL_MUST_SHOW.every((t) => text.includes(t))) break;
      if (Date.now() > deadline) {
        await screenshot(trusted, '03-problems-panel');
        const missing = PROBLEMS_PANEL_MUST_SHOW.filter((t) => !text.includes(t));
        throw new Error(`Problems panel lacks ${missing.join(', ')}; it shows:\n${text}`);
      }
      await sleep(250);
    }
    await screenshot(trusted, '03-problems-panel');
    const status = await p.locator('[id="status.problems"]').first().getAttribute('aria-label').catch(() => null);
    return `opened with ${how}; status bar: ${status ?? '?'}\n${text.split('\n').filter((l) => l.trim()).slice(0, 8).join(' | ')}`;
  });

  // The ShellCheck finding on `RUN mkdir -p $HOME/.cache` (fixture Dockerfile, line 3): from its row in the
  // Problems panel to the editor, then Ctrl+. and ShellCheck's own fix from the light bulb menu, as a person does it.
  await softStep('ShellCheck SC2086: Problems panel → editor → Ctrl+. → "Apply ShellCheck\'s fix for SC2086"', async () => {
    const panel = p.locator('.markers-panel').first();
    const row = panel.locator('.monaco-list-row', { hasText: 'SC2086' }).first();
    await row.waitFor({ state: 'visible', timeout: uiWait });
    await row.click();
    await p.keyboard.press('Enter'); // opens the problem in its editor with the cursor on it
    const editorText = async () => (await p.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    let menu = p.locator('.action-widget .monaco-list-row', { hasText: "Apply ShellCheck's fix for SC2086" }).first();
    for (let attempt = 0; ; attempt++) {
      await sleep(500);
      await p.keyboard.press('Control+.');
      try {
        await menu.waitFor({ state: 'visible', timeout: 5_000 });
        break;
      } catch (e) {
        if (attempt === 2) {
          await screenshot(trusted, '04-shellcheck-quick-fix');
          throw new Error(`no "Apply ShellCheck's fix for SC2086" in the quick fix menu; the editor shows:\n${await editorText()}`);
        }
        await p.keyboard.press('Escape');
        menu = p.locator('.action-widget .monaco-list-row', { hasText: "Apply ShellCheck's fix for SC2086" }).first();
      }
    }
    const offered = (await p.locator('.action-widget').first().innerText().catch(() => '')).split('\n').filter((l) => l.trim());
    await screenshot(trusted, '04-shellcheck-quick-fix');
    // The menu takes the keyboard (a pointer block lies over the editor while it is open): arrow to the fix, Enter.
    const focused = p.locator('.action-widget .monaco-list-row.focused').first();
    for (let i = 0; (await focused.getAttribute('aria-label').catch(() => null)) !== "Apply ShellCheck's fix for SC2086"; i++) {
      if (i === offered.length + 1) throw new Error(`could not move to the fix in the menu: ${offered.join(' | ')}`);
      await p.keyboard.press('ArrowDown');
      await sleep(100);
    }
    await p.keyboard.press('Enter');
    let text = '';
    const deadline = Date.now() + 10_000;
    while (!(text = await editorText()).includes('RUN mkdir -p "$HOME"/.cache') && Date.now() < deadline) await sleep(250);
    if (!text.includes('RUN mkdir -p "$HOME"/.cache')) throw new Error(`the fix did not reach the editor; it shows:\n${text}`);
    // The finding leaves the Problems panel once ShellCheck has looked at the new text, and does not come back.
    let problems = '';
    const gone = Date.now() + 20_000;
    while ((problems = await panel.innerText().catch(() => '')).includes('SC2086') && Date.now() < gone) await sleep(250);
    if (problems.includes('SC2086')) throw new Error(`SC2086 is still in the Problems panel:\n${problems}`);
    await sleep(2_000);
    problems = await panel.innerText().catch(() => '');
    if (problems.includes('SC2086')) throw new Error(`SC2086 came back after the fix:\n${problems}`);
    if (!PROBLEMS_PANEL_MUST_SHOW.filter((t) => t !== 'SC2086').every((t) => problems.includes(t))) throw new Error(`the other problems left the panel too:\n${problems}`);
    await screenshot(trusted, '05-shellcheck-fixed');
    return `menu: ${offered.slice(0, 6).join(' | ')}`;
  });

  // A person writing an expression: open the workflow with Quick Open, go to the `${{ github.event. }}` in it, ask
  // for suggestions, narrow them by typing, accept with Enter, twice (a property of the pull_request payload).
  await softStep('workflow: type in ${{ github.event. }} and accept pull_request, then title, from the suggest widget', async () => {
    await p.keyboard.press('Escape');
    await p.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ timeout: 5000 }).catch(() => undefined);
    await p.keyboard.press('Control+P');
    await p.locator('.quick-input-widget input').first().fill('events.yml', { timeout: 5000 });
    await sleep(800);
    await p.keyboard.press('Enter');
    await p.locator('.editor-group-container.active .tab.active', { hasText: 'events.yml' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    const lineText = '      - run: echo "${{ github.event. }}"';
    const column = lineText.indexOf('github.event.') + 'github.event.'.length + 1;
    await p.keyboard.press('Control+G');
    await p.locator('.quick-input-widget input').first().fill(`:9:${column}`, { timeout: 5000 });
    await sleep(300);
    await p.keyboard.press('Enter');
    const widget = p.locator('.editor-group-container.active .suggest-widget.visible').first();
    const focusedLabel = async () => (await p.locator('.editor-group-container.active .suggest-widget.visible .monaco-list-row.focused .label-name').first().innerText().catch(() => '')).trim();
    const accept = async (typed: string, want: string) => {
      await widget.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
        await p.keyboard.press('Control+Space');
        await widget.waitFor({ state: 'visible', timeout: 10_000 });
      });
      await p.keyboard.type(typed, { delay: 60 });
      const deadline = Date.now() + 10_000;
      let label = '';
      while ((label = await focusedLabel()) !== want && Date.now() < deadline) await sleep(200);
      if (label !== want) {
        await screenshot(trusted, '07-workflow-completion');
        throw new Error(`after typing "${typed}" the suggest widget has "${label || '(nothing)'}" selected, not "${want}"`);
      }
    };
    await p.keyboard.press('Control+Space');
    await accept('pull_req', 'pull_request');
    await screenshot(trusted, '07-workflow-completion');
    await p.keyboard.press('Enter');
    await p.keyboard.type('.', { delay: 60 });
    await accept('titl', 'title');
    await p.keyboard.press('Enter');
    const editorText = async () => (await p.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    const want = '      - run: echo "${{ github.event.pull_request.title }}"';
    let text = '';
    const deadline = Date.now() + 5_000;
    while (!(text = await editorText()).includes(want) && Date.now() < deadline) await sleep(200);
    if (!text.includes(want)) throw new Error(`the editor shows:\n${text}`);
    return want.trim();
  });

  // ---------------------------------------------------------- journeys: a person at the UI (issue 18)
  await editorJourneys(trusted);

  if (dockerEnv.DOCKER_HOST) {
    await softStep('"Slipway Docker" output channel shows the build → run → push', async () => {
      await runCommand(p, 'Slipway: Show Docker Output');
      const out = p.locator('.panel .output, .panel [id="workbench.panel.output"]').first();
      await out.waitFor({ state: 'visible', timeout: 10_000 });
      let text = '';
      const deadline = Date.now() + 10_000;
      while (!/pushed/.test(text) && Date.now() < deadline) {
        text = await p.locator('.panel').first().innerText().catch(() => '');
        if (!/pushed/.test(text)) await sleep(250);
      }
      await screenshot(trusted, '06-docker-output');
      if (!/pushed/.test(text)) throw new Error(`the output panel does not show the push:\n${text.slice(-2000)}`);
      return text.split('\n').filter((l) => /▶|✔|✖/.test(l)).slice(0, 12).join('\n');
    });
  }
  if (dockerEnv.DOCKER_HOST) await dockerJourneys(trusted, dockerEnv);
  if (failed > 0) await screenshot(trusted, '99-failure');
  // One editor at a time on this machine: the next scenario starts after this one is gone.
  await stopSession(trusted);
}

/**
 * The extension as users get it: the .vsix (vsce package, from a copy of the sources) installed with
 * `code-server --install-extension`, the workspace opened without extensionDevelopmentPath or the in-host suite.
 * Diagnostics show in the editor and the Problems panel, and one command (Lint Workspace) runs from the palette.
 */
async function packagedScenario(tmp: string, sessions: Session[], setCurrent: (s: Session) => void): Promise<void> {
  const s = newSession(tmp, 'packaged', 'packaged: ');
  sessions.push(s);
  setCurrent(s);
  const vsix = await step('packaged: the .vsix is built (vsce package)', async () => {
    if (process.env.SLIPWAY_E2E_VSIX) return path.resolve(process.env.SLIPWAY_E2E_VSIX);
    // From a copy, so that the production build (vscode:prepublish) leaves the repository's dist/ alone.
    const src = path.join(s.dir, 'src');
    const skip = new Set(['node_modules', 'out', '.git', 'dist', 'test', 'bench']);
    fs.cpSync(REPO, src, { recursive: true, filter: (p) => !skip.has(path.relative(REPO, p).split(path.sep)[0]) && !p.endsWith('.vsix') });
    fs.symlinkSync(fs.realpathSync(path.join(REPO, 'node_modules')), path.join(src, 'node_modules'));
    const out = path.join(s.dir, 'slipway.vsix');
    const r = childProcess.spawnSync(path.join(src, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', out], { cwd: src, encoding: 'utf8', timeout: 180_000 });
    if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`vsce package failed (${r.status}):\n${(r.stdout ?? '').slice(-1500)}\n${(r.stderr ?? '').slice(-1500)}`);
    return out;
  });
  await step('packaged: code-server --install-extension <vsix>', async () => {
    const r = childProcess.spawnSync(
      process.execPath,
      [fs.realpathSync(CODE_SERVER_BIN), '--user-data-dir', path.join(s.dir, 'user-data'), '--extensions-dir', path.join(s.dir, 'extensions'), '--install-extension', vsix],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, XDG_CONFIG_HOME: path.join(s.dir, 'xdg-config'), XDG_DATA_HOME: path.join(s.dir, 'xdg-data'), VSCODE_IPC_HOOK_CLI: '' } },
    );
    const installed = fs.readdirSync(path.join(s.dir, 'extensions')).filter((d) => d.startsWith('slipway.slipway-'));
    if (r.status !== 0 || installed.length === 0) throw new Error(`install failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    return `${(r.stdout ?? '').trim().split('\n').pop()} → extensions/${installed.join(', ')}`;
  });
  fs.cpSync(FIXTURE, s.ws, { recursive: true });
  writeUserSettings(s);
  const origin = await startCodeServer(s, { workspaceTrust: false, env: {} });
  await openWorkbench(s, origin, '40-packaged-workbench', { development: false });
  const pg = s.page as Page;

  await journey(s, 'packaged-diagnostics', 'packaged: the installed extension shows the Dockerfile findings (squiggles, Problems panel)', async () => {
    await quickOpen(s, 'Dockerfile', 'FROM python:3.12-slim');
    await pg.locator(`${ACTIVE_EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 60_000 });
    await pg.locator(`${ACTIVE_EDITOR} .squiggly-warning`).first().waitFor({ state: 'attached', timeout: 20_000 });
    await runCommand(pg, 'Problems: Focus on Problems View');
    const t = await until('the Problems panel lacks DL3011 and JSONArgsRecommended', async () => {
      const text = await pg.locator('.markers-panel').first().innerText().catch(() => '');
      return text.includes('DL3011') && text.includes('JSONArgsRecommended') ? text : false;
    }, 20_000);
    await clearNotifications(pg);
    await screenshot(s, '41-packaged-diagnostics');
    return t.split('\n').filter((l) => /DL3011|JSONArgsRecommended/.test(l)).map((l) => l.trim()).join(' | ');
  });

  await journey(s, 'packaged-lint', 'packaged: palette → Slipway: Lint Workspace → its summary notification', async () => {
    await clearNotifications(pg);
    await runCommand(pg, 'Slipway: Lint Workspace');
    const toast = pg.locator('.notification-toast', { hasText: /Slipway: linted \d+ file\(s\)/ }).first();
    await toast.waitFor({ state: 'visible', timeout: 60_000 });
    const text = (await toast.innerText()).replace(/\s+/g, ' ').trim();
    await screenshot(s, '42-packaged-lint-workspace');
    return text;
  });
  if (failed > 0) await screenshot(s, '99-failure');
  await stopSession(s);
}

/**
 * A workspace opened in Restricted Mode (code-server with workspace trust on, no startup prompt) whose
 * `.vscode/settings.json` names its own program as slipway.docker.path and sets runArgs, buildArgs and
 * defaultRegistry, with a slipway-docker task in `.vscode/tasks.json`. The in-host suite checks that linting
 * works and that every Docker command and the task provider refuse; the harness checks what the user sees, then
 * trusts the workspace through "Manage Workspace Trust", and the suite checks the commands after the grant.
 */
async function restrictedScenario(tmp: string, marker: string, sessions: Session[], setCurrent: (s: Session) => void): Promise<void> {
  const s = newSession(tmp, 'restricted', 'restricted: ');
  sessions.push(s);
  setCurrent(s);
  fs.cpSync(FIXTURE, s.ws, { recursive: true });
  const evil = writeEvilDocker(s.ws, marker);
  writeWorkspaceSettings(
    s.ws,
    {
      'slipway.docker.path': evil,
      'slipway.docker.runArgs': ['--privileged', '-v', '/:/host'],
      'slipway.docker.buildArgs': { FROM_THE_REPOSITORY: '1' },
      'slipway.docker.defaultRegistry': 'registry.invalid/from-the-repository',
      // Not restricted: shows that VS Code reads this settings file at all.
      'slipway.format.ignoreMultilineInstructions': true,
    },
    { version: '2.0.0', tasks: [{ label: 'from the repository', type: 'slipway-docker', command: 'run', image: 'alpine:3' }] },
  );
  // Workspace trust is on. No startup prompt: VS Code refuses to show dialogs while extension tests run, and a
  // refused trust prompt would leave its request pending (the folder stays in Restricted Mode either way).
  writeUserSettings(s, { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' });
  const results1 = path.join(s.dir, 'results-restricted.json');
  const results2 = path.join(s.dir, 'results-granted.json');
  const dockerConfig = path.join(s.dir, 'docker-config');
  fs.mkdirSync(dockerConfig, { recursive: true });
  const origin = await startCodeServer(s, {
    workspaceTrust: true,
    env: {
      SLIPWAY_E2E_SCENARIO: 'restricted',
      SLIPWAY_E2E_RESULTS: results1,
      SLIPWAY_E2E_RESULTS_GRANTED: results2,
      SLIPWAY_E2E_EVIL_DOCKER: evil,
      SLIPWAY_E2E_MARKER: marker,
      // Nobody listens there: docker from PATH fails to connect, which tells it apart from the workspace's program.
      DOCKER_HOST: `unix://${path.join(s.dir, 'no-docker.sock')}`,
      DOCKER_CONFIG: dockerConfig,
    },
  });
  await openWorkbench(s, origin, '11-restricted-workbench');
  const p = s.page as Page;
  const restricted = await hostResults(s, results1, 'restricted: in-host suite writes its Restricted Mode results', '99-restricted-timeout');
  const uiWait = (restricted.checks ?? []).every((c) => c.ok) ? 20_000 : 3_000;

  await softStep('restricted: the workbench shows Restricted Mode', async () => {
    const indicator = p.locator('[id="status.workspaceTrust"], .monaco-workbench .banner').filter({ hasText: 'Restricted Mode' }).first();
    await indicator.waitFor({ state: 'visible', timeout: uiWait });
    return (await indicator.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200);
  });

  await softStep('restricted: the Dockerfile still shows its error and warning squiggles', async () => {
    await p.locator('.editor-group-container.active .squiggly-error').first().waitFor({ state: 'attached', timeout: uiWait });
    await p.locator('.editor-group-container.active .squiggly-warning').first().waitFor({ state: 'attached', timeout: uiWait });
    const title = (await p.locator('.editor-group-container.active .tab.active').first().innerText().catch(() => '')).trim();
    return `active tab "${title}": ${await p.locator('.editor-group-container.active .squiggly-error').count()} error squiggle(s)`;
  });

  await softStep("restricted: Slipway's status bar item wears a shield and says what is off", async () => {
    const item = p.locator('.statusbar-item').filter({ has: p.locator('.codicon-shield') }).filter({ hasText: 'Slipway' }).first();
    await item.waitFor({ state: 'visible', timeout: uiWait });
    const label = (await item.getAttribute('aria-label').catch(() => null)) ?? '';
    await item.hover();
    const tip = p.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'Restricted Mode' }).first();
    await tip.waitFor({ state: 'visible', timeout: 5_000 });
    return `${label.trim()} | ${(await tip.innerText()).replace(/\s+/g, ' ').trim().slice(0, 160)}`;
  });

  await softStep('restricted: the refusal is shown to the user; its Manage Workspace Trust button grants trust', async () => {
    await runCommand(p, 'Notifications: Show Notifications');
    const item = p
      .locator('.notifications-center .notification-list-item')
      .filter({ hasText: 'Slipway: build: Docker commands and slipway-docker tasks are disabled in Restricted Mode' })
      .first();
    await item.waitFor({ state: 'visible', timeout: uiWait });
    await screenshot(s, '12-restricted-refused');
    const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
    // The user's way out: the notification's button opens the trust editor, where "Trust" grants trust.
    await item.getByRole('button', { name: 'Manage Workspace Trust' }).click({ timeout: 10_000 });
    const editor = p.locator('.workspace-trust-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    const trust = editor.getByRole('button', { name: /^Trust( Folder)?$/ }).first();
    await trust.waitFor({ state: 'visible', timeout: 10_000 });
    await p.keyboard.press('Escape'); // hides the notification list in front of the editor
    await screenshot(s, '13-restricted-trust-editor');
    await trust.click({ timeout: 10_000 });
    return `${text.slice(0, 240)}\nclicked Manage Workspace Trust, then Trust`;
  });

  await hostResults(s, results2, 'restricted: in-host suite writes its results after the grant', '99-granted-timeout');
  await screenshot(s, '14-granted');
  if (failed > 0) await screenshot(s, '99-failure');
  await stopSession(s);
}

// ------------------------------------------------------------------ journeys (issue 18): a person at the UI

/** Files the Docker journeys use, written into the workspace once the in-host suite is done. */
const JOURNEY_DOCKERFILE = [
  'FROM scratch AS base',
  'COPY busybox /bin/busybox',
  'COPY busybox /bin/sh',
  'ENTRYPOINT ["/bin/busybox"]',
  '',
  'FROM base AS app',
  'CMD ["echo", "hello from the app stage"]',
  '',
  'FROM base AS last',
  'CMD ["echo", "hello from the last stage"]',
  '',
].join('\n');
// Two services of the in-host suite's busybox image (slipway-e2e/busybox:1, ENTRYPOINT busybox) that say they are up and sleep.
const JOURNEY_COMPOSE = ['one', 'two']
  .map((s) => [`  ${s}:`, '    image: slipway-e2e/busybox:1', `    command: ["sh", "-c", "echo service ${s} is up; exec busybox sleep 300"]`, '    stop_grace_period: 1s'].join('\n'))
  .reduce((acc, s) => `${acc}${s}\n`, 'services:\n');

const ACTIVE_EDITOR = '.editor-group-container.active .monaco-editor';

async function editorText(p: Page): Promise<string> {
  return (await p.locator(`${ACTIVE_EDITOR} .view-lines`).first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
}

/** Polls `fn` until it returns something truthy; throws `what` (with the last value) after `ms`. */
async function until<T>(what: string, fn: () => Promise<T | undefined | false>, ms = 10_000, every = 250): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = (e as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`${what} (after ${ms} ms)${last !== undefined && last !== false ? `: ${String(last).slice(0, 1500)}` : ''}`);
    await sleep(every);
  }
}

/** Dismisses every notification toast (so no toast covers a screenshot). */
async function clearNotifications(p: Page): Promise<void> {
  await runCommand(p, 'Notifications: Clear All Notifications');
  await until('notification toasts still visible', async () => (await p.locator('.notification-toast-container .notification-toast').count()) === 0, 5_000).catch(() => undefined);
}

/** Quick Open (Ctrl+P) of a workspace file, typed as its full path (unambiguous); waits until the editor shows `expect`. */
async function quickOpen(s: Session, relPath: string, expect: string): Promise<void> {
  const p = s.page as Page;
  await p.keyboard.press('Escape');
  await p.keyboard.press('Control+P');
  await p.locator('.quick-input-widget input').first().fill(path.join(s.ws, relPath), { timeout: 5000 });
  const dir = path.dirname(relPath);
  await until(`Quick Open offers ${relPath}`, async () => {
    const row = (await p.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first().innerText().catch(() => '')).replace(/\s+/g, ' ');
    return row.includes(path.basename(relPath)) && (dir === '.' || row.includes(dir)) && row;
  });
  await sleep(300);
  await p.keyboard.press('Enter');
  await until(`the editor does not show ${relPath}`, async () => (await editorText(p)).includes(expect), 10_000).catch(async (e) => {
    throw new Error(`${(e as Error).message.split(':')[0]}; it shows:\n${await editorText(p)}`);
  });
}

/** The visible quick input (pick or input box): title, placeholder and prompt/validation message. */
async function quickInputText(p: Page): Promise<string> {
  const w = p.locator('.quick-input-widget').first();
  if (!(await w.isVisible().catch(() => false))) return '';
  const title = await w.locator('.quick-input-title').first().innerText().catch(() => '');
  const placeholder = (await w.locator('input').first().getAttribute('placeholder').catch(() => '')) ?? '';
  const message = await w.locator('.quick-input-message').first().innerText().catch(() => '');
  return `${title} | ${placeholder} | ${message}`.replace(/\s+/g, ' ');
}

/** Waits for a quick pick whose title/placeholder has `expect`, types `filter`, waits for `want` to be focused, Enter. */
async function pickInQuickInput(p: Page, expect: string, filter: string, want: (row: string) => boolean = (r) => r.includes(filter)): Promise<string> {
  const shown = await until(`no quick pick with "${expect}"`, async () => {
    const t = await quickInputText(p);
    return t.includes(expect) && t;
  });
  await p.locator('.quick-input-widget input').first().fill(filter, { timeout: 5000 });
  const row = await until(`quick pick "${expect}": "${filter}" is not focused`, async () => {
    const r = (await p.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first().innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    return want(r) ? r : false;
  });
  await p.keyboard.press('Enter');
  return `${shown} → ${row}`;
}

/** Waits for a quick pick whose title/placeholder has `expect` and accepts it as it is (Enter). */
async function acceptQuickInput(p: Page, expect: string): Promise<string> {
  const shown = await until(`no quick pick with "${expect}"`, async () => {
    const t = await quickInputText(p);
    return t.includes(expect) && t;
  });
  await sleep(300);
  await p.keyboard.press('Enter');
  return `${shown} → accepted as offered`;
}

/** Waits for an input box whose prompt/title has `expect`, replaces its value with `value`, Enter. */
async function typeInInputBox(p: Page, expect: string, value: string): Promise<string> {
  const shown = await until(`no input box with "${expect}"`, async () => {
    const t = await quickInputText(p);
    return t.includes(expect) && t;
  });
  const input = p.locator('.quick-input-widget input').first();
  await input.fill('', { timeout: 5000 });
  if (value) await input.pressSequentially(value, { delay: 15 });
  await sleep(200);
  await p.keyboard.press('Enter');
  return `${shown} ← "${value}"`;
}

/** The page box of `needle` in the editor line that contains `lineHas` (from the rendered text). */
async function textBox(p: Page, lineHas: string, needle: string): Promise<{ x: number; y: number }> {
  return until(`no "${needle}" on a line with "${lineHas}" in the editor`, () =>
    p.evaluate(
      ({ sel, lineHas, needle }) => {
        // Runs in the page (the harness compiles without the DOM types).
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const doc = (globalThis as any).document;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const lines: any[] = Array.from(doc.querySelectorAll(`${sel} .view-lines .view-line`));
        const line = lines.find((l) => String(l.textContent ?? '').replace(/\u00a0/g, ' ').includes(lineHas));
        if (!line) return undefined;
        const walker = doc.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = String(n.textContent ?? '').indexOf(needle);
          if (i < 0) continue;
          const r = doc.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
        return undefined;
      },
      { sel: ACTIVE_EDITOR, lineHas, needle },
    ),
  );
}

/** Moves the mouse over `needle` on the line with `lineHas` and returns the text of the hover that opens. */
async function hoverText(p: Page, lineHas: string, needle: string, mustHave: (t: string) => boolean): Promise<string> {
  let text = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const { x, y } = await textBox(p, lineHas, needle);
    await p.mouse.move(x - 30, y + 60);
    await sleep(200);
    await p.mouse.move(x, y, { steps: 4 });
    try {
      text = await until(`hover over "${needle}"`, async () => {
        const hovers = p.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden)`);
        const t = (await hovers.allInnerTexts().catch(() => [] as string[])).join('\n');
        return mustHave(t) && t;
      }, 6_000);
      return text;
    } catch {
      text = (await p.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden)`).allInnerTexts().catch(() => [] as string[])).join('\n');
    }
  }
  throw new Error(`the hover over "${needle}" (line with "${lineHas}") shows:\n${text || '(nothing)'}`);
}

/** The text of the panel (Problems, Output), visible lines only. */
async function panelText(p: Page): Promise<string> {
  return (await p.locator('.part.panel').first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
}

/** The docker CLI against the test's own daemon. */
function dockerCli(env: Record<string, string>, args: string[]): { code: number; out: string } {
  const r = childProcess.spawnSync('docker', args, { encoding: 'utf8', timeout: 30_000, env: { ...process.env, DOCKER_HOST: env.DOCKER_HOST, DOCKER_CONFIG: env.DOCKER_CONFIG } });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** A journey: a soft step; on failure its own 99-failure-<name>.png and the browser console (in the report and a file). */
async function journey(s: Session, short: string, name: string, fn: () => Promise<string>): Promise<void> {
  const consoleFrom = s.consoleLines.length;
  await softStep(`journey ${short}: ${name}`, async () => {
    try {
      return await fn();
    } catch (e) {
      await screenshot(s, `99-failure-${short}`);
      const lines = s.consoleLines.slice(consoleFrom);
      try {
        fs.writeFileSync(path.join(ARTIFACTS, `99-failure-${short}-browser-console.log`), lines.join('\n') + '\n');
      } catch {
        /* ignore */
      }
      const err = e as Error;
      err.stack = `${err.stack ?? err.message}\n--- browser console during the journey (last 20 of ${lines.length} lines):\n${lines.slice(-20).join('\n')}`;
      throw err;
    } finally {
      await p(s).keyboard.press('Escape').catch(() => undefined);
    }
  });
}
const p = (s: Session): Page => s.page as Page;

/** Opens the light bulb menu with Ctrl+. and applies `title` by keyboard (arrows, Enter). */
async function applyQuickFix(pg: Page, title: string, shot: () => Promise<void>): Promise<string[]> {
  const menu = pg.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  for (let attempt = 0; ; attempt++) {
    await sleep(500);
    await pg.keyboard.press('Control+.');
    try {
      await menu.waitFor({ state: 'visible', timeout: 5_000 });
      break;
    } catch {
      if (attempt === 2) throw new Error(`no "${title}" in the quick fix menu; the editor shows:\n${await editorText(pg)}`);
      await pg.keyboard.press('Escape');
    }
  }
  const offered = (await pg.locator('.action-widget').first().innerText().catch(() => '')).split('\n').filter((l) => l.trim());
  await shot();
  const focused = pg.locator('.action-widget .monaco-list-row.focused').first();
  for (let i = 0; (await focused.getAttribute('aria-label').catch(() => null)) !== title; i++) {
    if (i === offered.length + 1) throw new Error(`could not move to "${title}" in the menu: ${offered.join(' | ')}`);
    await pg.keyboard.press('ArrowDown');
    await sleep(100);
  }
  await pg.keyboard.press('Enter');
  return offered;
}

/** The editor journeys (quick fix, completion, hover): no Docker needed. */
async function editorJourneys(s: Session): Promise<void> {
  const pg = p(s);
  await journey(s, 'jsonargs-fix', 'Dockerfile: EXPOSE (DL3011) and CMD (JSONArgsRecommended) in Problems; Ctrl+. on CMD → "Convert CMD to exec form"', async () => {
    await clearNotifications(pg);
    await runCommand(pg, 'Problems: Focus on Problems View');
    const panel = pg.locator('.markers-panel').first();
    await until('Problems lacks DL3011 and JSONArgsRecommended', async () => {
      const t = await panel.innerText().catch(() => '');
      return t.includes('DL3011') && t.includes('JSONArgsRecommended') ? t : false;
    }, 20_000);
    await quickOpen(s, 'Dockerfile', 'FROM python:3.12-slim');
    // The cursor on the CMD line (Go to Line), inside its finding: the official python image sets no ENTRYPOINT,
    // so the exec form runs the same command and the conversion is offered.
    await pg.keyboard.press('Control+G');
    await pg.locator('.quick-input-widget input').first().fill(':8:2', { timeout: 5000 });
    await sleep(300);
    await pg.keyboard.press('Enter');
    const offered = await applyQuickFix(pg, 'Convert CMD to exec form', () => screenshot(s, '20-jsonargs-quick-fix'));
    const want = 'CMD ["gunicorn", "app:app"]';
    await until('the fix did not reach the editor', async () => (await editorText(pg)).includes(want) || false, 10_000).catch(async () => {
      throw new Error(`the editor shows:\n${await editorText(pg)}`);
    });
    await until('JSONArgsRecommended is still in the Problems panel', async () => {
      const t = await panel.innerText().catch(() => '');
      return !t.includes('JSONArgsRecommended') ? t : false;
    }, 20_000);
    const t = await panel.innerText().catch(() => '');
    if (!t.includes('DL3011')) throw new Error(`DL3011 left the Problems panel too:\n${t}`);
    await screenshot(s, '21-jsonargs-fixed');
    return `menu: ${offered.slice(0, 6).join(' | ')}\nline 8 now: ${want}`;
  });

  await journey(s, 'copy-from', 'multistage Dockerfile: type COPY --from= on a new line, accept the stage from the suggest widget', async () => {
    await quickOpen(s, 'multistage/Dockerfile', 'FROM deps AS ');
    // The in-host suite renamed the stage (builder → build): offer and accept whatever the file names it now.
    const stage = /FROM deps AS (\S+)/.exec(await editorText(pg))?.[1] ?? 'builder';
    await pg.keyboard.press('Control+G');
    await pg.locator('.quick-input-widget input').first().fill(':8', { timeout: 5000 });
    await sleep(300);
    await pg.keyboard.press('Enter');
    await pg.keyboard.press('End');
    await pg.keyboard.press('Enter');
    await pg.keyboard.type('COPY --from=', { delay: 60 });
    const widget = pg.locator(`${ACTIVE_EDITOR} .suggest-widget.visible`).first();
    await widget.waitFor({ state: 'visible', timeout: 5_000 }).catch(async () => {
      await pg.keyboard.press('Control+Space');
      await widget.waitFor({ state: 'visible', timeout: 10_000 });
    });
    await pg.keyboard.type(stage.slice(0, 3), { delay: 60 });
    const focusedLabel = async () => (await pg.locator(`${ACTIVE_EDITOR} .suggest-widget.visible .monaco-list-row.focused .label-name`).first().innerText().catch(() => '')).trim();
    const offered = await until(`the suggest widget does not select "${stage}"`, async () => ((await focusedLabel()) === stage ? (await widget.innerText()).split('\n').filter((l) => l.trim()) : false), 10_000);
    await screenshot(s, '22-copy-from-completion');
    await pg.keyboard.press('Enter');
    await until('the accepted stage did not reach the editor', async () => (await editorText(pg)).split('\n').some((l) => l.trim() === `COPY --from=${stage}`) || false, 5_000).catch(async () => {
      throw new Error(`the editor shows:\n${await editorText(pg)}`);
    });
    return `suggested: ${offered.slice(0, 5).join(' | ')}; line 9 now: COPY --from=${stage}`;
  });

  await journey(s, 'hover', 'hover: the DL3011 squiggle shows the rule and its documentation; the FROM image shows "python"', async () => {
    await clearNotifications(pg);
    await quickOpen(s, 'Dockerfile', 'FROM python:3.12-slim');
    await pg.keyboard.press('Control+Home');
    const rule = await hoverText(pg, 'EXPOSE 70000', '70000', (t) => t.includes('DL3011') && /Rule documentation|docs\/rules/.test(t));
    const link = await pg.locator(`${ACTIVE_EDITOR} .monaco-hover:not(.hidden) a[href*="docs/rules/DL3011"], ${ACTIVE_EDITOR} .monaco-hover:not(.hidden) a[data-href*="docs/rules/DL3011"]`).count();
    await screenshot(s, '23-hover-rule');
    if (link === 0) throw new Error(`the hover has no link to docs/rules/DL3011:\n${rule}`);
    await pg.keyboard.press('Escape');
    const image = await hoverText(pg, 'FROM python', 'python', (t) => /python/.test(t));
    await screenshot(s, '24-hover-from-image');
    return `DL3011 hover: ${rule.split('\n').filter((l) => l.trim()).slice(0, 2).join(' / ')}\nFROM hover: ${image.split('\n').filter((l) => l.trim()).slice(0, 2).join(' / ')}`;
  });
  await pg.mouse.move(5, 5);
}

/** The Docker journeys: Build → Run → Tag → Push, Compose Up → Logs → Down, a failing build; the world is checked with the docker CLI and the registry. */
async function dockerJourneys(s: Session, env: Record<string, string>): Promise<void> {
  const pg = p(s);
  const registry = env.SLIPWAY_E2E_REGISTRY;
  const app = path.join(s.ws, 'busybox-app');
  fs.writeFileSync(path.join(app, 'journey.Dockerfile'), JOURNEY_DOCKERFILE);
  fs.mkdirSync(path.join(s.ws, 'busybox-compose'), { recursive: true });
  fs.writeFileSync(path.join(s.ws, 'busybox-compose', 'compose.yaml'), JOURNEY_COMPOSE);
  const tag = 'slipway-e2e/journey:1';
  const outputShows = async (what: string, re: RegExp, ms = 30_000): Promise<string> =>
    until(`the output panel does not show ${what}`, async () => {
      const t = await panelText(pg);
      return re.test(t) ? t : false;
    }, ms).catch(async (e) => {
      throw new Error(`${(e as Error).message.split(':')[0]}; it shows:\n${(await panelText(pg)).slice(-1500)}`);
    });

  await journey(s, 'build', 'palette → Slipway: Build Image → Dockerfile, context, tag, target picked → the image is in the daemon', async () => {
    await clearNotifications(pg);
    // A workflow in front: no Dockerfile is active, so the command asks which one.
    await quickOpen(s, '.github/workflows/events.yml', 'github.event');
    await runCommand(pg, 'Slipway: Build Image');
    const steps = [
      await pickInQuickInput(pg, 'Dockerfile to build', 'busybox-app/journey.Dockerfile'),
      await pickInQuickInput(pg, 'Build context', 'busybox-app'),
      await typeInInputBox(pg, 'Image tag', tag),
    ];
    await until('no target stage pick', async () => (await quickInputText(pg)).includes('Target stage'));
    await pg.locator('.quick-input-widget input').first().fill('app');
    await sleep(300);
    await screenshot(s, '30-build-target-pick');
    steps.push(await pickInQuickInput(pg, 'Target stage', 'app', (r) => r.includes('FROM base (line 6)')));
    const inspect = await until(`docker image inspect ${tag} finds nothing`, async () => {
      const r = dockerCli(env, ['image', 'inspect', '--format', '{{json .Config.Cmd}}', tag]);
      return r.code === 0 ? r.out : false;
    }, 90_000, 500);
    if (inspect !== '["echo","hello from the app stage"]') throw new Error(`${tag} was not built from the app stage: Cmd ${inspect}`);
    await outputShows('the finished build', new RegExp(`built ${tag.replace(/[/.]/g, '\\$&')}`), 10_000).catch(() => undefined);
    await clearNotifications(pg);
    await runCommand(pg, 'Slipway: Show Docker Output');
    await sleep(500);
    await screenshot(s, '31-build-done');
    return `${steps.join('\n')}\ndocker image inspect ${tag}: Cmd ${inspect}`;
  });

  await journey(s, 'run', 'palette → Slipway: Run Image → the container prints into "Slipway Docker"', async () => {
    await clearNotifications(pg);
    await runCommand(pg, 'Slipway: Run Image');
    const steps = [
      await pickInQuickInput(pg, 'Image to run', tag),
      await typeInInputBox(pg, 'Environment variables', ''),
      await typeInInputBox(pg, 'Volumes', ''),
    ];
    const text = await outputShows('the container output', /│ hello from the app stage/);
    const ps = dockerCli(env, ['ps', '-a', '--filter', `ancestor=${tag}`, '--format', '{{.ID}} {{.Status}}']);
    if (!ps.out) throw new Error(`docker ps -a shows no container of ${tag}`);
    await outputShows('the exit', /exited with code 0/, 15_000);
    await clearNotifications(pg);
    await screenshot(s, '32-run-output');
    return `${steps.join('\n')}\n${text.split('\n').filter((l) => l.includes('hello from the app stage'))[0]?.trim()}\ndocker ps -a: ${ps.out}`;
  });

  await journey(s, 'tag-push', 'palette → Slipway: Tag Image → Slipway: Push Image to the loopback registry → the registry lists the tag', async () => {
    if (!registry) throw new Error('the harness has no registry');
    const target = `${registry}/slipway-e2e/journey:2`;
    await clearNotifications(pg);
    await runCommand(pg, 'Slipway: Tag Image');
    const steps = [await pickInQuickInput(pg, 'Image to tag', tag), await typeInInputBox(pg, `New tag for ${tag}`, target)];
    await until(`docker image inspect ${target} finds nothing`, async () => dockerCli(env, ['image', 'inspect', target]).code === 0, 15_000);
    await runCommand(pg, 'Slipway: Push Image');
    steps.push(await pickInQuickInput(pg, 'Image to push', target));
    await until('no "Where to push" pick', async () => (await quickInputText(pg)).includes('Where to push'));
    await pg.locator('.quick-input-widget input').first().fill('As named');
    await sleep(300);
    await screenshot(s, '33-push-where');
    steps.push(await pickInQuickInput(pg, 'Where to push', 'As named', (r) => r.startsWith('As named') && !r.includes('Docker Hub')));
    const url = `http://${registry}/v2/slipway-e2e/journey/tags/list`;
    const list = await until(`GET ${url} does not list tag 2`, async () => {
      const r = await httpGet(url);
      return r.status === 200 && (JSON.parse(r.body) as { tags?: string[] }).tags?.includes('2') ? r.body : false;
    }, 60_000, 500);
    await outputShows('the push', /pushed .*slipway-e2e\/journey:2/, 10_000);
    await clearNotifications(pg);
    await screenshot(s, '34-push-done');
    return `${steps.join('\n')}\nGET ${url} → ${list.trim()}`;
  });

  const composeContainers = (all = false): string[] =>
    dockerCli(env, ['ps', ...(all ? ['-a'] : []), '--filter', 'label=com.docker.compose.service', '--format', '{{.Label "com.docker.compose.project"}}/{{.Label "com.docker.compose.service"}} {{.State}}'])
      .out.split('\n')
      .filter((l) => /^busybox-?_?compose\//.test(l));
  await journey(s, 'compose', 'busybox-compose/compose.yaml: Compose Up → both services running → Compose Logs → Compose Down → none left', async () => {
    await clearNotifications(pg);
    await quickOpen(s, 'busybox-compose/compose.yaml', 'service one is up');
    await runCommand(pg, 'Slipway: Compose Up');
    const steps = [await acceptQuickInput(pg, 'Services to up')];
    const up = await until('docker ps does not show services one and two running', async () => {
      const c = composeContainers();
      return c.some((l) => /\/one running/.test(l)) && c.some((l) => /\/two running/.test(l)) ? c : false;
    }, 60_000, 500);
    await clearNotifications(pg);
    await runCommand(pg, 'Slipway: Compose Logs');
    steps.push(await acceptQuickInput(pg, 'Services to logs'));
    const logs = await outputShows('both services\' logs', /(service one is up[\s\S]*service two is up|service two is up[\s\S]*service one is up)/);
    await clearNotifications(pg);
    await screenshot(s, '35-compose-logs');
    await runCommand(pg, 'Slipway: Compose Down');
    steps.push(await acceptQuickInput(pg, 'Services to down'));
    await until('compose containers are left after Compose Down', async () => composeContainers(true).length === 0 || false, 60_000, 500).catch(() => {
      throw new Error(`left after Compose Down: ${composeContainers(true).join(', ')}`);
    });
    await outputShows('compose down', /compose down done/, 10_000);
    await clearNotifications(pg);
    await screenshot(s, '36-compose-down');
    return `${steps.join('\n')}\nafter up: ${up.join(', ')}\nlogs: ${logs.split('\n').filter((l) => /service (one|two) is up/.test(l)).map((l) => l.trim()).join(' / ')}\nafter down: none`;
  });

  await journey(s, 'failing-build', 'failing.Dockerfile: Build Image fails → Problems shows it on line 4 → the notification\'s Show Output opens the channel', async () => {
    await clearNotifications(pg);
    await quickOpen(s, 'busybox-app/failing.Dockerfile', 'RUN /bin/busybox false');
    await runCommand(pg, 'Slipway: Build Image');
    const failTag = 'slipway-e2e/failing-journey:1';
    const steps = [await pickInQuickInput(pg, 'Build context', 'busybox-app'), await typeInInputBox(pg, 'Image tag', failTag)];
    const toast = pg.locator('.notification-toast', { hasText: `build of ${failTag} failed` }).first();
    await toast.waitFor({ state: 'visible', timeout: 90_000 });
    const toastText = (await toast.innerText()).replace(/\s+/g, ' ').trim();
    await pg.locator(`${ACTIVE_EDITOR} .squiggly-error`).first().waitFor({ state: 'attached', timeout: 10_000 });
    await screenshot(s, '37-failing-build-notification');
    await runCommand(pg, 'Problems: Focus on Problems View');
    const panel = pg.locator('.markers-panel').first();
    const row = await until('the Problems panel has no "docker build failed here" row on line 4', async () => {
      const r = pg.locator('.markers-panel .monaco-list-row', { hasText: 'docker build failed here' }).first();
      const t = (await r.innerText().catch(() => '')).replace(/\s+/g, ' ');
      return /Ln 4\b/.test(t) ? t : false;
    }, 15_000).catch(async (e) => {
      throw new Error(`${(e as Error).message.split(':')[0]}:\n${await panel.innerText().catch(() => '')}`);
    });
    await screenshot(s, '38-failing-build-problems');
    await toast.getByRole('button', { name: 'Show Output' }).click({ timeout: 10_000 });
    const out = await outputShows('the failed build', new RegExp(`✖ build of ${failTag.replace(/[/.]/g, '\\$&')} failed`), 10_000);
    await clearNotifications(pg);
    await screenshot(s, '39-failing-build-output');
    if (dockerCli(env, ['image', 'inspect', failTag]).code === 0) throw new Error(`${failTag} exists although its build failed`);
    return `${steps.join('\n')}\ntoast: ${toastText.slice(0, 200)}\nProblems: ${row.slice(0, 200)}\noutput: ${out.split('\n').find((l) => l.includes('✖ build of'))?.trim()}`;
  });
}

main().then(
  (code) => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(code);
  },
  (err) => {
    console.error(err);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  },
);
