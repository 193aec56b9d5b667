// The shape of a workflow (or an action's composite steps) as the editor and the rules need it: jobs, steps,
// ids, `uses`, `needs`, with the YAML nodes and ranges. Computed once per document version (memoized) and
// tolerant of any malformed input (missing pieces are simply absent). Aliases are followed.
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../yaml/nodes';
import type { Range } from '../engine/types';
import { resolveAlias } from '../yaml/aliases';
import type { WorkflowModel } from './model';
import { memoKey } from '../engine/memo';

export interface StepInfo {
  /** 0-based position in `steps`. */
  index: number;
  node: YAMLMap;
  id?: string;
  idNode?: Scalar;
  name?: string;
  uses?: string;
  usesNode?: Scalar;
  run?: string;
  runNode?: Scalar;
  shellNode?: Scalar;
  with?: YAMLMap;
  /** Key pairs of the step, by name. */
  pairs: Map<string, Pair>;
}

export interface NeedInfo {
  name: string;
  node: Scalar;
}

export interface JobInfo {
  id: string;
  keyNode: Scalar;
  keyRange: Range;
  node?: YAMLMap;
  pairs: Map<string, Pair>;
  needs: NeedInfo[];
  /** `uses:` of a reusable-workflow call job. */
  uses?: string;
  usesNode?: Scalar;
  steps: StepInfo[];
  runsOn?: Node;
}

export interface WorkflowStructure {
  /** The root mapping. */
  root?: YAMLMap;
  on?: Node;
  /** Event names in `on:`, with the node naming each. */
  events: { name: string; node: Scalar; config?: Node }[];
  jobsNode?: YAMLMap;
  jobs: JobInfo[];
  jobById: Map<string, JobInfo>;
  /** action.yml: `runs:` mapping and composite steps. */
  runs?: YAMLMap;
  actionSteps: StepInfo[];
  /**
   * Set when jobs that alias one list of steps add up to more than MAX_EXPANDED_STEPS: the steps of the jobs from
   * `firstJobLeftOut` on are left out (`steps` empty), so that rules and features stay linear in the text.
   */
  stepsLeftOut?: { total: number; firstJobLeftOut: JobInfo };
}

/**
 * Steps of all jobs together (a job that aliases another's `steps:` counts them again) that Slipway checks one by
 * one. GitHub runs at most 256 jobs of a workflow, and real ones have a few hundred steps in all; a few hundred
 * kilobytes of jobs aliasing one list of thousands of steps are tens of millions.
 */
export const MAX_EXPANDED_STEPS = 100_000;

/** Follows aliases (one level at a time, guarding against cycles). */
export function resolve(model: WorkflowModel, node: unknown): unknown {
  let n = node;
  for (let i = 0; i < 8 && isAlias(n); i++) n = resolveAlias(model.doc, n);
  return isAlias(n) ? undefined : n;
}

export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined || typeof v === 'symbol') return undefined;
  return String(v);
}

/**
 * The key tables built so far, per mapping: the structure, the rules and the features ask for the same jobs' and
 * steps' keys, each once per node (the document is never changed after the parse; the table lives as long as it).
 */
const pairTables = new WeakMap<YAMLMap, Map<string, Pair>>();

/** The pairs of a mapping by (exact) key; the first of duplicates wins. Built once per mapping: do not change it. */
export function pairsOf(model: WorkflowModel, map: YAMLMap | undefined): Map<string, Pair> {
  return map ? keyTable(map) : new Map<string, Pair>();
}

/** pairsOf for code without a model at hand (the table depends on the mapping alone). */
export function keyTable(map: YAMLMap): Map<string, Pair> {
  let out = pairTables.get(map);
  if (out) return out;
  out = new Map<string, Pair>();
  for (const p of map.items) {
    if (!isPair(p)) continue;
    const k = scalarString(p.key);
    if (k !== undefined && !out.has(k)) out.set(k, p);
  }
  pairTables.set(map, out);
  return out;
}

export function mapValue(model: WorkflowModel, pair: Pair | undefined): YAMLMap | undefined {
  const v = resolve(model, pair?.value);
  return isMap(v) ? (v as YAMLMap) : undefined;
}

const STEPS_BY_SEQ = memoKey<WeakMap<object, StepInfo[]>>('wfs:stepsBySeq');

function stepsOf(model: WorkflowModel, node: unknown): StepInfo[] {
  const seq = resolve(model, node);
  if (!isSeq(seq)) return [];
  // Jobs that alias one `steps:` share its steps (made once, not once per job).
  const known = model.memoize(STEPS_BY_SEQ, () => new WeakMap<object, StepInfo[]>());
  let out = known.get(seq);
  if (out) return out;
  known.set(seq, (out = []));
  const steps = out;
  seq.items.forEach((raw, index) => {
    const item = resolve(model, raw);
    if (!isMap(item)) return;
    const pairs = pairsOf(model, item as YAMLMap);
    const sc = (k: string) => {
      const v = resolve(model, pairs.get(k)?.value);
      return isScalar(v) ? (v as Scalar) : undefined;
    };
    const idNode = sc('id');
    const usesNode = sc('uses');
    const runNode = sc('run');
    steps.push({
      index,
      node: item as YAMLMap,
      id: scalarString(idNode),
      idNode,
      name: scalarString(sc('name')),
      uses: scalarString(usesNode),
      usesNode,
      run: scalarString(runNode),
      runNode,
      shellNode: sc('shell'),
      with: mapValue(model, pairs.get('with')),
      pairs,
    });
  });
  return out;
}

