// Times each rule on a large generated Dockerfile: finds rules whose cost grows faster than the file.
// Usage: node bench/rule-profile.mjs [lines]   (needs `npx tsc -p tsconfig.test.json` output in out/)
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { allRules, ruleLanguages } = require('../out/server/src/engine/lint.js');
const { DockerfileModel } = require('../out/server/src/dockerfile/model.js');
const { DEFAULT_RULE_OPTIONS } = require('../out/server/src/engine/types.js');

export function generateDockerfile(lines) {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim'];
  for (let stage = 0; out.length < lines; stage++) {
    out.push(stage === 0 ? 'FROM ${BASE} AS stage0' : `FROM stage${stage - 1} AS stage${stage}`);
    out.push('ARG VERSION', `ENV APP_${stage}=/app/${stage} PATH_${stage}=/opt/${stage}/bin`);
    out.push('RUN apt-get update && apt-get install -y --no-install-recommends curl \\', '    && rm -rf /var/lib/apt/lists/*');
    out.push('RUN pip install flask==3.0.3 | tee /tmp/log', `COPY app${stage}.py app/`, `WORKDIR /app/${stage}`);
    out.push(`RUN echo $APP_${stage} \${PATH_${stage}} && cd /tmp && wget https://example.com/x`, 'EXPOSE 8000', 'CMD python app.py', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

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
