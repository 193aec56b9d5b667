// SonarQube's generic issue import format (`sonar.externalIssuesReportPaths`), in the form SonarQube Server 10.3 and
// later, SonarQube Community Build and SonarQube Cloud read: `rules` (with a Clean Code attribute and impacts) and
// `issues` that name their rule. (The older form, severity and type on each issue, is deprecated since 10.3 and
// cannot be mixed with this one.) SonarQube tracks imported issues itself, by rule, line content and message: the
// format has no fingerprint field.
import { allRules } from '../../engine/lint';
import { ruleDocUrl, SEVERITY_RANK } from '../../engine/types';
import type { Finding, Range, Severity } from '../../engine/types';
import { isShellcheckCode, shellcheckCode } from '../../scripts/shellcheckCodes';
import { FileResult, safeJson } from '../format';
import type { ReportContext } from './index';
import { pathFrom, repositoryRoot, splitLines } from './locations';

type SoftwareQuality = 'SECURITY' | 'RELIABILITY' | 'MAINTAINABILITY';
/** The impact severities of 10.3 and later (BLOCKER and INFO came with 10.8: not used, so older servers read the report). */
type ImpactSeverity = 'HIGH' | 'MEDIUM' | 'LOW';

/**
 * A rule's Clean Code attribute and impact from the severity of its findings: error (the file is rejected or
 * misbehaves) is a HIGH reliability impact, warning (probably a mistake) MEDIUM reliability, both on LOGICAL code;
 * info and hint (style, best practice) LOW maintainability on CONVENTIONAL code.
 */
export const SONAR_IMPACT: Record<Severity, { cleanCodeAttribute: string; softwareQuality: SoftwareQuality; severity: ImpactSeverity }> = {
  error: { cleanCodeAttribute: 'LOGICAL', softwareQuality: 'RELIABILITY', severity: 'HIGH' },
  warning: { cleanCodeAttribute: 'LOGICAL', softwareQuality: 'RELIABILITY', severity: 'MEDIUM' },
  info: { cleanCodeAttribute: 'CONVENTIONAL', softwareQuality: 'MAINTAINABILITY', severity: 'LOW' },
  hint: { cleanCodeAttribute: 'CONVENTIONAL', softwareQuality: 'MAINTAINABILITY', severity: 'LOW' },
};

interface TextRange {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * SonarQube's text range: 1-based lines, 0-based UTF-16 columns (as LSP's), the end exclusive. The scanner refuses
 * the whole report for a column past the end of its line or an empty range, so columns are clamped to the lines of
 * the file and an empty or reversed range becomes its start line alone (SonarQube highlights the line).
 */
export function sonarTextRange(r: Range, lines: string[]): TextRange {
  const last = Math.max(lines.length - 1, 0);
  const clamp = (p: { line: number; character: number }) => {
    const line = Math.min(p.line, last);
    const length = lines[line]?.length;
    return { line, character: length === undefined ? p.character : Math.min(p.character, length) };
  };
  const start = clamp(r.start);
  const end = clamp(r.end);
  if (end.line < start.line || (end.line === start.line && end.character <= start.character)) return { startLine: start.line + 1 };
  return { startLine: start.line + 1, startColumn: start.character, endLine: end.line + 1, endColumn: end.character };
}

function ruleInfo(id: string, first: Finding): { name: string; description: string; engineId: string } {
  const rule = allRules().find((r) => r.id === id);
  if (rule) return { name: rule.docs.summary, description: `${rule.docs.why}\n\n${ruleDocUrl(id)}`, engineId: 'slipway' };
  if (isShellcheckCode(id)) {
    const title = shellcheckCode(id)?.title ?? first.message;
    return { name: `${id}: ${title}`, description: `ShellCheck ${id}: ${title}\n\n${ruleDocUrl(id)}`, engineId: 'shellcheck' };
  }
  return { name: id, description: first.message, engineId: 'slipway' };
}

/**
 * The rules this run reports (in the order first seen), each with the impact of its most severe finding, and an
 * issue per finding with its file relative to the repository root (SonarQube's default project base folder).
 * Unreadable files and paths that matched nothing are not issues: they go to standard error and exit status 2.
 */
export function toSonarQube(results: FileResult[], ctx: ReportContext): object {
  const root = repositoryRoot(ctx.cwd);
  const worst = new Map<string, { severity: Severity; first: Finding }>();
  const issues: object[] = [];
  for (const r of results) {
    const filePath = pathFrom(r, root);
    const lines = splitLines(r.text);
    for (const f of r.findings) {
      const seen = worst.get(f.rule);
      if (!seen) worst.set(f.rule, { severity: f.severity, first: f });
      else if (SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) seen.severity = f.severity;
      issues.push({ ruleId: f.rule, primaryLocation: { message: f.message, filePath, textRange: sonarTextRange(f.range, lines) } });
    }
  }
  const rules = [...worst].map(([id, { severity, first }]) => {
    const { cleanCodeAttribute, softwareQuality, severity: impact } = SONAR_IMPACT[severity];
    return { id, ...ruleInfo(id, first), cleanCodeAttribute, impacts: [{ softwareQuality, severity: impact }] };
  });
  return { rules, issues };
}

export function formatSonarQube(results: FileResult[], ctx: ReportContext): string {
  return safeJson(toSonarQube(results, ctx));
}
