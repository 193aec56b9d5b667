// Quick in-process timing of workflow linting (the engine bundled like dist/), for iterating on parser and
// analysis speed without the peers of bench/run.mjs:
//
//   node bench/wf-speed.mjs [--rounds 30] [--large 50000] [--only corpus|large] [--dump findings.json] [--profile]
//
// Prints the median time of a pass over the workflow corpus (the same files as `npm run bench -- --only corpus`)
// and of the generated 5,000-line and large workflows, each with yaml's own parse time of the same texts and the
// ratio lint ÷ parse (the lint includes that parse: a ratio of 2 means the analysis costs as much as the parse). --dump writes every finding (rule, message, range, severity, fixes) of the
// corpus workflows and Compose files and of the generated workflows, to compare two builds finding for finding.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isYaml, walk, workflowPaths } from './corpus.mjs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generateWorkflow } from './generators.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const ROUNDS = Number(opt('rounds', 30));
const LARGE = Number(opt('large', 50000));
const ONLY = opt('only', 'corpus,large').split(',');
const DUMP = opt('dump', undefined);
const CORPUS = path.resolve(ROOT, '../shared/corpus');

const BASE = opt('base', undefined);

async function bundle(root, name, withParse = true) {
  const file = path.join(os.tmpdir(), `slipway-wfspeed-${process.pid}`, name);
  // yaml's parseDocument from the same bundle, with YamlModel's options: the parse that lint's time is compared with.
  const parse = withParse ? `export { parseDocument } from 'yaml'; export { YAML_OPTIONS } from './server/src/yaml/model';` : '';
  await esbuild.build({
  stdin: {
    contents: `${parse}
      export { lint, allRules } from './server/src/engine/lint';
      export { emptyConfig, mergeConfig } from './server/src/engine/config';
      export { ruleIds } from './server/src/engine/types';
      export { WorkflowModel } from './server/src/workflow/model';
      export { structuralDiagnostics } from './server/src/workflow/schema';
      export { workflowStructure } from './server/src/workflow/structure';
      export { analyzeExpressions } from './server/src/workflow/expr/analysis';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // CommonJS builds of the LSP type packages, as scripts/build.mjs bundles dist/ (see there).
  mainFields: ['main', 'module'],
  conditions: [],
  outfile: file,
  logLevel: 'warning',
  });
  return file;
}
const out = await bundle(ROOT, 'engine.cjs');
const require = createRequire(import.meta.url);
const engine = require(out);
// --base DIR: a second engine built from another source tree (e.g. `git archive HEAD | tar -x -C DIR`), timed in
// alternation with this one over the corpus.
const baseEngine = BASE ? require(await bundle(path.resolve(BASE), 'base.cjs', false)) : undefined;
if (!argv.includes('--keep')) fs.rmSync(path.dirname(out), { recursive: true, force: true });
else console.log(`engine bundle kept: ${out}`);
const config = engine.mergeConfig(engine.emptyConfig(), { enabled: new Set(engine.allRules().flatMap((r) => engine.ruleIds(r))) });

const workflows = workflowPaths(CORPUS).map((p) => ({ path: p, text: fs.readFileSync(p, 'utf8') }));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const run = (f) => engine.lint({ text: f.text, language: 'workflow', path: f.path, config });

if (DUMP) {
  const read = (p) => ({ path: p, text: fs.readFileSync(p, 'utf8') });
  const composeFiles = [...walk(path.join(ROOT, 'test/fixtures/compose'), isYaml), path.join(ROOT, 'examples/model-api/compose.yaml')].map(read);
  const actionFiles = walk(path.join(CORPUS, 'actionlint'), (p) => /\/action\.ya?ml$/.test(p)).map(read);
  // The corpus workflows read as action metadata too: another schema over the same YAML.
  for (const f of workflows) actionFiles.push(f);
  const dump = {};
  const add = (key, r) => (dump[key] = { findings: r.findings.map((f) => ({ rule: f.rule, message: f.message, range: f.range, severity: f.severity, fixes: f.fixes })), crashes: r.crashes.map((c) => c.rule) });
  for (const f of workflows) add(`workflow:${path.relative(CORPUS, f.path)}`, run(f));
  for (const f of composeFiles) add(`compose:${path.relative(ROOT, f.path)}`, engine.lint({ text: f.text, language: 'compose', path: f.path, config }));
  for (const f of actionFiles) add(`action:${path.relative(CORPUS, f.path)}`, engine.lint({ text: f.text, language: 'action', path: f.path, config }));
  for (const n of [200, 5000, 50000]) add(`generated:${n}`, run({ text: generateWorkflow(n), path: '/tmp/x/.github/workflows/gen.yml' }));
  // Seeded line edits of the corpus workflows (broken indentation, stray indicators, comments, moved values).
  let seed = 12345;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const ri = (n) => Math.floor(rnd() * n);
  const bits = [':', ': ', '- ', '#', ' # c', "'", '"', '[', ']', '{', '}', ',', '|', '>-', '&a ', '*a', '<<: ', '\n', '  ', '\n    # x\n', '${{ ', '}}', '${{ github.event.issue.title }}', 'true', '~'];
  for (let c = 0; c < Number(opt('mutations', 3000)); c++) {
    const f = workflows[ri(workflows.length)];
    const lines = f.text.split('\n');
    for (let k = 1 + ri(3); k > 0; k--) {
      const i = ri(lines.length);
      const l = lines[i] ?? '';
      const at = ri(l.length + 1);
      switch (ri(6)) {
        case 0: lines.splice(i, 1); break;
        case 1: lines.splice(i, 0, l); break;
        case 2: lines[i] = ' '.repeat(1 + ri(3)) + l; break;
        case 3: lines.splice(i, 0, ' '.repeat(ri(10)) + '# note'); break;
        case 4: lines[i] = l.slice(0, at) + bits[ri(bits.length)] + l.slice(at); break;
        default: lines[i] = l.slice(0, at) + l.slice(at + 1 + ri(4));
      }
    }
    add(`mutation:${c}:${path.relative(CORPUS, f.path)}`, run({ text: lines.join('\n'), path: f.path }));
  }
  fs.writeFileSync(DUMP, JSON.stringify(dump, null, 1));
  console.log(`dumped ${Object.keys(dump).length} files to ${DUMP}`);
}

if (ONLY.includes('breakdown')) {
  // Where the time of a corpus pass goes: parsing, the shared analyses (memoized per model), then each rule.
  const rules = engine.allRules().filter((r) => (Array.isArray(r.language) ? r.language : [r.language]).includes('workflow'));
  const files = { readFile: () => undefined, exists: () => false };
  const t = new Map();
  const add = (k, ms) => t.set(k, (t.get(k) ?? []).concat(ms));
  for (let r = 0; r < ROUNDS + 3; r++) {
    const acc = new Map();
    const time = (k, f) => {
      const t0 = performance.now();
      f();
      acc.set(k, (acc.get(k) ?? 0) + performance.now() - t0);
    };
    for (const f of workflows) {
      let model;
      time('parse', () => (model = new engine.WorkflowModel(f.text, 'workflow')));
      time('structure', () => engine.workflowStructure(model));
      time('schema', () => engine.structuralDiagnostics(model));
      time('expressions', () => engine.analyzeExpressions(model, files, f.path));
      for (const rule of rules) time(`rule ${rule.id}`, () => rule.check({ model, options: config.options, path: f.path, files, report() {} }));
    }
    if (r >= 3) for (const [k, v] of acc) add(k, v);
  }
  const rows = [...t].map(([k, v]) => [k, median(v)]).sort((a, b) => b[1] - a[1]);
  console.log(`breakdown (median of ${ROUNDS} corpus passes, total ${rows.reduce((s, r) => s + r[1], 0).toFixed(1)} ms):`);
  for (const [k, v] of rows.slice(0, 25)) console.log(`  ${k.padEnd(36)} ${v.toFixed(2).padStart(8)} ms`);
}

// Lint time against yaml's own parse time (parseDocument with YamlModel's options) of the same texts. The two are
// measured file by file in alternation (each file linted, then parsed, the order swapped every round), so that the
// load of a shared machine falls on both alike; the ratio is the median over rounds of (sum of lint times) ÷ (sum of
// parse times), with CPU time (process.cpuUsage, less disturbed by other processes) beside wall time.
function lintVsParse(texts, rounds) {
  const lint = [];
  const parse = [];
  const ratio = [];
  const cpuRatio = [];
  const now = () => performance.now();
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let r = 0; r < rounds; r++) {
    let l = 0;
    let p = 0;
    let lc = 0;
    let pc = 0;
    for (const f of texts) {
      for (const which of r % 2 ? ['parse', 'lint'] : ['lint', 'parse']) {
        const t0 = now();
        const c0 = cpuNow();
        if (which === 'lint') run(f);
        else engine.parseDocument(f.text, engine.YAML_OPTIONS);
        const c = cpuNow() - c0;
        const t = now() - t0;
        if (which === 'lint') (l += t), (lc += c);
        else (p += t), (pc += c);
      }
    }
    lint.push(l);
    parse.push(p);
    ratio.push(l / p);
    cpuRatio.push(lc / pc);
  }
  return {
    lint: median(lint),
    parse: median(parse),
    text: `lint median ${median(lint).toFixed(1)} ms (min ${Math.min(...lint).toFixed(1)} ms); yaml parse ${median(parse).toFixed(1)} ms; lint ÷ parse ${median(ratio).toFixed(2)} (CPU ${median(cpuRatio).toFixed(2)})`,
  };
}

if (ONLY.includes('corpus')) {
  for (let i = 0; i < 5; i++) for (const f of workflows) run(f), engine.parseDocument(f.text, engine.YAML_OPTIONS);
  console.log(`corpus (${workflows.length} workflows, ${ROUNDS} rounds): ${lintVsParse(workflows, ROUNDS).text}`);
}
if (baseEngine) {
  const baseConfig = baseEngine.mergeConfig(baseEngine.emptyConfig(), { enabled: new Set(baseEngine.allRules().flatMap((r) => baseEngine.ruleIds(r))) });
  const runWith = (e, c, f) => e.lint({ text: f.text, language: 'workflow', path: f.path, config: c });
  // Wall time, and the process's CPU time (less disturbed when other processes share the cores).
  const pass = (e, c, cpu) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const f of workflows) runWith(e, c, f);
    const cu = process.cpuUsage(c0);
    cpu.push((cu.user + cu.system) / 1000);
    return performance.now() - t0;
  };
  const ca = [];
  const cb = [];
  for (let i = 0; i < 5; i++) pass(engine, config, []), pass(baseEngine, baseConfig, []);
  const a = [];
  const b = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.push(pass(engine, config, ca));
    b.push(pass(baseEngine, baseConfig, cb));
  }
  console.log(`corpus A/B (${ROUNDS} alternating rounds): this ${median(a).toFixed(1)} ms, base ${median(b).toFixed(1)} ms (${(median(b) / median(a)).toFixed(2)}x); CPU this ${median(ca).toFixed(1)} ms, base ${median(cb).toFixed(1)} ms (${(median(cb) / median(ca)).toFixed(2)}x); min this ${Math.min(...a).toFixed(1)} ms, base ${Math.min(...b).toFixed(1)} ms (${(Math.min(...b) / Math.min(...a)).toFixed(2)}x)`);
  const big = { text: generateWorkflow(LARGE), path: '/tmp/x/.github/workflows/gen.yml' };
  const la = [];
  const lb = [];
  for (let r = 0; r < Math.max(3, Math.round(ROUNDS / 6)); r++) {
    let t0 = performance.now();
    runWith(engine, config, big);
    la.push(performance.now() - t0);
    t0 = performance.now();
    runWith(baseEngine, baseConfig, big);
    lb.push(performance.now() - t0);
  }
  console.log(`large A/B (${LARGE} lines): this ${median(la).toFixed(0)} ms, base ${median(lb).toFixed(0)} ms (${(median(lb) / median(la)).toFixed(2)}x)`);
}

if (ONLY.includes('large')) {
  // The generated workflow at 5,000 lines and at --large lines: lint ÷ parse of each, and the growth between them.
  const path_ = '/tmp/x/.github/workflows/gen.yml';
  const small = [{ text: generateWorkflow(5000), path: path_ }];
  const big = [{ text: generateWorkflow(LARGE), path: path_ }];
  for (let i = 0; i < 3; i++) run(small[0]), engine.parseDocument(small[0].text, engine.YAML_OPTIONS);
  const s5 = lintVsParse(small, Math.max(5, ROUNDS));
  console.log(`large (5000 lines): ${s5.text}`);
  const sN = lintVsParse(big, Math.max(3, Math.round(ROUNDS / 6)));
  console.log(`large (${LARGE} lines): ${sN.text}`);
  console.log(`growth 5000 → ${LARGE} lines: lint ${(sN.lint / s5.lint).toFixed(1)}×, parse ${(sN.parse / s5.parse).toFixed(1)}× (linear = ${(LARGE / 5000).toFixed(1)}×)`);
}
