// Completion for workflows and action.yml: keys valid at the cursor (from GitHub's schema, with snippet values),
// event names and activity types, runner labels, shells, permission scopes and levels, job ids for `needs`,
// bundled action references after `uses:` and their `with:` inputs, and expressions inside `${{ }}`.
// Pure: model + position → items.
import { CompletionItem, CompletionItemKind, InsertTextFormat, MarkupKind } from 'vscode-languageserver-types';
import type { Position } from 'vscode-languageserver-textdocument';
import type { Range } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { parseActionRef, POPULAR_ACTIONS, popularAction } from '../actions-data';
import { fixedContexts } from '../expr/contexts';
import { FUNCTIONS, sigString } from '../expr/functions';
import { tyString, type Ty } from '../expr/types';
import { HOSTED_LABELS, SELF_HOSTED_LABELS } from '../runners';
import { EVENT_NAMES, lookupDef, PERMISSION_SCOPES } from '../schema';
import { workflowStructure } from '../structure';
import { SHELL_DOCS, SHELL_NAMES } from '../rules/shell-name';
import { INPUT_KEYS } from '../rules/action-metadata';
import {
  childDef,
  cursorContext,
  defAtPath,
  isMappingDef,
  isSequenceDef,
  keyDescription,
  mappingProps,
  scalarValues,
  schemaFor,
  type CursorContext,
  type PathSeg,
} from './context';
import { dependents, envKeys, jobAndStep, jobOutputs, matrixKeys, secretKeys, stepOutputs } from './symbols';
import { availabilityAt } from './availability';
import { eventProperties, knownTriggers } from './eventCompletion';
import { declaredInputs, inputDetail, inputDoc } from './inputCompletion';

const md = (value: string) => ({ kind: MarkupKind.Markdown, value });
const rng = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

/** Runner labels offered first in `runs-on` snippets. */
const COMMON_LABELS = ['ubuntu-latest', 'windows-latest', 'macos-latest', 'ubuntu-24.04', 'ubuntu-22.04', 'ubuntu-24.04-arm', 'self-hosted'];

/** Snippet for a key whose value has a known shape. */
function keySnippet(key: string, defName: string | undefined, schema: ReturnType<typeof schemaFor>['schema'], path: string[]): string {
  const esc = (s: string) => s.replace(/[$}\\,|]/g, (c) => '\\' + c);
  if (key === 'runs-on') return `runs-on: \${1|${COMMON_LABELS.join(',')}|}`;
  if (key === 'shell') return `shell: \${1|${SHELL_NAMES.any.join(',')}|}`;
  if (key === 'needs') return 'needs: $0';
  if (key === 'uses' && path.includes('steps')) return 'uses: $0';
  if (!defName) return `${key}: $0`;
  const values = scalarValues(schema, defName);
  const mapping = isMappingDef(schema, defName);
  const sequence = isSequenceDef(schema, defName);
  if (values.length && values.length <= 40 && !mapping && !sequence) return `${key}: \${1|${values.map(esc).join(',')}|}`;
  if (key === 'steps') return `${key}:\n  - $0`;
  if (mapping && !sequence && !values.length && !lookupDef(schema, defName).string) {
    // Events such as `push:` may be left empty: no forced block.
    if (path.length === 1 && path[0] === 'on') return `${key}:$0`;
    return `${key}:\n  $0`;
  }
  if (sequence && !mapping) return `${key}:\n  - $0`;
  return `${key}: $0`;
}

