// Schema-driven structural validation of workflows and action metadata. The key sets, required keys, value
// kinds and allowed values come from GitHub's own workflow/action schemas (@actions/workflow-parser, MIT),
// bundled at build time; this file interprets them over the YAML tree once per document (memoized) and
// gives every rule (unknown-key, missing-key, duplicate-key, value-type, unknown-event, event-filter,
// permissions) its share of the diagnostics, with actionlint-like messages and exact ranges.
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../yaml/nodes';
import workflowSchemaJson from './data/workflow-v1.0.json';
import actionSchemaJson from './data/action-v1.0.json';
import { closest, didYouMean, suggestionFix } from '../engine/suggest';
import { resolveAlias } from '../yaml/aliases';
import type { Fix, Range, Severity } from '../engine/types';
import type { WorkflowModel } from './model';
import { memoKey } from '../engine/memo';

export type PropDef = string | { type: string; required?: boolean; description?: string };

export interface Def {
  description?: string;
  context?: string[];
  mapping?: { properties?: Record<string, PropDef>; 'loose-key-type'?: string; 'loose-value-type'?: string };
  sequence?: { 'item-type': string };
  'one-of'?: string[];
  string?: { constant?: string; 'require-non-empty'?: boolean };
  boolean?: object;
  number?: object;
  null?: object;
  'allowed-values'?: string[];
}

export interface Schema {
  definitions: Record<string, Def>;
}

const BUILTIN: Record<string, Def> = {
  any: {},
  string: { string: {} },
  'non-empty-string': { string: { 'require-non-empty': true } },
  sequence: { sequence: { 'item-type': 'any' } },
  mapping: { mapping: { 'loose-key-type': 'string', 'loose-value-type': 'any' } },
  null: { null: {} },
  boolean: { boolean: {} },
  number: { number: {} },
};

/** Filters GitHub reads from an event's mapping: each takes one string or a list of them. */
const EVENT_FILTER_KEYS = ['types', 'branches', 'branches-ignore', 'tags', 'tags-ignore', 'paths', 'paths-ignore', 'workflows', 'names', 'versions'];

/**
 * What GitHub accepts beyond its strict schema (the one the editor services validate with). The workflow parser that
 * runs the file (@actions/workflow-parser's `convertOn`) takes any event but `schedule` as null or a mapping, and
 * every filter above as one string or a list; the strict schema has events that only take null (`status: {}` is
 * refused) and `repository_dispatch.types` as a list only. Both are widened here, for every event and filter found.
 */
function withGithubLeniency(schema: Schema): Schema {
  const defs: Record<string, Def> = { ...schema.definitions };
  const events = defs['on-mapping-strict']?.mapping?.properties ?? {};
  const stringOrList = (seq: string): string => {
    const name = `${seq}-or-string`;
    defs[name] ??= { 'one-of': ['non-empty-string', seq] };
    return name;
  };
  for (const [event, p] of Object.entries(events)) {
    const type = propType(p);
    const d = defs[type];
    if (!d || event === 'schedule') continue;
    if (d.null && !d['one-of'] && !d.mapping) {
      // An event without filters, given as an empty mapping.
      const mapping = `${type}-mapping`;
      defs[mapping] ??= { mapping: { properties: {} } };
      defs[type] = { description: d.description, 'one-of': ['null', mapping] };
      continue;
    }
    for (const alt of d['one-of'] ?? []) {
      const props = defs[alt]?.mapping?.properties;
      if (!props) continue;
      let widened: Record<string, PropDef> | undefined;
      for (const key of EVENT_FILTER_KEYS) {
        if (!(key in props)) continue;
        const t = propType(props[key]);
        const td = defs[t];
        if (!td?.sequence || td['one-of']) continue;
        widened ??= { ...props };
        widened[key] = stringOrList(t);
      }
      if (widened) defs[alt] = { ...defs[alt], mapping: { ...defs[alt].mapping, properties: widened } };
    }
  }
  return { ...schema, definitions: defs };
}

export const WORKFLOW_SCHEMA = withGithubLeniency(workflowSchemaJson as unknown as Schema);
export const ACTION_SCHEMA = actionSchemaJson as unknown as Schema;

export function lookupDef(schema: Schema, name: string): Def {
  return schema.definitions[name] ?? BUILTIN[name] ?? {};
}

export function propType(p: PropDef): string {
  return typeof p === 'string' ? p : p.type;
}

/** Event names GitHub accepts under `on:` (from the strict schema). */
export const EVENT_NAMES: string[] = Object.keys(lookupDef(WORKFLOW_SCHEMA, 'on-mapping-strict').mapping?.properties ?? {});

/** The permission scopes and their allowed levels. */
export const PERMISSION_SCOPES: Record<string, string[]> = (() => {
  const out: Record<string, string[]> = {};
  const props = lookupDef(WORKFLOW_SCHEMA, 'permissions-mapping').mapping?.properties ?? {};
  for (const [scope, p] of Object.entries(props)) out[scope] = scalarChoices(WORKFLOW_SCHEMA, propType(p)).constants;
  return out;
})();

export type StructRuleId =
  | 'unknown-key'
  | 'missing-key'
  | 'duplicate-key'
  | 'value-type'
  | 'unknown-event'
  | 'event-filter'
  | 'permissions'
  | 'yaml-anchor';

export interface StructDiag {
  rule: StructRuleId;
  message: string;
  range: Range;
  severity?: Severity;
  fixes?: Fix[];
}

