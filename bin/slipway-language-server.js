#!/usr/bin/env node
'use strict';
// `slipway-language-server [--stdio]`: the same as `slipway lsp --stdio` (the language server the VS Code extension
// runs, for any LSP client). See `slipway lsp --help`.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('slipway-language-server: dist/cli.js is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(cli)
  .main(['lsp', ...process.argv.slice(2)])
  .then((code) => (process.exitCode = code));
