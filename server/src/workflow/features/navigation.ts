// Go to definition and find references in workflows and action.yml: job ids (`needs:` entries, `needs.<job>`
// and `jobs.<job>` in expressions), step ids (`steps.<id>`), matrix keys (`matrix.<key>`), and local files
// (`uses: ./path/to/action` → its action.yml, `uses: ./.github/workflows/x.yml` → the called workflow).
import * as path from 'node:path';
import type { Position } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import { FILE_GLOBS } from '../../engine/languages';
import type { FileHost, Range } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { localUses, projectRoot } from '../localFiles';
import { workflowStructure, type JobInfo, type StepInfo } from '../structure';
import { expressionRefs, jobExpressionRefs, matrixKeys, type ExprRef } from './symbols';

export interface Target {
  /** Absolute path of another file; undefined: this document. */
  path?: string;
  range: Range;
}

type Sym = { kind: 'job'; id: string } | { kind: 'step'; id: string; job?: JobInfo } | { kind: 'matrix'; key: string; job: JobInfo };

const contains = (r: Range, p: Position) =>
  (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) && (r.end.line > p.line || (r.end.line === p.line && r.end.character >= p.character));

function stepsOf(model: WorkflowModel, job: JobInfo | undefined): StepInfo[] {
  return job ? job.steps : workflowStructure(model).actionSteps;
}

/** The symbol under the cursor, and whether the cursor is on its declaration. */
function symbolAt(model: WorkflowModel, pos: Position): Sym | undefined {
  const s = workflowStructure(model);
  for (const r of expressionRefs(model)) {
    if (!contains(r.range, pos)) continue;
    if (r.context === 'needs' || r.context === 'jobs') return { kind: 'job', id: r.name };
    if (r.context === 'steps') return { kind: 'step', id: r.name, job: r.job };
    if (r.context === 'matrix' && r.job) return { kind: 'matrix', key: r.name, job: r.job };
  }
  for (const job of s.jobs) {
    if (contains(job.keyRange, pos)) return { kind: 'job', id: job.id };
    for (const n of job.needs) if (contains(model.rangeOf(n.node), pos)) return { kind: 'job', id: n.name };
    for (const st of job.steps) if (st.idNode && st.id && contains(model.rangeOf(st.idNode), pos)) return { kind: 'step', id: st.id, job };
    for (const m of matrixKeys(model, job)) if (contains(m.range, pos)) return { kind: 'matrix', key: m.name, job };
  }
  for (const st of s.actionSteps) if (st.idNode && st.id && contains(model.rangeOf(st.idNode), pos)) return { kind: 'step', id: st.id };
  return undefined;
}

function declaration(model: WorkflowModel, sym: Sym): Range | undefined {
  if (sym.kind === 'job') return workflowStructure(model).jobs.find((j) => j.id.toLowerCase() === sym.id.toLowerCase())?.keyRange;
  if (sym.kind === 'step') {
    const st = stepsOf(model, sym.job).find((x) => x.id?.toLowerCase() === sym.id.toLowerCase());
    return st?.idNode ? model.rangeOf(st.idNode) : undefined;
  }
  return matrixKeys(model, sym.job).find((m) => m.name.toLowerCase() === sym.key.toLowerCase())?.range;
}

function uses(model: WorkflowModel, pos: Position, docPath: string | undefined, files: FileHost): Target[] {
  const s = workflowStructure(model);
  const nodes = [...s.jobs.map((j) => ({ v: j.uses, n: j.usesNode, workflow: true })), ...[...s.jobs.flatMap((j) => j.steps), ...s.actionSteps].map((st) => ({ v: st.uses, n: st.usesNode, workflow: false }))];
  for (const { v, n, workflow } of nodes) {
    const local = v ? localUses(v) : undefined;
    if (!local || !n || !contains(model.rangeOf(n), pos)) continue;
    const root = projectRoot(docPath, files);
    if (!root) return [];
    const target = path.posix.join(root, local.path);
    const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (workflow) return files.exists(target) ? [{ path: target, range: zero }] : [];
    for (const name of FILE_GLOBS.action) {
      const f = path.posix.join(target, name);
      if (files.exists(f)) return [{ path: f, range: zero }];
    }
    return [];
  }
  return [];
}

export function workflowDefinition(model: WorkflowModel, pos: Position, docPath: string | undefined, files: FileHost): Target[] {
  const local = uses(model, pos, docPath, files);
  if (local.length) return local;
  const sym = symbolAt(model, pos);
  const d = sym && declaration(model, sym);
  return d ? [{ range: d }] : [];
}

export function workflowReferences(model: WorkflowModel, pos: Position, includeDeclaration: boolean): Range[] {
  const sym = symbolAt(model, pos);
  if (!sym) return [];
  const out: Range[] = [];
  const decl = declaration(model, sym);
  if (includeDeclaration && decl) out.push(decl);
  const same = (r: ExprRef) => {
    if (sym.kind === 'job') return (r.context === 'needs' || r.context === 'jobs') && r.name.toLowerCase() === sym.id.toLowerCase();
    if (sym.kind === 'step') return r.context === 'steps' && r.job === sym.job && r.name.toLowerCase() === sym.id.toLowerCase();
    return r.context === 'matrix' && r.job === sym.job && r.name.toLowerCase() === sym.key.toLowerCase();
  };
  if (sym.kind === 'job') {
    for (const j of workflowStructure(model).jobs) for (const n of j.needs) if (n.name.toLowerCase() === sym.id.toLowerCase()) out.push(model.rangeOf(n.node));
  }
  // A step or matrix key of a job is also read by anchors the job aliases that another job reached first.
  const job = sym.kind === 'job' ? undefined : sym.job;
  for (const r of job ? jobExpressionRefs(model, job) : expressionRefs(model)) if (same(r)) out.push(r.range);
  return out.sort((a, b) => a.start.line - b.start.line || a.start.character - b.start.character);
}

/** The job, step or matrix key under the cursor and its uses in the document: the declaration written, the uses read. */
export function workflowHighlights(model: WorkflowModel, pos: Position): DocumentHighlight[] {
  const sym = symbolAt(model, pos);
  if (!sym) return [];
  const decl = declaration(model, sym);
  const same = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;
  return workflowReferences(model, pos, true).map((range) => ({ range, kind: decl && same(range, decl) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
