// Hover for the findings of scripts inside a file: a ShellCheck finding under the position adds its code, the
// bundled title (or ShellCheck's message) and the link to the code's wiki page, whatever the file's language; a
// pyflakes finding adds pyflakes's message and the link to the rule's page.
import { Hover, MarkupContent, MarkupKind, Position } from 'vscode-languageserver-types';
import { ruleDocUrl, type Finding } from '../engine/types';
import { isShellcheckCode, shellcheckHoverSection } from './shellcheckCodes';
import { touches } from '../dockerfile/features/util';

/** The ShellCheck findings whose range includes `pos` (ends included), one per code, and the pyflakes findings there. */
export function scriptFindingsAt(findings: readonly Finding[], pos: Position): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!(isShellcheckCode(f.rule) || f.rule === 'pyflakes') || !touches(f.range, pos)) return false;
    const key = f.rule === 'pyflakes' ? `pyflakes\0${f.message}` : f.rule;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pyflakesHoverSection(f: Finding): string {
  return `**pyflakes**: ${f.message}\n\npyflakes checked the Python of this \`shell: python\` step. [Rule documentation](${ruleDocUrl('pyflakes')})`;
}

/** `hover` (a language's own hover, or null) with a section for each ShellCheck or pyflakes finding at `pos`. */
export function withScriptHover(hover: Hover | null, findings: readonly Finding[], pos: Position): Hover | null {
  const here = scriptFindingsAt(findings, pos);
  if (!here.length) return hover;
  const sections = here.map((f) => (f.rule === 'pyflakes' ? pyflakesHoverSection(f) : shellcheckHoverSection(f)));
  if (!hover) return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].range };
  const c = hover.contents;
  const marked = (m: string | { language: string; value: string }) => (typeof m === 'string' ? m : '```' + m.language + '\n' + m.value + '\n```');
  const own = MarkupContent.is(c) ? c.value : Array.isArray(c) ? c.map(marked).join('\n\n') : marked(c);
  return { contents: { kind: MarkupKind.Markdown, value: [own, ...sections].join('\n\n---\n\n') }, ...(hover.range ? { range: hover.range } : {}) };
}