/** The values a scalar may take under a definition: constants (allowed values) and free kinds. */
function scalarChoices(schema: Schema, name: string, seen = new Set<string>()): { constants: string[]; kinds: Set<string> } {
  const out = { constants: [] as string[], kinds: new Set<string>() };
  if (seen.has(name)) return out;
  seen.add(name);
  const d = lookupDef(schema, name);
  if (d['one-of']) {
    for (const n of d['one-of']) {
      const c = scalarChoices(schema, n, seen);
      out.constants.push(...c.constants);
      for (const k of c.kinds) out.kinds.add(k);
    }
  } else if (d['allowed-values']) out.constants.push(...d['allowed-values']);
  else if (d.string?.constant !== undefined) out.constants.push(d.string.constant);
  else if (d.string) out.kinds.add(d.string['require-non-empty'] ? 'non-empty string' : 'string');
  else if (d.boolean) out.kinds.add('boolean');
  else if (d.number) out.kinds.add('number');
  else if (d.null) out.kinds.add('null');
  else if (!d.mapping && !d.sequence) out.kinds.add('any');
  return out;
}

const q = (s: string) => `"${s}"`;
const list = (xs: string[]) => xs.map(q).join(', ');
export const hasExpression = (s: unknown) => typeof s === 'string' && s.includes('${{');

function kindOf(node: unknown): 'mapping' | 'sequence' | 'null' | 'string' | 'number' | 'boolean' | 'alias' | 'other' {
  if (node === null || node === undefined) return 'null';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'number' || typeof v === 'bigint') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'string';
  }
  if (isMap(node)) return 'mapping';
  if (isSeq(node)) return 'sequence';
  if (isAlias(node)) return 'alias';
  return 'other';
}

function describe(node: unknown): string {
  const k = kindOf(node);
  if (k === 'null') return 'null (empty)';
  if (k === 'mapping') return 'a mapping';
  if (k === 'sequence') return 'a sequence';
  if (k === 'string') return `the string ${q(String((node as Scalar).value))}`;
  return `the ${k} ${String((node as Scalar).value)}`;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return '';
  return typeof v === 'symbol' ? '<<' : String(v);
}

export function isMergeKey(pair: Pair): boolean {
  const k = pair.key;
  return isScalar(k) && (typeof k.value === 'symbol' || (k.value === '<<' && (k as Scalar).type === 'PLAIN'));
}

interface Loc {
  /** Key of the pair whose value is being checked (for reports about the whole section). */
  key?: Node;
  /** Name of that key. */
  keyName: string;
  /** How the section is named in messages (`"runs-on" section`, `job "build"`, `workflow`). */
  label: string;
  /** Definition name of the parent mapping. */
  parentDef?: string;
  /** The event name when inside `on.<event>`. */
  event?: string;
}

/** How a mapping is named in messages: by its definition, or as its parent named it. */
function mappingLabel(defName: string, loc: Loc): string {
  return defName === 'workflow-root-strict' ? 'workflow' : defName === 'action-root-strict' ? 'action metadata' : STEP_LABEL[defName] ?? loc.label;
}

/** How a value under a key of a mapping (definition `defName`, at `mapLoc`) is named in messages (`"runs-on" section`, `job "build"`, …). */
function childLabel(defName: string, name: string, mapLoc: Loc): string {
  if (defName === 'jobs') return `job ${q(name)}`;
  if (defName === 'workflow-call-inputs') return `input ${q(name)} of workflow_call event`;
  if (defName === 'workflow-dispatch-inputs') return `input ${q(name)} of workflow_dispatch event`;
  if (defName === 'workflow-call-outputs') return `output ${q(name)} of workflow_call event`;
  if (defName === 'workflow-call-secrets') return `secret ${q(name)} of workflow_call event`;
  if (defName === 'services') return `service ${q(name)}`;
  if (defName === 'permissions-mapping') return `permission ${q(name)}`;
  if (defName === 'on-mapping-strict') return `${q(name)} event`;
  if (defName === 'inputs-strict') return `input ${q(name)}`;
  if (defName === 'outputs') return `output ${q(name)}`;
  if (name === 'with' && mappingLabel(defName, mapLoc).startsWith('step')) return '"with" section';
  return `${q(name)} section`;
}

/**
 * A Loc (one class: the checks read its fields at every node). A mapping value's label is only built when a message
 * needs it, from the mapping's label. One per mapping serves its values in turn (nothing keeps a Loc after the check
 * of its value).
 */
class Where implements Loc {
  constructor(
    public key: Node | undefined,
    public keyName: string,
    readonly parentDef: string | undefined,
    public event: string | undefined,
    /** The label, when it is not a mapping value's. */
    private readonly fixed: string | undefined,
    /** Loc of the mapping whose value this is. */
    private readonly mapLoc: Loc | undefined,
  ) {}

  get label(): string {
    return this.fixed ?? childLabel(this.parentDef!, this.keyName, this.mapLoc!);
  }
}

/** The `runs` mappings of action metadata, by the kind of action `using` selects. */
const RUNS_KINDS: Record<string, string> = {
  'node-runs-strict': 'a JavaScript action',
  'container-runs-strict': 'a Docker action',
  'composite-runs-strict': 'a composite action',
};

const STEP_LABEL: Record<string, string> = {
  'run-step': 'step to run shell command',
  'regular-step': 'step to execute action',
  'uses-step': 'step to execute action',
  'wait-step': 'wait step',
  'wait-all-step': 'wait-all step',
  'cancel-step': 'cancel step',
  'parallel-step': 'parallel step',
};

/** Filters and where GitHub accepts them (for `"paths" filter is not available for X event`). */
export const FILTER_EVENTS: Record<string, string[]> = {
  branches: ['merge_group', 'push', 'pull_request', 'pull_request_target', 'workflow_run'],
  'branches-ignore': ['merge_group', 'push', 'pull_request', 'pull_request_target', 'workflow_run'],
  tags: ['push'],
  'tags-ignore': ['push'],
  paths: ['push', 'pull_request', 'pull_request_target'],
  'paths-ignore': ['push', 'pull_request', 'pull_request_target'],
  workflows: ['workflow_run'],
};

