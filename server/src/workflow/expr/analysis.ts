// Walks a workflow, finds every `${{ }}` (and every `if:`), and checks each expression against the contexts
// available at its key. The result is computed once per document version (memoized on the model).
import * as path from 'node:path';
import { type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { FileHost, Severity } from '../../engine/types';
import { keyName } from '../../yaml/model';
import { keyTable } from '../structure';
import { localUses, projectRoot, readLocalAction, readLocalWorkflow, type LocalAction, type LocalWorkflow } from '../localFiles';
import { describedAction, parseActionRef } from '../actions-data';
import type { WorkflowModel } from '../model';
import { Checker, isConstant, type ExprRuleId, type MissingHint } from './checker';
import { fixedContexts } from './contexts';
import { parseBare, parseExpression, type ExprNode } from './parser';
import { mapScalar, type MappedString } from './source';
import { findUntrusted, isCodeInput } from './untrusted';
import { ANY, BOOL, mapObj, NULL, NUMBER, STRING, strictObj, looseObj, tyString, typeOfJson, merge, type ObjTy, type Ty } from './types';
import { memoKey } from '../../engine/memo';

export type AnalysisRuleId = ExprRuleId | 'if-always-true' | 'constant-condition' | 'expression-placement' | 'untrusted-input';

export interface DocDiag {
  rule: AnalysisRuleId;
  message: string;
  /** Document offsets. */
  start: number;
  end: number;
  severity?: Severity;
  /** Replaces start..end to repair the problem (only where the range maps exactly onto the source). */
  replacement?: string;
}

/** One `${{ }}` found in a string value. */
export interface Template {
  /** Offset of `${{` in the value. */
  start: number;
  /** Offset just after `}}` in the value. */
  end: number;
  node?: ExprNode;
}

type Kind = 'string' | 'script' | 'bool' | 'int' | 'float' | 'object' | 'array';

interface Scope {
  vars: Record<string, Ty>;
  hints: Map<ObjTy, MissingHint>;
}

const lc = (s: string) => s.toLowerCase();

function mapItems(node: unknown): Pair[] {
  return isMap(node) ? (node as YAMLMap).items : [];
}
/** The value of the first `key` of a mapping, from its key table (shared with the structure and the rules). */
function get(node: unknown, key: string): Node | undefined {
  return isMap(node) ? ((keyTable(node as YAMLMap).get(key)?.value as Node) ?? undefined) : undefined;
}
function getPairCI(node: unknown, key: string): Pair | undefined {
  for (const p of mapItems(node)) if (lc(keyName(p) ?? '') === key) return p;
  return undefined;
}
function str(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}
function hasTemplate(s: string): boolean {
  return s.includes('${{');
}

/** Finds and parses every `${{ }}` in a string. Stops at a lexing error (its end is unknown). */
export function findTemplates(value: string): { templates: Template[]; errors: { message: string; start: number; end: number }[] } {
  const templates: Template[] = [];
  const errors: { message: string; start: number; end: number }[] = [];
  let i = 0;
  for (;;) {
    const at = value.indexOf('${{', i);
    if (at < 0) break;
    const r = parseExpression(value, at + 3);
    if (r.error) {
      errors.push(r.error);
      if (r.end >= value.length && !value.slice(at + 3).includes('}}')) break;
      if (r.end >= value.length) break;
      templates.push({ start: at, end: r.end });
      i = r.end;
      continue;
    }
    templates.push({ start: at, end: r.end, node: r.node });
    i = r.end;
  }
  return { templates, errors };
}

/** Source text of an expression node inside `value`. */
export function exprText(value: string, n: ExprNode): string {
  return value.slice(n.start, n.end);
}

/**
 * The scope of the expressions of one step: the job's, with the `steps` context of the steps before it. Built when
 * an expression of the step is checked (most steps have none): a copy of the steps so far per step would make a job
 * with many step ids quadratic.
 */
class StepScope implements Scope {
  private built?: Scope;

  constructor(
    private readonly job: Scope,
    private readonly steps: ObjTy,
    private readonly stepHints: Map<ObjTy, MissingHint>,
    private readonly stepIds: readonly { id: string; index: number }[],
    private readonly index: number,
  ) {}

  get vars(): Record<string, Ty> {
    return (this.built ??= this.build()).vars;
  }

  get hints(): Map<ObjTy, MissingHint> {
    return (this.built ??= this.build()).hints;
  }

  private build(): Scope {
    const here = strictObj(this.steps.props);
    here.strict = this.steps.strict;
    const { stepIds, index } = this;
    this.stepHints.set(here, (name) => {
      const later = stepIds.find((x) => x.id === lc(name));
      if (!later) return undefined;
      if (later.index === index) return `step "${name}" is the current step; its outputs are not available until it has run`;
      if (later.index > index) return `step "${name}" is defined later in this job; the steps context only has steps that ran before this one`;
      return undefined;
    });
    return { vars: { ...this.job.vars, steps: here }, hints: this.stepHints };
  }
}

class Analyzer {
  readonly diags: DocDiag[] = [];
  private readonly base: Record<string, Ty>;
  private inputsTy: ObjTy = strictObj();
  private secretsTy: Ty = mapObj(STRING);
  /** The `github` context of this workflow (its `event` gets the workflow's inputs). */
  private githubTy: ObjTy;
  private jobs = new Map<string, { id: string; map: YAMLMap; outputs: Ty }>();

  constructor(
    private readonly model: WorkflowModel,
    private readonly files: FileHost,
    private readonly docPath: string | undefined,
  ) {
    this.base = fixedContexts();
    // Scopes take `github` from githubTy, never from base: one context object serves both.
    this.githubTy = this.base.github as ObjTy;
  }

  private emit(rule: AnalysisRuleId, ms: MappedString, node: Node, start: number, end: number, message: string, severity?: Severity, replacement?: string): void {
    let s: number;
    let e: number;
    // A replacement is only safe where each character of the value is one character of the source.
    const exact = ms.exact && ms.offsets[end - 1] !== undefined && ms.offsets[end - 1] + 1 - ms.offsets[start] === end - start;
    if (ms.exact) {
      s = ms.offsets[Math.min(start, ms.value.length)];
      e = end > start ? ms.offsets[Math.min(end - 1, ms.value.length)] + 1 : s;
      if (e < s) e = s;
    } else {
      s = node.range?.[0] ?? 0;
      e = node.range?.[1] ?? s;
    }
    this.diags.push({ rule, message, start: s, end: e, severity, replacement: exact ? replacement : undefined });
  }

  private emitNode(rule: AnalysisRuleId, node: Node, message: string, severity?: Severity): void {
    const s = node.range?.[0] ?? 0;
    this.diags.push({ rule, message, start: s, end: node.range?.[1] ?? s, severity });
  }

  private runChecker(ms: MappedString, node: Node, ast: ExprNode, key: string | undefined, scope: Scope): Ty {
    const c = new Checker({ vars: scope.vars, workflowKey: key, hints: scope.hints });
    const t = c.check(ast);
    for (const d of c.diags) this.emit(d.rule, ms, node, d.start, d.end, d.message, d.severity, d.replacement);
    return t;
  }

  /** Checks every template of a string scalar; returns their types (undefined when unparsable). */
  private checkTemplates(node: Scalar, key: string | undefined, scope: Scope, mapped?: MappedString): { ms: MappedString; types: { t: Template; ty: Ty }[] } | undefined {
    // Mapping the characters to offsets costs more than the check itself: only for values with `${{`.
    if (typeof node.value !== 'string' || !hasTemplate(node.value)) return undefined;
    const ms = mapped ?? mapScalar(node, this.model.text)!;
    const { templates, errors } = findTemplates(ms.value);
    for (const e of errors) this.emit('expression-syntax', ms, node, e.start, e.end, e.message);
    const types: { t: Template; ty: Ty }[] = [];
    for (const t of templates) {
      types.push({ t, ty: t.node ? this.runChecker(ms, node, t.node, key, scope) : ANY });
    }
    return { ms, types };
  }

  /** A string (or any scalar) where `${{ }}` is replaced by its value. */
  private checkString(node: Node | null | undefined, key: string | undefined, scope: Scope, kind: Kind = 'string'): void {
    if (!node) return;
    if (!isScalar(node)) {
      // Mappings and sequences: check every string inside with the same key.
      if (isMap(node)) for (const p of node.items) {
        if (isScalar(p.key)) this.checkString(p.key as Scalar, key, scope);
        this.checkString(p.value as Node, key, scope);
      } else if (isSeq(node)) for (const x of node.items) this.checkString(x as Node, key, scope);
      return;
    }
    if (kind !== 'string' && kind !== 'script') {
      this.checkTyped(node, key, scope, kind);
      return;
    }
    const r = this.checkTemplates(node, key, scope);
    if (!r) return;
    if (kind === 'script') {
      for (const { t } of r.types) {
        if (!t.node) continue;
        for (const u of findUntrusted(t.node)) {
          this.emit('untrusted-input', r.ms, node, u.node.start, u.node.end, `"${u.path}" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details`);
        }
      }
    }
    for (const { t, ty } of r.types) {
      if (ty.k === 'object' || ty.k === 'array' || ty.k === 'null') {
        this.emit('expression-type', r.ms, node, t.start, t.end, `object, array, and null values should not be evaluated in template with \${{ }} but evaluating the value of type ${tyString(ty)}`, 'warning');
      }
    }
  }

  /** The single expression of a value that must be one `${{ }}`; undefined when the value is not exactly that. */
  private single(ms: MappedString, types: { t: Template; ty: Ty }[]): { t: Template; ty: Ty } | undefined {
    if (types.length !== 1) return undefined;
    const v = ms.value;
    const lead = v.length - v.trimStart().length;
    const trail = v.trimEnd().length;
    return types[0].t.start === lead && types[0].t.end === trail ? types[0] : undefined;
  }

  /** A value that must be a literal of a type or a single `${{ }}` of that type. */
  private checkTyped(node: Scalar, key: string | undefined, scope: Scope, kind: Kind, what?: string): Ty | undefined {
    if (typeof node.value !== 'string') return undefined;
    const v = node.value.trim();
    const literalLabel: Record<string, string> = {
      bool: 'boolean literal "true" or "false"',
      int: 'integer literal',
      float: 'float number literal',
      object: `mapping value for "${what ?? 'env'}" section`,
      array: 'sequence value',
    };
    if (!hasTemplate(v)) {
      const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
      const okLiteral =
        (!quoted || kind === 'object' || kind === 'array') &&
        ((kind === 'bool' && /^(true|false)$/i.test(v)) ||
        ((kind === 'int' || kind === 'float') && v !== '' && !Number.isNaN(Number(v))) ||
        kind === 'object' ||
        kind === 'array');
      if (!okLiteral || (kind === 'object' && what === 'env')) {
        this.emitNode('expression-placement', node, `expecting a single \${{...}} expression or ${literalLabel[kind]}, but found plain text node`);
      }
      return undefined;
    }
    const r = this.checkTemplates(node, key, scope);
    if (!r || r.types.length === 0) return undefined;
    const one = this.single(r.ms, r.types);
    if (!one) {
      this.emitNode('expression-placement', node, `expecting a single \${{...}} expression or ${literalLabel[kind]}, but found plain text node`);
      return undefined;
    }
    const ty = one.ty;
    const bad = (want: string) => this.emit('expression-type', r.ms, node, one.t.start, one.t.end, want);
    if (kind === 'bool' && ty.k !== 'bool' && ty.k !== 'any') bad(`type of expression must be bool but found type ${tyString(ty)}`);
    if ((kind === 'int' || kind === 'float') && ty.k !== 'number' && ty.k !== 'any' && ty.k !== 'string') bad(`type of expression at "${what ?? key}" must be number but found type ${tyString(ty)}`);
    if (kind === 'object' && ty.k !== 'object' && ty.k !== 'any') bad(`type of expression at "${what}" must be object but found type ${tyString(ty)}`);
    if (kind === 'array' && ty.k !== 'array' && ty.k !== 'any') bad(`type of expression at "${what}" must be array but found type ${tyString(ty)}`);
    return ty;
  }

  private checkIf(node: Node | null | undefined, key: string, scope: Scope): void {
    if (!node || !isScalar(node)) return;
    if (typeof node.value !== 'string') {
      if (node.value === null && node.source === '') return;
      this.emitNode('constant-condition', node, `constant expression "${String(node.source ?? node.value)}" in condition. remove the if: section`, 'warning');
      return;
    }
    const ms = mapScalar(node, this.model.text)!;
    const v = ms.value;
    if (hasTemplate(v)) {
      const r = this.checkTemplates(node, key, scope, ms);
      if (!r || r.types.length === 0) return;
      const t0 = r.types[0].t;
      const exact = r.types.length === 1 && t0.start === 0 && t0.end === v.length;
      if (!exact) {
        this.emitNode('if-always-true', node, `if: condition ${JSON.stringify(v)} is always evaluated to true because extra characters are around \${{ }}`);
        return;
      }
      if (t0.node && isConstant(t0.node)) {
        this.emitNode('constant-condition', node, `constant expression "${exprText(v, t0.node)}" in condition. remove the if: section`, 'warning');
      }
      return;
    }
    if (v.trim() === '') return;
    const r = parseBare(v);
    if (r.error) {
      this.emit('expression-syntax', ms, node, r.error.start, r.error.end, r.error.message);
      return;
    }
    this.runChecker(ms, node, r.node!, key, scope);
    if (isConstant(r.node!)) {
      this.emitNode('constant-condition', node, `constant expression "${exprText(v, r.node!)}" in condition. remove the if: section`, 'warning');
    }
  }

  private checkEnv(node: Node | null | undefined, key: string, scope: Scope): void {
    if (!node) return;
    if (isScalar(node)) {
      if (node.value === null) return;
      this.checkTyped(node as Scalar, key, scope, 'object', 'env');
      return;
    }
    this.checkString(node, key, scope);
  }

  private checkConcurrency(node: Node | null | undefined, key: string, scope: Scope): void {
    if (!node) return;
    if (isMap(node)) {
      for (const p of node.items) {
        const k = keyName(p);
        if (k === 'cancel-in-progress' && isScalar(p.value)) this.checkTyped(p.value as Scalar, key, scope, 'bool');
        else this.checkString(p.value as Node, key, scope);
      }
    } else this.checkString(node, key, scope);
  }

  private checkNoExpression(node: Node | null | undefined, what: string): void {
    const s = str(node);
    if (s !== undefined && hasTemplate(s)) {
      this.emitNode('expression-placement', node!, `expressions are not evaluated in ${what}: GitHub reads "${s}" as it is written`, 'warning');
    }
  }

  // ---- types of contexts that depend on the workflow ----

  /** Local actions and reusable workflows read so far, by kind and `uses`: a workflow often uses one in many steps. */
  private readonly localFiles = new Map<string, LocalAction | LocalWorkflow | undefined>();

  /** `./x` or `$/x` read by the readers the rules use, from the same repository root. */
  private readLocal<T extends LocalAction | LocalWorkflow>(kind: string, uses: string, read: (root: string, uses: string, files: FileHost) => T | undefined): T | undefined {
    const key = `${kind}\0${uses}`;
    if (this.localFiles.has(key)) return this.localFiles.get(key) as T | undefined;
    const root = this.docPath ? (projectRoot(this.docPath, this.files) ?? path.dirname(this.docPath)) : undefined;
    const value = root === undefined ? undefined : read(root, uses, this.files);
    this.localFiles.set(key, value);
    return value;
  }

  private actionOutputs(uses: string | undefined): Ty {
    if (!uses) return mapObj(STRING);
    if (localUses(uses) && !hasTemplate(uses)) {
      const meta = this.readLocal('action', uses, readLocalAction);
      if (meta) {
        const o = strictObj();
        for (const k of meta.outputs) o.props.set(lc(k), STRING);
        return o;
      }
    }
    return mapObj(STRING);
  }

  private callOutputs(uses: string | undefined): Ty {
    if (uses && localUses(uses) && !hasTemplate(uses)) {
      const wf = this.readLocal('workflow', uses, readLocalWorkflow);
      if (wf?.callable) {
        const o = strictObj();
        for (const k of wf.outputs) o.props.set(lc(k), STRING);
        return o;
      }
    }
    return mapObj(STRING);
  }

  /** Replaces `github.event` (in a new `github` type: the fixed contexts are shared). */
  private setEvent(make: (event: ObjTy) => ObjTy): void {
    const props = new Map(this.githubTy.props);
    props.set('event', make(props.get('event') as ObjTy));
    this.githubTy = { ...this.githubTy, props };
  }

  private readEvents(): void {
    const root = this.model.root!;
    const on = get(root, 'on');
    let hasCall = false;
    let hasDispatch = false;
    let understood = true;
    const inputs = strictObj();
    if (isMap(on)) {
      for (const p of on.items) {
        const ev = keyName(p);
        if (ev === 'workflow_call') {
          hasCall = true;
          for (const ip of mapItems(get(p.value, 'inputs'))) {
            const name = keyName(ip);
            if (name === undefined) continue;
            const t = str(get(ip.value, 'type'));
            inputs.props.set(lc(name), t === 'boolean' ? BOOL : t === 'number' ? NUMBER : t === 'string' ? STRING : ANY);
          }
          const sp = getPairCI(p.value, 'secrets');
          if (sp) {
            const s = strictObj({ github_token: STRING, actions_step_debug: STRING, actions_runner_debug: STRING });
            for (const x of mapItems(sp.value)) {
              const n = keyName(x);
              if (n !== undefined) s.props.set(lc(n), STRING);
            }
            if (sp.value === null || isMap(sp.value) || (isScalar(sp.value) && sp.value.value === null)) this.secretsTy = s;
          }
        } else if (ev === 'workflow_dispatch') {
          hasDispatch = true;
          const di = strictObj();
          for (const ip of mapItems(get(p.value, 'inputs'))) {
            const name = keyName(ip);
            if (name === undefined) continue;
            const t = str(get(ip.value, 'type'));
            const ty = t === 'boolean' ? BOOL : t === 'number' ? NUMBER : t === 'string' || t === 'choice' || t === 'environment' ? STRING : ANY;
            const prev = inputs.props.get(lc(name));
            inputs.props.set(lc(name), prev ? merge(prev, ty) : ty);
            di.props.set(lc(name), STRING);
          }
          this.setEvent((ev2) => ({ ...ev2, props: new Map([...ev2.props, ['inputs', di]]) }));
        }
      }
    } else if (isScalar(on) || isSeq(on)) {
      const names = isSeq(on) ? on.items.map((x) => str(x)) : [str(on)];
      hasCall = names.includes('workflow_call');
      hasDispatch = names.includes('workflow_dispatch');
      if (hasDispatch) {
        this.setEvent((ev2) => ({ ...ev2, props: new Map([...ev2.props, ['inputs', mapObj(STRING)]]) }));
      }
      if (hasCall) understood = false; // workflow_call without a declaration takes no inputs, but be lenient
    } else understood = false;
    this.inputsTy = understood ? inputs : looseObj();
    void hasCall;
    void hasDispatch;
  }

  private readJobs(): void {
    const jobs = get(this.model.root, 'jobs');
    for (const p of mapItems(jobs)) {
      const id = keyName(p);
      if (id === undefined || !isMap(p.value)) continue;
      const map = p.value as YAMLMap;
      const uses = str(get(map, 'uses'));
      let outputs: Ty;
      if (uses !== undefined) outputs = this.callOutputs(uses);
      else {
        const o = get(map, 'outputs');
        if (isMap(o)) {
          const t = strictObj();
          for (const op of o.items) {
            const n = keyName(op);
            if (n !== undefined) t.props.set(lc(n), STRING);
          }
          outputs = t;
        } else if (o === undefined || (isScalar(o) && o.value === null)) outputs = strictObj();
        else outputs = mapObj(STRING);
      }
      this.jobs.set(lc(id), { id, map, outputs });
    }
  }

  private scope(extra: Record<string, Ty> = {}, hints?: Map<ObjTy, MissingHint>): Scope {
    return {
      vars: { ...this.base, github: this.githubTy, inputs: this.inputsTy, secrets: this.secretsTy, ...extra },
      hints: hints ?? new Map(),
    };
  }

  /** Checks the strings of a matrix value and guesses its type (a single `${{ }}` has the type of its expression). */
  private guessYaml(node: unknown, key?: string, scope?: Scope): Ty {
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') {
        if (!hasTemplate(v)) return STRING;
        if (!scope) return ANY;
        const r = this.checkTemplates(node as Scalar, key, scope);
        const one = r && this.single(r.ms, r.types);
        return one ? one.ty : STRING;
      }
      if (typeof v === 'number') return NUMBER;
      if (typeof v === 'boolean') return BOOL;
      if (v === null) return NULL;
      return ANY;
    }
    if (isMap(node)) {
      const o = strictObj();
      for (const p of node.items) {
        const k = keyName(p);
        if (k === undefined) return looseObj();
        o.props.set(lc(k), this.guessYaml(p.value, key, scope));
      }
      return o;
    }
    if (isSeq(node)) {
      if (node.items.length === 0) return { k: 'array', elem: ANY };
      return { k: 'array', elem: node.items.map((x) => this.guessYaml(x, key, scope)).reduce(merge) };
    }
    return ANY;
  }

  private matrixType(strategy: unknown, scope: Scope): ObjTy {
    const key = 'jobs.<job_id>.strategy';
    const m = get(strategy, 'matrix');
    if (!m) return strictObj();
    if (isScalar(m)) {
      const ty = typeof m.value === 'string' ? this.checkTyped(m as Scalar, key, scope, 'object', 'matrix') : undefined;
      if (ty && ty.k === 'object' && ty.props.size > 0) {
        const o: ObjTy = { ...ty, props: new Map(ty.props), strict: false };
        const inc = o.props.get('include');
        o.props.delete('include');
        o.props.delete('exclude');
        if (inc && inc.k === 'array' && inc.elem.k === 'object') for (const [n, t] of inc.elem.props) o.props.set(n, o.props.has(n) ? merge(o.props.get(n)!, t) : t);
        return o;
      }
      return looseObj();
    }
    if (!isMap(m)) return looseObj();
    const o = strictObj();
    for (const p of m.items) {
      const k = keyName(p);
      if (k === undefined) {
        o.strict = false;
        continue;
      }
      const v = p.value as Node;
      if (k === 'include' || k === 'exclude') {
        if (isSeq(v)) {
          for (const item of v.items) {
            if (isMap(item)) {
              for (const ip of item.items) {
                const t = this.guessYaml(ip.value, key, scope);
                if (k === 'include') {
                  const n = keyName(ip);
                  if (n === undefined) continue;
                  const prev = o.props.get(lc(n));
                  o.props.set(lc(n), prev ? merge(prev, t) : t);
                }
              }
            } else if (isScalar(item)) {
              if (typeof item.value === 'string' && hasTemplate(item.value)) this.checkTyped(item as Scalar, key, scope, 'object', `matrix combination at element of ${k} section`);
              if (k === 'include') o.strict = false;
            } else if (k === 'include') o.strict = false;
          }
        } else if (isScalar(v)) {
          if (typeof v.value === 'string' && hasTemplate(v.value)) this.checkTyped(v as Scalar, key, scope, 'array', k);
          if (k === 'include') o.strict = false;
        } else if (k === 'include') o.strict = false;
        continue;
      }
      if (isSeq(v)) {
        o.props.set(lc(k), v.items.length ? v.items.map((x) => this.guessYaml(x, key, scope)).reduce(merge) : ANY);
      } else if (isScalar(v) && typeof v.value === 'string' && hasTemplate(v.value)) {
        const t = this.checkTyped(v as Scalar, key, scope, 'array', 'matrix row');
        o.props.set(lc(k), t && t.k === 'array' ? t.elem : ANY);
      } else {
        o.props.set(lc(k), ANY);
      }
    }
    return o;
  }

  run(): void {
    const root = this.model.root;
    if (!root || this.model.kind !== 'workflow') return;
    this.readEvents();
    this.readJobs();
    const top = this.scope();

    this.checkString(get(root, 'name'), undefined, top);
    this.checkString(get(root, 'run-name'), 'run-name', top);
    this.checkEnv(get(root, 'env'), 'env', top);
    this.checkConcurrency(get(root, 'concurrency'), 'concurrency', top);
    const drun = get(get(root, 'defaults'), 'run');
    for (const p of mapItems(drun)) {
      this.checkString(p.value as Node, keyName(p) === 'shell' ? 'defaults.run.shell' : undefined, top);
    }

    // on:
    const on = get(root, 'on');
    for (const p of mapItems(on)) {
      const ev = keyName(p);
      if (ev === 'workflow_call') {
        const soFar = strictObj();
        for (const ip of mapItems(get(p.value, 'inputs'))) {
          const name = keyName(ip);
          const t = str(get(ip.value, 'type'));
          const own = t === 'boolean' ? BOOL : t === 'number' ? NUMBER : t === 'string' ? STRING : ANY;
          for (const f of mapItems(ip.value)) {
            if (keyName(f) === 'default') {
              const sc = this.scope({ inputs: soFar });
              const d = f.value as Node;
              if (isScalar(d) && typeof d.value === 'string' && hasTemplate(d.value)) {
                const r = this.checkTemplates(d as Scalar, 'on.workflow_call.inputs.<inputs_id>.default', sc);
                const one = r && this.single(r.ms, r.types);
                if (one && name !== undefined) {
                  const ok = own.k === 'any' || one.ty.k === 'any' || (own.k === 'bool' ? one.ty.k === 'bool' : own.k === 'number' ? one.ty.k === 'number' : one.ty.k === 'string' || one.ty.k === 'number');
                  if (!ok) this.emit('expression-type', r!.ms, d, one.t.start, one.t.end, `type of input "${name}" must be ${tyString(own)} but found type ${tyString(one.ty)}`);
                }
              }
            } else if (keyName(f) === 'required' && isScalar(f.value)) this.checkTyped(f.value as Scalar, undefined, top, 'bool');
            else this.checkString(f.value as Node, undefined, top);
          }
          if (name !== undefined) soFar.props.set(lc(name), own);
        }
        for (const sp of mapItems(get(p.value, 'secrets'))) {
          for (const f of mapItems(sp.value)) {
            if (keyName(f) === 'required' && isScalar(f.value)) this.checkTyped(f.value as Scalar, undefined, top, 'bool');
            else this.checkString(f.value as Node, undefined, top);
          }
        }
        // outputs are checked after the jobs are known
        const jobsTy = strictObj();
        for (const [lid, j] of this.jobs) {
          jobsTy.props.set(lid, strictObj({ outputs: str(get(j.map, 'uses')) !== undefined ? looseObj() : j.outputs, result: STRING }));
        }
        const sc = this.scope({ jobs: jobsTy });
        for (const op of mapItems(get(p.value, 'outputs'))) {
          for (const f of mapItems(op.value)) {
            this.checkString(f.value as Node, keyName(f) === 'value' ? 'on.workflow_call.outputs.<output_id>.value' : undefined, keyName(f) === 'value' ? sc : top);
          }
        }
      } else if (ev === 'workflow_dispatch') {
        for (const ip of mapItems(get(p.value, 'inputs'))) {
          for (const f of mapItems(ip.value)) {
            if (keyName(f) === 'required' && isScalar(f.value)) this.checkTyped(f.value as Scalar, undefined, top, 'bool');
            else this.checkString(f.value as Node, undefined, top);
          }
        }
      } else {
        this.checkString(p.value as Node, undefined, top);
      }
    }

    for (const jp of mapItems(get(root, 'jobs'))) {
      if (isMap(jp.value)) this.checkJob(keyName(jp) ?? '', jp.value as YAMLMap);
    }
  }

  private checkJob(id: string, job: YAMLMap): void {
    // needs
    const needsNode = get(job, 'needs');
    const needIds = (isSeq(needsNode) ? needsNode.items.map((x) => str(x)) : [str(needsNode)]).filter((x): x is string => !!x).map(lc);
    const needsTy = strictObj();
    for (const n of needIds) {
      const j = this.jobs.get(n);
      if (j && n !== lc(id)) needsTy.props.set(n, strictObj({ outputs: j.outputs, result: STRING }));
    }
    const hints = new Map<ObjTy, MissingHint>();
    hints.set(needsTy, (name) => (this.jobs.has(lc(name)) ? `job "${name}" is not listed in "needs" of job "${id}"; add it to "needs" to read its outputs` : undefined));
    const jobScope = (extra: Record<string, Ty> = {}) => this.scope({ needs: needsTy, ...extra }, hints);
    const early = jobScope();
    const strategy = get(job, 'strategy');
    const matrix = this.matrixType(strategy, early);
    if (!get(strategy, 'matrix')) hints.set(matrix, () => `job "${id}" has no matrix`);
    const scope = jobScope({ matrix });
    const stratKey = 'jobs.<job_id>.strategy';
    for (const p of mapItems(strategy)) {
      const k = keyName(p);
      if (k === 'fail-fast' && isScalar(p.value)) this.checkTyped(p.value as Scalar, stratKey, early, 'bool');
      else if (k === 'max-parallel' && isScalar(p.value)) this.checkTyped(p.value as Scalar, stratKey, early, 'int', 'max-parallel');
    }

    const stepsAll = get(job, 'steps');
    const stepIds: { id: string; index: number }[] = [];
    /** Each step's `id` value (read once: the scopes of later steps need them too). */
    const sids: (string | undefined)[] = [];
    if (isSeq(stepsAll)) {
      stepsAll.items.forEach((s, index) => {
        const sid = str(get(s, 'id'));
        sids.push(sid);
        if (sid !== undefined && !hasTemplate(sid)) stepIds.push({ id: lc(sid), index });
      });
    }

    for (const p of job.items) {
      const k = keyName(p);
      const v = p.value as Node | null;
      switch (k) {
        case 'name':
          this.checkString(v, 'jobs.<job_id>.name', scope);
          break;
        case 'needs':
          this.checkString(v, undefined, scope);
          break;
        case 'runs-on':
          if (isScalar(v) && typeof v.value === 'string' && hasTemplate(v.value)) {
            const r = this.checkTemplates(v as Scalar, 'jobs.<job_id>.runs-on', scope);
            const one = r && this.single(r.ms, r.types);
            if (one && one.ty.k !== 'string' && one.ty.k !== 'array' && one.ty.k !== 'any') {
              this.emit('expression-type', r!.ms, v, one.t.start, one.t.end, `type of expression at "runs-on" must be string or array but found type "${tyString(one.ty)}"`);
            } else if (r && !one) {
              for (const { t, ty } of r.types) if (ty.k === 'object' || ty.k === 'array' || ty.k === 'null') this.emit('expression-type', r.ms, v, t.start, t.end, `object, array, and null values should not be evaluated in template with \${{ }} but evaluating the value of type ${tyString(ty)}`, 'warning');
            }
          } else this.checkString(v, 'jobs.<job_id>.runs-on', scope);
          break;
        case 'concurrency':
          this.checkConcurrency(v, 'jobs.<job_id>.concurrency', scope);
          break;
        case 'env':
          this.checkEnv(v, 'jobs.<job_id>.env', scope);
          break;
        case 'defaults':
          this.checkString(get(v, 'run'), 'jobs.<job_id>.defaults.run', scope);
          break;
        case 'if':
          this.checkIf(v, 'jobs.<job_id>.if', jobScope());
          break;
        case 'continue-on-error':
          if (isScalar(v)) this.checkTyped(v as Scalar, 'jobs.<job_id>.continue-on-error', scope, 'bool');
          break;
        case 'timeout-minutes':
          if (isScalar(v)) this.checkTyped(v as Scalar, 'jobs.<job_id>.timeout-minutes', scope, 'float', 'timeout-minutes');
          break;
        case 'container':
          this.checkContainer(v, 'jobs.<job_id>.container', 'jobs.<job_id>.container', scope);
          break;
        case 'services':
          if (isScalar(v)) {
            if (typeof v.value === 'string' && hasTemplate(v.value)) this.checkTyped(v as Scalar, 'jobs.<job_id>.services', scope, 'object', 'services');
          } else for (const sp of mapItems(v)) this.checkContainer(sp.value as Node, 'jobs.<job_id>.services', 'jobs.<job_id>.services.<service_id>', scope);
          break;
        case 'uses':
          this.checkNoExpression(v, 'the "uses" of a job');
          break;
        case 'with':
          this.checkString(v, 'jobs.<job_id>.with.<with_id>', scope);
          break;
        case 'secrets':
          this.checkString(v, 'jobs.<job_id>.secrets.<secrets_id>', scope);
          break;
        case 'snapshot':
          for (const sp of mapItems(v)) {
            if (keyName(sp) === 'if') this.checkIf(sp.value as Node, 'jobs.<job_id>.snapshot.if', scope);
            else this.checkString(sp.value as Node, undefined, scope);
          }
          if (isScalar(v)) this.checkString(v, undefined, scope);
          break;
      }
    }

    // steps
    const steps = strictObj();
    const stepHints = new Map(hints);
    if (isSeq(stepsAll)) {
      stepsAll.items.forEach((s, index) => {
        this.checkStep(s, new StepScope(scope, steps, stepHints, stepIds, index));
        const sid = sids[index];
        if (sid !== undefined) {
          if (hasTemplate(sid)) steps.strict = false;
          else steps.props.set(lc(sid), strictObj({ outputs: this.stepOutputs(s), conclusion: STRING, outcome: STRING }));
        }
      });
    }
    // environment and outputs are evaluated after all steps ran
    const after: Scope = { vars: { ...scope.vars, steps }, hints: stepHints };
    const env = get(job, 'environment');
    if (isMap(env)) {
      for (const p of env.items) {
        const k = keyName(p);
        if (k === 'url') this.checkString(p.value as Node, 'jobs.<job_id>.environment.url', after);
        else this.checkString(p.value as Node, 'jobs.<job_id>.environment', scope);
      }
    } else this.checkString(env, 'jobs.<job_id>.environment', scope);
    const outs = get(job, 'outputs');
    for (const p of mapItems(outs)) this.checkString(p.value as Node, 'jobs.<job_id>.outputs.<output_id>', after);
  }

  private stepOutputs(step: unknown): Ty {
    const uses = str(get(step, 'uses'));
    if (uses === undefined) return mapObj(STRING);
    if (/^actions\/github-script@/i.test(uses)) return looseObj();
    const ref = hasTemplate(uses) ? undefined : parseActionRef(uses.trim());
    if (ref) {
      // Popular actions: the outputs of their bundled metadata (for the majors it describes).
      const usesNode = (step as YAMLMap).items.find((p) => keyName(p) === 'uses')?.value as Node | undefined;
      const meta = describedAction(ref, usesNode?.comment ?? ((step as YAMLMap).flow ? (step as YAMLMap).comment : undefined));
      if (meta?.outputs) return strictObj(new Map(meta.outputs.map((o) => [lc(o), STRING])));
    }
    return this.actionOutputs(uses);
  }

  private checkContainer(node: Node | null | undefined, key: string, childKey: string, scope: Scope): void {
    if (!node) return;
    if (!isMap(node)) {
      this.checkString(node, key, scope);
      return;
    }
    for (const p of node.items) {
      const k = keyName(p);
      const v = p.value as Node | null;
      if (k === 'credentials') {
        if (isScalar(v)) {
          if (typeof v.value === 'string' && hasTemplate(v.value)) this.checkTyped(v as Scalar, `${childKey}.credentials`, scope, 'object', 'credentials');
        } else this.checkString(v, `${childKey}.credentials`, scope);
      } else if (k === 'env') {
        if (isScalar(v)) {
          if (v.value !== null) this.checkTyped(v as Scalar, `${childKey}.env.<env_id>`, scope, 'object', 'env');
        } else this.checkString(v, `${childKey}.env.<env_id>`, scope);
      } else this.checkString(v, key, scope);
    }
  }

  private checkStep(step: unknown, scope: Scope): void {
    if (!isMap(step)) return;
    const uses = str(get(step, 'uses'));
    for (const p of step.items) {
      const k = keyName(p);
      const v = p.value as Node | null;
      switch (k) {
        case 'id':
          this.checkString(v, 'jobs.<job_id>.steps.id', scope);
          break;
        case 'name':
          this.checkString(v, 'jobs.<job_id>.steps.name', scope);
          break;
        case 'if':
          this.checkIf(v, 'jobs.<job_id>.steps.if', scope);
          break;
        case 'run':
          this.checkString(v, 'jobs.<job_id>.steps.run', scope, 'script');
          break;
        case 'shell':
          this.checkString(v, 'jobs.<job_id>.steps.shell', scope);
          break;
        case 'working-directory':
          this.checkString(v, 'jobs.<job_id>.steps.working-directory', scope);
          break;
        case 'uses':
          this.checkNoExpression(v, 'the "uses" of a step');
          break;
        case 'with':
          if (isMap(v)) {
            for (const wp of v.items) {
              this.checkString(wp.value as Node, 'jobs.<job_id>.steps.with', scope, isCodeInput(uses, keyName(wp)) ? 'script' : 'string');
            }
          } else this.checkString(v, 'jobs.<job_id>.steps.with', scope);
          break;
        case 'env':
          this.checkEnv(v, 'jobs.<job_id>.steps.env', scope);
          break;
        case 'continue-on-error':
          if (isScalar(v)) this.checkTyped(v as Scalar, 'jobs.<job_id>.steps.continue-on-error', scope, 'bool');
          break;
        case 'timeout-minutes':
          if (isScalar(v)) this.checkTyped(v as Scalar, 'jobs.<job_id>.steps.timeout-minutes', scope, 'float', 'timeout-minutes');
          break;
      }
    }
  }
}

export interface ExprAnalysis {
  diags: DocDiag[];
}

const EXPR = memoKey<Map<string, ExprAnalysis>>('wfx:expr');

/** Checks every expression of the workflow once per document version. */
export function analyzeExpressions(model: WorkflowModel, files: FileHost, docPath?: string): ExprAnalysis {
  // One analysis per document path (the rules ask with the same path; no key string to build per call).
  const byPath = model.memoize(EXPR, () => new Map<string, ExprAnalysis>());
  const key = docPath ?? '';
  let r = byPath.get(key);
  if (!r) {
    const a = new Analyzer(model, files, docPath);
    a.run();
    byPath.set(key, (r = { diags: a.diags }));
  }
  return r;
}

export { typeOfJson };
