// Types of expression values. Object property names are kept lower case: GitHub looks them up without case.

export type Ty =
  | { k: 'any' }
  | { k: 'null' }
  | { k: 'number' }
  | { k: 'bool' }
  | { k: 'string' }
  | ObjTy
  | ArrTy;

export interface ObjTy {
  k: 'object';
  props: Map<string, Ty>;
  /** Type of properties not listed (a map such as `env` or `secrets`). */
  mapped?: Ty;
  /** When true, properties not listed are errors; otherwise they are `any`. */
  strict: boolean;
}
export interface ArrTy {
  k: 'array';
  elem: Ty;
  /** Produced by a `.*` filter, so `.prop` maps over elements. */
  deref?: boolean;
}

export const ANY: Ty = { k: 'any' };
export const NULL: Ty = { k: 'null' };
export const NUMBER: Ty = { k: 'number' };
export const BOOL: Ty = { k: 'bool' };
export const STRING: Ty = { k: 'string' };

export function strictObj(props?: Record<string, Ty> | Map<string, Ty>): ObjTy {
  const out = new Map<string, Ty>();
  if (props instanceof Map) for (const [k, v] of props) out.set(k.toLowerCase(), v);
  else if (props) for (const k of Object.keys(props)) out.set(k.toLowerCase(), props[k]);
  return { k: 'object', props: out, strict: true };
}
export function looseObj(props?: Record<string, Ty>): ObjTy {
  return { k: 'object', props: strictObj(props).props, strict: false };
}
export function mapObj(of: Ty): ObjTy {
  return { k: 'object', props: new Map(), mapped: of, strict: false };
}
export function arr(elem: Ty, deref = false): ArrTy {
  return { k: 'array', elem, deref };
}

export function tyString(t: Ty): string {
  switch (t.k) {
    case 'object': {
      if (t.mapped && t.props.size === 0) return `{string => ${tyString(t.mapped)}}`;
      if (t.props.size === 0 && !t.strict) return 'object';
      const ps = [...t.props.keys()].sort().map((k) => `${k}: ${tyString(t.props.get(k)!)}`);
      return `{${ps.join('; ')}}`;
    }
    case 'array':
      return `array<${tyString(t.elem)}>`;
    default:
      return t.k;
  }
}

/** Whether a value of type `from` can be used where `to` is expected. */
export function assignable(to: Ty, from: Ty): boolean {
  if (to.k === 'any' || from.k === 'any') return true;
  switch (to.k) {
    case 'null':
      return from.k === 'null';
    case 'number':
      return from.k === 'number';
    case 'bool':
      return true; // every value has a truthiness
    case 'string':
      return from.k === 'string' || from.k === 'number';
    case 'object':
      if (from.k !== 'object') return false;
      for (const [n, p] of to.props) {
        const q = from.props.get(n);
        if (q && !assignable(p, q)) return false;
      }
      return true;
    case 'array':
      return from.k === 'array' && assignable(to.elem, from.elem);
  }
}

/** The type of a value that is either `a` or `b`. */
export function merge(a: Ty, b: Ty): Ty {
  if (a.k === 'any' || b.k === 'any') return ANY;
  if (a.k === 'object' && b.k === 'object') {
    if (a.props.size === 0 && !a.mapped && a.strict && b.props.size > 0) return b;
    const props = new Map(a.props);
    for (const [n, t] of b.props) {
      const o = props.get(n);
      props.set(n, o ? merge(o, t) : t);
    }
    const mapped = a.mapped && b.mapped ? merge(a.mapped, b.mapped) : a.mapped ?? b.mapped;
    return { k: 'object', props, mapped, strict: a.strict && b.strict };
  }
  if (a.k === 'array' && b.k === 'array') {
    if (a.elem.k === 'any') return a;
    if (b.elem.k === 'any') return b;
    return arr(merge(a.elem, b.elem));
  }
  if (a.k === b.k) return a;
  if (a.k === 'string' && b.k === 'number') return a;
  if (a.k === 'number' && b.k === 'string') return b;
  return ANY;
}

/** Type of a JSON value (for `fromJSON('...')` with a literal). */
export function typeOfJson(v: unknown): Ty {
  if (v === null) return NULL;
  if (typeof v === 'string') return STRING;
  if (typeof v === 'number') return NUMBER;
  if (typeof v === 'boolean') return BOOL;
  if (Array.isArray(v)) {
    if (v.length === 0) return arr(ANY);
    return arr(v.map(typeOfJson).reduce(merge));
  }
  if (typeof v === 'object') {
    const o = strictObj();
    for (const [k, x] of Object.entries(v as object)) o.props.set(k.toLowerCase(), typeOfJson(x));
    return o;
  }
  return ANY;
}
