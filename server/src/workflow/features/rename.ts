// Rename in workflows and action.yml: job ids (the key, `needs:` entries, `needs.<id>` and `jobs.<id>` in
// expressions), job outputs (`needs.<id>.outputs.<name>`, `jobs.<id>.outputs.<name>`), step ids (`id:` and `steps.<id>` of the same job or composite action), matrix keys (rows,
// include/exclude entries, `matrix.<key>` of the job), and the inputs and outputs of a reusable workflow
// (`on.workflow_call`), with their callers in the repository (`with:` keys, `needs.<job>.outputs.<name>`).
// Refuses invalid and taken names, with the reason.
import * as path from 'node:path';
import type { Pair, Scalar, YAMLMap } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-textdocument';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import { WORKFLOWS_DIR } from '../../engine/languages';
import type { Range } from '../../engine/types';
import type { OpenFiles } from '../../features/openFiles';
import { WorkflowModel } from '../model';
import { localUses, projectRoot } from '../localFiles';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from '../structure';
import { accessPaths, documentExpressions } from './expressions';
import { expressionRefs, jobExpressionRefs } from './symbols';

export type RenameResult<T> = { ok: T } | { error: string };

/** Edits of one file: `path` undefined for the document renamed in. */
export interface FileEdits {
  path?: string;
  edits: TextEdit[];
}

/** Job and step ids (GitHub: "must start with a letter or _ and contain only alphanumeric characters, -, or _"). */
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;

const NOTHING = 'Only job ids and outputs, step ids, matrix keys and the inputs and outputs of a reusable workflow (on.workflow_call) can be renamed.';

type Sym =
  | { kind: 'job'; id: string }
  | { kind: 'step'; id: string; job?: JobInfo }
  | { kind: 'matrix'; key: string; job: JobInfo }
  /** An output of a job (`jobs.<id>.outputs`), read as `needs.<id>.outputs.<name>` and `jobs.<id>.outputs.<name>`. */
  | { kind: 'jobOutput'; name: string; job: JobInfo }
  /** An input or output of the reusable workflow `file` (undefined: this document). */
  | { kind: 'input' | 'output'; name: string; file?: string };

const lc = (s: string) => s.toLowerCase();

/**
 * The range of a scalar's text without quotes, when that text is the value itself (no escapes): the range a new
 * name can replace.
 */
function nameRange(model: WorkflowModel, n: Scalar | undefined): Range | undefined {
  const r = n?.range;
  if (!n || !r || typeof n.value !== 'string') return undefined;
  const quoted = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE';
  const a = quoted ? r[0] + 1 : r[0];
  const b = quoted ? r[1] - 1 : r[1];
  return model.text.slice(a, b) === n.value ? model.lines.range(a, b) : undefined;
}

const inRange = (r: Range | undefined, p: Position) =>
  !!r && (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) && (r.end.line > p.line || (r.end.line === p.line && r.end.character >= p.character));

/** `on.workflow_call` of a workflow and its `inputs` / `outputs` mappings. */
function workflowCall(model: WorkflowModel): { inputs?: YAMLMap; outputs?: YAMLMap } | undefined {
  const ev = workflowStructure(model).events.find((e) => e.name === 'workflow_call');
  if (!ev) return undefined;
  const pairs = isMap(ev.config) ? pairsOf(model, ev.config as YAMLMap) : new Map<string, Pair>();
  return { inputs: mapValue(model, pairs.get('inputs')), outputs: mapValue(model, pairs.get('outputs')) };
}

/** `on.workflow_dispatch.inputs`: `inputs.<name>` reads them too. */
function dispatchInputs(model: WorkflowModel): YAMLMap | undefined {
  const ev = workflowStructure(model).events.find((e) => e.name === 'workflow_dispatch');
  return isMap(ev?.config) ? mapValue(model, pairsOf(model, ev!.config as YAMLMap).get('inputs')) : undefined;
}

