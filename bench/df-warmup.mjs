// Per-round time of linting the Dockerfile corpus in a fresh process (how fast the lint warms up).
// Usage: node bench/df-warmup.mjs [outDir] [rounds]   (outDir: `tsc -p tsconfig.test.json` output)
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerfilePaths } from './corpus.mjs';
const require = createRequire(import.meta.url);
const OUT = path.resolve(process.argv[2] ?? 'out');
const ROUNDS = Number(process.argv[3] ?? 15);
const { lint, allRules } = require(path.join(OUT, 'server/src/engine/lint.js'));
const { mergeConfig, emptyConfig } = require(path.join(OUT, 'server/src/engine/config.js'));
const { ruleIds } = require(path.join(OUT, 'server/src/engine/types.js'));
const CORPUS = path.resolve('../shared/corpus');
const files = dockerfilePaths(CORPUS).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
const config = mergeConfig(emptyConfig(), { enabled: new Set(allRules().flatMap((r) => ruleIds(r))) });
const times = [];
for (let k = 0; k < ROUNDS; k++) {
  const t0 = performance.now();
  for (const f of files) lint({ text: f.text, language: 'dockerfile', path: f.path, config });
  times.push(Math.round(performance.now() - t0));
}
console.log(times.join(' '));
