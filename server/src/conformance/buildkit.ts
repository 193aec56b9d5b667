import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, diskFiles, lint } from '../engine/lint';
import { DEFAULT_DOCKERFILE } from '../engine/languages';
import { emptyConfig, mergeConfig } from '../engine/config';
import { corpusDir, pct, Section } from './corpus';

interface Expected {
  rule: string;
  line: number;
  detail?: string;
}

interface Got {
  rule: string;
  line: number;
  message: string;
}

/** Scores the Dockerfile linter on BuildKit's own build-check cases: expected rule+line found, nothing extra. */
export function runBuildkit(): Section {
  const root = path.join(corpusDir(), 'buildkit-checks');
  const implemented = new Map<string, string>(); // BuildKit name -> our id
  for (const r of allRules()) if (r.compat?.buildkit) implemented.set(r.compat.buildkit, r.id);
  const per = new Map<string, { expected: number; found: number; extra: number }>();
  const stat = (rule: string) => {
    let s = per.get(rule);
    if (!s) per.set(rule, (s = { expected: 0, found: 0, extra: 0 }));
    return s;
  };
  const notes: string[] = [];
  const dirs = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'expected.json'))).sort();
  for (const dir of dirs) {
    const file = path.join(root, dir, DEFAULT_DOCKERFILE);
    const text = fs.readFileSync(file, 'utf8');
    const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(root, dir, 'expected.json'), 'utf8'));
    const optsPath = path.join(root, dir, 'options.json');
    const buildArgs: Record<string, string> = {};
    // Where options.json has `progressStreamWarnings`, expected.json comes from upstream's `UnmarshalWarnings`, whose
    // lines upstream never compares (checkLintWarning checks rule, description, URL and detail only); case 072 lists
    // lines 3/4 for instructions on lines 5/6. There a finding with the same rule and detail text also counts.
    let linesUnchecked = false;
    if (fs.existsSync(optsPath)) {
      const opts = JSON.parse(fs.readFileSync(optsPath, 'utf8'));
      linesUnchecked = Array.isArray(opts.progressStreamWarnings);
      for (const [k, v] of Object.entries<string>(opts.frontendAttrs ?? {})) {
        if (k.startsWith('build-arg:')) buildArgs[k.slice('build-arg:'.length)] = v;
      }
    }
    const config = mergeConfig(emptyConfig(), { options: { ...emptyConfig().options, buildArgs } });
    const res = lint({ text, language: 'dockerfile', path: file, files: diskFiles, config });
    for (const c of res.crashes) notes.push(`CRASH ${dir}: ${c.rule}: ${c.error.split('\n')[0]}`);
    const got = res.findings
      .map((f) => ({ rule: allRules().find((r) => r.id === f.rule)?.compat?.buildkit, line: f.range.start.line + 1, message: f.message }))
      .filter((g): g is Got => !!g.rule);
    const unmatched = [...got];
    const missed: Expected[] = [];
    for (const e of expected) {
      const s = stat(e.rule);
      s.expected++;
      const i = unmatched.findIndex((g) => g.rule === e.rule && g.line === e.line);
      if (i >= 0) {
        s.found++;
        unmatched.splice(i, 1);
      } else missed.push(e);
    }
    for (const e of missed) {
      const i = linesUnchecked ? unmatched.findIndex((g) => g.rule === e.rule && g.message === e.detail) : -1;
      if (i >= 0) {
        stat(e.rule).found++;
        notes.push(`line   ${dir}: ${e.rule} expected at line ${e.line} (not checked upstream), reported at line ${unmatched[i].line}`);
        unmatched.splice(i, 1);
      } else if (implemented.has(e.rule)) {
        notes.push(`missed ${dir}: ${e.rule} at line ${e.line}`);
      }
    }
    for (const g of unmatched) {
      stat(g.rule).extra++;
      notes.push(`extra  ${dir}: ${g.rule} at line ${g.line}`);
    }
  }
  const rows = [['rule', 'implemented', 'expected', 'found', 'extra']];
  let exp = 0;
  let found = 0;
  let extra = 0;
  for (const [rule, s] of [...per].sort(([a], [b]) => a.localeCompare(b))) {
    const impl = implemented.has(rule);
    rows.push([rule, impl ? 'yes' : 'no', String(s.expected), String(s.found), String(s.extra)]);
    if (impl) {
      exp += s.expected;
      found += s.found;
    }
    extra += s.extra;
  }
  rows.push(['TOTAL (implemented rules)', '', String(exp), `${found} (${pct(found, exp)})`, String(extra)]);
  return {
    title: `BuildKit build-check cases (${dirs.length} cases)`,
    rows,
    notes,
    scores: { buildkitRecall: exp ? found / exp : 1, buildkitExtra: extra },
  };
}
