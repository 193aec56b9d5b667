// Inline suppression for YAML documents (workflows, action metadata, Compose files):
//   run: echo ${{ github.head_ref }}  # slipway-ignore: untrusted-input
//   # slipway-ignore-next-line: unknown-key, value-type
//   # slipway-ignore            (on its own line: every rule on the next line)
// Rule ids are matched case-insensitively against a rule's id, its peers' names (e.g. actionlint's kind)
// and aliases.
//
// zizmor's own comments are honoured too, so a workflow written for zizmor needs no second comment:
//   pull_request_target:  # zizmor: ignore[dangerous-triggers]
//   secrets: inherit      # zizmor: ignore[secrets-inherit, artipacked] a reason may follow
// As zizmor does (https://docs.zizmor.sh/usage/#with-comments), the comment applies to a finding whose span
// holds it, here any line of the finding's range, and only as a YAML comment: a `#` inside a string or a block
// scalar (a `run:` script) is not one. The names are zizmor's audits, matched like the ids above (Slipway's rules
// named after an audit answer to its name: `untrusted-input` to `template-injection`). zizmor's spans are often
// wider than Slipway's ranges (a whole step), so the comment must be on a line Slipway reports.
import { isScalar, Scalar, visit } from 'yaml';
import type { Finding, Rule } from '../engine/types';
import { ruleIds } from '../engine/types';
import type { YamlModel } from './model';
import { memoKey } from '../engine/memo';

const COMMENT = /(?:^|\s)#\s*slipway-ignore(-next-line)?\b(?:\s*[:=]\s*([\w\-, ]+))?/;

const SUPPRESSIONS = memoKey<Map<number, Set<string>>>('suppressions');

/** Line (0-based) → rule ids suppressed there ('*' = every rule). */
export function suppressions(model: YamlModel): Map<number, Set<string>> {
  return model.memoize(SUPPRESSIONS, () => {
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

const ZIZMOR = /(?:^|\s)#\s*zizmor:\s*ignore\[([^\]]*)\]/;

const SCALAR_SPANS = memoKey<[number, number][]>('scalarSpans');

/** Whether `offset` lies inside a scalar (quoted, plain or block): a `#` there is text, not a comment. */
function inScalar(model: YamlModel, offset: number): boolean {
  const spans = model.memoize(SCALAR_SPANS, () => {
    const out: [number, number][] = [];
    visit(model.doc, {
      Scalar(_key, node) {
        if (!isScalar(node) || !node.range) return;
        // A block scalar's text starts on the line after its header (`run: |  # a comment here is one`).
        const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
        const nl = block ? model.text.indexOf('\n', node.range[0]) : -1;
        out.push([block ? (nl < 0 ? node.range[1] : nl + 1) : node.range[0], node.range[1]]);
      },
    });
    return out;
  });
  return spans.some(([start, end]) => offset >= start && offset < end);
}

const ZIZMOR_IGNORES = memoKey<Map<number, Set<string>>>('zizmorIgnores');

/** Line (0-based) → zizmor audit names a `# zizmor: ignore[…]` comment on that line ignores. */
export function zizmorIgnores(model: YamlModel): Map<number, Set<string>> {
  return model.memoize(ZIZMOR_IGNORES, () => {
    const out = new Map<number, Set<string>>();
    if (!model.text.includes('zizmor:')) return out;
    model.text.split('\n').forEach((line, i) => {
      const m = ZIZMOR.exec(line);
      if (!m) return;
      const hash = m.index + m[0].indexOf('#');
      if (inScalar(model, model.lines.offsetAt({ line: i, character: hash }))) return;
      const names = m[1]
        .split(',')
        .map((n) => n.trim().toLowerCase())
        .filter(Boolean);
      if (names.length) out.set(i, new Set(names));
    });
    return out;
  });
}

export function isSuppressedYaml(model: YamlModel, finding: Finding, rule: Rule<unknown>): boolean {
  const keys = ruleIds(rule).map((id) => id.toLowerCase());
  const set = suppressions(model).get(finding.range.start.line);
  if (set && (set.has('*') || keys.some((id) => set.has(id)))) return true;
  const zizmor = zizmorIgnores(model);
  if (zizmor.size === 0) return false;
  const { start, end } = finding.range;
  // A range that ends at the start of a line does not cover that line.
  const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
  for (const [line, names] of zizmor) if (line >= start.line && line <= last && keys.some((id) => names.has(id))) return true;
  return false;
}
