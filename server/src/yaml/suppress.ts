// Inline suppression for YAML documents (workflows, action metadata, Compose files):
//   run: echo ${{ github.head_ref }}  # slipway-ignore: untrusted-input
//   # slipway-ignore-next-line: unknown-key, value-type
//   # slipway-ignore            (on its own line: every rule on the next line)
// Rule ids are matched case-insensitively against a rule's id, its peers' names (e.g. actionlint's kind)
// and aliases.
import type { Finding, Rule } from '../engine/types';
import { ruleIds } from '../engine/types';
import type { YamlModel } from './model';

const COMMENT = /(?:^|\s)#\s*slipway-ignore(-next-line)?\b(?:\s*[:=]\s*([\w\-, ]+))?/;

/** Line (0-based) → rule ids suppressed there ('*' = every rule). */
export function suppressions(model: YamlModel): Map<number, Set<string>> {
  return model.memoize('suppressions', () => {
    const out = new Map<number, Set<string>>();
    if (!model.text.includes('slipway-ignore')) return out;
    const lines = model.text.split('\n');
    lines.forEach((line, i) => {
      const m = COMMENT.exec(line);
      if (!m) return;
      const ownLine = line.trimStart().startsWith('#');
      const target = m[1] || ownLine ? i + 1 : i;
      const ids = (m[2] ?? '')
        .split(/[,\s]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
      let set = out.get(target);
      if (!set) out.set(target, (set = new Set()));
      if (ids.length === 0) set.add('*');
      for (const id of ids) set.add(id);
    });
    return out;
  });
}

export function isSuppressedYaml(model: YamlModel, finding: Finding, rule: Rule<unknown>): boolean {
  const set = suppressions(model).get(finding.range.start.line);
  if (!set) return false;
  if (set.has('*')) return true;
  return ruleIds(rule).some((id) => set.has(id.toLowerCase()));
}
