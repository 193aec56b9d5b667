// Type checker for parsed expressions: variables and their availability, properties of known contexts,
// function signatures, comparisons, and special checks of format()/fromJSON()/case().
import type { Severity } from '../../engine/types';
import { closest, didYouMean } from '../../engine/suggest';
import { AVAILABILITY, AVAILABILITY_URL } from './contexts';
import { FUNCTIONS, SPECIAL_FUNCTIONS, formatPlaceholders, ordinal, sigString, type FuncSig } from './functions';
import type { ExprNode } from './parser';
import { ANY, arr, assignable, BOOL, merge, NULL, NUMBER, STRING, typeOfJson, tyString, type ObjTy, type Ty } from './types';


/** The key a literal index names on an object (GitHub's string form of the scalar), or undefined for other nodes. */
function literalKey(n: ExprNode): string | undefined {
  if (n.type === 'string') return n.value;
  if (n.type === 'number') return String(n.value);
  if (n.type === 'bool') return String(n.value);
  if (n.type === 'null') return '';
  return undefined;
}

export type ExprRuleId = 'expression-syntax' | 'context-availability' | 'undefined-reference' | 'expression-type';

export interface ExprDiag {
  rule: ExprRuleId;
  message: string;
  /** Offsets in the checked text. */
  start: number;
  end: number;
  severity?: Severity;
  /** Text that repairs the range (a "did you mean" property name); offered as a fix where the range maps exactly. */
  replacement?: string;
}

/** Explains why a property is missing (e.g. a step defined later); returns undefined when it has nothing to add. */
export type MissingHint = (name: string) => string | undefined;

export interface CheckEnv {
  /** Context name (lower case) → type. */
  vars: Record<string, Ty>;
  /** GitHub's notation of the workflow key being checked (e.g. `jobs.<job_id>.steps.if`); undefined: unrestricted. */
  workflowKey?: string;
  /** Hints for objects whose missing properties have a better explanation. */
  hints?: Map<ObjTy, MissingHint>;
}

function quotes(xs: string[]): string {
  return xs.map((x) => `"${x}"`).join(', ');
}

export class Checker {
  readonly diags: ExprDiag[] = [];
  private readonly available?: string[];
  constructor(private readonly env: CheckEnv) {
    this.available = env.workflowKey !== undefined ? AVAILABILITY[env.workflowKey] : undefined;
  }

  private report(rule: ExprRuleId, node: { start: number; end: number }, message: string, severity?: Severity, replacement?: string): void {
    this.diags.push({ rule, message, start: node.start, end: node.end, severity, replacement });
  }

  check(n: ExprNode): Ty {
    switch (n.type) {
      case 'null':
        return NULL;
      case 'bool':
        return BOOL;
      case 'number':
        return NUMBER;
      case 'string':
        return STRING;
      case 'var':
        return this.checkVar(n);
      case 'prop':
        return this.checkProp(n);
      case 'filter':
        return this.checkFilter(n);
      case 'index':
        return this.checkIndex(n);
      case 'call':
        return this.checkCall(n);
      case 'not':
        this.check(n.operand);
        return BOOL;
      case 'binary':
        if (n.op === '&&' || n.op === '||') return this.checkLogical(n);
        return this.checkCompare(n);
    }
  }

  private checkVar(n: Extract<ExprNode, { type: 'var' }>): Ty {
    const name = n.name.toLowerCase();
    const t = this.env.vars[name];
    if (!t) {
      const names = Object.keys(this.env.vars).sort();
      this.report('undefined-reference', n, `undefined variable "${n.name}". available variables are ${quotes(names)}`);
      return ANY;
    }
    if (this.available && !this.available.includes(name)) {
      const a = this.available;
      const note = a.length === 0 ? 'no context is available here' : a.length === 1 ? `available context is ${quotes(a)}` : `available contexts are ${quotes(a)}`;
      this.report('context-availability', n, `context "${n.name}" is not allowed here. ${note}. see ${AVAILABILITY_URL} for more details`);
    }
    return t;
  }

