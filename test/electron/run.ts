/**
 * Runs the end-to-end suite in a desktop VS Code downloaded by
 * @vscode/test-electron. For contributors with internet access (the download
 * fails offline; use test/e2e/run.ts with code-server there).
 *
 *   npm run build && npx tsc -p tsconfig.test.json && node out/test/electron/run.js
 *
 * SLIPWAY_VSCODE_VERSION picks the VS Code version (default "stable").
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'slipway') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the slipway repository root above ${start}`);
    dir = parent;
  }
}

async function main(): Promise<number> {
  const repo = findRepoRoot(__dirname);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-electron-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repo, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
  const resultsFile = path.join(tmp, 'results.json');
  let code = 1;
  try {
    code = await runTests({
      version: process.env.SLIPWAY_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/test/electron/suite/index.js'),
      extensionTestsEnv: { SLIPWAY_E2E_RESULTS: resultsFile },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'),
      ],
    });
  } catch (err) {
    console.error(`VS Code run failed: ${(err as Error)?.message ?? err}`);
  }
  let passed = 0;
  let failed = 0;
  try {
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { checks: { name: string; ok: boolean; detail?: string }[] };
    for (const c of results.checks) {
      console.log(`${c.ok ? 'ok' : 'not ok'} - ${c.name}`);
      if (!c.ok && c.detail) console.log(c.detail.split('\n').map((l) => `    # ${l}`).join('\n'));
      if (c.ok) passed++;
      else failed++;
    }
  } catch {
    console.log('not ok - in-host suite wrote no results');
    failed++;
  }
  if (code !== 0 && failed === 0) failed++;
  console.log(`${passed} passed, ${failed} failed`);
  fs.rmSync(tmp, { recursive: true, force: true });
  return failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
