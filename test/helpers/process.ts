// Processes the tests start and stop by PID.

/** Whether a process (or, with a negative id, a process group) still exists: signal 0 checks without sending. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