  /** `dotted`: the name was written as `.name` (a fix may rename it); an index (`['name']`) gets no fix. */
  private missing(obj: ObjTy, name: string, at: { start: number; end: number }, suffix = '', dotted = false): void {
    const hint = this.env.hints?.get(obj)?.(name);
    // A near miss among the declared names (`cache_hit` for `cache-hit`): said, and offered as a fix when dotted.
    const near = hint ? undefined : closest(name, obj.props.keys());
    const fix = near && dotted && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(near) ? near : undefined;
    this.report(
      'undefined-reference',
      at,
      `property "${name}" is not defined in object type ${tyString(obj)}${suffix}${hint ? `. ${hint}` : didYouMean(near, 'yaml')}`,
      undefined,
      fix,
    );
  }

  /**
   * `vars.NAME`: GitHub accepts configuration variable names of letters, digits and `_` only, not starting with a
   * digit or with `GITHUB_`; any other name can never be defined, so the expression is always empty.
   */
  private checkVarsName(object: ExprNode, recv: Ty, name: string, at: { start: number; end: number }): void {
    if (object.type !== 'var' || object.name.toLowerCase() !== 'vars' || recv.k !== 'object') return;
    const why = !/^[A-Za-z0-9_]+$/.test(name)
      ? 'names hold only letters, digits and _'
      : /^\d/.test(name)
        ? 'names must not start with a digit'
        : /^github_/i.test(name)
          ? 'names must not start with GITHUB_'
          : undefined;
    if (why) this.report('undefined-reference', at, `configuration variable name ${JSON.stringify(name)} is invalid: ${why}, so no such variable can exist and "vars.${name}" is always empty`);
  }

  private checkProp(n: Extract<ExprNode, { type: 'prop' }>): Ty {
    const recv = this.check(n.object);
    const name = n.name.toLowerCase();
    const at = { start: n.nameStart, end: n.end };
    this.checkVarsName(n.object, recv, n.name, at);
    switch (recv.k) {
      case 'any':
        return ANY;
      case 'object': {
        const p = recv.props.get(name);
        if (p) return p;
        if (recv.mapped) return recv.mapped;
        if (recv.strict) this.missing(recv, n.name, at, '', true);
        return ANY;
      }
      case 'array': {
        if (!recv.deref) break;
        const e = recv.elem;
        if (e.k === 'any') return recv;
        if (e.k === 'object') {
          let t: Ty = ANY;
          const p = e.props.get(name);
          if (p) t = p;
          else if (e.mapped) t = e.mapped;
          else if (e.strict) this.missing(e, n.name, at, ' as element of filtered array');
          return arr(t, true);
        }
        this.report('expression-type', at, `property filtered by "${n.name}" at object filtering must be type of object but got "${tyString(e)}"`);
        return ANY;
      }
    }
    this.report('expression-type', at, `receiver of object dereference "${n.name}" must be type of object but got "${tyString(recv)}"`);
    return ANY;
  }

  private checkFilter(n: Extract<ExprNode, { type: 'filter' }>): Ty {
    const recv = this.check(n.object);
    switch (recv.k) {
      case 'any':
        return arr(ANY, true);
      case 'array':
        return arr(recv.elem, true);
      case 'object': {
        if (recv.mapped) {
          if (recv.mapped.k === 'object') return arr(recv.mapped, true);
          if (recv.mapped.k === 'any') return arr(ANY, true);
          return arr(recv.mapped, true);
        }
        if (!recv.strict) return arr(ANY, true);
        let elem: Ty | undefined;
        for (const t of recv.props.values()) elem = elem ? merge(elem, t) : t;
        return arr(elem ?? ANY, true);
      }
    }
    this.report('expression-type', n, `receiver of object filtering \`.*\` must be type of array or object but got "${tyString(recv)}"`);
    return ANY;
  }