function keyPair(map: YAMLMap | undefined, name: string): Pair | undefined {
  return map?.items.find((p) => isScalar(p.key) && scalarString(p.key) !== undefined && lc(scalarString(p.key)!) === lc(name));
}

/** The job whose mapping holds a document offset. */
function jobAt(model: WorkflowModel, offset: number): JobInfo | undefined {
  return workflowStructure(model).jobs.find((j) => j.node?.range && j.node.range[0] <= offset && offset <= j.node.range[2]);
}

/** The steps a step id is looked up in: the job's, or the composite action's. */
function stepsOf(model: WorkflowModel, job: JobInfo | undefined): StepInfo[] {
  return job ? job.steps : workflowStructure(model).actionSteps;
}

function matrixMap(model: WorkflowModel, job: JobInfo): YAMLMap | undefined {
  return mapValue(model, pairsOf(model, mapValue(model, job.pairs.get('strategy'))).get('matrix'));
}

/** Every key of the matrix named `key`: the row, and the keys of include/exclude entries. */
function matrixKeyNodes(model: WorkflowModel, job: JobInfo, key: string): Scalar[] {
  const out: Scalar[] = [];
  for (const p of matrixMap(model, job)?.items ?? []) {
    const k = scalarString(p.key);
    if (k === undefined || !isScalar(p.key)) continue;
    if (k === 'include' || k === 'exclude') {
      const seq = resolve(model, p.value);
      if (!isSeq(seq)) continue;
      for (const it of seq.items) {
        const m = resolve(model, it);
        if (!isMap(m)) continue;
        for (const ip of (m as YAMLMap).items) if (isScalar(ip.key) && scalarString(ip.key) !== undefined && lc(scalarString(ip.key)!) === lc(key)) out.push(ip.key as Scalar);
      }
    } else if (lc(k) === lc(key)) out.push(p.key as Scalar);
  }
  return out;
}

/** The local reusable workflow a job calls, as a path relative to the repository root. */
function calledWorkflow(job: JobInfo): string | undefined {
  const local = job.uses ? localUses(job.uses) : undefined;
  return local && /\.ya?ml$/.test(local.path) ? path.posix.normalize(local.path) : undefined;
}

interface Found {
  sym: Sym;
  /** The name under the cursor. */
  range: Range;
  name: string;
}