const STRUCTURE = memoKey<WorkflowStructure>('wfs:structure');

export function workflowStructure(model: WorkflowModel): WorkflowStructure {
  return model.memoize(STRUCTURE, () => {
    const s: WorkflowStructure = { events: [], jobs: [], jobById: new Map(), actionSteps: [] };
    const root = resolve(model, model.doc.contents);
    if (!isMap(root)) return s;
    s.root = root as YAMLMap;
    const top = pairsOf(model, s.root);
    if (model.kind === 'action') {
      s.runs = mapValue(model, top.get('runs'));
      if (s.runs) s.actionSteps = stepsOf(model, pairsOf(model, s.runs).get('steps')?.value);
      return s;
    }
    const on = resolve(model, top.get('on')?.value) as Node | undefined;
    s.on = on ?? undefined;
    if (isScalar(on) && typeof on.value === 'string') s.events.push({ name: on.value, node: on });
    else if (isSeq(on)) {
      for (const it of on.items) {
        const r = resolve(model, it);
        if (isScalar(r) && typeof r.value === 'string') s.events.push({ name: r.value, node: r as Scalar });
      }
    } else if (isMap(on)) {
      for (const p of (on as YAMLMap).items) {
        const k = scalarString(p.key);
        if (k !== undefined && isScalar(p.key)) s.events.push({ name: k, node: p.key as Scalar, config: (resolve(model, p.value) as Node) ?? undefined });
      }
    }
    const jobs = mapValue(model, top.get('jobs'));
    s.jobsNode = jobs;
    for (const p of jobs?.items ?? []) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const id = scalarString(p.key);
      if (id === undefined) continue;
      const node = resolve(model, p.value);
      const map = isMap(node) ? (node as YAMLMap) : undefined;
      const pairs = pairsOf(model, map);
      const needs: NeedInfo[] = [];
      const nv = resolve(model, pairs.get('needs')?.value);
      if (isScalar(nv) && scalarString(nv)) needs.push({ name: scalarString(nv)!, node: nv as Scalar });
      else if (isSeq(nv))
        for (const it of nv.items) {
          const r = resolve(model, it);
          if (isScalar(r) && scalarString(r)) needs.push({ name: scalarString(r)!, node: r as Scalar });
        }
      const usesNode = resolve(model, pairs.get('uses')?.value);
      const job: JobInfo = {
        id,
        keyNode: p.key as Scalar,
        keyRange: model.keyRange(p),
        node: map,
        pairs,
        needs,
        uses: scalarString(usesNode),
        usesNode: isScalar(usesNode) ? (usesNode as Scalar) : undefined,
        steps: stepsOf(model, pairs.get('steps')?.value),
        runsOn: (resolve(model, pairs.get('runs-on')?.value) as Node) ?? undefined,
      };
      s.jobs.push(job);
      if (!s.jobById.has(id.toLowerCase())) s.jobById.set(id.toLowerCase(), job);
    }
    let total = 0;
    for (const job of s.jobs) total += job.steps.length;
    if (total > MAX_EXPANDED_STEPS) {
      let kept = 0;
      for (const job of s.jobs) {
        if (s.stepsLeftOut || kept + job.steps.length > MAX_EXPANDED_STEPS) {
          s.stepsLeftOut ??= { total, firstJobLeftOut: job };
          job.steps = [];
        } else kept += job.steps.length;
      }
    }
    return s;
  });
}

const ALL_STEPS = memoKey<{ job?: JobInfo; step: StepInfo }[]>('wfs:allSteps');

/** All steps of the document: every job's, or the composite action's. */
export function allSteps(model: WorkflowModel): readonly { job?: JobInfo; step: StepInfo }[] {
  return model.memoize(ALL_STEPS, () => {
    const s = workflowStructure(model);
    if (model.kind === 'action') return s.actionSteps.map((step) => ({ step }));
    return s.jobs.flatMap((job) => job.steps.map((step) => ({ job, step })));
  });
}

/** The `shell:` pair of a workflow's or job's `defaults.run`. */
export function defaultsShellPair(model: WorkflowModel, map: YAMLMap | undefined): Pair | undefined {
  return pairsOf(model, mapValue(model, pairsOf(model, mapValue(model, pairsOf(model, map).get('defaults'))).get('run'))).get('shell');
}

/**
 * The shell written for a step: its own `shell:`, else `defaults.run.shell` of its job, else of the workflow (a
 * composite action's step has only its own). undefined: none is written (the runner's default applies); null: the
 * first one written is not a plain string.
 */
export function declaredShell(model: WorkflowModel, job: JobInfo | undefined, step: StepInfo): string | null | undefined {
  const pairs = [step.pairs.get('shell'), job ? defaultsShellPair(model, job.node) : undefined, job && model.kind === 'workflow' ? defaultsShellPair(model, workflowStructure(model).root) : undefined];
  for (const pair of pairs) if (pair) return scalarString(resolve(model, pair.value)) ?? null;
  return undefined;
}
