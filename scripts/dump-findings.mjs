// Dumps every finding (rule, range, severity, message, fixes with their edits) Slipway gives on the conformance corpus
// (../shared/corpus, every subtree), on examples/ and the test fixtures, and on every rule's documented examples and
// data-form test inputs, with every rule turned on (opt-in ones included). One line per finding, sorted, so that
// two dumps taken before and after a change that should not change behaviour can be compared with `diff`.
//
//   node scripts/dump-findings.mjs [--corpus ../shared/corpus] > before.txt
//   ... change ...
//   node scripts/dump-findings.mjs > after.txt && diff before.txt after.txt
//
// Only the engine's public entry points are used (lint, allRules, loadConfigFor, detectLanguage), bundled from the
// sources with esbuild as bench/run.mjs does, so the same script works on any commit that has them.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const CORPUS = path.resolve(ROOT, opt('corpus', '../shared/corpus'));

const out = path.join(os.tmpdir(), `slipway-dump-${process.pid}`, 'engine.cjs');
await esbuild.build({
  stdin: {
    contents: `export { lint, allRules, diskFiles } from './server/src/engine/lint';
      export { emptyConfig, mergeConfig } from './server/src/engine/config';
      export { loadConfigFor } from './server/src/engine/configFiles';
      export { detectLanguage } from './server/src/engine/languages';
      export { ruleIds } from './server/src/engine/types';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // CommonJS builds of the LSP type packages, as scripts/build.mjs bundles dist/ (see there).
  mainFields: ['main', 'module'],
  conditions: [],
  outfile: out,
  logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const E = require(out);
fs.rmSync(path.dirname(out), { recursive: true, force: true });

const allOn = E.mergeConfig(E.emptyConfig(), { enabled: new Set(E.allRules().flatMap((r) => E.ruleIds(r))) });
const lines = [];
const pos = (p) => `${p.line + 1}:${p.character + 1}`;
const rng = (r) => `${pos(r.start)}-${pos(r.end)}`;

function record(name, res) {
  for (const c of res.crashes) lines.push(`${name}\tCRASH\t${c.rule}\t${c.error.split('\n')[0]}`);
  for (const f of res.findings) {
    const fixes = (f.fixes ?? []).map((x) => ({ t: x.title, p: !!x.preferred, e: x.edits.map((e) => [rng(e.range), e.newText]) }));
    lines.push(`${name}\t${rng(f.range)}\t${f.severity}\t${f.rule}\t${JSON.stringify(f.message)}\t${JSON.stringify(fixes)}`);
  }
}

function walk(dir, acc = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') walk(p, acc);
    } else if (e.isFile()) acc.push(p);
  }
  return acc;
}

/** Lints every file Slipway recognises under `dir`, with config files looked up to `root(file)`. */
function lintTree(label, dir, rootOf, forced) {
  if (!fs.existsSync(dir)) return;
  for (const file of walk(dir)) {
    const language = E.detectLanguage(file) ?? (forced && /\.ya?ml$/.test(file) ? forced : undefined);
    if (!language) continue;
    const text = fs.readFileSync(file, 'utf8');
    const cfg = E.loadConfigFor(file, language, E.diskFiles, rootOf(file), allOn).config;
    record(`${label}/${path.relative(dir, file)}`, E.lint({ text, language, path: file, config: cfg }));
  }
}

// 1. The corpus: each realworld repository is its own project root; every other subtree is one.
for (const sub of fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).sort() : []) {
  const dir = path.join(CORPUS, sub);
  if (!fs.statSync(dir).isDirectory() || sub === 'LICENSES') continue;
  const rootOf = sub === 'realworld' ? (f) => path.join(dir, path.relative(dir, f).split(path.sep)[0]) : () => dir;
  // actionlint's test data and the starter workflows are workflows wherever they lie (as npm run conformance reads them).
  lintTree(`corpus/${sub}`, dir, rootOf, sub === 'actionlint' || sub === 'starter-workflows' ? 'workflow' : undefined);
}

// 2. examples/ and the fixtures of the tests.
for (const d of ['examples', 'test/fixtures', 'test/e2e/fixtures']) lintTree(d, path.join(ROOT, d), () => path.join(ROOT, d));

// 3. Every rule's documented examples and data-form test inputs, linted with all rules, in a virtual project.
const PROJECT = '/project';
const DEFAULT_PATH = { dockerfile: 'Dockerfile', workflow: '.github/workflows/ci.yml', action: 'action.yml', compose: 'compose.yaml' };
function memoryFiles(files) {
  const abs = new Map(Object.entries(files).map(([k, v]) => [path.posix.join(PROJECT, k), v]));
  return {
    readFile: (p) => abs.get(p.replace(/\\/g, '/')),
    exists: (p) => {
      const n = p.replace(/\\/g, '/');
      if (abs.has(n)) return true;
      const d = n.endsWith('/') ? n : n + '/';
      return [...abs.keys()].some((k) => k.startsWith(d));
    },
  };
}
for (const rule of E.allRules().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
  const langs = Array.isArray(rule.language) ? rule.language : [rule.language];
  const cases = [
    { name: 'docs.bad', input: rule.docs.bad, files: rule.docs.files, options: rule.docs.options },
    { name: 'docs.good', input: rule.docs.good, files: rule.docs.files, options: rule.docs.options },
    ...rule.tests,
  ];
  cases.forEach((c, i) => {
    const rel = c.path ?? DEFAULT_PATH[langs[0]];
    const abs = path.posix.join(PROJECT, rel);
    const language = E.detectLanguage(abs) ?? langs[0];
    const config = E.mergeConfig(allOn, { options: { ...allOn.options, ...(c.options ?? {}) } });
    const res = E.lint({ text: c.input, language, path: abs, files: memoryFiles({ ...(c.files ?? {}), [rel]: '' }), config });
    record(`rule/${rule.id}/${i}:${c.name}`, res);
  });
}

// 4. Seeded mutations of the corpus Dockerfiles, workflows and compose files (characters deleted, doubled or replaced by
// ones that matter to the parsers, lines duplicated, swapped or cut), to reach the edge cases real files rarely have.
const MUTANTS = Number(opt('mutants', 4));
let seed = 20261206;
const rand = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const SPECIAL = ['\\', '\n', '"', "'", '[', ']', '{', '}', '$', '${', '#', ':', '-', ' ', '\t', '<<EOF\n', '=', ',', '&a ', '*a', '|', '>', '`'];
function mutate(text) {
  let t = text;
  for (let k = 1 + rand(3); k > 0; k--) {
    const i = rand(t.length + 1);
    switch (rand(6)) {
      case 0: t = t.slice(0, i) + t.slice(i + 1 + rand(4)); break;
      case 1: t = t.slice(0, i) + SPECIAL[rand(SPECIAL.length)] + t.slice(i); break;
      case 2: t = t.slice(0, i) + t.slice(i, i + 1 + rand(8)) + t.slice(i); break;
      default: {
        const ls = t.split('\n');
        const a = rand(ls.length), b = rand(ls.length);
        if (rand(2)) ls.splice(a, 0, ls[b]); else [ls[a], ls[b]] = [ls[b], ls[a]];
        t = ls.join('\n');
      }
    }
  }
  return t;
}
const seeds = walk(CORPUS).filter((f) => !f.includes(`${path.sep}realworld${path.sep}`) || rand(3) === 0);
for (const file of seeds) {
  const language = E.detectLanguage(file) ?? (/[\\/](actionlint|starter-workflows)[\\/].*\.ya?ml$/.test(file) ? 'workflow' : undefined);
  if (!language) continue;
  const text = fs.readFileSync(file, 'utf8');
  for (let m = 0; m < MUTANTS; m++) {
    const res = E.lint({ text: mutate(text), language, path: file, config: allOn });
    record(`mutant/${path.relative(CORPUS, file)}#${m}`, res);
  }
}

lines.sort();
process.stdout.write(lines.join('\n') + '\n');
console.error(`[dump] ${lines.length} findings`);
