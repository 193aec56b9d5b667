// `npm run conformance`: scores the linter on ../shared/corpus and prints the tables.
// Options: --json FILE (write scores), --verbose (print every miss/extra), --only buildkit|dockerfiles|actionlint|starter|realworld,
// --enforce (exit 1 when a score is below the thresholds in conformance-thresholds.json).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, formatTable, Section } from './corpus';
import { runBuildkit } from './buildkit';
import { runOfficialDockerfiles } from './dockerfiles';
import { runActionlint, runStarterWorkflows } from './workflows';
import { readReviewed, runRealworld } from './realworld';

interface Threshold {
  min?: number;
  max?: number;
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const jsonOut = argv.includes('--json') ? argv[argv.indexOf('--json') + 1] : undefined;
  const sections: Section[] = [];
  const t0 = Date.now();
  if (!only || only === 'buildkit') sections.push(runBuildkit());
  if (!only || only === 'dockerfiles') sections.push(runOfficialDockerfiles());
  if (!only || only === 'actionlint') sections.push(...runActionlint());
  if (!only || only === 'starter') sections.push(runStarterWorkflows());
  if (!only || only === 'realworld')
    sections.push(...(await runRealworld(path.join(corpusDir(), 'realworld'), readReviewed(path.resolve(__dirname, '../conformance-realworld-reviewed.json')))));
  const scores: Record<string, number> = {};
  let crashes = 0;
  for (const s of sections) {
    console.log(`\n## ${s.title}\n`);
    console.log(formatTable(s.rows));
    const crashNotes = s.notes.filter((n) => n.startsWith('CRASH'));
    crashes += crashNotes.length;
    const shown = verbose ? s.notes : [...crashNotes, ...s.notes.filter((n) => !n.startsWith('CRASH')).slice(0, 15)];
    if (shown.length) console.log('\n' + shown.map((n) => '  ' + n).join('\n'));
    if (!verbose && s.notes.length > shown.length) console.log(`  … ${s.notes.length - shown.length} more (--verbose)`);
    Object.assign(scores, s.scores);
  }
  console.log(`\nconformance finished in ${Date.now() - t0} ms`);
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(scores, null, 2));
  let failed = crashes > 0;
  if (crashes) console.log(`FAIL: ${crashes} rule crash(es)`);
  if (argv.includes('--enforce')) {
    const file = path.resolve(__dirname, '../conformance-thresholds.json');
    const thresholds: Record<string, Threshold> = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const [key, t] of Object.entries(thresholds)) {
      const v = scores[key];
      if (v === undefined) continue;
      if ((t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) {
        console.log(`FAIL: ${key} = ${v} (threshold ${JSON.stringify(t)})`);
        failed = true;
      } else console.log(`ok: ${key} = ${+v.toFixed(4)} (threshold ${JSON.stringify(t)})`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`conformance: ${(e as Error).stack ?? e}`);
    process.exitCode = 2;
  },
);
