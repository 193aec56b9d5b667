// Long fuzz runs for nightly use (the bounded CI run is test/fuzz/lsp.fuzz.test.ts; same fuzzer).
//   node bench/fuzz-long.mjs [--seed N] [--cases N] [--hang-ms 60000] [--diagnostics-hang-ms 180000]
//                            [--huge-every 500] [--out problems.json]
//   node bench/fuzz-long.mjs --seed N --case I [--write file]   replays case I alone (prints its document's name
//                                                               and mutations; --write saves the document)
// Builds dist/ and compiles the tests first when they are missing. Exit status 1 when a problem was found (an
// exception, a hang: no answer within --hang-ms, a dead server, memory over its bound). Answer times are reported
// (slow cases as they happen, then slowest, p50 and p95 per method), not judged.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};

// --compiled DIR: where `tsc -p tsconfig.test.json` wrote the tests (default out/).
const fuzzer = path.join(root, opt('compiled', 'out'), 'test/fuzz/fuzzer.js');
if (!fs.existsSync(path.join(root, 'dist/server.js')) || argv.includes('--build')) execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (!fs.existsSync(fuzzer) || argv.includes('--build')) execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.test.json')], { stdio: 'inherit' });
const { fuzz, FuzzServer, runCase, caseRng, makeCase, loadSeeds, Latencies, latencyTable, HangError, HANG_MS, DIAGNOSTICS_HANG_MS } = require(fuzzer);

const seed = Number(opt('seed', Date.now() % 1e9));
const hugeEvery = Number(opt('huge-every', 500));
const hangMs = Number(opt('hang-ms', HANG_MS));
const diagnosticsHangMs = Number(opt('diagnostics-hang-ms', DIAGNOSTICS_HANG_MS));

if (opt('case') !== undefined) {
  const index = Number(opt('case'));
  // The same stream as in the run: makeCase draws from it first, then runCase.
  const rng = caseRng(seed, index);
  const c = makeCase(index, rng, loadSeeds(), hugeEvery);
  console.log(`case ${index} of seed ${seed}: ${c.seed.name}, ${c.kind}, mutations: ${c.mutations.join(', ')}; ${c.text.length} characters`);
  if (opt('write')) fs.writeFileSync(opt('write'), c.text);
  const server = new FuzzServer();
  await server.initialize();
  const problems = [];
  const latencies = new Latencies();
  let stats;
  try {
    stats = await runCase(server, c, rng, { hangMs, diagnosticsHangMs, latencies }, problems);
  } catch (e) {
    // A hang is in the problems already.
    if (!(e instanceof HangError)) problems.push({ what: 'case stopped', detail: String(e) });
  }
  await server.stop();
  if (stats) console.log(`${stats.requests} requests, slowest ${stats.slowest.method} ${stats.slowest.ms.toFixed(1)} ms`);
  for (const line of latencyTable(latencies)) console.log(`  ${line}`);
  for (const p of problems) console.log(`- ${p.what}\n  ${p.detail}`);
  if (server.stderr) console.log(`stderr:\n${server.stderr}`);
  for (const e of server.errors) console.log(`logged error: ${e}`);
  process.exitCode = problems.length || server.stderr || server.errors.length ? 1 : 0;
} else {
  const cases = Number(opt('cases', 50000));
  console.log(`fuzzing: seed ${seed}, ${cases} cases`);
  const report = await fuzz({
    seed,
    cases,
    hangMs,
    diagnosticsHangMs,
    hugeEvery,
    keepGoing: true,
    onCase: (c, ms) => {
      if (ms > 2000) console.log(`  slow case ${c.index}: ${(ms / 1000).toFixed(1)} s (${c.seed.name}; ${c.mutations.join(', ')}; ${c.text.length} characters)`);
    },
    onProgress: (done, problems, rss) => {
      if (done % (argv.includes('--verbose') ? 100 : 1000) === 0 || done === cases) console.log(`  ${done} cases, ${problems} problems, RSS ${(rss / 2 ** 20).toFixed(0)} MB`);
    },
  });
  console.log(`${report.cases} cases, ${report.requests} requests in ${(report.ms / 1000).toFixed(1)} s; slowest ${report.slowest.method} ${report.slowest.ms.toFixed(0)} ms (case ${report.slowest.case}); max RSS ${(report.maxRssBytes / 2 ** 20).toFixed(0)} MB`);
  for (const line of latencyTable(report.latencies)) console.log(`  ${line}`);
  const byWhat = new Map();
  for (const p of report.problems) {
    const key = p.what.replace(/\d+ ms/, 'N ms');
    if (!byWhat.has(key)) byWhat.set(key, []);
    byWhat.get(key).push(p);
  }
  for (const [what, ps] of byWhat) console.log(`${ps.length} × ${what}: e.g. case ${ps[0].case} (${ps[0].seed}; ${ps[0].mutations.join(', ')})\n    ${ps[0].detail.split('\n').slice(0, 4).join('\n    ')}`);
  const out = opt('out');
  if (out) fs.writeFileSync(out, JSON.stringify({ seed, ...report, latencies: latencyTable(report.latencies) }, null, 2));
  process.exitCode = report.problems.length ? 1 : 0;
}
