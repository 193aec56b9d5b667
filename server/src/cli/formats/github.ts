// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff and the run.
import { ruleDocUrl } from '../../engine/types';
import type { Severity } from '../../engine/types';
import { FileResult, resultName, summaryLine } from '../format';
import type { ReportContext } from './index';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** The message part of a workflow command (after `::`): `%`, CR and LF are percent-encoded. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=`, `title=`…): also `:` and `,`, which would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number][], message: string): string {
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${name}${p ? ' ' + p : ''}::${escapeData(message)}`;
}

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one a finding, then the summary line. */
export function formatGithub(results: FileResult[], ctx: ReportContext): string {
  const lines: string[] = [];
  for (const e of ctx.errors) lines.push(command('error', [['title', 'Slipway']], e));
  for (const r of results) {
    const file = resultName(r, ctx.cwd);
    if (r.error) lines.push(command('error', [['file', file], ['title', 'Slipway']], `cannot read ${file}: ${r.error}`));
    for (const f of r.findings) {
      const { start, end } = f.range;
      const after = end.line > start.line || (end.line === start.line && end.character >= start.character);
      const e = after ? end : start;
      lines.push(
        command(
          COMMAND[f.severity],
          [
            ['file', file],
            ['line', start.line + 1],
            ['col', start.character + 1],
            ['endLine', e.line + 1],
            ['endColumn', e.character + 1],
            ['title', `${f.rule} (Slipway)`],
          ],
          `${f.message}\n${ruleDocUrl(f.rule)}`,
        ),
      );
    }
  }
  lines.push(summaryLine(results));
  return lines.join('\n') + '\n';
}
