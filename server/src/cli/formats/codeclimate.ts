// GitLab Code Quality (`artifacts: reports: codequality`): a JSON array of Code Climate issues. GitLab reads
// description, check_name, fingerprint, severity, location.path and location.lines.begin; `type`, `categories`,
// `content` and `engine_name` make each entry a complete Code Climate issue too.
import { ruleDocUrl } from '../../engine/types';
import type { Severity } from '../../engine/types';
import { FileResult, safeJson } from '../format';
import type { ReportContext } from './index';
import { fingerprints, pathFrom, repositoryRoot, splitLines } from './locations';

export type CodeClimateSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/**
 * error: the builder, Compose or GitHub rejects the file, or it certainly misbehaves, so `critical` (`blocker` is
 * left to the project's own gates); warning (probably a mistake or a risk) `major`; info `minor`; hint `info`.
 */
export const CODECLIMATE_SEVERITY: Record<Severity, CodeClimateSeverity> = { error: 'critical', warning: 'major', info: 'minor', hint: 'info' };

/** Code Climate's categories: errors and warnings are risks of a bug, info and hints style. */
const CATEGORY: Record<Severity, string> = { error: 'Bug Risk', warning: 'Bug Risk', info: 'Style', hint: 'Style' };

interface Issue {
  type: 'issue';
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  severity: CodeClimateSeverity;
  fingerprint: string;
  engine_name: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * One issue per finding, paths relative to the repository root. A file that could not be read is a `blocker` issue
 * of the check `slipway` on that file; a command-line path that matched nothing names no file in the repository and
 * is left to standard error and the exit status (2), as in every format.
 */
export function toCodeClimate(results: FileResult[], ctx: ReportContext): Issue[] {
  const root = repositoryRoot(ctx.cwd);
  const issues: Issue[] = [];
  const problem = (file: string, message: string): Issue => ({
    type: 'issue',
    check_name: 'slipway',
    description: message,
    content: { body: message },
    categories: ['Bug Risk'],
    severity: 'blocker',
    fingerprint: fingerprints([{ rule: 'slipway', message: '', severity: 'error', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], file, [''])[0],
    engine_name: 'slipway',
    location: { path: file, lines: { begin: 1, end: 1 } },
  });
  for (const r of results) {
    const file = pathFrom(r, root);
    if (r.error) issues.push(problem(file, `cannot read ${file}: ${r.error}`));
    const prints = fingerprints(r.findings, file, splitLines(r.text));
    r.findings.forEach((f, i) => {
      const begin = f.range.start.line + 1;
      // A range that ends at the start of a line (a whole line with its end) ends on the line before.
      const end = f.range.end.character === 0 && f.range.end.line > f.range.start.line ? f.range.end.line : f.range.end.line + 1;
      issues.push({
        type: 'issue',
        check_name: f.rule,
        description: f.message,
        content: { body: `${f.message}\n\n[${f.rule}](${ruleDocUrl(f.rule)})` },
        categories: [CATEGORY[f.severity]],
        severity: CODECLIMATE_SEVERITY[f.severity],
        fingerprint: prints[i],
        engine_name: 'slipway',
        location: { path: file, lines: { begin, end: Math.max(begin, end) } },
      });
    });
  }
  return issues;
}

export function formatCodeClimate(results: FileResult[], ctx: ReportContext): string {
  return safeJson(toCodeClimate(results, ctx));
}
