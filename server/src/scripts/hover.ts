// Hover for the findings of scripts inside a file: a ShellCheck finding under the position adds its code, the
// bundled title (or ShellCheck's message) and the link to the code's wiki page, whatever the file's language.
import { Hover, MarkupContent, MarkupKind, Position } from 'vscode-languageserver-types';
import type { Finding } from '../engine/types';
import { isShellcheckCode, shellcheckHoverSection } from './shellcheckCodes';
import { touches } from '../dockerfile/features/util';

/** The ShellCheck findings whose range includes `pos` (ends included), one per code. */
export function shellcheckFindingsAt(findings: readonly Finding[], pos: Position): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (!isShellcheckCode(f.rule) || !touches(f.range, pos) || seen.has(f.rule)) return false;
    seen.add(f.rule);
    return true;
  });
}

/** `hover` (a language's own hover, or null) with a section for each ShellCheck finding at `pos`. */
export function withShellcheckHover(hover: Hover | null, findings: readonly Finding[], pos: Position): Hover | null {
  const here = shellcheckFindingsAt(findings, pos);
  if (!here.length) return hover;
  const sections = here.map(shellcheckHoverSection);
  if (!hover) return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].range };
  const c = hover.contents;
  const marked = (m: string | { language: string; value: string }) => (typeof m === 'string' ? m : '```' + m.language + '\n' + m.value + '\n```');
  const own = MarkupContent.is(c) ? c.value : Array.isArray(c) ? c.map(marked).join('\n\n') : marked(c);
  return { contents: { kind: MarkupKind.Markdown, value: [own, ...sections].join('\n\n---\n\n') }, ...(hover.range ? { range: hover.range } : {}) };
}
