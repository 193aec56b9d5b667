#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write('slipway: dist/cli.js is missing; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
// main() answers every failure with a message and an exit status; it never rejects.
require(cli)
  .main(process.argv.slice(2))
  .then((code) => (process.exitCode = code));
