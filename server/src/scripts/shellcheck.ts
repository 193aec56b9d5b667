// ShellCheck on one embedded script: `shellcheck --format=json1 --shell=<dialect> -` with the script on standard
// input. Variables set outside the script (ARG, ENV, `env:`) are declared by assignments appended after its last
// line, so that ShellCheck does not call them unassigned (SC2154 looks at the whole script), and so are the options
// the runner sets (`set -e`: ShellCheck looks for it anywhere); anything ShellCheck says about those appended lines is
// dropped.
import type { EmbeddedScript } from '../engine/types';
import type { ScriptAnswer, ToolFinding, ToolLevel, ToolReplacement } from './findings';
import type { ToolOutput } from './tool';

/** Codes never reported: files a script sources are not available to follow. */
export const ALWAYS_EXCLUDED = ['SC1090', 'SC1091'];

/**
 * ShellCheck codes about constant words and tests (`if [ ___ ]`, `[ -z ___ ]`, `[[ ___ != v* ]]`, `[ ___ -gt 1 ]`,
 * `case ___ in`, `for x in ___`), which a placeholder for pasted text makes true of the script but not of what runs
 * (actionlint leaves out SC2194, SC2050, SC2157 and SC2043 for this reason). Left out on the lines that have one.
 */
export const PLACEHOLDER_CODES = ['SC2194', 'SC2050', 'SC2157', 'SC2043', 'SC2078', 'SC2170', 'SC2193'];

/** ShellCheck codes about unassigned variables: left out when some variables come from an expression (`env: ${{ }}`). */
export const UNASSIGNED_CODES = ['SC2154', 'SC2153'];

/** `set -e`, `set -o pipefail` or both, from a shell's arguments (`-e`, `-eo pipefail`, `-o pipefail`...). */
export function setupOfFlags(args: readonly string[]): string | undefined {
  let e = false;
  let pipefail = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!/^-[A-Za-z]+$/.test(a)) continue;
    if (a.includes('e')) e = true;
    if (a.endsWith('o') && args[i + 1] === 'pipefail') pipefail = true;
  }
  if (!e && !pipefail) return undefined;
  return `set ${e ? '-e' : ''}${pipefail ? (e ? 'o pipefail' : '-o pipefail') : ''}`;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The options (scripts with the same options go to one shellcheck run), the text to check and its line count. */
export function shellcheckInput(script: EmbeddedScript): { args: string[]; input: string; lines: number } {
  const exclude = [...new Set([...ALWAYS_EXCLUDED, ...(script.exclude ?? [])])].map((c) => c.replace(/^SC/i, '')).sort();
  const args = ['--norc', '--format=json1', `--shell=${script.dialect}`, `--exclude=${exclude.join(',')}`];
  const lines = script.text.split('\n').length;
  const names = [...new Set(script.declared ?? [])].filter((n) => NAME.test(n));
  const after = [names.length ? names.map((n) => `${n}=`).join(' ') : '', script.setup && !/[\r\n]/.test(script.setup) ? script.setup : ''].filter(Boolean);
  const input = after.length ? `${script.text}\n\n${after.join('\n')}\n` : script.text;
  return { args, input, lines };
}

interface Json1Comment {
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
  fix?: { replacements?: ToolReplacement[] } | null;
}

const LEVELS = new Set<ToolLevel>(['error', 'warning', 'info', 'style']);

/** One shellcheck run over several files (`names`, each with its script's line count): the answer for each. */
export function parseShellcheck(out: ToolOutput, files: { name: string; lines: number }[]): ScriptAnswer[] {
  if ('missing' in out || 'failed' in out) return files.map(() => out);
  let parsed: { comments?: (Json1Comment & { file?: string })[] };
  try {
    parsed = JSON.parse(out.stdout) as { comments?: (Json1Comment & { file?: string })[] };
  } catch {
    const why = out.stderr.trim().split('\n')[0] || `exit status ${out.status}`;
    const failed = { failed: `shellcheck gave no JSON answer: ${why.slice(0, 200)}` };
    return files.map(() => failed);
  }
  const index = new Map(files.map((f, i) => [f.name, i]));
  const findings: ToolFinding[][] = files.map(() => []);
  for (const c of parsed.comments ?? []) {
    const i = index.get(String(c.file));
    if (i === undefined) continue;
    const lines = files[i].lines;
    if (typeof c.line !== 'number' || c.line > lines || typeof c.code !== 'number') continue;
    const level = (LEVELS.has(c.level as ToolLevel) ? c.level : 'warning') as ToolLevel;
    const endLine = Math.min(c.endLine ?? c.line, lines);
    const fix = (c.fix?.replacements ?? []).filter((r) => r.line <= lines && r.endLine <= lines);
    findings[i].push({
      code: `SC${c.code}`,
      level,
      message: String(c.message),
      line: c.line,
      column: c.column,
      endLine,
      endColumn: endLine === c.endLine ? c.endColumn : c.column,
      fix: fix.length && fix.length === (c.fix?.replacements ?? []).length ? fix : undefined,
    });
  }
  return findings.map((f) => ({ findings: f }));
}
