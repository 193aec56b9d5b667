// In-process timing of the Dockerfile parse (new DockerfileModel) and the whole Dockerfile lint on the corpus and on
// a generated large Dockerfile, against dockerfile-utils' validate. Medians of N rounds (warm).
// Usage: npx tsc -p tsconfig.test.json --outDir out-dfp && node bench/df-parse-speed.mjs [outDir] [rounds]
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dockerfilePaths } from './corpus.mjs';
import { generateDockerfile } from './generators.mjs';
const require = createRequire(import.meta.url);
const OUT = path.resolve(process.argv[2] ?? 'out-dfp');
const ROUNDS = Number(process.argv[3] ?? 30);
const { lint, allRules } = require(path.join(OUT, 'server/src/engine/lint.js'));
const { mergeConfig, emptyConfig } = require(path.join(OUT, 'server/src/engine/config.js'));
const { ruleIds } = require(path.join(OUT, 'server/src/engine/types.js'));
const { DockerfileModel } = require(path.join(OUT, 'server/src/dockerfile/model.js'));
const { validate } = require('dockerfile-utils');
const CORPUS = path.resolve('../shared/corpus');
const files = dockerfilePaths(CORPUS).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));
const config = mergeConfig(emptyConfig(), { enabled: new Set(allRules().flatMap((r) => ruleIds(r))) });
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
function time(fn, rounds) { const t = []; for (let i = 0; i < rounds; i++) { const t0 = performance.now(); fn(); t.push(performance.now() - t0); } return median(t); }
const parseCorpus = () => { for (const f of files) new DockerfileModel(f.text); };
const lintCorpus = () => { for (const f of files) lint({ text: f.text, language: 'dockerfile', path: f.path, config }); };
const utilsCorpus = () => { for (const f of files) validate(f.text); };
for (let i = 0; i < 20; i++) { parseCorpus(); lintCorpus(); utilsCorpus(); }
// Interleaved: round k times each measure once, so all three see the same machine load.
const samples = { parse: [], lint: [], utils: [] };
const fns = { parse: parseCorpus, lint: lintCorpus, utils: utilsCorpus };
for (let k = 0; k < ROUNDS; k++) for (const m of Object.keys(fns)) { const t0 = performance.now(); fns[m](); samples[m].push(performance.now() - t0); }
const r = { files: files.length, bytes: files.reduce((s, f) => s + f.text.length, 0) };
for (const m of Object.keys(fns)) r[m] = median(samples[m]);
const big = generateDockerfile(50000);
const br = Math.max(3, Math.round(ROUNDS / 6));
r.largeParse = time(() => new DockerfileModel(big), br);
r.largeLint = time(() => lint({ text: big, language: 'dockerfile', path: '/tmp/Dockerfile', config }), br);
r.largeUtils = time(() => validate(big), br);
for (const k of Object.keys(r)) if (typeof r[k] === 'number' && !Number.isInteger(r[k])) r[k] = Number(r[k].toFixed(2));
console.log(JSON.stringify(r));
