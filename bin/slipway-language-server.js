#!/usr/bin/env node
'use strict';
// `slipway-language-server [--stdio]`: the same as `slipway lsp --stdio` (the language server the VS Code extension
// runs, for any LSP client). See `slipway lsp --help`.
const path = require('node:path');
const fs = require('node:fs');
const lsp = path.join(__dirname, '..', 'dist', 'lsp.js');
if (!fs.existsSync(lsp)) {
  process.stderr.write('slipway-language-server: dist/lsp.js is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(lsp)
  .runLsp(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
