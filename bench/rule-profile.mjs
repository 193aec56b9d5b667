// Times each rule on a large generated Dockerfile: finds rules whose cost grows faster than the file.
// Usage: node bench/rule-profile.mjs [lines]   (needs `npx tsc -p tsconfig.test.json` output in out/)
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { allRules, ruleLanguages } = require('../out/server/src/engine/lint.js');
const { DockerfileModel } = require('../out/server/src/dockerfile/model.js');
const { DEFAULT_RULE_OPTIONS } = require('../out/server/src/engine/types.js');

import { generateDockerfile } from './generators.mjs';
export { generateDockerfile };

const n = Number(process.argv[2] ?? 5000);
for (const size of [n / 10, n]) {
  const text = generateDockerfile(size);
  const t0 = performance.now();
  const model = new DockerfileModel(text);
  const parse = performance.now() - t0;
  const rows = [];
  for (const rule of allRules().filter((r) => ruleLanguages(r).includes('dockerfile'))) {
    const t = performance.now();
    let count = 0;
    rule.check({ model, options: DEFAULT_RULE_OPTIONS, files: { readFile: () => undefined, exists: () => false }, report: () => count++ });
    rows.push([rule.id, performance.now() - t, count]);
  }
  rows.sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, r) => s + r[1], 0);
  console.log(`\n${size} lines: parse ${parse.toFixed(1)} ms, rules ${total.toFixed(1)} ms; slowest:`);
  for (const [id, ms, c] of rows.slice(0, 8)) console.log(`  ${id.padEnd(32)} ${ms.toFixed(2).padStart(8)} ms  ${c} findings`);
}