/** The scalars a definition accepts: any, these strings, a non-empty one, a boolean, a number, null. */
interface ScalarSet {
  any: boolean;
  constants: Set<string>;
  nonEmpty: boolean;
  boolean: boolean;
  number: boolean;
  null: boolean;
}

interface DefInfo {
  def: Def;
  /** mapping.properties (or none). */
  props: Record<string, PropDef>;
  known: string[];
  /** Type names of the properties (own keys of `props`). */
  types: Map<string, string>;
  /** Required keys, in schema order. */
  required: string[];
  /** accepts(name, kind) of a fresh search. */
  accepts: Partial<Record<'mapping' | 'sequence' | 'null' | 'scalar', boolean>>;
  /** The scalars it accepts (scalarSet). */
  scalars?: ScalarSet;
  /** one-of: the alternatives for a mapping, a sequence, a scalar; whether one takes null; whether one takes a mapping. */
  alts?: { mapping: string[]; sequence: string[]; scalar: string[]; null: boolean; anyMapping: boolean };
}

const INFOS = new WeakMap<Schema, Map<string, DefInfo>>();

/**
 * Checks of nodes reached through aliases, per document, before the rest of what aliases repeat is left unchecked.
 * Real workflows stay far below (the corpus's largest use: a few thousand); a 500 kB file of jobs that alias one
 * list of thousands of steps reaches tens of millions.
 */
export const MAX_ALIAS_NODE_CHECKS = 200_000;

class Validator {
  readonly diags: StructDiag[] = [];
  private readonly seenDiag = new Set<string>();
  private readonly aliasStack: Node[] = [];
  /** Nodes checked while following an alias, against MAX_ALIAS_NODE_CHECKS. */
  private aliasNodeChecks = 0;
  private aliasBudgetReported = false;
  /** Mappings and sequences being checked, outermost first (to find aliases that refer to their own ancestors). */
  private readonly path: Node[] = [];

  constructor(
    private readonly model: WorkflowModel,
    private readonly schema: Schema,
  ) {
    let infos = INFOS.get(schema);
    if (!infos) INFOS.set(schema, (infos = new Map()));
    this.infos = infos;
  }

  private readonly infos: Map<string, DefInfo>;

  private def(name: string): Def {
    return this.info(name).def;
  }

  /** A definition and what the checks derive from it (the same for every node: computed once per schema). */
  private info(name: string): DefInfo {
    let i = this.infos.get(name);
    if (!i) {
      const def = lookupDef(this.schema, name);
      const props = def.mapping?.properties ?? {};
      const known = Object.keys(props);
      i = {
        def,
        props,
        known,
        types: new Map(known.map((k) => [k, propType(props[k])])),
        required: known.filter((k) => typeof props[k] === 'object' && (props[k] as { required?: boolean }).required),
        accepts: {},
      };
      this.infos.set(name, i);
    }
    return i;
  }

  report(rule: StructRuleId, node: Node | Pair | null | undefined, message: string, extra?: { severity?: Severity; fixes?: Fix[]; range?: Range }): void {
    const range = extra?.range ?? this.model.rangeOf(node ?? this.model.doc.contents);
    const key = `${rule}:${range.start.line}:${range.start.character}:${message}`;
    if (this.seenDiag.has(key)) return;
    this.seenDiag.add(key);
    this.diags.push({ rule, message, range, severity: extra?.severity, fixes: extra?.fixes });
  }

  /** Follows an alias to its anchored node; undefined for a recursive alias (reported). */
  private deref(node: unknown): unknown {
    if (!isAlias(node)) return node;
    const target = resolveAlias(this.model.doc, node);
    if (!target) return undefined;
    if (this.aliasStack.includes(target) || this.path.includes(target)) {
      this.report('yaml-anchor', node, `recursive alias "${node.source}": it refers to a node that contains it`);
      return undefined;
    }
    return target;
  }

  /**
   * Nodes checked while following an alias, by the key that names them and the definition and place they were
   * checked as. What a check reports depends on these alone, so a node reached again through another alias, as the
   * same thing in the same place, is not checked again: 1,000 jobs that alias one job of 1,000 aliased steps were a
   * million step checks (12 s for 15 kB); now each step is checked once.
   */
  private readonly viaAlias = new Map<unknown, Map<unknown, Set<string>>>();

  private checkedViaAlias(node: unknown, defName: string, loc: Loc): boolean {
    if (!node || typeof node !== 'object') return false;
    let byKey = this.viaAlias.get(node);
    if (!byKey) this.viaAlias.set(node, (byKey = new Map()));
    let seen = byKey.get(loc.key);
    if (!seen) byKey.set(loc.key, (seen = new Set()));
    const k = `${defName}\0${loc.keyName}\0${loc.label}\0${loc.event ?? ''}\0${loc.parentDef ?? ''}`;
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  }

  check(node: unknown, defName: string, loc: Loc): void {
    if (isAlias(node)) {
      // What aliases repeat is checked again in each place it lands (a message can name the place), up to a budget:
      // a few hundred kilobytes of aliases of aliases can stand for tens of millions of nodes.
      if (this.aliasNodeChecks > MAX_ALIAS_NODE_CHECKS) {
        if (!this.aliasBudgetReported) {
          this.aliasBudgetReported = true;
          this.report('yaml-anchor', node, `aliases repeat more than ${MAX_ALIAS_NODE_CHECKS.toLocaleString('en')} nodes of this file: what they repeat from here on is not checked again`, { severity: 'warning' });
        }
        return;
      }
      const target = this.deref(node);
      if (target === undefined) return;
      this.aliasStack.push(target as Node);
      try {
        this.check(target, defName, loc);
      } finally {
        this.aliasStack.pop();
      }
      return;
    }
    // Nodes outside any alias are reached once; only those inside one are remembered (and counted).
    if (this.aliasStack.length) {
      this.aliasNodeChecks++;
      if (this.checkedViaAlias(node, defName, loc)) return;
    }
    const def = this.def(defName);
    // A `${{ }}` stands for any value; the expression rules check what it can produce.
    if (isScalar(node) && hasExpression(node.value)) return;
    if (defName === 'any') return;
    if (def['one-of']) return this.checkOneOf(node, defName, def, loc);
    if (def.mapping) return this.checkMapping(node, defName, def, loc);
    if (def.sequence) return this.checkSequence(node, defName, def, loc);
    this.checkScalar(node, defName, def, loc);
  }