function keyItems(model: WorkflowModel, ctx: CursorContext, pos: Position, pathKeys: string[]): CompletionItem[] {
  const { schema, root } = schemaFor(model);
  const parent = defAtPath(schema, root, pathKeys);
  const range = rng(pos.line, ctx.wordStart, pos.character);
  const out: CompletionItem[] = [];
  const present = new Set(ctx.siblings);

  // `with:` of a step: the action's inputs, required first.
  const last = pathKeys[pathKeys.length - 1];
  if (last === 'with' && pathKeys[pathKeys.length - 2] === '-' && pathKeys.includes('steps')) {
    return withItems(model, ctx, pos, range, present);
  }
  // Inputs of action.yml: the input keys.
  if (model.kind === 'action' && pathKeys.length === 2 && pathKeys[0] === 'inputs') {
    return INPUT_KEYS.filter((k) => !present.has(k)).map((k, i) => ({
      label: k,
      kind: CompletionItemKind.Property,
      sortText: String(i).padStart(2, '0'),
      textEdit: { range, newText: k === 'required' ? 'required: ${1|true,false|}' : `${k}: $0` },
      insertTextFormat: InsertTextFormat.Snippet,
    }));
  }
  if (!parent) return [];
  const props = mappingProps(schema, parent);
  for (const [key, { prop }] of props) {
    if (present.has(key)) continue;
    const childName = childDef(schema, parent, key);
    const desc = keyDescription(schema, parent, key);
    const required = typeof prop === 'object' && prop.required;
    out.push({
      label: key,
      kind: pathKeys.length === 1 && pathKeys[0] === 'on' ? CompletionItemKind.Event : CompletionItemKind.Property,
      detail: required ? 'required' : undefined,
      documentation: desc ? md(desc) : undefined,
      sortText: `${required ? '0' : '1'}${key}`,
      textEdit: { range, newText: keySnippet(key, childName, schema, pathKeys) },
      insertTextFormat: InsertTextFormat.Snippet,
    });
  }
  return out;
}

