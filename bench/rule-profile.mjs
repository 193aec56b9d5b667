// Times each rule on a large generated Dockerfile: finds rules whose cost grows faster than the file.
// Usage: node bench/rule-profile.mjs [lines]   (needs `npx tsc -p tsconfig.test.json` output in out/)
//        node bench/rule-profile.mjs --corpus [rounds]   where the Dockerfile corpus's lint time goes (below)
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
const { allRules, ruleLanguages } = require('../out/server/src/engine/lint.js');
const { DockerfileModel } = require('../out/server/src/dockerfile/model.js');
const { DEFAULT_RULE_OPTIONS } = require('../out/server/src/engine/types.js');

import { generateDockerfile } from './generators.mjs';
import { dockerfilePaths } from './corpus.mjs';
export { generateDockerfile };

const rules = allRules().filter((r) => ruleLanguages(r).includes('dockerfile'));
const files = { readFile: () => undefined, exists: () => false };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[2] === '--corpus') corpus(Number(process.argv[3] ?? 15));
else generated(Number(process.argv[2] ?? 5000));

function generated(n) {
  for (const size of [n / 10, n]) {
    const text = generateDockerfile(size);
    const t0 = performance.now();
    const model = new DockerfileModel(text);
    const parse = performance.now() - t0;
    const rows = [];
    for (const rule of rules) {
      const t = performance.now();
      let count = 0;
      rule.check({ model, options: DEFAULT_RULE_OPTIONS, files, report: () => count++, embed: () => {} });
      rows.push([rule.id, performance.now() - t, count]);
    }
    rows.sort((a, b) => b[1] - a[1]);
    const total = rows.reduce((s, r) => s + r[1], 0);
    console.log(`\n${size} lines: parse ${parse.toFixed(1)} ms, rules ${total.toFixed(1)} ms; slowest:`);
    for (const [id, ms, c] of rows.slice(0, 8)) console.log(`  ${id.padEnd(32)} ${ms.toFixed(2).padStart(8)} ms  ${c} findings`);
  }
}

/**
 * Whether one walk over the instructions feeding every rule (a visitor) would pay: each round parses the corpus's
 * Dockerfiles, runs every rule once (rules + the shared analyses they fill: shell parse, scopes...), then again on
 * the same models (the shared analyses are memoized by then: what is left is the rules' own work), then walks the
 * instructions once per rule doing nothing but look at the keyword (what a single visitor would save at most).
 */
function corpus(rounds) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
  const texts = dockerfilePaths(root).map((p) => fs.readFileSync(p, 'utf8'));
  const cols = { parse: [], first: [], again: [], walks: [] };
  let sink = 0;
  for (let r = 0; r < rounds + 3; r++) {
    const t = { parse: 0, first: 0, again: 0, walks: 0 };
    for (const text of texts) {
      let t0 = performance.now();
      const model = new DockerfileModel(text);
      t.parse += performance.now() - t0;
      for (const key of ['first', 'again']) {
        t0 = performance.now();
        for (const rule of rules) {
          try {
            rule.check({ model, options: DEFAULT_RULE_OPTIONS, files, report: () => sink++, embed: () => {} });
          } catch {
            // The engine catches and reports a crash; the bench only times.
          }
        }
        t[key] += performance.now() - t0;
      }
      t0 = performance.now();
      for (let i = 0; i < rules.length; i++) for (const ins of model.instructions) if (ins.keyword === 'RUN') sink++;
      t.walks += performance.now() - t0;
    }
    if (r >= 3) for (const k in cols) cols[k].push(t[k]);
  }
  const m = Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, median(v)]));
  const total = m.parse + m.first;
  const pct = (x) => `${((100 * x) / total).toFixed(1)} %`;
  console.log(`${texts.length} Dockerfiles, ${rules.length} rules, median of ${rounds} rounds (after 3 warm-up rounds):`);
  console.log(`  parse + rules (the lint)            ${total.toFixed(1)} ms`);
  console.log(`  parse (dockerfile-ast + model)      ${m.parse.toFixed(1)} ms  ${pct(m.parse)}`);
  console.log(`  shared analyses (first − again)     ${(m.first - m.again).toFixed(1)} ms  ${pct(m.first - m.again)}`);
  console.log(`  rules' own work (again)             ${m.again.toFixed(1)} ms  ${pct(m.again)}`);
  console.log(`  of which walking the instructions   ${m.walks.toFixed(2)} ms  ${pct(m.walks)} (${rules.length} bare walks per file)`);
  if (sink < 0) console.log(sink);
}