  /** The alternatives of a one-of definition by the kind of node they take. */
  private alternatives(defName: string, def: Def): NonNullable<DefInfo['alts']> {
    const info = this.info(defName);
    if (info.alts) return info.alts;
    const alts = def['one-of']!;
    const byKind = (n: string): string => {
      const d = this.def(n);
      if (d['one-of']) return 'one-of';
      if (d.mapping) return 'mapping';
      if (d.sequence) return 'sequence';
      if (d.null) return 'null';
      return 'scalar';
    };
    info.alts = {
      mapping: alts.filter((a) => byKind(a) === 'mapping' || (byKind(a) === 'one-of' && this.accepts(a, 'mapping'))),
      sequence: alts.filter((a) => byKind(a) === 'sequence' || (byKind(a) === 'one-of' && this.accepts(a, 'sequence'))),
      scalar: alts.filter((a) => byKind(a) === 'scalar' || (byKind(a) === 'one-of' && this.accepts(a, 'scalar'))),
      null: alts.some((a) => this.accepts(a, 'null')),
      anyMapping: alts.some((a) => this.accepts(a, 'mapping')),
    };
    return info.alts;
  }

  private checkOneOf(node: unknown, defName: string, def: Def, loc: Loc): void {
    const kind = kindOf(node);
    const alts = this.alternatives(defName, def);
    if (kind === 'mapping') {
      const maps = alts.mapping;
      if (maps.length === 1) return this.check(node, maps[0], loc);
      if (maps.length > 1) return this.check(node, this.pickMapping(node as YAMLMap, maps), loc);
    } else if (kind === 'sequence') {
      const seqs = alts.sequence;
      if (seqs.length >= 1) return this.check(node, seqs[0], loc);
    } else if (kind === 'null') {
      if (alts.null) return;
      const scalars = alts.scalar;
      if (scalars.length) return this.check(node, scalars[0], loc);
      // An empty value where only a mapping or sequence fits.
      return this.emptySection(node, loc, alts.anyMapping ? 'mapping' : 'sequence');
    } else {
      const scalars = alts.scalar;
      if (scalars.length) {
        // Accepted by any scalar alternative?
        if (this.scalarOk(node as Scalar, defName)) return;
        for (const a of scalars) if (this.scalarOk(node as Scalar, a)) return;
        if (scalars.length === 1) return this.check(node, scalars[0], loc);
        return this.badScalar(node as Scalar, defName, loc);
      }
    }
    this.wrongKind(node, defName, loc);
  }

  /** Whether a definition (through one-of) accepts a node of this kind. */
  private accepts(name: string, kind: 'mapping' | 'sequence' | 'null' | 'scalar', seen?: Set<string>): boolean {
    if (!seen) {
      const info = this.info(name);
      const known = info.accepts[kind];
      if (known !== undefined) return known;
      return (info.accepts[kind] = this.accepts(name, kind, new Set<string>()));
    }
    if (seen.has(name)) return false;
    seen.add(name);
    const d = this.def(name);
    if (name === 'any') return true;
    if (d['one-of']) return d['one-of'].some((n) => this.accepts(n, kind, seen));
    if (kind === 'mapping') return !!d.mapping;
    if (kind === 'sequence') return !!d.sequence;
    if (kind === 'null') return !!d.null || (!!d.string && !d.string['require-non-empty'] && d.string.constant === undefined);
    return !!(d.string || d.boolean || d.number || d['allowed-values']);
  }

