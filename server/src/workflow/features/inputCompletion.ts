// The inputs a workflow declares (`on.workflow_dispatch.inputs`, `on.workflow_call.inputs`) or an action declares
// (`inputs:` of action.yml), with what their declarations say, for `inputs.*` and `github.event.inputs.*` completion.
import type { Pair, YAMLMap } from 'yaml';
import { isMap, isSeq } from '../../yaml/nodes';
import type { WorkflowModel } from '../model';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { memoKey } from '../../engine/memo';

export interface DeclaredInput {
  name: string;
  /** `type:` (string, boolean, number, choice, environment); undefined for action inputs. */
  type?: string;
  description?: string;
  required?: boolean;
  default?: string;
  options?: string[];
  /** The events that declare it (workflow_dispatch, workflow_call); empty for an action. */
  events: string[];
}

function readInputs(model: WorkflowModel, map: YAMLMap | undefined, event: string | undefined, out: DeclaredInput[]): void {
  for (const p of map?.items ?? []) {
    const name = scalarString(p.key);
    if (name === undefined) continue;
    const fields = pairsOf(model, mapValue(model, p as Pair));
    const field = (k: string) => {
      const v = resolve(model, fields.get(k)?.value);
      return v === undefined || v === null ? undefined : scalarString(v);
    };
    const opts = resolve(model, fields.get('options')?.value);
    const options = isSeq(opts) ? opts.items.map((x) => scalarString(resolve(model, x))).filter((x): x is string => x !== undefined) : undefined;
    const req = field('required');
    const prev = out.find((o) => o.name === name);
    if (prev) {
      if (event) prev.events.push(event);
      continue;
    }
    out.push({
      name,
      type: field('type'),
      description: field('description'),
      required: req === undefined ? undefined : req === 'true',
      default: field('default'),
      options,
      events: event ? [event] : [],
    });
  }
}

const INPUTS = memoKey<DeclaredInput[]>('wfc:inputs');

/** Inputs of the workflow (dispatch and call, first declaration wins) or of the action; `only` keeps one event's. */
export function declaredInputs(model: WorkflowModel, only?: string): DeclaredInput[] {
  const all = model.memoize(INPUTS, () => {
    const out: DeclaredInput[] = [];
    const s = workflowStructure(model);
    if (model.kind === 'action') readInputs(model, mapValue(model, pairsOf(model, s.root).get('inputs')), undefined, out);
    else {
      for (const ev of s.events) {
        if ((ev.name === 'workflow_dispatch' || ev.name === 'workflow_call') && isMap(ev.config)) {
          readInputs(model, mapValue(model, pairsOf(model, ev.config as YAMLMap).get('inputs')), ev.name, out);
        }
      }
    }
    return out;
  });
  return only ? all.filter((i) => i.events.includes(only)) : all;
}

/** Markdown for an input: its description, then type, default, options and whether it is required. */
export function inputDoc(i: DeclaredInput): string {
  const facts: string[] = [];
  if (i.type) facts.push(`type: \`${i.type}\``);
  if (i.required !== undefined) facts.push(i.required ? 'required' : 'optional');
  if (i.default !== undefined) facts.push(`default: \`${i.default}\``);
  if (i.options?.length) facts.push(`options: ${i.options.map((o) => `\`${o}\``).join(', ')}`);
  if (i.events.length) facts.push(`declared in ${i.events.map((e) => `\`on.${e}.inputs\``).join(' and ')}`);
  return [i.description, facts.join(' · ')].filter(Boolean).join('\n\n');
}

/** Short detail: `input (boolean)`, `input` for untyped ones. */
export function inputDetail(i: DeclaredInput): string {
  return i.type ? `input (${i.type})` : 'input';
}
