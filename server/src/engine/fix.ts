// Applying quick fixes without a person looking at them (`slipway lint --fix`, the Action's `fix` input): only the
// fixes marked safe (see FixSafety in types.ts), round after round until none applies, never two that overlap.
import { allRules } from './lint';
import { LineIndex } from './text';
import { isShellcheckCode } from '../scripts/shellcheckCodes';
import type { Finding, Fix, FixSafety, Rule } from './types';

/** How many lint-and-fix rounds a file gets before it is left alone as not converging. */
export const MAX_FIX_ROUNDS = 10;

let RULES_BY_ID: Map<string, Rule<unknown>> | undefined;

/** The rule a finding belongs to: by its id, or the ShellCheck rule for an `SC` code. */
export function ruleOfFinding(id: string): Rule<unknown> | undefined {
  if (!RULES_BY_ID) RULES_BY_ID = new Map(allRules().map((r) => [r.id, r]));
  return RULES_BY_ID.get(id) ?? (isShellcheckCode(id) ? RULES_BY_ID.get('ShellCheck') : undefined);
}

/** A fix's safety: its own, else its rule's; a rule that declares nothing is unsafe. */
export function fixSafety(fix: Fix, rule: Pick<Rule<unknown>, 'fix'> | undefined): FixSafety {
  return fix.safety ?? rule?.fix?.safety ?? 'unsafe';
}

/** The fix `--fix` applies for a finding: its preferred fix when that is safe, else its first safe fix. */
export function safeFixOf(finding: Finding): Fix | undefined {
  const rule = ruleOfFinding(finding.rule);
  const safe = (finding.fixes ?? []).filter((f) => fixSafety(f, rule) === 'safe');
  return safe.find((f) => f.preferred) ?? safe[0];
}

/** A fix applied (or refused), as the CLI reports it. */
export interface FixNote {
  rule: string;
  /** 0-based line of the finding in the text the fix was computed on. */
  line: number;
  title: string;
}

interface Span {
  start: number;
  end: number;
  newText: string;
}

interface Candidate {
  note: FixNote;
  spans: Span[];
  from: number;
  to: number;
  key: string;
}

/** Two fixes overlap when an edit of one changes text an edit of the other also changes (or inserts into). */
function overlaps(a: Candidate, b: Candidate): boolean {
  for (const x of a.spans)
    for (const y of b.spans) {
      if (x.start < y.end && y.start < x.end) return true;
      // An insertion strictly inside the other's replaced text.
      if (x.start === x.end && y.start < x.start && x.start < y.end) return true;
      if (y.start === y.end && x.start < y.start && y.start < x.end) return true;
    }
  return false;
}

/** Two fixes touch (an edit ends where the other's starts): both may be fine, but only one per round. */
function touches(a: Candidate, b: Candidate): boolean {
  return a.spans.some((x) => b.spans.some((y) => x.start <= y.end && y.start <= x.end));
}

