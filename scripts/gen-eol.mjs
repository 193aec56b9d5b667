// Writes server/src/dockerfile/data/eol.json: the end-of-life dates of popular official Docker Hub images' release
// cycles (python 3.6, node 14, ubuntu 18.04, debian buster…), which EndOfLifeBaseImage reads.
//
// Source: endoflife.date's API, one answer per product (https://endoflife.date/api/<product>.json, e.g.
// https://endoflife.date/api/python.json): a list of release cycles with `cycle`, `eol` (a date, or false while
// supported), `codename` and, for Debian, `extendedSupport` (the end of Debian LTS). This machine has no network, so
// the script reads a local snapshot of those answers:
//   node scripts/gen-eol.mjs                       # from the bundled snapshot data/eol.source.json
//   node scripts/gen-eol.mjs snapshot.json         # from another snapshot of the same shape, then commit both
//   node scripts/gen-eol.mjs --check               # exits 1 when the committed eol.json differs
// A snapshot is `{ "date": "YYYY-MM-DD", "products": { "<product>": [ <API rows> ] } }`; its date is the day the
// answers were read, and becomes the data's date, which the rule takes as "today" (so a finding never depends on
// the day the linter runs, and tests stay deterministic). The bundled snapshot was written by hand from the
// products' published schedules (see its "about"). Which Docker Hub images each product covers, and the cycle to
// suggest instead, are set in PRODUCTS below. The output is sorted and has no other date, so the same snapshot
// gives the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = path.join(root, 'server/src/dockerfile/data/eol.json');
export const SNAPSHOT = path.join(root, 'server/src/dockerfile/data/eol.source.json');

/**
 * endoflife.date product → the Docker Hub repositories whose tags start with its cycles, the cycle to suggest, and
 * whether its codenames appear in other images' tags (`python:3.9-slim-buster`, `node:18-bullseye`).
 * `useExtendedSupport`: the cycle's end is `extendedSupport` (Debian LTS keeps the official image's packages patched).
 */
export const PRODUCTS = {
  python: { images: ['python'], replacement: '3.14' },
  nodejs: { images: ['node'], replacement: '24' },
  ubuntu: { images: ['ubuntu'], replacement: '24.04', replacementCodename: 'noble', distro: true },
  debian: { images: ['debian'], replacement: '13', replacementCodename: 'trixie', distro: true, useExtendedSupport: true },
  alpine: { images: ['alpine'], replacement: '3.24', distro: true },
  go: { images: ['golang'], replacement: '1.27' },
  'eclipse-temurin': { images: ['eclipse-temurin'], replacement: '25' },
  ruby: { images: ['ruby'], replacement: '3.4' },
  php: { images: ['php'], replacement: '8.4' },
  postgresql: { images: ['postgres'], replacement: '18' },
};

/** Images deprecated as a whole (no cycle of theirs gets updates), with what to use instead. */
export const DEPRECATED = {
  openjdk: {
    since: '2022-07-01',
    use: 'eclipse-temurin',
    source: 'https://hub.docker.com/_/openjdk (deprecation notice; docker-library/openjdk#505: no JDK 8/11 builds after the July 2022 update)',
    skipTags: '-ea',
  },
  centos: {
    since: '2024-06-30',
    use: 'rockylinux',
    source: 'https://endoflife.date/api/centos.json (CentOS Linux 7, the last release, ended 2024-06-30; 8 on 2021-12-31)',
  },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const byCycle = (a, b) => {
  const pa = a.cycle.split('.').map(Number);
  const pb = b.cycle.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? -1) !== (pb[i] ?? -1)) return (pa[i] ?? -1) - (pb[i] ?? -1);
  return 0;
};

/** The data for a snapshot. Throws on a snapshot that is not dated or not of the expected shape. */
export function generate(snapshot) {
  if (!DATE.test(snapshot.date ?? '')) throw new Error('snapshot has no date (YYYY-MM-DD)');
  const products = {};
  for (const [name, conf] of Object.entries(PRODUCTS)) {
    const rows = snapshot.products?.[name];
    if (!Array.isArray(rows)) throw new Error(`snapshot has no rows for ${name}`);
    const cycles = [];
    for (const r of rows) {
      const end = conf.useExtendedSupport && DATE.test(r.extendedSupport ?? '') ? r.extendedSupport : r.eol;
      if (typeof r.cycle !== 'string' || !DATE.test(typeof end === 'string' ? end : '')) continue;
      const c = { cycle: r.cycle, eol: end };
      if (conf.distro && typeof r.codename === 'string' && r.codename) c.codename = r.codename.toLowerCase().split(/\s+/)[0];
      cycles.push(c);
    }
    cycles.sort(byCycle);
    products[name] = { source: `https://endoflife.date/api/${name}.json`, ...conf, cycles };
  }
  return {
    version: 1,
    date: snapshot.date,
    about:
      'End-of-life dates of release cycles of popular official Docker Hub images, by endoflife.date product. Generated ' +
      'by scripts/gen-eol.mjs from a snapshot of endoflife.date API answers (data/eol.source.json); do not edit. ' +
      '"date" is the day of the snapshot: EndOfLifeBaseImage reports cycles whose end is on or before it.',
    products,
    deprecated: DEPRECATED,
  };
}

export function render(data) {
  return JSON.stringify(data, null, 1) + '\n';
}

function main(argv) {
  const check = argv.includes('--check');
  const file = argv.find((a) => !a.startsWith('--')) ?? SNAPSHOT;
  const out = render(generate(JSON.parse(fs.readFileSync(file, 'utf8'))));
  if (check) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== out) {
      console.error(`${path.relative(root, OUTPUT)} is stale: run node scripts/gen-eol.mjs`);
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(OUTPUT, out);
  console.log(`wrote ${path.relative(root, OUTPUT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
