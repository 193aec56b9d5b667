// How dist/action.js (the GitHub Action's entry, see action.yml) is bundled. The file is committed (it is what a
// `uses: slipway-dev/slipway@v1` consumer runs, without npm install), so its build must be reproducible: no source
// map, no absolute paths, minified. test/unit/action.test.ts checks the committed file against a fresh build.
import * as esbuild from 'esbuild';

export function actionBuildOptions(root, outfile = 'dist/action.js') {
  return {
    absWorkingDir: root,
    entryPoints: ['server/src/cli/action.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    minify: true,
    legalComments: 'eof',
    logLevel: 'warning',
    // CommonJS builds of the LSP type packages, as scripts/build.mjs bundles dist/ (see there).
    mainFields: ['main', 'module'],
    conditions: [],
  };
}

export function buildAction(root, outfile) {
  return esbuild.build(actionBuildOptions(root, outfile));
}