/** The line break a file mostly uses, for the line breaks fixes insert. */
function lineBreakOf(text: string): '\n' | '\r\n' {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

export interface RoundResult {
  text: string;
  applied: FixNote[];
  /** Groups of fixes that overlap: none of them was applied. */
  conflicts: FixNote[][];
  /** Fixes that touch another one applied this round: left for the next round's fresh lint. */
  deferred: number;
}

/**
 * One round: the safe fix of each finding, applied together where they do not meet. Fixes that overlap are all left
 * out (choosing one over the other is a judgement) and reported; a fix that only touches one already taken waits for
 * the next round, which lints the new text and offers it again where it still applies. Identical fixes (two
 * findings, one repair) are applied once.
 */
export function applySafeFixesOnce(text: string, findings: readonly Finding[]): RoundResult {
  const lines = new LineIndex(text);
  const eol = lineBreakOf(text);
  const candidates: Candidate[] = [];
  const keys = new Set<string>();
  for (const f of findings) {
    const fix = safeFixOf(f);
    if (!fix || !fix.edits.length) continue;
    const spans = fix.edits
      .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: eol === '\r\n' ? e.newText.replace(/\r?\n/g, '\r\n') : e.newText }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const key = JSON.stringify(spans);
    if (keys.has(key)) continue;
    keys.add(key);
    candidates.push({ note: { rule: f.rule, line: f.range.start.line, title: fix.title }, spans, from: spans[0].start, to: Math.max(...spans.map((s) => s.end)), key });
  }
  candidates.sort((a, b) => a.from - b.from || a.to - b.to);
  // The pairs whose edits come near each other, found in one sweep over the sorted candidates (only those whose
  // extents meet can overlap or touch): comparing every pair was quadratic in the number of fixes of a file.
  const overlapping = candidates.map((): number[] => []);
  const touching = candidates.map((): number[] => []);
  const open: number[] = [];
  candidates.forEach((c, ci) => {
    for (let k = open.length - 1; k >= 0; k--) if (candidates[open[k]].to < c.from) open.splice(k, 1);
    for (const oi of open) {
      const o = candidates[oi];
      if (overlaps(o, c)) overlapping[oi].push(ci), overlapping[ci].push(oi);
      if (touches(o, c)) touching[oi].push(ci), touching[ci].push(oi);
    }
    open.push(ci);
  });
  // Fixes that overlap are left out together with everything that overlaps them (a cluster), reported in the order
  // of their first fix.
  const conflicted = new Set<number>();
  const conflicts: FixNote[][] = [];
  candidates.forEach((_, ci) => {
    if (conflicted.has(ci) || !overlapping[ci].length) return;
    const cluster = [ci];
    conflicted.add(ci);
    for (let i = 0; i < cluster.length; i++)
      for (const oi of overlapping[cluster[i]])
        if (!conflicted.has(oi)) {
          conflicted.add(oi);
          cluster.push(oi);
        }
    conflicts.push(cluster.map((m) => candidates[m].note).sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule)));
  });
  const taken: Candidate[] = [];
  const isTaken = new Set<number>();
  let deferred = 0;
  candidates.forEach((c, ci) => {
    if (conflicted.has(ci)) return;
    if (touching[ci].some((oi) => isTaken.has(oi))) deferred++;
    else {
      taken.push(c);
      isTaken.add(ci);
    }
  });
  const spans = taken.flatMap((c) => c.spans).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + s.newText;
    last = s.end;
  }
  out += text.slice(last);
  return { text: spans.length ? out : text, applied: taken.map((c) => c.note), conflicts, deferred };
}

export interface FixTextResult {
  /** The fixed text (the original when nothing applied or the rounds did not converge). */
  text: string;
  applied: FixNote[];
  conflicts: FixNote[][];
  /** False when fixes still applied after MAX_FIX_ROUNDS rounds: the text is then the original. */
  converged: boolean;
  rounds: number;
}

/**
 * Lints and fixes `text` round after round until no safe fix applies (or `maxRounds` is reached: then nothing is
 * kept, since fixes that keep undoing each other are a bug to report, not a result to write). `lintText` lints a
 * version of the text with everything the file's lint uses (its config, its neighbours).
 */
export async function fixText(text: string, lintText: (text: string) => readonly Finding[] | Promise<readonly Finding[]>, maxRounds = MAX_FIX_ROUNDS): Promise<FixTextResult> {
  let current = text;
  const applied: FixNote[] = [];
  let conflicts: FixNote[][] = [];
  for (let round = 1; round <= maxRounds; round++) {
    const r = applySafeFixesOnce(current, await lintText(current));
    // The conflicts that remain are those of the last round that looked (earlier ones may have been resolved).
    conflicts = r.conflicts;
    if (!r.applied.length) return { text: current, applied, conflicts, converged: true, rounds: round };
    applied.push(...r.applied);
    current = r.text;
  }
  const last = applySafeFixesOnce(current, await lintText(current));
  if (!last.applied.length) return { text: current, applied, conflicts: last.conflicts, converged: true, rounds: maxRounds };
  return { text, applied: [], conflicts: [], converged: false, rounds: maxRounds };
}
