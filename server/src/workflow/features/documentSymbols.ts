// Outline of a workflow (triggers, jobs → steps) or of an action (inputs, outputs, composite steps). Jobs and
// steps are named by their `name:` when they have one, else by id (steps: id, `uses`, or the first line of `run`).
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { Pair } from 'yaml';
import type { WorkflowModel } from '../model';
import { mapValue, pairsOf, workflowStructure, type StepInfo } from '../structure';

function stepSymbol(model: WorkflowModel, st: StepInfo): DocumentSymbol {
  const run = st.run?.split('\n').find((l) => l.trim())?.trim();
  const name = st.name ?? st.id ?? st.uses ?? (run ? (run.length > 60 ? run.slice(0, 57) + '…' : run) : `step ${st.index + 1}`);
  const range = model.rangeOf(st.node);
  const detail = [st.id && st.name ? `id: ${st.id}` : '', st.uses && st.name ? st.uses : ''].filter(Boolean).join(' · ') || undefined;
  return { name, detail, kind: SymbolKind.Function, range, selectionRange: st.idNode ? model.rangeOf(st.idNode) : range.start.line === range.end.line ? range : { start: range.start, end: range.start } };
}

export function workflowDocumentSymbols(model: WorkflowModel): DocumentSymbol[] {
  const s = workflowStructure(model);
  if (!s.root) return [];
  const top = pairsOf(model, s.root);
  const out: DocumentSymbol[] = [];
  const section = (key: string, kind: SymbolKind, children: DocumentSymbol[]) => {
    const p = top.get(key);
    if (!p) return;
    out.push({ name: key, kind, range: model.rangeOf(p), selectionRange: model.keyRange(p), children });
  };
  const keys = (key: string, kind: SymbolKind) =>
    (mapValue(model, top.get(key))?.items ?? []).map((p) => ({ name: String((p.key as { value?: unknown })?.value ?? ''), kind, range: model.rangeOf(p as Pair), selectionRange: model.keyRange(p as Pair) }));
  if (model.kind === 'action') {
    section('inputs', SymbolKind.Namespace, keys('inputs', SymbolKind.Variable));
    section('outputs', SymbolKind.Namespace, keys('outputs', SymbolKind.Variable));
    section('runs', SymbolKind.Namespace, s.actionSteps.map((st) => stepSymbol(model, st)));
    return out;
  }
  section(
    'on',
    SymbolKind.Namespace,
    s.events.map((e) => ({ name: e.name, kind: SymbolKind.Event, range: model.rangeOf(e.node), selectionRange: model.rangeOf(e.node) })),
  );
  section(
    'jobs',
    SymbolKind.Namespace,
    s.jobs.map((job) => {
      const p = s.jobsNode!.items.find((x) => x.key === job.keyNode) as Pair | undefined;
      const name = job.pairs.get('name');
      const title = name && (name.value as { value?: unknown })?.value !== undefined ? String((name.value as { value?: unknown }).value) : job.id;
      return {
        name: title,
        detail: title !== job.id ? job.id : job.uses,
        kind: SymbolKind.Class,
        range: p ? model.rangeOf(p) : job.keyRange,
        selectionRange: job.keyRange,
        children: job.steps.map((st) => stepSymbol(model, st)),
      };
    }),
  );
  return out;
}
