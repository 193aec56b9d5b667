// pyflakes on embedded Python scripts (`shell: python` in a workflow): `pyflakes3 FILE…` prints `FILE:LINE:COL:
// message` lines (syntax errors on standard error, followed by the line and a caret).
import type { ScriptAnswer, ToolFinding, ToolLevel } from './findings';
import type { ToolOutput } from './tool';

const LINE = /^([^:\s]+):(\d+):(?:(\d+):)? (.+)$/;

/** A name made of a run of underscores: a workflow's `${{ }}` placeholder (server/src/workflow/scripts.ts), not code. */
const PLACEHOLDER_NAME = /^undefined name '\w*_{5,}\w*'$/;

/** How sure a pyflakes message is to break the script: a syntax error always does, an unused import never. */
function levelOf(message: string, fromStderr: boolean): ToolLevel {
  if (fromStderr) return 'error';
  if (/imported but unused|is assigned to but never used|redefinition of unused|unable to detect undefined names/.test(message)) return 'info';
  return 'warning';
}

/** One pyflakes run over several files (`names`): the answer for each. */
export function parsePyflakes(out: ToolOutput, files: { name: string; lines: number }[]): ScriptAnswer[] {
  if ('missing' in out || 'failed' in out) return files.map(() => out);
  const index = new Map(files.map((f, i) => [f.name, i]));
  const findings: ToolFinding[][] = files.map(() => []);
  let any = false;
  const take = (text: string, fromStderr: boolean) => {
    for (const line of text.split('\n')) {
      const m = LINE.exec(line.trimEnd());
      const i = m ? index.get(m[1]) : undefined;
      if (!m || i === undefined) continue;
      if (!fromStderr && PLACEHOLDER_NAME.test(m[4])) continue;
      const ln = Math.min(Number(m[2]), files[i].lines);
      const col = m[3] ? Number(m[3]) : 1;
      any = true;
      // An undefined name is reported at its first character: the range covers the name.
      const name = /^undefined name '([^']+)'$/.exec(m[4]);
      const end = name && m[3] ? col + name[1].length : col;
      findings[i].push({ code: 'pyflakes', level: levelOf(m[4], fromStderr), message: m[4], line: ln, column: col, endLine: ln, endColumn: end });
    }
  };
  take(out.stdout, false);
  take(out.stderr, true);
  if (!any && out.status !== 0 && out.status !== 1) {
    const failed = { failed: `pyflakes3 ended with status ${out.status}: ${out.stderr.trim().slice(0, 200)}` };
    return files.map(() => failed);
  }
  return findings.map((f) => ({ findings: f }));
}