  /** Picks among several mapping alternatives by their required keys (run vs uses steps, normal vs called jobs). */
  private pickMapping(node: YAMLMap, names: string[]): string {
    const keys = new Set(node.items.map((p) => scalarText(p.key) ?? ''));
    const required = (n: string) => this.info(n).required;
    // Steps with both `run` and `uses`: the later key decides, the earlier one is reported (as actionlint does).
    if (names.includes('run-step') && keys.has('run') && keys.has('uses')) {
      const order = node.items.map((p) => scalarText(p.key));
      return order.lastIndexOf('run') > order.lastIndexOf('uses') ? 'run-step' : 'regular-step';
    }
    if (names.includes('regular-step') && keys.has('uses')) return 'regular-step';
    if (names.includes('uses-step') && keys.has('uses')) return 'uses-step';
    if (names.includes('workflow-job') && keys.has('uses')) return 'workflow-job';
    // runs: in action.yml, by `using` (the runner reads the kind of action from it), before the keys: a node action
    // with a stray `image` is a node action whose `image` does not belong.
    const using = scalarText(node.items.find((p) => scalarText(p.key) === 'using')?.value);
    if (using !== undefined) {
      if (using === 'docker' && names.includes('container-runs-strict')) return 'container-runs-strict';
      if (using === 'composite' && names.includes('composite-runs-strict')) return 'composite-runs-strict';
      if (/^node/.test(using) && names.includes('node-runs-strict')) return 'node-runs-strict';
    }
    for (const n of names) {
      const req = required(n);
      if (req.length && req.every((k) => keys.has(k))) return n;
    }
    // Otherwise the alternative that knows the most of the keys.
    let best = names[0];
    let bestScore = -1;
    for (const n of names) {
      const props = this.info(n).props;
      let score = 0;
      for (const k of keys) if (k in props) score++;
      if (score > bestScore) {
        best = n;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * What scalars a definition accepts, its one-of alternatives flattened: computed once per definition instead of
   * walking the alternatives for every scalar. Each definition contributes the first test of scalarOk that applies to
   * it; a one-of met again (a cycle, or an alternative already seen) adds nothing, as in a walk that stops there.
   */
  private scalarSet(name: string): ScalarSet {
    const info = this.info(name);
    if (info.scalars) return info.scalars;
    const out: ScalarSet = { any: false, constants: new Set<string>(), nonEmpty: false, boolean: false, number: false, null: false };
    const seen = new Set<string>();
    const add = (n: string): void => {
      if (seen.has(n)) return;
      const d = this.def(n);
      if (d['one-of']) seen.add(n);
      if (n === 'any') out.any = true;
      // The schema's event-name constants have a copy-paste slip (repository_dispatch); use the mapping's keys.
      else if (n === 'on-string-strict') for (const e of EVENT_NAMES) out.constants.add(e);
      else if (d['one-of']) for (const a of d['one-of']) add(a);
      else if (d['allowed-values']) for (const v of d['allowed-values']) out.constants.add(v);
      else if (d.string) {
        if (d.string.constant !== undefined) out.constants.add(d.string.constant);
        else if (d.string['require-non-empty']) out.nonEmpty = true;
        else out.any = true;
      } else if (d.boolean) out.boolean = true;
      else if (d.number) out.number = true;
      else if (d.null) out.null = true;
    };
    add(name);
    return (info.scalars = out);
  }

  /** Whether a definition (or one of its alternatives) accepts a scalar. */
  private scalarOk(node: Scalar, name: string): boolean {
    const s = this.scalarSet(name);
    if (s.any) return true;
    const kind = kindOf(node);
    const text = scalarText(node) ?? '';
    if (kind === 'string' && s.constants.has(text)) return true;
    if (s.nonEmpty && kind !== 'null' && text.trim() !== '') return true;
    if (s.boolean && kind === 'boolean') return true;
    if (s.number && (kind === 'number' || (kind === 'string' && text.trim() !== '' && !isNaN(Number(text))))) return true;
    return s.null && kind === 'null';
  }

  private emptySection(node: unknown, loc: Loc, expected: 'mapping' | 'sequence'): void {
    const n = (node as Node | null) ?? loc.key;
    // `jobs:` with nothing under it leaves the workflow without a job.
    const severity: Severity = (loc.keyName === 'jobs' && !loc.parentDef?.includes('job')) || loc.label === 'step' ? 'error' : 'warning';
    this.report('value-type', n, `${loc.label} should not be empty (expected a ${expected}); remove it if it is unnecessary`, { severity });
  }

  private wrongKind(node: unknown, defName: string, loc: Loc): void {
    const want: string[] = [];
    if (this.accepts(defName, 'mapping')) want.push('a mapping');
    if (this.accepts(defName, 'sequence')) want.push('a sequence');
    if (this.accepts(defName, 'scalar')) {
      const c = scalarChoices(this.schema, defName);
      if (c.constants.length && !c.kinds.size) want.push(`one of ${list(c.constants)}`);
      else want.push(...[...c.kinds].map((k) => (k === 'non-empty string' ? 'a string' : k === 'any' ? 'a value' : `a ${k}`)));
    }
    const n = (node as Node | null) ?? loc.key;
    if (kindOf(node) === 'null' && !this.accepts(defName, 'scalar')) return this.emptySection(node, loc, want[0] === 'a sequence' ? 'sequence' : 'mapping');
    this.report('value-type', n, `${loc.label} must be ${[...new Set(want)].join(' or ') || 'something else'}, but it is ${describe(node)}`);
  }

  private badScalar(node: Scalar, defName: string, loc: Loc): void {
    const c = scalarChoices(this.schema, defName);
    const text = scalarText(node) ?? '';
    // Route domain-specific values to their rules.
    if (defName === 'on-string-strict') return this.unknownEvent(node, text);
    if (loc.parentDef === 'permissions-mapping' || defName === 'permissions') return this.badPermission(node, text, loc, c.constants);
    if (/-activity(-type)?$/.test(defName)) return this.badActivity(node, text, loc, c.constants);
    if (kindOf(node) === 'null' || (text.trim() === '' && c.kinds.has('non-empty string') && c.constants.length === 0))
      return this.report('value-type', node ?? loc.key, `${loc.label} should not be an empty string`);
    const parts: string[] = [];
    if (c.constants.length) parts.push(`one of ${list(c.constants)}`);
    for (const k of c.kinds) parts.push(k === 'non-empty string' ? 'a non-empty string' : `a ${k}`);
    if (this.accepts(defName, 'mapping')) parts.push('a mapping');
    if (this.accepts(defName, 'sequence')) parts.push('a sequence');
    // Never suggest a retired runtime (node12, node16) for `runs.using`.
    const suggestion = c.constants.length ? closest(text, defName === 'using' ? c.constants.filter((x) => !/^node1[26]$/.test(x)) : c.constants) : undefined;
    this.report('value-type', node, `${loc.label} must be ${parts.join(' or ')}, but it is ${describe(node)}` + didYouMean(suggestion, 'yaml'), {
      fixes: suggestionFix(this.model.rangeOf(node), suggestion),
    });
  }

  private unknownEvent(node: Node, name: string): void {
    const lower = EVENT_NAMES.find((e) => e.toLowerCase() === name.toLowerCase());
    const suggestion = lower ?? closest(name, EVENT_NAMES);
    this.report(
      'unknown-event',
      node,
      `unknown Webhook event ${q(name)}` + (suggestion ? didYouMean(suggestion, 'yaml') : `; see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows for the list of events`),
      // The event written in another case (`Push`): GitHub's names are case-sensitive and this is the only one meant.
      { fixes: suggestionFix(this.model.rangeOf(node), suggestion, lower ? { safety: 'safe' } : {}) },
    );
  }

  private badPermission(node: Scalar, text: string, loc: Loc, allowed: string[]): void {
    if (loc.parentDef === 'permissions-mapping') {
      const cased = allowed.find((a) => a === text.toLowerCase());
      const suggestion = cased ?? closest(text, allowed);
      this.report('permissions', node, `${q(text)} is invalid as permission of scope ${q(loc.keyName)}. available values are ${list(allowed)}`, {
        fixes: suggestionFix(this.model.rangeOf(node), suggestion, cased ? { safety: 'safe' } : {}),
      });
    } else {
      const cased = ['read-all', 'write-all'].find((a) => a === text.toLowerCase());
      const suggestion = cased ?? closest(text, ['read-all', 'write-all']);
      this.report('permissions', node, `${q(text)} is invalid for permission for all the scopes. available values are "read-all", "write-all" or {}`, {
        fixes: suggestionFix(this.model.rangeOf(node), suggestion, cased ? { safety: 'safe' } : {}),
      });
    }
  }

  private badActivity(node: Scalar, text: string, loc: Loc, allowed: string[]): void {
    const suggestion = closest(text, allowed);
    this.report('event-filter', node, `invalid activity type ${q(text)} for ${q(loc.event ?? '?')} Webhook event. available types are ${list(allowed)}`, {
      fixes: suggestionFix(this.model.rangeOf(node), suggestion),
    });
  }

  private checkScalar(node: unknown, defName: string, def: Def, loc: Loc): void {
    const kind = kindOf(node);
    if (kind === 'mapping' || kind === 'sequence') {
      if (defName === 'on-string-strict' && kind === 'mapping') return; // handled by the mapping form
      return this.report('value-type', node as Node, `${loc.label} must be ${this.scalarWord(def)}, but it is ${describe(node)}`);
    }
    if (this.scalarOk(node as Scalar, defName)) {
      this.checkRange(node as Scalar, loc);
      return;
    }
    if (kind === 'null' && !def.string?.['require-non-empty'] && def.string?.constant === undefined && !def['allowed-values'] && !def.boolean && !def.number && !def.string)
      return;
    this.badScalar(node as Scalar, defName, loc);
  }

  private scalarWord(def: Def): string {
    if (def.boolean) return 'a boolean';
    if (def.number) return 'a number';
    if (def['allowed-values']) return `one of ${list(def['allowed-values'])}`;
    if (def.string?.constant !== undefined) return q(def.string.constant);
    return 'a string';
  }

  /** Numbers GitHub requires to be positive. */
  private checkRange(node: Scalar, loc: Loc): void {
    if ((loc.keyName === 'timeout-minutes' || loc.keyName === 'max-parallel') && kindOf(node) !== 'string') {
      const v = Number(node.value);
      if (!isNaN(v) && v <= 0) this.report('value-type', node, `value at ${q(loc.keyName)} must be greater than zero: ${v}`);
      else if (loc.keyName === 'max-parallel' && !Number.isInteger(v)) this.report('value-type', node, `value at "max-parallel" must be an integer: ${v}`);
    }
  }

  private checkSequence(node: unknown, defName: string, def: Def, loc: Loc): void {
    const kind = kindOf(node);
    if (kind === 'null') return this.emptySection(node, loc, 'sequence');
    if (kind !== 'sequence') {
      if (defName === 'on-sequence-strict') return;
      return this.report('value-type', node as Node, `${loc.label} must be a sequence, but it is ${describe(node)}`);
    }
    const seq = node as YAMLSeq;
    this.path.push(seq);
    try {
      this.checkItems(seq, defName, def, loc);
    } finally {
      this.path.pop();
    }
  }

  private checkItems(seq: YAMLSeq, defName: string, def: Def, loc: Loc): void {
    if (seq.items.length === 0 && loc.keyName !== 'args') {
      this.report('value-type', seq, `${loc.label} should not be empty`, { severity: 'warning' });
    }
    const item = def.sequence!['item-type'];
    const itemLabel = loc.keyName === 'steps' ? 'step' : `element of ${loc.label}`;
    const itemLoc = new Where(undefined, loc.keyName, defName, loc.event, itemLabel, undefined);
    for (const it of seq.items) this.check(it, item, itemLoc);
  }

  private checkMapping(node: unknown, defName: string, def: Def, loc: Loc): void {
    const kind = kindOf(node);
    if (kind !== 'mapping') {
      if (kind === 'null') return this.emptySection(node, loc, 'mapping');
      return this.report('value-type', node as Node, `${loc.label} must be a mapping, but it is ${describe(node)}`);
    }
    const map = node as YAMLMap;
    this.path.push(map);
    try {
      this.checkPairs(map, defName, def, loc);
    } finally {
      this.path.pop();
    }
  }

  private checkPairs(map: YAMLMap, defName: string, def: Def, loc: Loc): void {
    const info = this.info(defName);
    const props = info.props;
    const looseKey = def.mapping!['loose-key-type'];
    const looseValue = def.mapping!['loose-value-type'];
    // Keys so far (lower case, first occurrences) and their pairs: arrays for the usual few keys, a Map for more.
    const lowers: string[] = [];
    const firsts: Pair[] = [];
    let index: Map<string, number> | undefined;
    /** Exact names of the scalar keys (for the required keys). */
    const names: string[] = [];
    const known = info.known;
    const child = new Where(undefined, '', defName, undefined, undefined, loc);
    const childLoc = (name: string, keyNode: Node | null): Where => {
      child.key = keyNode ?? undefined;
      child.keyName = name;
      child.event = defName === 'on-mapping-strict' ? name : loc.event;
      return child;
    };
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair)) {
        this.report('yaml-anchor', pair.key as Node, 'GitHub Actions does not support the YAML merge key "<<"; write the keys out (or use an anchor for the whole value)');
        continue;
      }
      const keyNode = pair.key as Node | null;
      const name = scalarText(keyNode);
      if (name === undefined) continue;
      if (info.required.length) names.push(name);
      // Duplicates: GitHub compares keys without regard to case.
      const lower = name.toLowerCase();
      const at = index ? (index.get(lower) ?? -1) : lowers.indexOf(lower);
      const prev = at >= 0 ? firsts[at] : undefined;
      if (prev) {
        const r = this.model.keyRange(prev);
        const ci = scalarText(prev.key) !== name || !!looseKey;
        this.report(
          'duplicate-key',
          keyNode,
          `key ${q(name)} is duplicated in ${mappingLabel(defName, loc)}. previously defined at line:${r.start.line + 1},col:${r.start.character + 1}` + (ci ? '. note that this key is case insensitive' : ''),
        );
      } else {
        if (index) index.set(lower, lowers.length);
        else if (lowers.length === 16) index = new Map(lowers.map((l, i) => [l, i])).set(lower, 16);
        lowers.push(lower);
        firsts.push(pair);
      }
      const value = pair.value as Node | null;
      // `name in props`: props is a plain object, so its own keys or Object.prototype's.
      const own = info.types.get(name);
      if (own !== undefined || name in Object.prototype) {
        const t = own ?? propType(props[name]);
        this.check(value, t, childLoc(name, keyNode));
        continue;
      }
      if (looseKey) {
        if (looseKey !== 'string' && looseKey !== 'any') this.check(keyNode, looseKey, new Where(keyNode ?? undefined, name, loc.parentDef, loc.event, `key of ${mappingLabel(defName, loc)}`, undefined));
        if (looseValue) this.check(value, looseValue, childLoc(name, keyNode));
        continue;
      }
      this.unknownKey(map, pair, name, defName, known, new Map(lowers.map((l, i) => [l, firsts[i]])), mappingLabel(defName, loc), loc);
    }
    // Required keys.
    for (const k of info.required) {
      if (names.includes(k)) continue;
      if (lowers.includes(k)) continue; // reported as a case mismatch
      this.missing(map, k, defName, mappingLabel(defName, loc), loc);
    }
    this.afterMapping(map, defName, loc);
  }

