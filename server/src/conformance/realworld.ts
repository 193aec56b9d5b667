// Real projects' container and CI files (corpus `realworld/<owner>__<repo>/`), each linted as a project root the way
// the CLI lints a folder: the same file discovery and language detection, and the nearest .hadolint.yaml,
// .slipway.yaml and .github/actionlint.yaml of each file. These projects build and run, so every error-severity
// finding must be a real bug listed, with what breaks, in conformance-realworld-reviewed.json; any other error is
// a defect of the linter. Warnings are counted per rule with the share of files they fire on: a warning that fires
// on most files of a well-kept repository is noise to look at.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLintJob } from '../cli/run';
import { displayPath } from '../cli/format';
import { allRules, ruleLanguages } from '../engine/lint';
import type { Language, Severity } from '../engine/types';
import { pct, Section } from './corpus';

/** A reviewed real bug: an error finding the linter is right to give on a working project, and what breaks. */
export interface ReviewedError {
  repo: string;
  /** Path inside the repository, `/`-separated. */
  file: string;
  /** 1-based line of the finding. */
  line: number;
  rule: string;
  reason: string;
}

export interface RealworldFinding {
  file: string;
  line: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface RepoLint {
  repo: string;
  /** Linted files, `/`-separated paths inside the repository, with their language. */
  files: { file: string; language: Language }[];
  findings: RealworldFinding[];
  /** Rule crashes and unreadable files or configs (what the CLI prints on stderr). */
  problems: string[];
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info', 'hint'];

/** Lints one repository folder as the CLI does for `slipway lint .` run inside it. */
export async function lintRepository(dir: string): Promise<RepoLint> {
  const problems: string[] = [];
  const run = await runLintJob({ paths: [], cwd: dir, ignore: [], warn: (m) => problems.push(m) });
  problems.push(...run.errors);
  const files: RepoLint['files'] = [];
  const findings: RealworldFinding[] = [];
  for (const r of run.results) {
    const file = displayPath(r.path, dir);
    if (r.error) problems.push(`${file}: ${r.error}`);
    files.push({ file, language: r.language as Language });
    for (const f of r.findings) findings.push({ file, line: f.range.start.line + 1, rule: f.rule, severity: f.severity, message: f.message });
  }
  return { repo: path.basename(dir), files, findings, problems };
}

let languagesOfRule: Map<string, Language[]> | undefined;
function ruleLanguageMap(): Map<string, Language[]> {
  if (!languagesOfRule) languagesOfRule = new Map(allRules().map((r) => [r.id, ruleLanguages(r)]));
  return languagesOfRule;
}

/** Files a rule can fire on: the repository's files of the rule's languages (of the files it fired on, if unknown). */
function candidateFiles(lint: RepoLint, rule: string): number {
  const langs = ruleLanguageMap().get(rule) ?? [...new Set(lint.findings.filter((f) => f.rule === rule).map((f) => lint.files.find((x) => x.file === f.file)?.language))];
  return lint.files.filter((f) => langs.includes(f.language)).length;
}

function isReviewed(repo: string, f: RealworldFinding, reviewed: ReviewedError[]): boolean {
  return reviewed.some((r) => r.repo === repo && r.file === f.file && r.line === f.line && r.rule === f.rule);
}

/** A warning rule firing on more than this share of a repository's files of its language is flagged as possible noise. */
export const NOISE_SHARE = 0.5;
/** …among at least this many files (one workflow of one warns on 100% of them and says nothing). */
export const NOISE_MIN_FILES = 5;

/**
 * Scores linted repositories: a table per repository (findings by rule and severity, files the rule fires on and
 * their share), then a summary whose `realworldUnreviewedErrors` counts the error findings not in `reviewed`,
 * and the warnings per rule over all repositories.
 */
export function scoreRealworld(repos: RepoLint[], reviewed: ReviewedError[]): Section[] {
  const sections: Section[] = [];
  const summary: string[][] = [['repository', 'files', 'errors', 'reviewed', 'unreviewed', 'warnings', 'info', 'hints']];
  const summaryNotes: string[] = [];
  let unreviewed = 0;
  const warningTotals = new Map<string, { count: number; files: number; candidates: number; noisy: string[] }>();
  for (const lint of repos) {
    const byRule = new Map<string, { counts: Record<Severity, number>; files: Set<string> }>();
    const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    let reviewedHere = 0;
    // Rule crashes fail the run (main counts the CRASH notes); config problems are shown only.
    const notes = lint.problems.map((p) => `${p.startsWith('internal error in rule') ? 'CRASH' : 'problem'} ${lint.repo}: ${p}`);
    for (const f of lint.findings) {
      let e = byRule.get(f.rule);
      if (!e) byRule.set(f.rule, (e = { counts: { error: 0, warning: 0, info: 0, hint: 0 }, files: new Set() }));
      e.counts[f.severity]++;
      e.files.add(f.file);
      totals[f.severity]++;
      if (f.severity !== 'error') continue;
      if (isReviewed(lint.repo, f, reviewed)) reviewedHere++;
      else {
        unreviewed++;
        summaryNotes.push(`unreviewed error ${lint.repo}/${f.file}:${f.line}: ${f.message} [${f.rule}]`);
      }
    }
    const rank = (s: { counts: Record<Severity, number> }) => SEVERITIES.findIndex((x) => s.counts[x] > 0);
    const rows = [...byRule]
      .sort(([a, x], [b, y]) => rank(x) - rank(y) || y.files.size - x.files.size || a.localeCompare(b))
      .map(([rule, s]) => {
        const candidates = candidateFiles(lint, rule);
        if (s.counts.warning) {
          let w = warningTotals.get(rule);
          if (!w) warningTotals.set(rule, (w = { count: 0, files: 0, candidates: 0, noisy: [] }));
          w.count += s.counts.warning;
          w.files += s.files.size;
          if (candidates >= NOISE_MIN_FILES && s.files.size / candidates > NOISE_SHARE) {
            w.noisy.push(lint.repo);
            notes.push(`noise? ${rule} warns on ${s.files.size} of ${candidates} files`);
          }
        }
        return [rule, ...SEVERITIES.map((x) => String(s.counts[x])), `${s.files.size}/${candidates}`, pct(s.files.size, candidates)];
      });
    const byLanguage = new Map<string, number>();
    for (const f of lint.files) byLanguage.set(f.language, (byLanguage.get(f.language) ?? 0) + 1);
    const languages = [...byLanguage].map(([l, n]) => `${n} ${l}`).join(', ');
    sections.push({
      title: `realworld ${lint.repo} (${lint.files.length} files: ${languages || 'none'})`,
      rows: [['rule', ...SEVERITIES, 'files', 'share'], ...rows, ['TOTAL', ...SEVERITIES.map((x) => String(totals[x])), '', '']],
      notes,
      scores: {},
    });
    summary.push([lint.repo, String(lint.files.length), String(totals.error), String(reviewedHere), String(totals.error - reviewedHere), String(totals.warning), String(totals.info), String(totals.hint)]);
  }
  for (const r of reviewed) {
    const lint = repos.find((x) => x.repo === r.repo);
    if (lint && !lint.findings.some((f) => f.severity === 'error' && isReviewed(r.repo, f, [r])))
      summaryNotes.push(`stale reviewed entry (no such error now) ${r.repo}/${r.file}:${r.line} [${r.rule}]`);
  }
  sections.push({
    title: `realworld summary (${repos.length} repositories: every error must be a reviewed real bug)`,
    rows: summary,
    notes: summaryNotes,
    scores: { realworldUnreviewedErrors: unreviewed },
  });
  // The share over all repositories counts the files of the rule's languages in every repository, where it fires or not.
  for (const [rule, w] of warningTotals) w.candidates = repos.reduce((n, lint) => n + candidateFiles(lint, rule), 0);
  const warningRows = [...warningTotals]
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
    .map(([rule, w]) => [rule, String(w.count), `${w.files}/${w.candidates}`, pct(w.files, w.candidates), w.noisy.join(' ') || '-']);
  sections.push({
    title: `realworld warnings by rule (files they fire on, of the files of their language; repositories where > ${NOISE_SHARE * 100}%)`,
    rows: [['rule', 'warnings', 'files', 'share', 'most files of'], ...warningRows],
    notes: [],
    scores: {},
  });
  return sections;
}

/** Reads the reviewed list; throws on an entry without a repo, file, line, rule or reason. */
export function readReviewed(file: string): ReviewedError[] {
  const list: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected an array`);
  for (const e of list as Partial<ReviewedError>[]) {
    if (typeof e.repo !== 'string' || typeof e.file !== 'string' || typeof e.line !== 'number' || typeof e.rule !== 'string' || typeof e.reason !== 'string' || !e.reason.trim())
      throw new Error(`${file}: an entry needs repo, file, line, rule and a reason (what breaks): ${JSON.stringify(e)}`);
  }
  return list as ReviewedError[];
}

/** Lints every repository folder under `root` and scores them against `reviewed`. */
export async function runRealworld(root: string, reviewed: ReviewedError[]): Promise<Section[]> {
  const names = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const repos: RepoLint[] = [];
  for (const name of names) repos.push(await lintRepository(path.join(root, name)));
  return scoreRealworld(repos, reviewed);
}
