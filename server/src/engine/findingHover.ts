// Hover for the findings under the cursor, the same in every language: a rule's finding adds the rule's summary,
// why it matters and its documentation page; a ShellCheck finding adds its code, the bundled title (or ShellCheck's
// message) and its wiki page; a pyflakes finding adds pyflakes's message and the rule's page.
import { Hover, MarkupContent, MarkupKind, Position } from 'vscode-languageserver-types';
import { ruleDocUrl, type Finding, type Rule } from './types';
import { isShellcheckCode, shellcheckHoverSection } from '../scripts/shellcheckCodes';
import { touches } from './text';

/** The findings whose range includes `pos` (ends included): one per rule or ShellCheck code, pyflakes once per message. */
export function findingsAt(findings: readonly Finding[], pos: Position): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!touches(f.range, pos)) return false;
    const key = f.rule === 'pyflakes' ? `pyflakes\0${f.message}` : f.rule;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** How a rule is known to its peers, when they call it otherwise: `DL3025`, `actionlint: expression`… */
function peerName(rule: Rule<unknown>): string {
  const c = rule.compat;
  if (c?.hadolint && c.hadolint !== rule.id) return ` (${c.hadolint})`;
  for (const [tool, id] of Object.entries(c ?? {})) if (tool !== 'hadolint' && typeof id === 'string' && id !== rule.id) return ` (${tool}: ${id})`;
  return '';
}

/** The hover section of one finding. */
export function findingSection(f: Finding, rules: readonly Rule<unknown>[]): string {
  if (isShellcheckCode(f.rule)) return shellcheckHoverSection(f);
  if (f.rule === 'pyflakes') return `**pyflakes**: ${f.message}\n\npyflakes checked the Python of this \`shell: python\` step. [Rule documentation](${ruleDocUrl('pyflakes')})`;
  const rule = rules.find((r) => r.id === f.rule);
  if (!rule) return `**${f.rule}**: ${f.message}`;
  return [`**${rule.id}**${peerName(rule)}: ${rule.docs.summary}`, '', rule.docs.why, '', `[Rule documentation](${ruleDocUrl(rule.id)})`].join('\n');
}

/** `hover` (a language's own hover at `pos`, or null) with a section for each finding there. */
export function withFindingHover(hover: Hover | null, findings: readonly Finding[], pos: Position, rules: readonly Rule<unknown>[]): Hover | null {
  const here = findingsAt(findings, pos);
  if (!here.length) return hover;
  const sections = here.map((f) => findingSection(f, rules));
  if (!hover) return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].range };
  const c = hover.contents;
  const marked = (m: string | { language: string; value: string }) => (typeof m === 'string' ? m : '```' + m.language + '\n' + m.value + '\n```');
  const own = MarkupContent.is(c) ? c.value : Array.isArray(c) ? c.map(marked).join('\n\n') : marked(c);
  return { contents: { kind: MarkupKind.Markdown, value: [own, ...sections].join('\n\n---\n\n') }, ...(hover.range ? { range: hover.range } : {}) };
}
