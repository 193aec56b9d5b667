// Runs an external analyser (ShellCheck, pyflakes) once: an argument array, never a shell; a time cap and an output
// cap; the same answer from the synchronous (CLI, rule tests) and the asynchronous (language server) way.
import { spawn, spawnSync } from 'node:child_process';

/** What one run of a tool gave. `missing`: the executable is not there (ENOENT), so the tool is not installed. */
export type ToolOutput = { stdout: string; stderr: string; status: number | null } | { missing: true } | { failed: string };

export interface ToolLimits {
  /** Milliseconds before the process is killed. */
  timeoutMs: number;
  /** Bytes of output (stdout + stderr) before the process is killed. */
  maxOutput: number;
}

export const DEFAULT_LIMITS: ToolLimits = { timeoutMs: 20_000, maxOutput: 4 * 1024 * 1024 };

function failureOf(e: NodeJS.ErrnoException | undefined, exe: string, limits: ToolLimits, killedForSize: boolean): ToolOutput | undefined {
  if (killedForSize) return { failed: `${exe} wrote more than ${limits.maxOutput} bytes; stopped` };
  if (!e) return undefined;
  if (e.code === 'ENOENT') return { missing: true };
  if (e.code === 'ETIMEDOUT') return { failed: `${exe} took longer than ${limits.timeoutMs / 1000} s; stopped` };
  if (e.code === 'EACCES') return { failed: `${exe} cannot be run (permission denied)` };
  if (e.code === 'ENOBUFS') return { failed: `${exe} wrote more than ${limits.maxOutput} bytes; stopped` };
  return { failed: `${exe} could not run: ${e.message}` };
}

export function runToolSync(exe: string, args: readonly string[], cwd: string, limits = DEFAULT_LIMITS): ToolOutput {
  const r = spawnSync(exe, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: limits.timeoutMs, maxBuffer: limits.maxOutput, windowsHide: true, shell: false });
  const failed = failureOf(r.error as NodeJS.ErrnoException | undefined, exe, limits, false);
  if (failed) return failed;
  if (r.signal) return { failed: `${exe} was stopped by ${r.signal}` };
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status };
}

export function runTool(exe: string, args: readonly string[], cwd: string, limits = DEFAULT_LIMITS, signal?: AbortSignal): Promise<ToolOutput> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (o: ToolOutput) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(o);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(exe, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, shell: false, signal });
    } catch (e) {
      finish(failureOf(e as NodeJS.ErrnoException, exe, limits, false) ?? { failed: String(e) });
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ failed: `${exe} took longer than ${limits.timeoutMs / 1000} s; stopped` });
    }, limits.timeoutMs);
    const take = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size > limits.maxOutput) {
        child.kill('SIGKILL');
        finish(failureOf(undefined, exe, limits, true)!);
        return;
      }
      into.push(b);
    };
    child.stdout!.on('data', take(out));
    child.stderr!.on('data', take(err));
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.name === 'AbortError') finish({ failed: 'cancelled' });
      else finish(failureOf(e, exe, limits, false) ?? { failed: e.message });
    });
    child.on('close', (status, sig) => {
      if (sig) finish({ failed: `${exe} was stopped by ${sig}` });
      else finish({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), status });
    });
  });
}
