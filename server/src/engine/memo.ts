// Shared analysis memoized on a model (a Dockerfile, workflow, action or Compose file): each analysis declares its
// key once, beside the function that computes it, as a typed handle; the model keeps one value per handle for as
// long as it lives (one document version). A handle is an object, so two analyses cannot share a key by accident
// (two handles with the same name are still two keys; the name is only for debugging), and the value's type comes
// with the handle, so callers need no cast.

// Type-only brands (never set at run time): they carry the value's type (a function type, so that `MemoKey<A>` and
// `MemoKey<B>` do not mix) and keep the three kinds of key apart.
declare const ONE: unique symbol;
declare const AT: unique symbol;
declare const FOR: unique symbol;

/** The key of one value per model (`memoKey<ParsedRun[]>('shell:runs')`). */
export interface MemoKey<T> {
  readonly name: string;
  readonly [ONE]: (value: T) => T;
}

/** The key of one value per instruction, stage or line of a model (an index), kept in a dense array. */
export interface MemoKeyAt<T> {
  readonly name: string;
  readonly [AT]: (value: T) => T;
}

/** The key of one value per model and argument (a path, build args): `memoizeFor(key, arg, …)`. */
export interface MemoKeyFor<T> {
  readonly name: string;
  readonly [FOR]: (value: T) => T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return Object.freeze({ name }) as MemoKey<T>;
}

export function memoKeyAt<T>(name: string): MemoKeyAt<T> {
  return Object.freeze({ name }) as MemoKeyAt<T>;
}

export function memoKeyFor<T>(name: string): MemoKeyFor<T> {
  return Object.freeze({ name }) as MemoKeyFor<T>;
}

/** Marks a memoizeAt slot not computed yet. */
const UNSET: unknown = Symbol('unset');

/** The memo of a model: the models extend it. */
export class Memoized {
  private readonly memo = new Map<object, unknown>();
  private readonly memoTables = new Map<object, unknown[]>();

  /** The value of `key` for this model, computed on first use. */
  memoize<T>(key: MemoKey<T>, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const v = compute();
    this.memo.set(key, v);
    return v;
  }

  /**
   * Like memoize, for values kept per instruction, stage or line (`key` + index): one array per key rather than one
   * map entry per instruction, so a 50,000-line file does not build hundreds of thousands of entries.
   */
  memoizeAt<T>(key: MemoKeyAt<T>, index: number, compute: () => T): T {
    let table = this.memoTables.get(key);
    if (!table) this.memoTables.set(key, (table = []));
    // A dense array, grown with a marker for "not computed yet": an array written at scattered indices (or read with
    // `in`) falls back to a dictionary, several times slower per access on a 50,000-line file.
    if (index < table.length) {
      const v = table[index];
      if (v !== UNSET) return v as T;
    } else {
      while (table.length <= index) table.push(UNSET);
    }
    const v = compute();
    table[index] = v;
    return v;
  }

  /**
   * Like memoize, for an analysis that takes an argument (a path, build args): one value per `arg` under `key`.
   * `arg` must say everything the value depends on besides the model.
   */
  memoizeFor<T>(key: MemoKeyFor<T>, arg: string, compute: () => T): T {
    let byArg = this.memo.get(key) as Map<string, T> | undefined;
    if (!byArg) this.memo.set(key, (byArg = new Map()));
    const known = byArg.get(arg);
    if (known !== undefined || byArg.has(arg)) return known as T;
    const v = compute();
    byArg.set(arg, v);
    return v;
  }
}