  private checkIndex(n: Extract<ExprNode, { type: 'index' }>): Ty {
    const idx = this.check(n.index);
    const recv = this.check(n.object);
    switch (recv.k) {
      case 'any':
        return ANY;
      case 'array':
        if (idx.k === 'any' || idx.k === 'number') return recv.elem;
        // A literal string of digits is converted to the number it reads (`arr['0']`), as GitHub's evaluator does.
        if (n.index.type === 'string' && /^\d+$/.test(n.index.value)) return recv.elem;
        this.report('expression-type', n.index, `index access of array must be type of number but got "${tyString(idx)}"`);
        return ANY;
      case 'object':
        if (idx.k === 'any') return recv.mapped ?? ANY;
        // GitHub turns any scalar index of an object into its string form (`ports[6379]` reads the key "6379",
        // `x[true]` the key "true", `x[null]` the key ""); only an object or array index finds nothing.
        if (idx.k === 'string' || idx.k === 'number' || idx.k === 'bool' || idx.k === 'null') {
          const key = literalKey(n.index);
          if (key !== undefined) {
            this.checkVarsName(n.object, recv, key, n.index);
            const p = recv.props.get(key.toLowerCase());
            if (p) return p;
            if (recv.mapped) return recv.mapped;
            if (recv.strict) this.missing(recv, key, n.index);
            return ANY;
          }
          if (recv.mapped) return recv.mapped;
          // A number or boolean worked out at run time reads the key of its text ("3", "true"): on an object whose
          // keys are all known and none reads like one, that is always null (an expression that is always empty: an
          // error). The message starts as actionlint's does for the same expression.
          if (recv.strict && (idx.k === 'number' || idx.k === 'bool')) {
            const like = idx.k === 'number' ? /^-?\d+(\.\d+)?$/ : /^(true|false)$/;
            if (![...recv.props.keys()].some((k) => like.test(k))) {
              this.report(
                'expression-type',
                n.index,
                `property access of object must be type of string but got "${tyString(idx)}": GitHub reads the key of its text (such as "${idx.k === 'number' ? '1' : 'true'}"), which this object does not have, so the result is always null`,
              );
            }
          }
          return ANY;
        }
        this.report('expression-type', n.index, `property access of object must be type of string but got "${tyString(idx)}"`);
        return ANY;
    }
    this.report('expression-type', n, `index access operand must be type of object or array but got "${tyString(recv)}"`);
    return ANY;
  }

  private signatureError(n: Extract<ExprNode, { type: 'call' }>, sig: FuncSig, args: Ty[]): ExprDiag | undefined {
    const lp = sig.params.length;
    const la = args.length;
    if ((sig.variadic && la < lp) || (!sig.variadic && la !== lp)) {
      return {
        rule: 'expression-type',
        start: n.start,
        end: n.nameEnd,
        message: `number of arguments is wrong. function "${sigString(sig)}" takes ${sig.variadic ? 'at least ' : ''}${lp} parameters but ${la} arguments are given`,
      };
    }
    for (let i = 0; i < la; i++) {
      const p = sig.params[Math.min(i, lp - 1)];
      if (!assignable(p, args[i])) {
        return {
          rule: 'expression-type',
          start: n.args[i].start,
          end: n.args[i].end,
          message: `${ordinal(i + 1)} argument of function call is not assignable. "${tyString(args[i])}" cannot be assigned to "${tyString(p)}". called function type is "${sigString(sig)}"`,
        };
      }
    }
    return undefined;
  }

