import type { DockerfileModel } from './model';

export interface Suppressions {
  /** Rule ids (lower-cased) ignored in the whole file: `# hadolint global ignore=…`. */
  global: Set<string>;
  /** Rule ids ignored per line: every line of the instruction that follows `# hadolint ignore=…`. */
  byLine: Map<number, Set<string>>;
}

const IGNORE = /^\s*#\s*(hadolint|slipway)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)/i;
/** Every comment IGNORE matches has this in its text. */
const ANY_IGNORE = /ignore\s*=/i;

/**
 * `# hadolint ignore=DL3008,DL3015` (or `# slipway ignore=…`) applies to the next instruction, whatever lines
 * it spans; `# hadolint global ignore=…` anywhere applies to the whole file.
 */
export function suppressionsOf(model: DockerfileModel): Suppressions {
  return model.memoize('suppressions', () => {
    const s: Suppressions = { global: new Set(), byLine: new Map() };
    // Most files have no ignore comment: one scan of the text says so, instead of reading every comment.
    if (!ANY_IGNORE.test(model.text)) return s;
    let next = 0; // index of the next instruction at or after the comment
    for (const c of model.comments) {
      const m = IGNORE.exec(c.getRange() ? model.textOf(c.getRange()) : '');
      if (!m) continue;
      const ids = m[3]
        .split(',')
        .map((x) => x.trim().toLowerCase())
        .filter(Boolean);
      if (m[2]) {
        for (const id of ids) s.global.add(id);
        continue;
      }
      const line = c.getRange().start.line;
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