/** The `uses:` of the step item at `dashLine` (read from the text: the step may be incomplete). */
function usesOfItem(model: WorkflowModel, dashLine: number): string | undefined {
  const lines = model.text.split('\n');
  const dashCol = lines[dashLine].search(/-/);
  for (let l = dashLine; l < lines.length; l++) {
    const t = lines[l];
    if (l > dashLine && t.trim() && t.search(/\S/) <= dashCol) break;
    const m = /^\s*(?:-\s+)?uses\s*:\s*([^\s#]+)/.exec(t);
    if (m && (l === dashLine || t.search(/\S/) === dashCol + 2)) return m[1].replace(/^["']|["']$/g, '');
  }
  return undefined;
}

function withItems(model: WorkflowModel, ctx: CursorContext, pos: Position, range: Range, present: Set<string>): CompletionItem[] {
  const dash = [...ctx.path].reverse().find((p) => p.key === '-');
  const uses = dash ? usesOfItem(model, dash.line) : undefined;
  const ref = uses ? parseActionRef(uses) : undefined;
  const meta = ref ? popularAction(ref.name) : undefined;
  if (!meta?.inputs) return [];
  return Object.entries(meta.inputs)
    .filter(([k]) => !present.has(k))
    .sort(([a, x], [b, y]) => Number(!!y.required) - Number(!!x.required) || a.localeCompare(b))
    .map(([k, inp], i) => ({
      label: k,
      kind: CompletionItemKind.Property,
      detail: `${inp.required ? 'required' : 'optional'} input of ${ref!.name}`,
      documentation: inp.deprecated ? md(`Deprecated: ${inp.deprecated}`) : undefined,
      tags: inp.deprecated ? [1] : undefined,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: `${k}: $0` },
      insertTextFormat: InsertTextFormat.Snippet,
    }));
}

function valueItems(values: { label: string; doc?: string; detail?: string; kind?: CompletionItemKind }[], range: Range): CompletionItem[] {
  return values.map((v, i) => ({
    label: v.label,
    kind: v.kind ?? CompletionItemKind.Value,
    detail: v.detail,
    documentation: v.doc ? md(v.doc) : undefined,
    sortText: String(i).padStart(3, '0'),
    textEdit: { range, newText: v.label },
  }));
}

/** Values for the key `key` whose parent path is `path` (keys only). */
function scalarItems(model: WorkflowModel, ctx: CursorContext, pos: Position, pathKeys: string[], key: string, path: PathSeg[]): CompletionItem[] {
  const range = rng(pos.line, ctx.wordStart, pos.character);
  const { schema, root } = schemaFor(model);
  const inJob = model.kind === 'workflow' && pathKeys[0] === 'jobs' && pathKeys.length >= 2;
  if (key === 'runs-on' && inJob) {
    return valueItems([...new Set([...COMMON_LABELS, ...HOSTED_LABELS, ...SELF_HOSTED_LABELS])].map((l) => ({ label: l, detail: SELF_HOSTED_LABELS.includes(l) ? 'self-hosted runner label' : 'GitHub-hosted runner' })), range);
  }
  if (key === 'shell') return valueItems(SHELL_NAMES.any.map((s) => ({ label: s, doc: SHELL_DOCS[s] })), range);
  if (key === 'needs' && inJob && pathKeys.length === 2) {
    const self = pathKeys[1];
    const banned = dependents(model, self);
    // In a list, the other entries are left out; a plain value is replaced as a whole.
    const inList = ctx.mode === 'item' || ctx.valueBefore.trimStart().startsWith('[');
    const already = new Set(inList ? (workflowStructure(model).jobs.find((j) => j.id === self)?.needs.map((n) => n.name) ?? []) : []);
    return valueItems(
      workflowStructure(model)
        .jobs.filter((j) => !banned.has(j.id.toLowerCase()) && !already.has(j.id))
        .map((j) => ({ label: j.id, kind: CompletionItemKind.Reference, detail: j.node ? `job${scalarName(j)}` : 'job' })),
      range,
    );
  }
  if (key === 'uses' && pathKeys.includes('steps')) {
    return valueItems(
      Object.entries(POPULAR_ACTIONS).map(([name, meta]) => ({ label: `${name}@${meta.current}`, kind: CompletionItemKind.Module, detail: 'action' })),
      range,
    );
  }
  if (pathKeys.length === 0 && key === 'on' && model.kind === 'workflow') return valueItems(EVENT_NAMES.map((e) => ({ label: e, kind: CompletionItemKind.Event })), range);
  if (key === 'permissions') return valueItems(['read-all', 'write-all'].map((l) => ({ label: l })), range);
  if (pathKeys[pathKeys.length - 1] === 'permissions' && PERMISSION_SCOPES[key]) return valueItems(PERMISSION_SCOPES[key].map((l) => ({ label: l })), range);
  // From the schema: allowed values of the key (or of its items).
  if (model.kind === 'action' && key === 'using' && pathKeys.length === 1 && pathKeys[0] === 'runs') {
    return valueItems(['node20', 'node24', 'composite', 'docker'].map((l) => ({ label: l })), range);
  }
  let def = defAtPath(schema, root, [...pathKeys, key]);
  if (ctx.mode === 'item') def = def && childDef(schema, def, '-');
  else if (def && ctx.valueBefore.trimStart().startsWith('[')) def = childDef(schema, def, '-') ?? def;
  if (!def) return [];
  void path;
  return valueItems(scalarValues(schema, def).map((v) => ({ label: v })), range);
}

function scalarName(j: { node?: { items: unknown[] }; pairs: Map<string, unknown> }): string {
  const n = j.pairs.get('name') as { value?: { value?: unknown } } | undefined;
  return n?.value?.value !== undefined ? `: ${String(n.value.value)}` : '';
}

// ---- expressions ----

const CONTEXT_DOCS: Record<string, string> = {
  github: 'Information about the workflow run and the event that triggered it.',
  env: 'Variables set in `env:` of the workflow, job or step.',
  vars: 'Configuration variables set at the repository, environment or organization level.',
  job: 'Information about the currently running job.',
  jobs: 'Outputs of the jobs of a reusable workflow (in `on.workflow_call.outputs`).',
  steps: 'Outputs and results of the steps of the current job that have an `id` and ran before.',
  runner: 'Information about the runner executing the job.',
  secrets: 'Names and values of secrets available to the workflow run.',
  strategy: 'The matrix execution strategy of the current job.',
  matrix: 'The matrix values of the current job.',
  needs: 'Outputs and results of the jobs in `needs` of the current job.',
  inputs: 'Inputs of a reusable or manually triggered workflow, or of an action.',
};

export const FUNCTION_DOCS: Record<string, string> = {
  contains: 'Returns true if `search` contains `item` (a substring of a string, or an element of an array). Case-insensitive.',
  startswith: 'Returns true when `searchString` starts with `searchValue`. Case-insensitive.',
  endswith: 'Returns true if `searchString` ends with `searchValue`. Case-insensitive.',
  format: 'Replaces `{0}`, `{1}`, … in the string with the following arguments. `{{` and `}}` write braces.',
  join: 'Joins the elements of an array into a string, with `,` or the given separator.',
  tojson: 'Returns a pretty-printed JSON representation of the value.',
  fromjson: 'Parses a JSON string into an object, array, number, boolean or null.',
  hashfiles: 'Returns a SHA-256 hash of the files matching the glob patterns (relative to `GITHUB_WORKSPACE`); empty when none matches.',
  success: 'True when none of the previous steps (or needed jobs) failed or were cancelled. The default status check of `if:`.',
  always: 'Always true, even when cancelled: the step or job always runs.',
  cancelled: 'True if the workflow was cancelled.',
  failure: 'True when any previous step (or needed job) failed.',
  case: 'case(pred1, val1, pred2, val2, …, default): the value of the first true predicate, or the default.',
};

function tyProps(t: Ty): [string, Ty][] {
  return t.k === 'object' ? [...t.props] : [];
}

/** The keys whose value holds the cursor (the value's own key last), for the availability table. */
function valueKeys(ctx: CursorContext): string[] {
  const keys = ctx.path.map((p) => p.key);
  return ctx.mode === 'value' && ctx.key !== undefined ? [...keys, ctx.key] : keys;
}

function exprItems(model: WorkflowModel, ctx: CursorContext, pos: Position, before: string): CompletionItem[] {
  const avail = availabilityAt(model, valueKeys(ctx));
  // `*` stands for the elements of an array (`github.event.pull_request.labels.*.name`).
  const m = /((?:(?:[A-Za-z_][\w-]*|\*)\s*\.\s*)*)([A-Za-z_][\w-]*)?$/.exec(before)!;
  const chain = m[1].split('.').map((s) => s.trim()).filter(Boolean);
  const partial = m[2] ?? '';
  const range = rng(pos.line, pos.character - partial.length, pos.character);
  const item = (label: string, kind: CompletionItemKind, detail?: string, doc?: string): CompletionItem => ({
    label,
    kind,
    detail,
    documentation: doc ? md(doc) : undefined,
    textEdit: { range, newText: label },
  });
  // Preceded by a dot that is not part of a chain (e.g. after `)`): nothing useful.
  if (!chain.length) {
    if (/\.\s*$/.test(before.slice(0, before.length - partial.length))) return [];
    // Only the contexts and functions GitHub allows at this key.
    const contexts = Object.keys(CONTEXT_DOCS)
      .filter((c) => avail.contexts.includes(c))
      .map((c) => item(c, CompletionItemKind.Variable, 'context', CONTEXT_DOCS[c]));
    const funcs = Object.entries(FUNCTIONS).filter(([k]) => avail.allowsFunction(k)).map(([k, sigs]) => ({
      label: sigs[0].name,
      kind: CompletionItemKind.Function,
      detail: sigs.map(sigString).join('\n'),
      documentation: md(FUNCTION_DOCS[k] ?? ''),
      textEdit: { range, newText: sigs[0].params.length ? `${sigs[0].name}($1)` : `${sigs[0].name}()` },
      insertTextFormat: InsertTextFormat.Snippet,
    }));
    return [...contexts, ...funcs];
  }
  const ctxName = chain[0].toLowerCase();
  if (!avail.contexts.includes(ctxName)) return [];
  if (ctxName === 'github' && chain.length >= 2 && chain[1].toLowerCase() === 'event') {
    if (model.kind !== 'workflow') return [];
    const several = knownTriggers(model).length > 1;
    return eventProperties(model, chain.slice(2)).map((p) =>
      item(p.name, CompletionItemKind.Field, several ? `${p.type} (${p.events.join(', ')})` : p.type, p.description),
    );
  }
  const { job, step, steps } = jobAndStep(model, ctx.path);
  const fixed = fixedContexts();
  const s = workflowStructure(model);
  if (chain.length === 1) {
    switch (ctxName) {
      case 'github':
      case 'runner':
      case 'job':
      case 'strategy':
        return tyProps(fixed[ctxName]).map(([k, t]) => item(k, CompletionItemKind.Field, tyString(t)));
      case 'env':
        return envKeys(model, job, step).map((e) => item(e.name, CompletionItemKind.Variable, e.detail));
      case 'inputs':
        return declaredInputs(model).map((i) => item(i.name, CompletionItemKind.Variable, inputDetail(i), inputDoc(i) || undefined));
      case 'secrets':
        return [...secretKeys(model).map((e) => item(e.name, CompletionItemKind.Variable, 'secret')), item('GITHUB_TOKEN', CompletionItemKind.Variable, 'secret', 'The automatically created token of the workflow run.')];
      case 'matrix':
        return job ? matrixKeys(model, job).map((e) => item(e.name, CompletionItemKind.Variable, e.detail ? `[${e.detail}]` : 'matrix key')) : [];
      case 'steps': {
        const upto = step ? steps.filter((x) => x.index < step.index) : steps;
        return upto.filter((x) => x.id && !x.id.includes('${{')).map((x) => item(x.id!, CompletionItemKind.Reference, x.name ?? x.uses ?? 'step'));
      }
      case 'needs': {
        return (job?.needs ?? []).map((n) => item(n.name, CompletionItemKind.Reference, 'job'));
      }
      case 'jobs':
        return s.jobs.map((j) => item(j.id, CompletionItemKind.Reference, 'job'));
    }
    return [];
  }
  if ((ctxName === 'steps' || ctxName === 'needs' || ctxName === 'jobs') && chain.length === 2) {
    if (ctxName === 'steps')
      return [
        item('outputs', CompletionItemKind.Field, 'object', 'Outputs the step set.'),
        item('outcome', CompletionItemKind.Field, 'string', 'Result before `continue-on-error`: success, failure, cancelled or skipped.'),
        item('conclusion', CompletionItemKind.Field, 'string', 'Result after `continue-on-error`: success, failure, cancelled or skipped.'),
      ];
    return [item('outputs', CompletionItemKind.Field, 'object', 'Outputs of the job.'), item('result', CompletionItemKind.Field, 'string', 'success, failure, cancelled or skipped.')];
  }
  if (chain.length === 3 && chain[2].toLowerCase() === 'outputs') {
    if (ctxName === 'steps') {
      const target = steps.find((x) => x.id?.toLowerCase() === chain[1].toLowerCase());
      return target ? stepOutputs(target).map((o) => item(o, CompletionItemKind.Field, 'output')) : [];
    }
    if (ctxName === 'needs' || ctxName === 'jobs') {
      const target = s.jobs.find((j) => j.id.toLowerCase() === chain[1].toLowerCase());
      return target ? jobOutputs(model, target).map((o) => item(o.name, CompletionItemKind.Field, o.detail)) : [];
    }
  }
  return [];
}

/** The expression text before the cursor: inside `${{ }}`, or anywhere in a one-line `if:` condition (implicitly an expression). */
export function expressionBefore(ctx: CursorContext): string | undefined {
  if (ctx.expr) return ctx.expr.before;
  if (ctx.mode !== 'value' || ctx.key !== 'if') return undefined;
  const v = ctx.valueBefore;
  // A block scalar's text is on the next lines; a comment is no expression.
  if (/^\s*[|>]/.test(v) || /(^|\s)#/.test(v)) return undefined;
  return v.replace(/^\s*["']/, '');
}

export function workflowCompletion(model: WorkflowModel, pos: Position): CompletionItem[] {
  const ctx = cursorContext(model, pos);
  const expr = expressionBefore(ctx);
  if (expr !== undefined) return exprItems(model, ctx, pos, expr);
  // No completion inside comments.
  const line = model.lines.lineText(pos.line).slice(0, pos.character);
  if (/(^|\s)#/.test(line)) return [];
  const pathKeys = ctx.path.map((p) => p.key);
  if (ctx.mode === 'key') return keyItems(model, ctx, pos, pathKeys);
  if (ctx.mode === 'value') return scalarItems(model, ctx, pos, pathKeys, ctx.key!, ctx.path);
  // `- x`: a scalar item (events, labels, needs, types…) or the first key of a mapping item.
  const parentKey = pathKeys[pathKeys.length - 1];
  const { schema, root } = schemaFor(model);
  const itemDef = defAtPath(schema, root, [...pathKeys, '-']);
  const values = parentKey !== undefined ? scalarItems(model, { ...ctx, mode: 'item' }, pos, pathKeys.slice(0, -1), parentKey, ctx.path) : [];
  const special =
    parentKey === 'needs' || parentKey === 'runs-on'
      ? scalarItems(model, ctx, pos, pathKeys.slice(0, -1), parentKey, ctx.path)
      : pathKeys.length === 1 && parentKey === 'on'
        ? valueItems(EVENT_NAMES.map((e) => ({ label: e, kind: CompletionItemKind.Event })), rng(pos.line, ctx.wordStart, pos.character))
        : values;
  if (itemDef && isMappingDef(schema, itemDef)) return [...special, ...keyItems(model, { ...ctx, siblings: [] }, pos, [...pathKeys, '-'])];
  return special;
}