  private unknownKey(map: YAMLMap, pair: Pair, name: string, defName: string, known: string[], present: Map<string, Pair>, label: string, loc: Loc): void {
    const keyNode = pair.key as Node;
    const range = this.model.keyRange(pair);
    if (defName === 'on-mapping-strict') return this.unknownEvent(keyNode, name);
    if (defName === 'permissions-mapping') {
      const cased = known.find((k) => k === name.toLowerCase());
      const suggestion = cased ?? closest(name, known);
      const taken = !!suggestion && map.items.some((p) => p !== pair && isPair(p) && scalarText(p.key as Node | null) === suggestion);
      return this.report('permissions', keyNode, `unknown permission scope ${q(name)}. all available permission scopes are ${list(known)}` + didYouMean(suggestion, 'yaml'), {
        fixes: taken ? undefined : suggestionFix(range, suggestion, cased ? { safety: 'safe' } : {}),
      });
    }
    if (loc.event && FILTER_EVENTS[name] && defName.endsWith('-mapping') && !known.includes(name)) {
      const where = FILTER_EVENTS[name];
      return this.report('event-filter', keyNode, `${q(name)} filter is not available for ${loc.event} event. it is only for ${where.join(', ')} event${where.length > 1 ? 's' : ''}`);
    }
    if (loc.event && name === 'types' && defName.endsWith('-mapping') && !known.includes(name)) {
      return this.report('event-filter', keyNode, `${loc.event} event does not have activity types; remove "types"`);
    }
    const caseMatch = known.find((k) => k.toLowerCase() === name.toLowerCase());
    const candidates = known.filter((k) => !present.has(k.toLowerCase()) || k.toLowerCase() === name.toLowerCase());
    // A typo, else the one key the name is the first word of (`timeout` → `timeout-minutes`).
    const words = candidates.filter((k) => k.toLowerCase().startsWith(`${name.toLowerCase()}-`));
    const suggestion = caseMatch ?? closest(name, candidates) ?? (words.length === 1 ? words[0] : undefined);
    // A key that belongs to the other kind of step or job.
    let hint = '';
    if (defName === 'run-step' && ['with', 'uses'].includes(name)) hint = '; "with" and "uses" are for steps that run an action';
    else if (defName === 'regular-step' && ['run', 'shell', 'working-directory'].includes(name)) hint = `; ${q(name)} is only for steps that run a script with "run"`;
    else if (RUNS_KINDS[defName] && !caseMatch) {
      // A key of another kind of action: say which, since the kind comes from `using`.
      const other = Object.keys(RUNS_KINDS).find((d) => d !== defName && name in (this.def(d).mapping?.properties ?? {}));
      const using = scalarText(map.items.find((p) => isPair(p) && scalarText(p.key) === 'using')?.value);
      if (other && using) hint = `; ${q(name)} belongs to ${RUNS_KINDS[other]}, but "using: ${using}" makes this ${RUNS_KINDS[defName]}. expected one of ${list(known)}`;
    } else if (defName === 'workflow-job' && name in (this.def('job-factory').mapping?.properties ?? {}))
      hint = `; when a reusable workflow is called with "uses", ${q(name)} is not available. only ${list(known)} are allowed`;
    else if (defName === 'job-factory' && name in (this.def('workflow-job').mapping?.properties ?? {}))
      hint = `; ${q(name)} is only available for a reusable workflow call with "uses" but "uses" is not found in ${label}`;
    const message = caseMatch
      ? `unexpected key ${q(name)} for ${label}. keys are case-sensitive` + didYouMean(caseMatch, 'yaml')
      : `unexpected key ${q(name)} for ${label}${hint ? hint : `. expected one of ${list(known)}`}` + (hint ? '' : didYouMean(suggestion, 'yaml'));
    // No rename to a key the mapping has elsewhere (before or after this one): that makes a duplicate key, which
    // GitHub rejects and YAML parsers refuse.
    const taken = !!suggestion && map.items.some((p) => p !== pair && isPair(p) && scalarText(p.key as Node | null)?.toLowerCase() === suggestion.toLowerCase());
    this.report('unknown-key', keyNode, message, {
      // A key written in another case (`Runs-On`): keys are case-sensitive and this is the one meant.
      fixes: !hint && !taken ? suggestionFix(range, suggestion, caseMatch && suggestion === caseMatch ? { safety: 'safe' } : {}) : undefined,
    });
  }

