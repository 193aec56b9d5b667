// pyflakes on one embedded Python script (`shell: python` in a workflow): `pyflakes3` reads the script from standard
// input and prints `<stdin>:LINE:COL: message` lines (syntax errors on standard error, followed by the line).
import type { ScriptAnswer, ToolFinding, ToolLevel } from './findings';
import type { ToolOutput } from './tool';

const LINE = /^<stdin>:(\d+):(?:(\d+):)? (.+)$/;

/** A name made of a run of underscores: a workflow's `${{ }}` placeholder (server/src/workflow/scripts.ts), not code. */
const PLACEHOLDER_NAME = /^undefined name '\w*_{5,}\w*'$/;

/** How sure a pyflakes message is to break the script: a syntax error always does, an unused import never. */
function levelOf(message: string, fromStderr: boolean): ToolLevel {
  if (fromStderr) return 'error';
  if (/imported but unused|is assigned to but never used|redefinition of unused|unable to detect undefined names/.test(message)) return 'info';
  return 'warning';
}

export function parsePyflakes(out: ToolOutput): ScriptAnswer {
  if ('missing' in out || 'failed' in out) return out;
  const findings: ToolFinding[] = [];
  const take = (text: string, fromStderr: boolean) => {
    for (const line of text.split('\n')) {
      const m = LINE.exec(line.trimEnd());
      if (!m) continue;
      if (!fromStderr && PLACEHOLDER_NAME.test(m[3])) continue;
      const ln = Number(m[1]);
      const col = m[2] ? Number(m[2]) : 1;
      // An undefined name is reported at its first character: the range covers the name.
      const name = /^undefined name '([^']+)'$/.exec(m[3]);
      const end = name && m[2] ? col + name[1].length : col;
      findings.push({ code: 'pyflakes', level: levelOf(m[3], fromStderr), message: m[3], line: ln, column: col, endLine: ln, endColumn: end });
    }
  };
  take(out.stdout, false);
  take(out.stderr, true);
  if (findings.length === 0 && out.status !== 0 && out.status !== 1) return { failed: `pyflakes3 ended with status ${out.status}: ${out.stderr.trim().slice(0, 200)}` };
  return { findings };
}
