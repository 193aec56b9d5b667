// `slipway lint --fix` and `--fix-dry-run` (and the Action's `fix` input): the safe quick fixes of every file
// applied on disk (or shown as a unified diff), before the usual lint reports what remains.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, MAX_FIX_ROUNDS, safeFixOf } from '../engine/fix';
import type { FixNote } from '../engine/fix';
import { DEFAULT_MAX_FILE_MB, mbToBytes, readRegularFile } from '../engine/regularFile';
import { unifiedDiff } from './diff';
import { JobError, runLintJob } from './run';
import type { LintJob } from './run';
import type { Language } from '../engine/types';

export interface FixRun {
  /** The unified diff of every file a fix changes (or would change), in the order the files were linted. */
  diff: string;
  /** Files changed (written, or that a dry run would write). */
  changed: string[];
  /** Fixes applied, over all files. */
  fixes: number;
  /** What the user should know: fixes left out because they overlap, files that did not settle, files not written. */
  messages: string[];
}

/** Writes `text` over `file` through a temporary file in the same folder and a rename, keeping the file's mode. */
export function writeAtomically(file: string, text: string): void {
  const real = fs.realpathSync(file); // a symbolic link stays a link: its target gets the new text
  const mode = fs.statSync(real).mode & 0o7777;
  const tmp = path.join(path.dirname(real), `.${path.basename(real)}.slipway-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(tmp, text, { mode, flag: 'wx' });
    fs.chmodSync(tmp, mode); // the umask may have taken bits away
    fs.renameSync(tmp, real);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function describe(n: FixNote): string {
  return `${n.rule} (line ${n.line + 1})`;
}

/**
 * Fixes the files of `job` (its paths, config, ignores; never standard input) with their safe fixes; writes them
 * when `write` (and `canWrite` accepts the file's real path), else only computes the diff. ShellCheck and pyflakes do not run here: none of their fixes is safe.
 */
export async function runFixes(job: LintJob, write: boolean, canWrite: (realPath: string) => boolean = () => true): Promise<FixRun> {
  if (job.paths.includes('-')) throw new JobError('--fix works on files: standard input cannot be fixed in place');
  const quiet = () => {};
  const maxFileBytes = job.maxFileBytes ?? mbToBytes(DEFAULT_MAX_FILE_MB);
  const first = await runLintJob({ ...job, scripts: false, warn: quiet });
  const out: FixRun = { diff: '', changed: [], fixes: 0, messages: [] };
  for (const r of first.results) {
    if (r.error || !r.findings.some((f) => safeFixOf(f))) continue;
    const shown = path.relative(job.cwd, r.path).split(path.sep).join('/') || path.basename(r.path);
    const read = readRegularFile(r.path, maxFileBytes);
    if (!('text' in read)) continue;
    const original = read.text;
    // A file that is not valid UTF-8 would be written back with U+FFFD for its odd bytes: left alone.
    if (!Buffer.from(original, 'utf8').equals(fs.readFileSync(r.path))) {
      out.messages.push(`${shown}: not valid UTF-8: not fixed`);
      continue;
    }
    const lintText = async (text: string) => {
      const run = await runLintJob({ ...job, paths: ['-'], stdin: { text, filename: r.path }, language: r.language as Language, scripts: false, warn: quiet });
      return run.results[0]?.findings ?? [];
    };
    const res = await fixText(original, lintText);
    for (const group of res.conflicts) out.messages.push(`${shown}: fixes of ${group.map(describe).join(' and ')} overlap: none of them applied`);
    if (!res.converged) {
      out.messages.push(`${shown}: the fixes did not settle after ${MAX_FIX_ROUNDS} rounds: file left unchanged (please report it)`);
      continue;
    }
    if (res.text === original) continue;
    if (write) {
      if (!canWrite(fs.realpathSync(r.path))) {
        out.messages.push(`${shown}: not written: it is a link to a file outside the workspace`);
        continue;
      }
      try {
        writeAtomically(r.path, res.text);
      } catch (e) {
        out.messages.push(`${shown}: cannot write the fixed file: ${(e as Error).message}`);
        continue;
      }
    }
    out.changed.push(r.path);
    out.fixes += res.applied.length;
    out.diff += unifiedDiff(shown, original, res.text);
  }
  return out;
}
