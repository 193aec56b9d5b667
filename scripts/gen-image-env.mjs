// Writes server/src/dockerfile/data/image-env.json: the ENV names that popular official images define, so
// UndefinedVar, completion and hover know `$GOPATH` in `FROM golang`, `$PYTHON_VERSION` in `FROM python`, …
//
// Regenerate (after the corpus's official-image Dockerfiles or image-env.manual.json change):
//   node scripts/gen-image-env.mjs            # writes the data file
//   node scripts/gen-image-env.mjs --check    # exits 1 when the committed file differs
// The corpus is `../shared/corpus` beside the repository, or $SLIPWAY_CORPUS (as for the fuzzer);
// test/unit/imageEnv.test.ts runs generate() in-process and compares it with the committed file.
//
// How: every `<corpus>/dockerfiles/<owner>__<repo>/<variant>/Dockerfile` is parsed with dockerfile-ast. A variant's
// image is its last stage; the ENV names of that stage and of the stages of the same file it is built FROM are the
// variant's own names. The base (the FROM image, global ARG defaults substituted) is resolved by repository name:
// a repository of the corpus contributes its names too (python:3.14-bookworm → buildpack-deps → debian), the
// hand-written facts of image-env.manual.json (rootfs images such as debian and alpine, images missing from the
// corpus such as eclipse-temurin) likewise. A repository's entry is the union over its Linux variants (tags differ:
// python 3.10 still sets LANG and GPG_KEY), sorted; `complete` says every variant's base chain ends in scratch or a
// complete image, so the image's whole build-time environment is known. Windows variants (built FROM
// mcr.microsoft.com/windows/…) are left out and listed under `skipped`. PATH is in every Linux image (BuildKit adds
// its default when the base has none); the linter knows that without this file.
// The output has no date, so regenerating an unchanged corpus gives the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'server/src/dockerfile/data/image-env.json');
export const MANUAL = path.join(root, 'server/src/dockerfile/data/image-env.manual.json');
export const DEFAULT_CORPUS = path.resolve(root, process.env.SLIPWAY_CORPUS ?? '../shared/corpus');

/** The Docker Hub repository each corpus source directory builds (the Dockerfiles do not name their own image). */
export const REPOSITORIES = {
  'docker-library__buildpack-deps': 'buildpack-deps',
  'docker-library__golang': 'golang',
  'docker-library__python': 'python',
  'nginxinc__docker-nginx': 'nginx',
  'nodejs__docker-node': 'node',
};

/** `docker.io/library/python:3.12@sha256:…` → `python`; undefined for images outside Docker Hub's official namespace. */
export function officialRepository(ref) {
  let r = ref.trim().toLowerCase().replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  r = r.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return r && !r.includes('/') && !r.includes('$') ? r : undefined;
}

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** The last stage's ENV names (with those of the stages of the same file it is built on) and its base image. */
function readVariant(text) {
  const df = DockerfileParser.parse(text);
  const defaults = new Map();
  const stages = [];
  for (const ins of df.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      stages.push({ from: ins, env: [] });
    } else if (keyword === 'ARG' && stages.length === 0) {
      const p = ins.getProperty();
      if (p?.getName()) defaults.set(p.getName(), p.getValue() ?? '');
    } else if (keyword === 'ENV' && stages.length > 0) {
      for (const p of ins.getProperties()) if (p.getName()) stages[stages.length - 1].env.push(p.getName());
    }
  }
  if (stages.length === 0) throw new Error('no FROM');
  const env = new Set();
  const seen = new Set();
  for (let s = stages[stages.length - 1]; ; ) {
    seen.add(s);
    for (const n of s.env) env.add(n);
    const image = (s.from.getImage() ?? '').replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n) => defaults.get(n) ?? m);
    const parent = stages.find((t) => !seen.has(t) && t.from.getBuildStage()?.toLowerCase() === image.toLowerCase());
    if (!parent) return { base: image, env };
    s = parent;
  }
}

/** The data file's content (an object; JSON.stringify(_, null, 1) + '\n' is what gets written). */
export function generate(corpus = DEFAULT_CORPUS, manual = JSON.parse(fs.readFileSync(MANUAL, 'utf8'))) {
  const dir = path.join(corpus, 'dockerfiles');
  const found = new Map(); // repository → { env:Set, bases:Set, sources:[] }
  const skipped = [];
  for (const source of fs.readdirSync(dir).sort(byName)) {
    if (!fs.statSync(path.join(dir, source)).isDirectory()) continue;
    const repo = REPOSITORIES[source];
    if (!repo) throw new Error(`${source}: add the Docker Hub repository it builds to REPOSITORIES in scripts/gen-image-env.mjs`);
    for (const variant of fs.readdirSync(path.join(dir, source)).sort(byName)) {
      const rel = `${source}/${variant}/Dockerfile`;
      const file = path.join(dir, rel);
      if (!fs.existsSync(file)) continue;
      const { base, env } = readVariant(fs.readFileSync(file, 'utf8'));
      if (/^mcr\.microsoft\.com\/windows\//i.test(base)) {
        skipped.push(`${rel}: Windows variant (FROM ${base})`);
        continue;
      }
      const entry = found.get(repo) ?? { env: new Set(), bases: new Set(), sources: [] };
      found.set(repo, entry);
      for (const n of env) entry.env.add(n);
      entry.bases.add(base.toLowerCase() === 'scratch' ? 'scratch' : (officialRepository(base) ?? base));
      entry.sources.push(rel);
    }
  }
  for (const repo of Object.keys(manual.images)) if (found.has(repo)) throw new Error(`${repo} is both in the corpus and in ${path.basename(MANUAL)}`);

  // Full environment of a repository: its own names and its bases' (transitively); complete when every base is known.
  const memo = new Map();
  const resolve = (repo, stack) => {
    if (memo.has(repo)) return memo.get(repo);
    const m = manual.images[repo];
    if (m) return { env: new Set(m.env), complete: m.complete };
    const entry = found.get(repo);
    if (!entry || stack.has(repo)) return entry ? { env: new Set(entry.env), complete: true } : { env: new Set(), complete: false };
    stack.add(repo);
    const env = new Set(entry.env);
    let complete = true;
    for (const base of entry.bases) {
      if (base === 'scratch' || base === repo) continue;
      const r = resolve(base, stack);
      for (const n of r.env) env.add(n);
      complete &&= r.complete;
    }
    stack.delete(repo);
    const out = { env, complete };
    memo.set(repo, out);
    return out;
  };

  const images = {};
  for (const repo of [...found.keys()].sort(byName)) {
    const r = resolve(repo, new Set());
    const entry = found.get(repo);
    images[repo] = { env: [...r.env].sort(byName), complete: r.complete, from: [...entry.bases].sort(byName), sources: entry.sources };
  }
  const manualOut = {};
  for (const repo of Object.keys(manual.images).sort(byName)) {
    const m = manual.images[repo];
    manualOut[repo] = { env: [...m.env].sort(byName), complete: m.complete, source: m.source };
  }
  return {
    version: 1,
    about:
      'ENV names defined by official Docker Hub images, by repository (tags merged). Generated by scripts/gen-image-env.mjs ' +
      'from the official-image Dockerfiles of the shared corpus (dockerfiles/); do not edit: "manual" is copied from image-env.manual.json.',
    images,
    manual: manualOut,
    skipped,
  };
}

export function render(data) {
  return JSON.stringify(data, null, 1) + '\n';
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = render(generate());
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(root, OUTPUT)} is stale: run node scripts/gen-image-env.mjs`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUTPUT, text);
  }
}
