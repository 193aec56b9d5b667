// Signatures of GitHub Actions' built-in expression functions. Names are matched without case.
import { ANY, arr, BOOL, STRING, tyString, type Ty } from './types';

export interface FuncSig {
  name: string;
  ret: Ty;
  params: Ty[];
  /** The last parameter may repeat (at least once, as GitHub requires). */
  variadic?: boolean;
  /** Returns a constant when all arguments are constants. */
  pure?: boolean;
  /** Parameter names (as GitHub's documentation writes them), for signature help. */
  names: string[];
}

export const FUNCTIONS: Record<string, FuncSig[]> = {
  contains: [
    { name: 'contains', ret: BOOL, params: [STRING, STRING], pure: true, names: ['search', 'item'] },
    { name: 'contains', ret: BOOL, params: [arr(ANY), ANY], pure: true, names: ['search', 'item'] },
  ],
  startswith: [{ name: 'startsWith', ret: BOOL, params: [STRING, STRING], pure: true, names: ['searchString', 'searchValue'] }],
  endswith: [{ name: 'endsWith', ret: BOOL, params: [STRING, STRING], pure: true, names: ['searchString', 'searchValue'] }],
  format: [{ name: 'format', ret: STRING, params: [STRING, ANY], variadic: true, pure: true, names: ['string', 'replaceValue'] }],
  join: [
    { name: 'join', ret: STRING, params: [arr(STRING), STRING], pure: true, names: ['array', 'optionalSeparator'] },
    { name: 'join', ret: STRING, params: [arr(STRING)], pure: true, names: ['array'] },
  ],
  tojson: [{ name: 'toJSON', ret: STRING, params: [ANY], pure: true, names: ['value'] }],
  fromjson: [{ name: 'fromJSON', ret: ANY, params: [STRING], names: ['value'] }],
  hashfiles: [{ name: 'hashFiles', ret: STRING, params: [STRING], variadic: true, names: ['path'] }],
  success: [{ name: 'success', ret: BOOL, params: [], names: [] }],
  always: [{ name: 'always', ret: BOOL, params: [], names: [] }],
  cancelled: [{ name: 'cancelled', ret: BOOL, params: [], names: [] }],
  failure: [{ name: 'failure', ret: BOOL, params: [], names: [] }],
  case: [{ name: 'case', ret: ANY, params: [BOOL, ANY, ANY], variadic: true, pure: true, names: ['predicate', 'value', 'default'] }],
};

/** Functions only some workflow keys may call (lower case), with the keys that allow them. */
export const SPECIAL_FUNCTIONS: Record<string, string[]> = {
  always: ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if'],
  cancelled: ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if'],
  failure: ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if'],
  success: ['jobs.<job_id>.if', 'jobs.<job_id>.steps.if'],
  hashfiles: [
    'jobs.<job_id>.steps.continue-on-error',
    'jobs.<job_id>.steps.env',
    'jobs.<job_id>.steps.if',
    'jobs.<job_id>.steps.name',
    'jobs.<job_id>.steps.run',
    'jobs.<job_id>.steps.timeout-minutes',
    'jobs.<job_id>.steps.with',
    'jobs.<job_id>.steps.working-directory',
  ],
};

export function sigString(s: FuncSig): string {
  return `${s.name}(${s.params.map(tyString).join(', ')}${s.variadic ? '...' : ''}) -> ${tyString(s.ret)}`;
}

/**
 * Placeholders `{N}` used by a `format()` string. `{{` and `}}` are escaped braces.
 * Returns undefined when the string is malformed (an unescaped lone brace), with the offset of the problem.
 */
export function formatPlaceholders(f: string): { used: Set<number>; badAt?: number } {
  const used = new Set<number>();
  let i = 0;
  while (i < f.length) {
    const c = f[i];
    if (c === '{') {
      if (f[i + 1] === '{') {
        i += 2;
        continue;
      }
      const m = /^\{(\d+)\}/.exec(f.slice(i));
      if (m) {
        used.add(Number(m[1]));
        i += m[0].length;
        continue;
      }
      return { used, badAt: i };
    }
    if (c === '}') {
      if (f[i + 1] === '}') {
        i += 2;
        continue;
      }
      return { used, badAt: i };
    }
    i++;
  }
  return { used };
}

export function ordinal(i: number): string {
  const s = i % 100 >= 11 && i % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][i % 10] ?? 'th';
  return `${i}${s}`;
}