  private checkCall(n: Extract<ExprNode, { type: 'call' }>): Ty {
    const lname = n.name.toLowerCase();
    const sigs = FUNCTIONS[lname];
    const args = n.args.map((a) => this.check(a));
    if (!sigs) {
      this.report('undefined-reference', { start: n.start, end: n.nameEnd }, `undefined function "${n.name}". available functions are ${quotes(Object.values(FUNCTIONS).map((s) => s[0].name.toLowerCase()).sort())}`);
      return ANY;
    }
    let sig: FuncSig | undefined;
    const errs: ExprDiag[] = [];
    for (const s of sigs) {
      const e = this.signatureError(n, s, args);
      if (!e) {
        sig = s;
        break;
      }
      errs.push(e);
    }
    if (!sig) {
      // Report the first overload's problem; mention the others in the same message.
      const first = errs[0];
      if (errs.length > 1) first.message += `; ${errs.slice(1).map((e) => e.message).join('; ')}`;
      this.diags.push(first);
      return ANY;
    }
    const allowedIn = SPECIAL_FUNCTIONS[lname];
    if (allowedIn && (this.env.workflowKey === undefined || !allowedIn.includes(this.env.workflowKey))) {
      this.report('context-availability', { start: n.start, end: n.nameEnd }, `calling function "${n.name}" is not allowed here. "${n.name}" is only available in ${quotes(allowedIn)}. see ${AVAILABILITY_URL} for more details`);
    }
    if (lname === 'format' && n.args[0]?.type === 'string') {
      const f = n.args[0].value;
      const { used, badAt } = formatPlaceholders(f);
      const given = n.args.length - 1;
      if (badAt !== undefined) {
        this.report('expression-type', n.args[0], `format string "${f}" is invalid: unescaped "${f[badAt]}" at offset ${badAt}. write "{{" or "}}" for a literal brace`, 'warning');
      }
      for (let i = 0; i < given; i++) {
        if (!used.has(i)) this.report('expression-type', { start: n.start, end: n.nameEnd }, `format string "${f}" does not contain placeholder {${i}}. remove argument which is unused in the format string`, 'warning');
      }
      for (const i of [...used].sort((a, b) => a - b)) {
        if (i >= given) this.report('expression-type', { start: n.start, end: n.nameEnd }, `format string "${f}" contains placeholder {${i}} but only ${given} arguments are given to format`);
      }
    } else if (lname === 'fromjson' && n.args[0]?.type === 'string') {
      const s = n.args[0].value;
      try {
        return typeOfJson(JSON.parse(s));
      } catch (e) {
        const msg = (e as Error).message;
        const m = /position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : s.length;
        const why = s.trim() === '' || /end of (JSON|data)/i.test(msg) ? 'unexpected end of JSON input' : msg.replace(/ in JSON at position \d+.*$/, '').replace(/^Unexpected/, 'unexpected');
        this.report('expression-type', n.args[0], `broken JSON string is passed to fromJSON() at offset ${off}: ${why}`);
      }
    } else if (lname === 'case' && n.args.length % 2 === 0) {
      this.report('expression-type', { start: n.start, end: n.nameEnd }, `case() requires an odd number of arguments (pred/value pairs + default) but got ${n.args.length}`);
    }
    return sig.ret;
  }

  private comparable(op: string, l: Ty, r: Ty): boolean {
    if (op === '==' || op === '!=') {
      switch (l.k) {
        case 'any':
        case 'null':
          return true;
        case 'number':
        case 'bool':
        case 'string':
          return r.k !== 'object' && r.k !== 'array';
        case 'object':
          return r.k === 'object' || r.k === 'null' || r.k === 'any';
        case 'array':
          if (r.k === 'array') return this.comparable(op, l.elem, r.elem);
          return r.k === 'null' || r.k === 'any';
      }
    }
    const ok = (t: Ty) => t.k === 'any' || t.k === 'number' || t.k === 'string';
    return ok(l) && ok(r);
  }

  private checkCompare(n: Extract<ExprNode, { type: 'binary' }>): Ty {
    const l = this.check(n.left);
    const r = this.check(n.right);
    if (!this.comparable(n.op, l, r)) {
      this.report('expression-type', n, `"${tyString(l)}" value cannot be compared to "${tyString(r)}" value with "${n.op}" operator`, 'warning');
    }
    return BOOL;
  }

  /** Type of `n` assuming it is truthy (or falsy): `a && b` is `b` when truthy, `a || b` is `b` when falsy. */
  private narrowed(n: ExprNode, truthy: boolean): Ty {
    if (n.type === 'binary' && n.op === '&&' && truthy) {
      this.check(n.left);
      return this.check(n.right);
    }
    if (n.type === 'binary' && n.op === '||' && !truthy) {
      this.check(n.left);
      return this.check(n.right);
    }
    if (n.type === 'not') {
      this.narrowed(n.operand, !truthy);
      return BOOL;
    }
    return this.check(n);
  }

  private checkLogical(n: Extract<ExprNode, { type: 'binary' }>): Ty {
    const left = this.narrowed(n.left, n.op === '||');
    return merge(left, this.check(n.right));
  }
}

/** Whether an expression's value is known without running the workflow. */
export function isConstant(n: ExprNode): boolean {
  switch (n.type) {
    case 'null':
    case 'bool':
    case 'number':
    case 'string':
      return true;
    case 'var':
    case 'prop':
    case 'filter':
    case 'index':
      return false;
    case 'not':
      return isConstant(n.operand);
    case 'binary':
      return isConstant(n.left) && isConstant(n.right);
    case 'call': {
      const sigs = FUNCTIONS[n.name.toLowerCase()];
      return !!sigs && sigs.every((s) => s.pure) && n.args.every(isConstant);
    }
  }
}

export { STRING, ANY };
