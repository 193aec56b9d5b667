// Which contexts and functions an expression at the cursor may use: the cursor's chain of keys is named in GitHub's
// notation of the context-availability table (`jobs.<job_id>.steps.if`), the same keys the expression analyzer
// (expr/analysis.ts) checks each value with, and looked up in that one table (expr/contexts.ts AVAILABILITY,
// expr/functions.ts SPECIAL_FUNCTIONS).
import type { WorkflowModel } from '../model';
import { ACTION_CONTEXTS, ALL_CONTEXTS, AVAILABILITY } from '../expr/contexts';
import { SPECIAL_FUNCTIONS } from '../expr/functions';

const J = 'jobs.<job_id>.';
const STEP_KEYS = new Set(['id', 'name', 'if', 'run', 'shell', 'working-directory', 'with', 'env', 'continue-on-error', 'timeout-minutes']);
const JOB_KEYS = new Set(['name', 'concurrency', 'continue-on-error', 'runs-on', 'timeout-minutes', 'if', 'strategy', 'env']);

/**
 * GitHub's notation of the workflow key whose value holds the cursor, from the keys above it (sequence items are
 * `-`), the key of the value last; undefined where GitHub does not restrict the contexts (or the key is unknown).
 */
export function workflowKeyOf(keys: string[]): string | undefined {
  const [a, b, c, , e] = keys;
  if (a === 'run-name' || a === 'concurrency' || a === 'env') return a;
  if (a === 'defaults' && b === 'run' && c === 'shell') return 'defaults.run.shell';
  if (a === 'on' && b === 'workflow_call' && keys.length >= 5) {
    if (c === 'inputs' && e === 'default') return 'on.workflow_call.inputs.<inputs_id>.default';
    if (c === 'outputs' && e === 'value') return 'on.workflow_call.outputs.<output_id>.value';
    return undefined;
  }
  if (a !== 'jobs' || keys.length < 3) return undefined;
  const r = keys.slice(2);
  if (JOB_KEYS.has(r[0])) return J + r[0];
  switch (r[0]) {
    case 'container':
      if (r[1] === 'credentials') return J + 'container.credentials';
      if (r[1] === 'env') return J + 'container.env.<env_id>';
      return J + 'container';
    case 'services':
      if (r[2] === 'credentials') return J + 'services.<service_id>.credentials';
      if (r[2] === 'env') return J + 'services.<service_id>.env.<env_id>';
      return J + 'services';
    case 'environment':
      return r[1] === 'url' ? J + 'environment.url' : J + 'environment';
    case 'outputs':
      return J + 'outputs.<output_id>';
    case 'with':
      return J + 'with.<with_id>';
    case 'secrets':
      return J + 'secrets.<secrets_id>';
    case 'defaults':
      return r[1] === 'run' ? J + 'defaults.run' : undefined;
    case 'snapshot':
      return r[1] === 'if' ? J + 'snapshot.if' : undefined;
    case 'steps':
      return r[1] === '-' && STEP_KEYS.has(r[2]) ? J + 'steps.' + r[2] : undefined;
  }
  return undefined;
}

/** The key a composite action's step value is checked with (as the action-metadata rule does), else undefined. */
function actionStepKey(keys: string[]): string | undefined {
  if (keys[0] === 'runs' && keys[1] === 'steps' && keys[2] === '-' && keys[3]) return keys[3] === 'if' ? J + 'steps.if' : J + 'steps.run';
  return undefined;
}

export interface Availability {
  /** Context names (lower case) an expression here may read. */
  contexts: string[];
  /** Whether a function (lower-case name) may be called here. */
  allowsFunction(name: string): boolean;
  /** The key in GitHub's notation, when the table restricts it. */
  key?: string;
}

/** The contexts and functions allowed at a chain of keys (the value's own key last). */
export function availabilityAt(model: WorkflowModel, keys: string[]): Availability {
  let key: string | undefined;
  let contexts: string[];
  if (model.kind === 'action') {
    // The action-metadata rule checks composite steps and outputs with these contexts; elsewhere (docker `args`,
    // `runs.env`) the runner gives the action what it gives any step, so the same names are the nearest answer.
    key = actionStepKey(keys);
    contexts = ACTION_CONTEXTS;
  } else {
    key = workflowKeyOf(keys);
    contexts = key !== undefined ? (AVAILABILITY[key] ?? ALL_CONTEXTS) : ALL_CONTEXTS;
  }
  return {
    contexts,
    key,
    allowsFunction: (name) => {
      const only = SPECIAL_FUNCTIONS[name];
      return !only || (key !== undefined && only.includes(key));
    },
  };
}
