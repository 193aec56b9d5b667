import type { Finding, Range } from '../engine/types';
import type { DockerfileModel } from './model';
import { memoKey } from '../engine/memo';

export interface Suppressions {
  /** Rule ids (lower-cased) ignored in the whole file: `# hadolint global ignore=…`. */
  global: Set<string>;
  /** Rule ids ignored per line: every line of the instruction that follows `# hadolint ignore=…`. */
  byLine: Map<number, Set<string>>;
}

/** `# hadolint ignore=…` / `# slipway ignore=…` (group 2: `global `, group 3: the ids). */
const IGNORE_COMMENT = /^\s*#\s*(hadolint|slipway)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
/** Every comment IGNORE_COMMENT matches has this in its text. */
const ANY_IGNORE = /ignore\s*=/i;

export interface IgnoreComment {
  /** The comment's text, from `#` to its last non-blank character. */
  range: Range;
  match: RegExpExecArray;
}

const IGNORE_COMMENTS = memoKey<IgnoreComment[]>('ignoreComments');

/**
 * The ignore comments of the file, in order. dockerfile-ast reads a first line such as `# hadolint ignore=DL3008` or
 * `# hadolint global ignore=DL3008` as a parser directive (named `hadolint`), not as a comment: the lines of its
 * directives are read too.
 */
export function ignoreComments(model: DockerfileModel): IgnoreComment[] {
  return model.memoize(IGNORE_COMMENTS, () => {
    const out: IgnoreComment[] = [];
    if (!ANY_IGNORE.test(model.text)) return out;
    const lines = new Set<number>();
    for (const d of model.directives) lines.add(d.getRange().start.line);
    for (const c of model.comments) if (c.getRange()) lines.add(c.getRange().start.line);
    for (const line of [...lines].sort((a, b) => a - b)) {
      const text = model.lines.lineText(line);
      const m = IGNORE_COMMENT.exec(text);
      if (!m) continue;
      const start = text.indexOf('#');
      out.push({ range: { start: { line, character: start }, end: { line, character: text.trimEnd().length } }, match: m });
    }
    return out;
  });
}

const SUPPRESSIONS = memoKey<Suppressions>('suppressions');

/**
 * `# hadolint ignore=DL3008,DL3015` (or `# slipway ignore=…`) applies to the next instruction, whatever lines
 * it spans; `# hadolint global ignore=…` anywhere applies to the whole file.
 */
export function suppressionsOf(model: DockerfileModel): Suppressions {
  return model.memoize(SUPPRESSIONS, () => {
    const s: Suppressions = { global: new Set(), byLine: new Map() };
    // Most files have no ignore comment: one scan of the text says so, instead of reading every comment.
    if (!ANY_IGNORE.test(model.text)) return s;
    let next = 0; // index of the next instruction at or after the comment
    for (const c of ignoreComments(model)) {
      const m = c.match;
      const ids = m[3]
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);
      if (m[2]) {
        for (const id of ids) s.global.add(id);
        continue;
      }
      const line = c.range.start.line;
      while (next < model.instructions.length && model.instructions[next].range.start.line <= line) next++;
      const ins = model.instructions[next];
      if (!ins) continue;
      for (let l = ins.range.start.line; l <= ins.range.end.line; l++) {
        let set = s.byLine.get(l);
        if (!set) s.byLine.set(l, (set = new Set()));
        for (const id of ids) set.add(id);
      }
    }
    return s;
  });
}

/**
 * The instruction whose lines include `line`, by binary search: instructions come in document order and never
 * share a line. (A search from the start for each finding made "ignore" quick fixes for a whole file of tens of
 * thousands of findings quadratic.)
 */
function instructionAt(model: DockerfileModel, line: number) {
  const list = model.instructions;
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].range.start.line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const ins = found >= 0 ? list[found] : undefined;
  return ins && line <= ins.range.end.line ? ins : undefined;
}

/**
 * The edit behind "Ignore RULE for this instruction": `# hadolint ignore=ID` above the instruction of the finding,
 * or the id added to the ignore comment already there. Undefined when the finding is not in an instruction or the
 * comment already names the rule.
 */
export function ignoreEdit(model: DockerfileModel, f: Finding): { range: Range; newText: string } | undefined {
  const ins = instructionAt(model, f.range.start.line);
  if (!ins) return undefined;
  const start = ins.range.start.line;
  const prev = start > 0 ? model.lines.lineText(start - 1) : '';
  const m = /^(\s*#\s*hadolint\s+ignore\s*=\s*)([A-Za-z0-9_,\s-]*?)(\s*)$/.exec(prev);
  if (m) {
    const ids = m[2].split(',').map((s) => s.trim()).filter(Boolean);
    if (ids.includes(f.rule)) return undefined;
    const newText = `${m[1]}${[...ids, f.rule].join(',')}`;
    return { range: { start: { line: start - 1, character: 0 }, end: { line: start - 1, character: prev.length } }, newText };
  }
  const indent = /^\s*/.exec(model.lines.lineText(start))![0];
  return { range: { start: { line: start, character: 0 }, end: { line: start, character: 0 } }, newText: `${indent}# hadolint ignore=${f.rule}\n` };
}
