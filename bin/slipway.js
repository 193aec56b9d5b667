#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
// `slipway lsp`: the language server, started without loading the CLI (dist/lsp.js is small).
const lsp = process.argv[2] === 'lsp' && path.join(__dirname, '..', 'dist', 'lsp.js');
const cli = lsp || path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`slipway: dist/${path.basename(cli)} is missing; run \`npm run build\` (npm ci does it for you)\n`);
  process.exit(2);
}
// main() answers every failure with a message and an exit status; it never rejects.
(lsp ? require(lsp).runLsp(process.argv.slice(3)) : require(cli).main(process.argv.slice(2))).then((code) => (process.exitCode = code));
