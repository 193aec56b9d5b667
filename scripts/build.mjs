// Bundles the client, the server, the CLI and the conformance runner with esbuild (one file each).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAction } from './action-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'scripts/gen-rule-index.mjs')], { stdio: 'inherit' });

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  // vscode-languageserver-types and vscode-languageserver-textdocument ship UMD and ESM. dockerfile-ast (CommonJS)
  // requires them at every position it computes: bundled as ESM, each of those calls goes through an export getter
  // (CommonJS-to-ESM interop), which made dockerfile-ast's parse about 20 % slower in the bundle than in node_modules.
  // Their CommonJS builds (`main`, and no `module` condition in `exports`) are used as they are.
  mainFields: ['main', 'module'],
  conditions: [],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // `slipway lsp` / `slipway-language-server` without loading the CLI first (it starts dist/server.js).
  esbuild.build({ ...common, entryPoints: ['server/src/cli/lsp.ts'], outfile: 'dist/lsp.js' }),
  esbuild.build({ ...common, entryPoints: ['server/src/conformance/main.ts'], outfile: 'dist/conformance.js' }),
  // The GitHub Action's entry (committed: see scripts/action-build.mjs).
  buildAction(root),
  // The process a `slipway-docker` build task runs (docker build + failing line for the problem matcher).
  esbuild.build({ ...common, entryPoints: ['client/src/docker/taskRunner.ts'], outfile: 'dist/docker-task.js' }),
]);
