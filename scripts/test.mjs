// `npm test`: unit + LSP protocol tests, the docker tests and the Neovim test (node's test runner), then the end-to-end test in a real VS Code
// (code-server + Chromium). The e2e test needs code-server (scripts/install-code-server.sh); without it the run
// says so loudly and, in CI (CI=true) or with SLIPWAY_REQUIRE_E2E=1, fails.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipE2e = args.includes('--no-e2e') || process.env.SLIPWAY_SKIP_E2E === '1';
const requireE2e = process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_E2E === '1';

let passed = 0;
let failed = 0;
let skipped = 0;

function countTap(file) {
  const text = fs.readFileSync(file, 'utf8');
  const num = (k) => Number((new RegExp(`^# ${k} (\\d+)$`, 'm').exec(text) ?? [0, 0])[1]);
  return { pass: num('pass'), fail: num('fail') + num('cancelled'), skip: num('skipped') + num('todo') };
}

// 1. Unit and protocol tests, and the docker tests against a real dockerd + registry (test/docker: they start and
// stop their own through scripts/docker-daemon.sh and scripts/registry.sh). Without docker.io/docker-registry the
// docker tests are NOT RUN, and in CI (CI=true) or with SLIPWAY_REQUIRE_DOCKER=1 that is a failure.
const tap = path.join(root, 'out', 'test-results.tap');
const dirs = ['out/test/unit', 'out/test/lsp', 'out/test/fuzz'].filter((d) => fs.existsSync(path.join(root, d)));
const onPath = (bin) => (process.env.PATH ?? '').split(path.delimiter).some((d) => d && fs.existsSync(path.join(d, bin)));
const requireDocker = process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_DOCKER === '1';
if (args.includes('--no-docker') || process.env.SLIPWAY_SKIP_DOCKER === '1') {
  console.log('### docker: skipped on request (--no-docker / SLIPWAY_SKIP_DOCKER=1)');
  skipped++;
} else if (fs.existsSync(path.join(root, 'out/test/docker'))) {
  const missing = ['dockerd', 'docker-registry', 'busybox'].filter((b) => !onPath(b));
  if (missing.length === 0) dirs.push('out/test/docker');
  else {
    const msg = `${missing.join(', ')} not installed: apt-get install -y docker.io docker-registry busybox-static docker-compose, then \`npm test\` again`;
    console.log(`### docker: ${requireDocker ? 'FAILED' : 'NOT RUN'}: ${msg}`);
    if (requireDocker) failed++;
    else skipped++;
  }
}
// Neovim with `slipway lsp --stdio` (test/neovim): a real editor nobody here wrote. Without nvim it is NOT RUN, and in
// CI (CI=true) or with SLIPWAY_REQUIRE_NEOVIM=1 that is a failure.
const requireNeovim = process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_NEOVIM === '1';
if (fs.existsSync(path.join(root, 'out/test/neovim'))) {
  if (onPath('nvim')) dirs.push('out/test/neovim');
  else {
    const msg = 'nvim not installed: apt-get install -y neovim, then `npm test` again';
    console.log(`### neovim: ${requireNeovim ? 'FAILED' : 'NOT RUN'}: ${msg}`);
    if (requireNeovim) failed++;
    else skipped++;
  }
}
const unit = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...dirs],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ...(requireDocker ? { SLIPWAY_REQUIRE_DOCKER: '1' } : {}) } },
);
const c = countTap(tap);
passed += c.pass;
failed += c.fail;
skipped += c.skip;
if (unit.status !== 0 && c.fail === 0) failed++; // the runner itself failed

// 2. End-to-end in a real VS Code.
const codeServer = path.join(root, 'test/e2e/.code-server/node_modules/.bin/code-server');
if (skipE2e) {
  console.log('\n### e2e: skipped on request (--no-e2e / SLIPWAY_SKIP_E2E=1)');
  skipped++;
} else if (!fs.existsSync(codeServer)) {
  const msg = 'code-server is not installed: run `bash scripts/install-code-server.sh` (needs root for apt), then `npm test` again';
  if (requireE2e) {
    console.log(`\n### e2e: FAILED: ${msg}`);
    failed++;
  } else {
    console.log(`\n### e2e: NOT RUN: ${msg}`);
    skipped++;
  }
} else {
  console.log('\n### e2e: real VS Code (code-server) + Chromium');
  const e2e = spawnSync(process.execPath, [path.join(root, 'out/test/e2e/run.js')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(e2e.stdout ?? '');
  const m = /^(\d+) passed, (\d+) failed/m.exec(e2e.stdout ?? '');
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  }
  if (e2e.status !== 0 && (!m || Number(m[2]) === 0)) failed++;
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