/** The symbol under the cursor, or why there is none that can be renamed. */
function symbolAt(model: WorkflowModel, pos: Position, docPath: string | undefined, files: OpenFiles): Found | { error: string } {
  const s = workflowStructure(model);
  const offset = model.lines.offsetAt(pos);
  const jobById = (id: string) => s.jobs.find((j) => lc(j.id) === lc(id));
  // In an expression.
  for (const { scalar, se } of documentExpressions(model)) {
    const r = scalar.range;
    if (!r || offset < r[0] || offset > r[1]) continue;
    for (const e of se.exprs) {
      for (const p of accessPaths(se, e)) {
        const i = p.segs.findIndex((g, k) => k > 0 && g.start !== undefined && g.start <= offset && offset <= g.end!);
        if (i < 0) continue;
        const seg = p.segs[i];
        const range = model.lines.range(seg.start!, seg.end!);
        const ctx = lc(p.segs[0].name);
        const found = (sym: Sym): Found => ({ sym, range, name: seg.name });
        if ((ctx === 'needs' || ctx === 'jobs') && i === 1) {
          if (model.kind !== 'workflow' || !jobById(seg.name)) return { error: `There is no job "${seg.name}" in this workflow.` };
          return found({ kind: 'job', id: jobById(seg.name)!.id });
        }
        if ((ctx === 'needs' || ctx === 'jobs') && i === 3 && lc(p.segs[2].name) === 'outputs') {
          const job = jobById(p.segs[1].name);
          if (!job) return { error: `There is no job "${p.segs[1].name}" in this workflow.` };
          if (keyPair(mapValue(model, job.pairs.get('outputs')), seg.name)) return found({ kind: 'jobOutput', name: seg.name, job });
          const called = calledWorkflow(job);
          if (!called) return { error: `Job "${job.id}" has no output "${seg.name}"${job.uses ? ' (only the outputs of a local reusable workflow can be renamed)' : ''}.` };
          const root = projectRoot(docPath, files);
          if (!root) return { error: 'The repository of this workflow is not known (the file is not saved in a folder with .github/).' };
          return found({ kind: 'output', name: seg.name, file: path.posix.join(root, called) });
        }
        if (ctx === 'steps' && i === 1) {
          const job = model.kind === 'workflow' ? jobAt(model, r[0]) : undefined;
          const step = stepsOf(model, job).find((st) => st.id !== undefined && lc(st.id) === lc(seg.name));
          if (!step) return { error: `There is no step with id "${seg.name}" ${job ? 'in this job' : 'in this action'}.` };
          return found({ kind: 'step', id: step.id!, job });
        }
        if (ctx === 'matrix' && i === 1) {
          const job = jobAt(model, r[0]);
          if (!job || !matrixKeyNodes(model, job, seg.name).length) return { error: `"${seg.name}" is not a key of this job's matrix.` };
          return found({ kind: 'matrix', key: seg.name, job });
        }
        if (ctx === 'inputs' && i === 1) {
          if (model.kind !== 'workflow' || !keyPair(workflowCall(model)?.inputs, seg.name)) return { error: `Only the inputs of on.workflow_call can be renamed; "${seg.name}" is not one of them.` };
          return found({ kind: 'input', name: seg.name });
        }
        return { error: NOTHING };
      }
    }
  }
  const atScalar = (n: Scalar | undefined) => {
    const range = nameRange(model, n);
    return range && inRange(range, pos) ? range : undefined;
  };
  for (const st of s.actionSteps) {
    const range = atScalar(st.idNode);
    if (range && st.id) return { sym: { kind: 'step', id: st.id }, range, name: st.id };
  }
  for (const job of s.jobs) {
    let range = atScalar(job.keyNode);
    if (range) return { sym: { kind: 'job', id: job.id }, range, name: job.id };
    for (const n of job.needs) {
      range = atScalar(n.node);
      if (!range) continue;
      const target = jobById(n.name);
      return target ? { sym: { kind: 'job', id: target.id }, range, name: n.name } : { error: `There is no job "${n.name}" in this workflow.` };
    }
    for (const st of job.steps) {
      range = atScalar(st.idNode);
      if (range && st.id) return { sym: { kind: 'step', id: st.id, job }, range, name: st.id };
    }
    for (const p of matrixMap(model, job)?.items ?? []) {
      const nodes = isScalar(p.key) ? [p.key as Scalar] : [];
      if (scalarString(p.key) === 'include' || scalarString(p.key) === 'exclude') {
        if (atScalar(p.key as Scalar)) return { error: `"${scalarString(p.key)}" is a keyword of the matrix.` };
        nodes.length = 0;
        const seq = resolve(model, p.value);
        for (const it of isSeq(seq) ? seq.items : []) {
          const m = resolve(model, it);
          if (isMap(m)) for (const ip of (m as YAMLMap).items) if (isScalar(ip.key)) nodes.push(ip.key as Scalar);
        }
      }
      for (const k of nodes) {
        range = atScalar(k);
        if (range) return { sym: { kind: 'matrix', key: String(k.value), job }, range, name: String(k.value) };
      }
    }
    for (const p of mapValue(model, job.pairs.get('outputs'))?.items ?? []) {
      range = atScalar(p.key as Scalar);
      if (range) return { sym: { kind: 'jobOutput', name: String((p.key as Scalar).value), job }, range, name: String((p.key as Scalar).value) };
    }
    // A `with:` key of a call to a local reusable workflow: that workflow's input.
    const called = calledWorkflow(job);
    for (const p of called ? (mapValue(model, job.pairs.get('with'))?.items ?? []) : []) {
      range = atScalar(p.key as Scalar);
      if (!range) continue;
      const root = projectRoot(docPath, files);
      if (!root) return { error: 'The repository of this workflow is not known (the file is not saved in a folder with .github/).' };
      return { sym: { kind: 'input', name: String((p.key as Scalar).value), file: path.posix.join(root, called!) }, range, name: String((p.key as Scalar).value) };
    }
  }
  const call = model.kind === 'workflow' ? workflowCall(model) : undefined;
  for (const [kind, map] of [
    ['input', call?.inputs],
    ['output', call?.outputs],
  ] as const) {
    for (const p of map?.items ?? []) {
      const range = atScalar(p.key as Scalar);
      if (range) return { sym: { kind, name: String((p.key as Scalar).value) }, range, name: String((p.key as Scalar).value) };
    }
  }
  return { error: NOTHING };
}

