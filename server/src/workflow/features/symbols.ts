// What names a workflow defines where: jobs and their outputs, steps with ids and their outputs, matrix keys,
// env variables, inputs and secrets, and every `needs.<job>` / `steps.<id>` / `matrix.<key>` read in expressions.
// Used by completion, hover and navigation.
import type { Node, Pair, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Range } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { parseActionRef, popularAction } from '../actions-data';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from '../structure';
import type { PathSeg } from './context';
import { accessPaths, scalarExpressions, walkScalars } from './expressions';
import { memoKey } from '../../engine/memo';

export interface Located {
  name: string;
  range: Range;
  detail?: string;
}

/** The job and step the path points into (by the job key and the `-` of the step). */
export function jobAndStep(model: WorkflowModel, path: PathSeg[]): { job?: JobInfo; step?: StepInfo; steps: StepInfo[] } {
  const s = workflowStructure(model);
  let job: JobInfo | undefined;
  let steps: StepInfo[] = [];
  let stepSeg: PathSeg | undefined;
  if (model.kind === 'action') {
    steps = s.actionSteps;
    if (path[0]?.key === 'runs' && path[1]?.key === 'steps' && path[2]?.key === '-') stepSeg = path[2];
  } else if (path[0]?.key === 'jobs' && path[1]) {
    job = s.jobs.find((j) => j.id === path[1].key);
    steps = job?.steps ?? [];
    if (path[2]?.key === 'steps' && path[3]?.key === '-') stepSeg = path[3];
  }
  const step = stepSeg ? steps.find((st) => model.rangeOf(st.node).start.line === stepSeg!.line) : undefined;
  return { job, step, steps };
}