  private missing(map: YAMLMap, key: string, defName: string, label: string, loc: Loc): void {
    const at = loc.key ?? (map.items[0]?.key as Node | undefined) ?? map;
    if (defName === 'workflow-root-strict') {
      return this.report('missing-key', (map.items[0]?.key as Node) ?? map, `${q(key)} section is missing in workflow`);
    }
    if ((defName === 'run-step' || defName === 'regular-step') && (key === 'run' || key === 'uses')) {
      return this.report('missing-key', map, 'step must run a script with "run" or run an action with "uses"');
    }
    this.report('missing-key', at, `${q(key)} is missing in ${label}`, { fixes: this.addKeyFix(map, key, defName) });
  }

  /**
   * "Add `key: value`" for required keys that have a value almost everyone wants; inserted as the mapping's first key,
   * at its indentation. No fix where a guess would be wrong (an image, an output's value).
   */
  private addKeyFix(map: YAMLMap, key: string, defName: string): Fix[] | undefined {
    const defaults: Record<string, string> = {
      'runs-on': 'ubuntu-latest',
      shell: 'bash',
      group: '${{ github.workflow }}-${{ github.ref }}',
    };
    let value = defaults[key];
    if (key === 'type' && defName.includes('input')) value = 'string';
    const first = map.items[0]?.key as Node | undefined;
    if (value === undefined || map.flow || !first?.range) return undefined;
    const start = this.model.rangeOf(first).start;
    return [
      {
        title: `Add "${key}: ${value}"`,
        preferred: true,
        edits: [{ range: { start, end: start }, newText: `${key}: ${value}\n${' '.repeat(start.character)}` }],
      },
    ];
  }