export function workflowPrepareRename(model: WorkflowModel, pos: Position, docPath: string | undefined, files: OpenFiles): RenameResult<{ range: Range; placeholder: string }> {
  const f = symbolAt(model, pos, docPath, files);
  return 'error' in f ? f : { ok: { range: f.range, placeholder: f.name } };
}

/** Collects edits, refusing a place whose text is not the name as written (escapes in a quoted key). */
class Edits {
  readonly byFile = new Map<string | undefined, TextEdit[]>();
  constructor(private readonly newName: string) {}
  add(file: string | undefined, range: Range | undefined): boolean {
    if (!range) return false;
    let list = this.byFile.get(file);
    if (!list) this.byFile.set(file, (list = []));
    if (!list.some((e) => e.range.start.line === range.start.line && e.range.start.character === range.start.character)) list.push({ range, newText: this.newName });
    return true;
  }
  result(): FileEdits[] {
    const byPos = (a: TextEdit, b: TextEdit) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
    return [...this.byFile].map(([p, edits]) => ({ path: p, edits: edits.sort(byPos) }));
  }
}

/** A place where the name is written with escapes (a quoted key): replacing its text could not keep them. */
const ESCAPED = (what: string) => ({ error: `A ${what} is written with escapes; rename it by hand.` });

export function workflowRename(model: WorkflowModel, pos: Position, newName: string, docPath: string | undefined, files: OpenFiles): RenameResult<FileEdits[]> {
  const f = symbolAt(model, pos, docPath, files);
  if ('error' in f) return f;
  const { sym } = f;
  const s = workflowStructure(model);
  const edits = new Edits(newName);
  switch (sym.kind) {
    case 'job': {
      if (!ID.test(newName)) return { error: `"${newName}" is not a valid job id: it must start with a letter or _ and contain only alphanumeric characters, - or _.` };
      const other = s.jobs.find((j) => lc(j.id) === lc(newName) && lc(j.id) !== lc(sym.id));
      if (other) return { error: `A job "${other.id}" already exists (line ${other.keyRange.start.line + 1}); job ids are compared without case.` };
      for (const j of s.jobs) {
        if (lc(j.id) === lc(sym.id) && !edits.add(undefined, nameRange(model, j.keyNode))) return ESCAPED('job id');
        for (const n of j.needs) if (lc(n.name) === lc(sym.id) && !edits.add(undefined, nameRange(model, n.node))) return ESCAPED('needs entry');
      }
      for (const r of expressionRefs(model)) if ((r.context === 'needs' || r.context === 'jobs') && lc(r.name) === lc(sym.id)) edits.add(undefined, r.range);
      return { ok: edits.result() };
    }
    case 'step': {
      if (!ID.test(newName)) return { error: `"${newName}" is not a valid step id: it must start with a letter or _ and contain only alphanumeric characters, - or _.` };
      const steps = stepsOf(model, sym.job);
      const other = steps.find((st) => st.id !== undefined && lc(st.id) === lc(newName) && lc(st.id) !== lc(sym.id));
      if (other) return { error: `Step ${other.index + 1} of this ${sym.job ? 'job' : 'action'} already has the id "${other.id}"; step ids are compared without case.` };
      for (const st of steps) if (st.id !== undefined && lc(st.id) === lc(sym.id) && !edits.add(undefined, nameRange(model, st.idNode))) return ESCAPED('step id');
      const refs = sym.job ? jobExpressionRefs(model, sym.job) : expressionRefs(model);
      for (const r of refs) if (r.context === 'steps' && r.job === sym.job && lc(r.name) === lc(sym.id)) edits.add(undefined, r.range);
      return { ok: edits.result() };
    }
    case 'matrix': {
      if (!ID.test(newName)) return { error: `"${newName}" is not a valid matrix key: matrix.${newName} would not read it (start with a letter or _, then alphanumeric characters, - or _).` };
      if (newName === 'include' || newName === 'exclude') return { error: `"${newName}" is a keyword of the matrix.` };
      if (lc(newName) !== lc(sym.key) && matrixKeyNodes(model, sym.job, newName).length) return { error: `The matrix of job "${sym.job.id}" already has a key "${newName}".` };
      for (const k of matrixKeyNodes(model, sym.job, sym.key)) if (!edits.add(undefined, nameRange(model, k))) return ESCAPED('matrix key');
      for (const r of jobExpressionRefs(model, sym.job)) if (r.context === 'matrix' && r.job === sym.job && lc(r.name) === lc(sym.key)) edits.add(undefined, r.range);
      return { ok: edits.result() };
    }
    case 'jobOutput': {
      if (!ID.test(newName)) return { error: `"${newName}" is not a valid output name: it must start with a letter or _ and contain only alphanumeric characters, - or _.` };
      const outputs = mapValue(model, sym.job.pairs.get('outputs'));
      const decl = keyPair(outputs, sym.name);
      const taken = keyPair(outputs, newName);
      if (taken && taken !== decl) return { error: `Job "${sym.job.id}" already has an output "${String((taken.key as Scalar).value)}".` };
      if (decl && !edits.add(undefined, nameRange(model, decl.key as Scalar))) return ESCAPED('job output');
      for (const { se } of documentExpressions(model)) {
        for (const e of se.exprs) {
          for (const p of accessPaths(se, e)) {
            const [ctx, job, outputs, out] = p.segs;
            if (!out || (lc(ctx.name) !== 'needs' && lc(ctx.name) !== 'jobs') || lc(job.name) !== lc(sym.job.id) || lc(outputs.name) !== 'outputs' || lc(out.name) !== lc(sym.name)) continue;
            if (out.start !== undefined) edits.add(undefined, model.lines.range(out.start, out.end!));
          }
        }
      }
      return { ok: edits.result() };
    }
    case 'input':
    case 'output':
      return reusableRename(model, sym, newName, docPath, files, edits);
  }
}