/** Outputs a step produces, as far as can be known. */
export function stepOutputs(step: StepInfo): string[] {
  if (step.uses) {
    const ref = parseActionRef(step.uses.trim());
    const meta = ref ? popularAction(ref.name) : undefined;
    return meta?.outputs ?? [];
  }
  const out = new Set<string>();
  for (const m of (step.run ?? '').matchAll(/([A-Za-z_][\w-]*)=[^\n]*?>>\s*"?\$\{?GITHUB_OUTPUT/g)) out.add(m[1]);
  return [...out];
}

/** Ids of jobs that (transitively) need `id`, and `id` itself: these may not be added to its `needs`. */
export function dependents(model: WorkflowModel, id: string): Set<string> {
  const jobs = workflowStructure(model).jobs;
  const out = new Set<string>([id.toLowerCase()]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const j of jobs) {
      if (out.has(j.id.toLowerCase())) continue;
      if (j.needs.some((n) => out.has(n.name.toLowerCase()))) {
        out.add(j.id.toLowerCase());
        grew = true;
      }
    }
  }
  return out;
}

export function jobOutputs(model: WorkflowModel, job: JobInfo): Located[] {
  return (mapValue(model, job.pairs.get('outputs'))?.items ?? [])
    .map((p) => ({ name: scalarString(p.key) ?? '', range: model.keyRange(p as Pair), detail: scalarString(resolve(model, p.value)) }))
    .filter((x) => x.name);
}

/** Matrix keys of a job (rows and `include` keys), with where each is first written. */
export function matrixKeys(model: WorkflowModel, job: JobInfo): Located[] {
  const out: Located[] = [];
  const matrix = mapValue(model, pairsOf(model, mapValue(model, job.pairs.get('strategy'))).get('matrix'));
  for (const p of matrix?.items ?? []) {
    const k = scalarString(p.key);
    if (k === undefined) continue;
    if (k === 'include' || k === 'exclude') {
      if (k === 'exclude') continue;
      const seq = resolve(model, p.value);
      if (!isSeq(seq)) continue;
      for (const it of seq.items) {
        const m = resolve(model, it);
        if (!isMap(m)) continue;
        for (const ip of (m as YAMLMap).items) {
          const n = scalarString(ip.key);
          if (n !== undefined && !out.some((o) => o.name === n)) out.push({ name: n, range: model.keyRange(ip as Pair) });
        }
      }
      continue;
    }
    if (!out.some((o) => o.name === k)) {
      const v = resolve(model, p.value);
      out.push({ name: k, range: model.keyRange(p as Pair), detail: isSeq(v) ? v.items.map((x) => scalarString(resolve(model, x)) ?? '…').join(', ') : undefined });
    }
  }
  return out;
}

function keysOf(model: WorkflowModel, map: YAMLMap | undefined): Located[] {
  return (map?.items ?? []).map((p) => ({ name: scalarString(p.key) ?? '', range: model.keyRange(p as Pair), detail: scalarString(resolve(model, p.value)) })).filter((x) => x.name);
}

/** env variables visible at a step (workflow, job, step), innermost last. */
export function envKeys(model: WorkflowModel, job?: JobInfo, step?: StepInfo): Located[] {
  const root = workflowStructure(model).root;
  return [
    ...keysOf(model, mapValue(model, pairsOf(model, root).get('env'))),
    ...(job ? keysOf(model, mapValue(model, job.pairs.get('env'))) : []),
    ...(step ? keysOf(model, mapValue(model, step.pairs.get('env'))) : []),
  ];
}

export function secretKeys(model: WorkflowModel): Located[] {
  const s = workflowStructure(model);
  const ev = s.events.find((e) => e.name === 'workflow_call');
  return isMap(ev?.config) ? keysOf(model, mapValue(model, pairsOf(model, ev!.config as YAMLMap).get('secrets'))) : [];
}

/** An access `ctx.name` written in an expression, with the range of `name`. */
export interface ExprRef {
  context: 'needs' | 'steps' | 'matrix' | 'jobs';
  name: string;
  range: Range;
  /** The job the expression is in (for steps and matrix). */
  job?: JobInfo;
}

/**
 * The `needs.x`, `jobs.x`, `steps.x` and `matrix.x` read in one scalar (in `${{ }}`, or anywhere in an `if:`
 * condition), found with the expression parser: names inside string literals are not references, and `x` is
 * placed exactly even in quoted and block scalars (a name written with escapes has no exact place: left out).
 */
function scalarRefs(model: WorkflowModel, n: Scalar, isIf: boolean, job: JobInfo | undefined, out: ExprRef[]): void {
  const se = scalarExpressions(model, n, isIf);
  if (!se) return;
  for (const e of se.exprs) {
    for (const p of accessPaths(se, e)) {
      const ctx = p.segs[0].name.toLowerCase();
      const name = p.segs[1];
      if (!name || name.start === undefined || (ctx !== 'needs' && ctx !== 'steps' && ctx !== 'matrix' && ctx !== 'jobs')) continue;
      out.push({ context: ctx, name: name.name, range: model.lines.range(name.start, name.end!), job });
    }
  }
}

/**
 * Walks `roots` (with the job they belong to) following aliases, and collects the references of every scalar.
 * Each node is visited once per walk (once as an `if:` value for scalars): anchors that alias each other nine
 * times over nine levels stand for 9^9 nodes, and the walk must cost what the text costs, not what it expands to.
 * A node reached again (through another alias) adds nothing: its text, hence its references, is the same.
 */
function collectRefs(model: WorkflowModel, roots: { node: unknown; job: JobInfo | undefined }[]): ExprRef[] {
  const out: ExprRef[] = [];
  const seen = { plain: new Set<unknown>(), asIf: new Set<unknown>() };
  for (const root of roots) walkScalars(model, root.node, seen, (scalar, isIf) => scalarRefs(model, scalar, isIf, root.job, out));
  return out;
}

const EXPR_REFS = memoKey<ExprRef[]>('wfe:exprRefs');

/**
 * Every `needs.x`, `steps.x` and `matrix.x` read in `${{ }}` or `if:` conditions of the document, each written
 * place once: text shared through an alias counts for the first job that reaches it, in document order (see
 * `jobExpressionRefs` for everything one job reads).
 */
export function expressionRefs(model: WorkflowModel): ExprRef[] {
  return model.memoize(EXPR_REFS, () => {
    const s = workflowStructure(model);
    if (model.kind === 'action') return collectRefs(model, [{ node: s.root, job: undefined }]);
    const roots: { node: unknown; job: JobInfo | undefined }[] = [];
    for (const p of s.root?.items ?? []) if (scalarString(p.key) !== 'jobs') roots.push({ node: p.value, job: undefined });
    for (const job of s.jobs) if (job.node) roots.push({ node: job.node, job });
    return collectRefs(model, roots);
  });
}

const JOB_EXPR_REFS = memoKey<WeakMap<JobInfo, ExprRef[]>>('wfe:jobExprRefs');

/** What one job reads (its own text, and anchors it aliases even when another job reached them first). */
export function jobExpressionRefs(model: WorkflowModel, job: JobInfo): ExprRef[] {
  const byJob = model.memoize(JOB_EXPR_REFS, () => new WeakMap<JobInfo, ExprRef[]>());
  let refs = byJob.get(job);
  if (!refs) byJob.set(job, (refs = job.node ? collectRefs(model, [{ node: job.node, job }]) : []));
  return refs;
}

/** The job key or `needs:` entry or step id under a range, for navigation. */
export function nodeAt(model: WorkflowModel, offset: number, node: Node | null | undefined): boolean {
  return !!node?.range && node.range[0] <= offset && offset <= node.range[1];
}

export function scalarAt(model: WorkflowModel, offset: number, node: Scalar | undefined): boolean {
  return !!node?.range && node.range[0] <= offset && offset <= node.range[1];
}
