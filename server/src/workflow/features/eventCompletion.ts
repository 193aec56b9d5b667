// Completion of `github.event.*` from the payloads of the workflow's own triggers (`on:` as a string, a list or a
// map; of the activity types a trigger lists in `types:`, else all of them). The payload shapes come from data/webhook-events.json (generated from GitHub's webhook schemas by
// scripts/gen-webhook-events.mjs); triggers whose payload GitHub documents apart from the webhooks are added here:
// `schedule` carries the cron string, `workflow_dispatch` the declared inputs (as strings), and `workflow_call`
// runs with the payload of the caller's event, which this file cannot know.
import type { WorkflowModel } from '../model';
import type { YAMLMap } from 'yaml';
import { isMap, isSeq } from '../../yaml/nodes';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import webhookEvents from '../data/webhook-events.json';
import { declaredInputs, inputDoc } from './inputCompletion';
import { memoKey } from '../../engine/memo';

/** A property: its type (see the generator for the notation) and a short description. */
type Prop = [string, string?];
type Obj = Record<string, Prop>;

const DATA = webhookEvents as unknown as { events: Record<string, number>; activities: Record<string, Record<string, number>>; objects: Obj[] };

/** Workflow triggers that deliver another webhook's payload. */
const PAYLOAD_OF: Record<string, string> = {
  pull_request_target: 'pull_request',
  // GitHub lists `pull_request_comment` as `issue_comment` (a pull request's comments are issue comments).
  pull_request_comment: 'issue_comment',
};

const SCHEDULE: Obj = { schedule: ['string', 'The cron schedule that triggered the workflow run.'] };

/** Where one trigger's payload is at a point of the chain: the objects there, and the element objects of arrays there. */
interface Level {
  event: string;
  objs: Obj[];
  arrays: Obj[];
}

export interface EventProperty {
  name: string;
  /** Readable type: `string`, `object`, `object[]`, `string | null`… */
  type: string;
  description?: string;
  /** The triggers whose payload has the property. */
  events: string[];
}

const EVENT_ROOTS = memoKey<Level[]>('wfc:eventRoots');

/** The triggers of the workflow whose payload is known, with the root object of each. */
function roots(model: WorkflowModel): Level[] {
  return model.memoize(EVENT_ROOTS, () => {
    const out: Level[] = [];
    for (const ev of workflowStructure(model).events) {
      if (out.some((l) => l.event === ev.name)) continue;
      let root: Obj | undefined;
      if (ev.name === 'schedule') root = SCHEDULE;
      else if (ev.name === 'workflow_dispatch') {
        const base = DATA.objects[DATA.events.workflow_dispatch];
        if (base) root = { ...base, inputs: ['#inputs', 'The inputs of the manual run (as strings).'] };
      } else {
        const payload = PAYLOAD_OF[ev.name] ?? ev.name;
        // `types: [opened, closed]`: the payloads of those activity types only (all of them when none is known).
        const listed = activityTypes(model, ev.config)
          .map((t) => DATA.activities[payload]?.[t])
          .filter((id): id is number => id !== undefined);
        if (listed.length) {
          out.push({ event: ev.name, objs: [...new Set(listed)].map((id) => DATA.objects[id]), arrays: [] });
          continue;
        }
        const id = DATA.events[payload];
        if (id !== undefined) root = DATA.objects[id];
      }
      if (root) out.push({ event: ev.name, objs: [root], arrays: [] });
    }
    return out;
  });
}

/** The activity types a trigger's `types:` lists (a list or a single name). */
function activityTypes(model: WorkflowModel, config: unknown): string[] {
  if (!isMap(config)) return [];
  const v = resolve(model, pairsOf(model, config as YAMLMap).get('types')?.value);
  const items = isSeq(v) ? v.items.map((x) => resolve(model, x)) : [v];
  return items.map((x) => scalarString(x)).filter((x): x is string => x !== undefined);
}

function dispatchInputs(model: WorkflowModel): Obj {
  const o: Obj = {};
  for (const i of declaredInputs(model, 'workflow_dispatch')) o[i.name] = ['string', inputDoc(i) || undefined];
  return o;
}

function findProp(obj: Obj, name: string): Prop | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, name)) return obj[name];
  const lower = name.toLowerCase();
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return obj[k];
  return undefined;
}

function step(model: WorkflowModel, levels: Level[], seg: string): Level[] {
  const out: Level[] = [];
  for (const l of levels) {
    const next: Level = { event: l.event, objs: [], arrays: [] };
    if (seg === '*') next.objs.push(...l.arrays);
    else {
      for (const o of l.objs) {
        const p = findProp(o, seg);
        if (!p) continue;
        for (const part of p[0].split('|')) {
          if (part === '#inputs') next.objs.push(dispatchInputs(model));
          const m = /^#(\d+)(\[\])?$/.exec(part);
          if (m) (m[2] ? next.arrays : next.objs).push(DATA.objects[Number(m[1])]);
        }
      }
    }
    if (next.objs.length || next.arrays.length) out.push(next);
  }
  return out;
}

function readableType(t: string): string {
  return [...new Set(t.split('|').map((p) => p.replace(/^#\w+/, 'object')))].join(' | ');
}

/** The properties of `github.event.<path>` for the workflow's triggers (`path` may hold `*` for array elements). */
export function eventProperties(model: WorkflowModel, path: string[]): EventProperty[] {
  let levels = roots(model);
  for (const seg of path) levels = step(model, levels, seg);
  const byName = new Map<string, EventProperty & { types: Set<string> }>();
  for (const l of levels) {
    for (const o of l.objs) {
      for (const [name, [type, desc]] of Object.entries(o)) {
        const key = name.toLowerCase();
        let e = byName.get(key);
        if (!e) byName.set(key, (e = { name, type: '', description: desc, events: [], types: new Set() }));
        for (const t of readableType(type).split(' | ')) e.types.add(t);
        e.description ??= desc;
        if (!e.events.includes(l.event)) e.events.push(l.event);
      }
    }
  }
  return [...byName.values()]
    .map(({ types, ...e }) => ({ ...e, type: [...types].sort((a, b) => Number(a === 'null') - Number(b === 'null')).join(' | ') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The workflow's triggers whose payload is known (for the item detail of a union). */
export function knownTriggers(model: WorkflowModel): string[] {
  return roots(model).map((l) => l.event);
}