/** Renames an input or output of a reusable workflow in it and in every workflow of the repository that calls it. */
function reusableRename(
  model: WorkflowModel,
  sym: { kind: 'input' | 'output'; name: string; file?: string },
  newName: string,
  docPath: string | undefined,
  files: OpenFiles,
  edits: Edits,
): RenameResult<FileEdits[]> {
  const what = sym.kind === 'input' ? 'input' : 'output';
  if (!ID.test(newName)) return { error: `"${newName}" is not a valid ${what} name: it must start with a letter or _ and contain only alphanumeric characters, - or _.` };
  const self = docPath?.replace(/\\/g, '/');
  // The reusable workflow: this document, or the file a caller names.
  const calleePath = sym.file ?? self;
  let callee = model;
  if (sym.file && sym.file !== self) {
    const text = files.readFile(sym.file);
    if (text === undefined) return { error: `The called workflow ${sym.file} cannot be read.` };
    callee = new WorkflowModel(text, 'workflow');
  }
  const fileKey = (p: string | undefined) => (p === undefined || p === self ? undefined : p);
  const call = workflowCall(callee);
  if (!call) return { error: `${sym.file ? path.posix.basename(sym.file) : 'This workflow'} has no on.workflow_call.` };
  const map = sym.kind === 'input' ? call.inputs : call.outputs;
  const decl = keyPair(map, sym.name);
  if (!decl) return { error: `"${sym.name}" is not an ${what} of on.workflow_call in ${sym.file ? path.posix.basename(sym.file) : 'this workflow'}.` };
  const oldName = String((decl.key as Scalar).value);
  const taken = keyPair(map, newName);
  if (taken && taken !== decl) return { error: `on.workflow_call already has an ${what} "${String((taken.key as Scalar).value)}".` };
  if (!edits.add(fileKey(calleePath), nameRange(callee, decl.key as Scalar))) return ESCAPED('name');
  if (sym.kind === 'input') {
    // `inputs.<name>` reads the workflow_dispatch input of the same name too: it is renamed with it.
    const dispatch = keyPair(dispatchInputs(callee), oldName);
    const dispatchTaken = keyPair(dispatchInputs(callee), newName);
    if (dispatchTaken && dispatchTaken !== dispatch && lc(newName) !== lc(oldName)) return { error: `on.workflow_dispatch already has an input "${newName}", which inputs.${newName} would read.` };
    if (dispatch && !edits.add(fileKey(calleePath), nameRange(callee, dispatch.key as Scalar))) return ESCAPED('name');
    for (const { se } of documentExpressions(callee)) {
      for (const e of se.exprs) {
        for (const p of accessPaths(se, e)) {
          const ctx = lc(p.segs[0].name);
          const at = ctx === 'inputs' ? 1 : dispatch && ctx === 'github' && lc(p.segs[1]?.name ?? '') === 'event' && lc(p.segs[2]?.name ?? '') === 'inputs' ? 3 : -1;
          const seg = at > 0 ? p.segs[at] : undefined;
          if (seg && lc(seg.name) === lc(oldName) && seg.start !== undefined) edits.add(fileKey(calleePath), callee.lines.range(seg.start, seg.end!));
        }
      }
    }
  }
  // The callers: every workflow of the repository with a job `uses: ./<callee>` (or `$/<callee>`).
  const root = projectRoot(calleePath, files);
  if (root && calleePath) {
    const rel = path.posix.relative(root, calleePath);
    const dir = path.posix.join(root, WORKFLOWS_DIR);
    for (const name of files.list(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
      const file = path.posix.join(dir, name);
      let caller: WorkflowModel;
      if (file === self) caller = model;
      else if (file === calleePath) caller = callee;
      else {
        const text = files.readFile(file);
        if (text === undefined) continue;
        caller = new WorkflowModel(text, 'workflow');
      }
      const jobs = workflowStructure(caller).jobs.filter((j) => calledWorkflow(j) === rel);
      if (!jobs.length) continue;
      for (const job of jobs) {
        if (sym.kind !== 'input') continue;
        const w = mapValue(caller, job.pairs.get('with'));
        const passed = keyPair(w, oldName);
        const clash = keyPair(w, newName);
        if (clash && clash !== passed) return { error: `Job "${job.id}" of ${name} already passes an input "${newName}" (line ${caller.keyRange(clash).start.line + 1}).` };
        if (passed && !edits.add(fileKey(file), nameRange(caller, passed.key as Scalar))) return ESCAPED('with: key');
      }
      if (sym.kind !== 'output') continue;
      const ids = new Set(jobs.map((j) => lc(j.id)));
      for (const { se } of documentExpressions(caller)) {
        for (const e of se.exprs) {
          for (const p of accessPaths(se, e)) {
            const [ctx, job, outputs, out] = p.segs;
            if (!out || (lc(ctx.name) !== 'needs' && lc(ctx.name) !== 'jobs') || !ids.has(lc(job.name)) || lc(outputs.name) !== 'outputs' || lc(out.name) !== lc(oldName)) continue;
            if (out.start !== undefined) edits.add(fileKey(file), caller.lines.range(out.start, out.end!));
          }
        }
      }
    }
  }
  return { ok: edits.result() };
}
