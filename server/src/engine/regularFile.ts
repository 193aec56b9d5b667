// Reading a file from disk without letting the path decide how much is read or whether the read ends: a FIFO, a
// device (/dev/zero, /dev/stdin) or a huge file named on the command line, in a config option or by a linted file
// (a compose include, a local action) must give a clear refusal, not a hang or an exhausted heap.
import * as fs from 'node:fs';

/**
 * The default limit on a file's size, in MB (MiB). The largest real files in the test corpus are 60 KB (a workflow)
 * and 14 KB (a Dockerfile); 4 MB is about 70 times that. Linting a 4 MB Dockerfile or workflow took about 7 s and
 * 170 to 270 MB of memory (CLI, measured), and both grow with the size.
 */
export const DEFAULT_MAX_FILE_MB = 4;
export const MB = 1024 * 1024;

export function mbToBytes(mb: number): number {
  return Math.floor(mb * MB);
}

/** `4 MB`, `0.5 MB`, `12.3 MB`, `0.0195 MB`: a size in MB to three significant digits. */
export function formatMb(bytes: number): string {
  return `${Number((bytes / MB).toPrecision(3))} MB`;
}

/** What a path is, for messages: `a directory`, `a FIFO`... (undefined for a regular file). */
export function fileKind(st: fs.Stats): string | undefined {
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export type ReadFailure = 'missing' | 'not-regular' | 'too-large' | 'unreadable';
export type ReadResult = { text: string } | { error: string; reason: ReadFailure };

/** A short reason for an fs error: `no such file or directory`, `permission denied`… (the code's meaning, not Node's text). */
export function describeFsError(e: unknown): { error: string; reason: ReadFailure } {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { error: 'no such file or directory', reason: 'missing' };
    case 'EACCES':
    case 'EPERM':
      return { error: 'permission denied', reason: 'unreadable' };
    case 'ELOOP':
      return { error: 'too many levels of symbolic links', reason: 'unreadable' };
    case 'EISDIR':
      return { error: 'not a regular file (a directory)', reason: 'not-regular' };
    default:
      return { error: `cannot read (${code ?? (e as Error).message})`, reason: 'unreadable' };
  }
}

// Opening a FIFO for reading blocks until a writer comes; with O_NONBLOCK the open returns at once (POSIX) and the
// fstat below refuses it. Windows has no such flag and no FIFOs that open like this.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as UTF-8 if it is at most `maxBytes` long, else says why not in a few words. The size is
 * checked on the opened file (a path swapped for a FIFO after a stat still fails) and the read stops after
 * `maxBytes + 1` bytes whatever the size claimed (files in /proc say 0 and a file can grow while read).
 * With `prefix` a longer file is not an error: its first `maxBytes` bytes are returned.
 */
export function readRegularFile(p: string, maxBytes: number, prefix = false): ReadResult {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(p);
  } catch (e) {
    return describeFsError(e);
  }
  // Refused before opening: opening some devices has effects (a tape rewinds, a terminal becomes controlling).
  const kind = fileKind(st);
  if (kind) return { error: `not a regular file (${kind})`, reason: 'not-regular' };
  let fd: number;
  try {
    fd = fs.openSync(p, OPEN_FLAGS);
  } catch (e) {
    return describeFsError(e);
  }
  try {
    const opened = fs.fstatSync(fd);
    const k = fileKind(opened);
    if (k) return { error: `not a regular file (${k})`, reason: 'not-regular' };
    if (opened.size > maxBytes && !prefix) return tooLarge(opened.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    let want = Math.max(opened.size + 1, 64 * 1024);
    while (total <= maxBytes) {
      const buf = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
      total += n;
      want = 64 * 1024;
    }
    const all = Buffer.concat(chunks, total);
    if (total > maxBytes) {
      if (!prefix) return tooLarge(undefined, maxBytes);
      return { text: all.toString('utf8', 0, maxBytes) };
    }
    return { text: all.toString('utf8') };
  } catch (e) {
    return describeFsError(e);
  } finally {
    fs.closeSync(fd);
  }
}

/** `too large: 12.3 MB, over the 4 MB limit (max-file-size)`; the size in bytes when it would round to the limit. */
function tooLarge(size: number | undefined, maxBytes: number): { error: string; reason: ReadFailure } {
  const limit = formatMb(maxBytes);
  const what = size === undefined ? '' : formatMb(size) === limit ? ` ${size} bytes,` : ` ${formatMb(size)},`;
  return { error: `too large:${what} over the ${limit} limit (max-file-size)`, reason: 'too-large' };
}
