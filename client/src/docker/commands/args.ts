// Reading a command's argument object: what tests, tasks, keybindings (`"args"`) and other extensions pass to
// `executeCommand`. Each command file names its options and reads them through `Options`; a wrong type, an unknown
// option or an invalid value is a DockerError('invalid-argument') that names the command and the option, thrown
// before any docker process starts. No vscode here.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DockerError } from '../cli';

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** The options of one command call: unknown ones are refused at once, the others checked as they are read. */
export class Options {
  private readonly o: Record<string, unknown>;

  /** `arg` is the object the command was called with (undefined or null: none). */
  constructor(
    readonly command: string,
    arg: unknown,
    private readonly known: readonly string[],
  ) {
    if (arg === undefined || arg === null) this.o = {};
    else if (typeof arg !== 'object' || Array.isArray(arg)) {
      throw this.invalid(`takes an object of options (${known.join(', ')}) or nothing, not ${describe(arg)}.`);
    } else this.o = arg as Record<string, unknown>;
    const unknown = Object.keys(this.o).filter((k) => !known.includes(k) && this.o[k] !== undefined);
    if (unknown.length) throw this.invalid(`unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')} (the options are ${known.join(', ')}).`);
  }

  invalid(message: string): DockerError {
    return new DockerError('invalid-argument', `${this.command} ${message}`);
  }

  private bad(key: string, what: string): never {
    throw this.invalid(`option "${key}" must be ${what}, not ${describe(this.o[key])}.`);
  }

  /** A string; `check` returns why the value is invalid. */
  string(key: string, check?: (v: string) => string | undefined): string | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') this.bad(key, 'a string');
    const problem = check?.(v);
    if (problem) throw this.invalid(`option "${key}": ${problem}`);
    return v;
  }

  boolean(key: string): boolean | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') this.bad(key, 'true or false');
    return v;
  }

  /** A whole number from `min` up. */
  integer(key: string, min: number): number | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min) this.bad(key, `a whole number from ${min}`);
    return v;
  }

  /** An array of strings, each checked by `check`. */
  strings(key: string, check?: (v: string) => string | undefined): string[] | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) this.bad(key, 'an array of strings');
    for (const x of v as string[]) {
      const problem = check?.(x);
      if (problem) throw this.invalid(`option "${key}": ${problem}`);
    }
    return v as string[];
  }

  /** An object of string values (`{ NAME: value }`), each name checked by `checkName`. */
  record(key: string, checkName?: (name: string) => string | undefined): Record<string, string> | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.values(v).some((x) => typeof x !== 'string')) this.bad(key, 'an object of string values');
    for (const name of Object.keys(v as object)) {
      const problem = checkName?.(name);
      if (problem) throw this.invalid(`option "${key}": ${problem}`);
    }
    return v as Record<string, string>;
  }

  /** An absolute file path: a path, a `file:` URI, or a Uri object (its fsPath). */
  path(key: string): string | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    let p: string | undefined;
    if (typeof v === 'string') {
      if (v.startsWith('file:')) {
        try {
          p = fileURLToPath(v);
        } catch (e) {
          throw this.invalid(`option "${key}": ${(e as Error).message}`);
        }
      } else p = v;
    } else if (typeof v === 'object' && v !== null && typeof (v as { fsPath?: unknown }).fsPath === 'string') {
      p = (v as { fsPath: string }).fsPath;
    } else this.bad(key, 'a path, a file: URI or a Uri');
    if (!p || !path.isAbsolute(p)) throw this.invalid(`option "${key}" must be an absolute path, not ${describe(v)}.`);
    return p;
  }

  /** An array of absolute paths (see `path`). */
  paths(key: string): string[] | undefined {
    const v = this.o[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.bad(key, 'an array of paths');
    return (v as unknown[]).map((x, i) => new Options(this.command, { [`${key}[${i}]`]: x }, [`${key}[${i}]`]).path(`${key}[${i}]`)!);
  }

  /**
   * Runs a check of the tool layer (an argument-array builder such as runCommandArgs) over the options read, so that
   * its refusal names this command too.
   */
  check(fn: () => unknown): void {
    try {
      fn();
    } catch (e) {
      if (e instanceof DockerError && e.kind === 'invalid-argument') throw this.invalid(`options: ${e.message}`);
      throw e;
    }
  }

  /** Anything else, read by the caller (which checks it). */
  raw(key: string): unknown {
    return this.o[key];
  }
}