  /** Checks that need the whole mapping. */
  private afterMapping(map: YAMLMap, defName: string, loc: Loc): void {
    const get = (k: string) => map.items.find((p) => scalarText(p.key) === k);
    if (defName === 'container-registry-credentials') {
      const u = get('username');
      const p = get('password');
      if (!!u !== !!p) this.report('missing-key', loc.key ?? map, `both "username" and "password" must be specified in "credentials" section`);
    }
    if (defName === 'container-mapping' || defName === 'service-container-mapping') {
      if (!get('image')) this.report('missing-key', loc.key ?? map, `"image" is missing in ${mappingLabel(defName, loc)}`);
    }
    if (defName === 'job-factory' && !get('steps')) {
      this.report('missing-key', loc.key ?? map, `"steps" section is missing in ${mappingLabel(defName, loc)}`);
    }
    if ((defName === 'workflow-defaults' || defName === 'job-defaults') && map.items.length === 0) {
      this.report('value-type', map, `"defaults" section should have a "run" section`, { severity: 'warning' });
    }
    if (map.items.length === 0 && ['regular-step', 'run-step', 'container-mapping', 'container-registry-credentials', 'step-with', 'workflow-defaults-run', 'job-defaults-run'].includes(defName)) {
      if (!defName.endsWith('step')) this.report('value-type', map, `${mappingLabel(defName, loc)} should not be empty; remove it if it is unnecessary`, { severity: 'warning' });
    }
  }
}

const SCHEMA = memoKey<StructDiag[]>('wfs:schema');

/** Structural diagnostics of the document, computed once per version. */
export function structuralDiagnostics(model: WorkflowModel): StructDiag[] {
  return model.memoize(SCHEMA, () => {
    if (model.errors.length) return [];
    const v = new Validator(model, model.kind === 'action' ? ACTION_SCHEMA : WORKFLOW_SCHEMA);
    const contents = model.doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
      v.report('missing-key', null, model.kind === 'action' ? 'action metadata is empty' : 'workflow is empty');
      return v.diags;
    }
    const root = model.kind === 'action' ? 'action-root-strict' : 'workflow-root-strict';
    v.check(contents, root, new Where(undefined, '', undefined, undefined, model.kind === 'action' ? 'action metadata' : 'workflow', undefined));
    return v.diags;
  });
}

/** Reports the structural diagnostics of one rule. */
export function reportStructural(ctx: { model: WorkflowModel; report: (r: { message: string; range: Range; severity?: Severity; fixes?: Fix[] }) => void }, rule: StructRuleId): void {
  for (const d of structuralDiagnostics(ctx.model)) if (d.rule === rule) ctx.report({ message: d.message, range: d.range, severity: d.severity, fixes: d.fixes });
}
