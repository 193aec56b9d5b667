import type { Fix, FixSafety, Range } from './types';

/**
 * Suggestions for misspelt names, and the message tail and quick fix that offer them, in one shape for every
 * rule. The message guideline each file family follows is written in docs/rules/README.md (see MESSAGE_GUIDELINE
 * in server/src/docs.ts).
 */

/**
 * Edit distance with adjacent swaps counted as one edit (optimal string alignment), bounded: returns `max + 1`
 * as soon as the distance certainly exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches back two rows, so stop only when both of the last two rows are past the bound.
    if (rowMin > max && Math.min(...prev) > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

export interface ClosestOptions {
  /** Compare case-sensitively (BuildKit's variable names). Default: case-insensitive. */
  caseSensitive?: boolean;
  /** The largest edit distance offered. Default: a third of the word's length, at least 1. */
  maxDistance?: number;
}

/**
 * The candidate closest to `word`, for "did you mean" messages and typo fixes; undefined when `word` is itself a
 * candidate (exactly) or when nothing is within `maxDistance`. Of equally close candidates the first wins, so a
 * caller lists its candidates in the order it prefers them.
 */
export function closest(word: string, candidates: Iterable<string>, options: ClosestOptions = {}): string | undefined {
  const limit = options.maxDistance ?? Math.max(1, Math.floor(word.length / 3));
  const fold = (s: string) => (options.caseSensitive ? s : s.toLowerCase());
  const w = fold(word);
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) return undefined;
    const d = editDistance(w, fold(c), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * How a family offers a suggestion at the end of a message:
 * - `dockerfile`: ` (did you mean X?)`, the text as written in a Dockerfile, unquoted (BuildKit's phrasing);
 * - `yaml` (workflows, actions, Compose): `. Did you mean "X"?`, a new sentence with the value in double quotes
 *   (actionlint's phrasing).
 */
export type SuggestionFamily = 'dockerfile' | 'yaml';

/** The message tail that offers `candidate` (empty when there is none). */
export function didYouMean(candidate: string | undefined, family: SuggestionFamily): string {
  if (candidate === undefined) return '';
  return family === 'dockerfile' ? ` (did you mean ${candidate}?)` : `. Did you mean ${JSON.stringify(candidate)}?`;
}

export interface ReplaceFixOptions {
  /** The result as the user reads it when it differs from the edit (e.g. `--chown` for a flag name `chown`). */
  shown?: string;
  /** A title other than `Change to "X"` (for fixes that are not a one-word replacement). */
  title?: string;
  /** Offer it first (default true: a single suggestion is the fix). */
  preferred?: boolean;
  /** This fix's own safety, when it differs from its rule's (e.g. a change of case only, where case is the error). */
  safety?: FixSafety;
}

/** A fix that replaces `range` with `newText`, titled `Change to "X"`. */
export function replaceFix(range: Range, newText: string, options: ReplaceFixOptions = {}): Fix {
  return {
    title: options.title ?? `Change to ${JSON.stringify(options.shown ?? newText)}`,
    preferred: options.preferred ?? true,
    edits: [{ range, newText }],
    ...(options.safety ? { safety: options.safety } : {}),
  };
}

/** The fixes of a finding that may carry a suggestion: `[replaceFix(…)]`, or undefined without one. */
export function suggestionFix(range: Range, suggestion: string | undefined, options: ReplaceFixOptions = {}): Fix[] | undefined {
  return suggestion === undefined ? undefined : [replaceFix(range, suggestion, options)];
}
