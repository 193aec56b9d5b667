// Which contexts each workflow key may use (GitHub's "Context availability" table,
// https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability), and the shapes of the
// contexts whose properties are known.
import { ANY, BOOL, mapObj, NUMBER, STRING, strictObj, looseObj, type ObjTy, type Ty } from './types';

export const ALL_CONTEXTS = ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'steps', 'strategy', 'vars'];

const STEP = ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'steps', 'strategy', 'vars'];
const JOB_LEVEL = ['github', 'inputs', 'matrix', 'needs', 'strategy', 'vars'];

/** Workflow key (GitHub's notation) → contexts allowed there. Keys not listed are not restricted. */
export const AVAILABILITY: Record<string, string[]> = {
  'run-name': ['github', 'inputs', 'vars'],
  concurrency: ['github', 'inputs', 'vars'],
  env: ['github', 'inputs', 'secrets', 'vars'],
  'defaults.run.shell': [],
  'on.workflow_call.inputs.<inputs_id>.default': ['github', 'inputs', 'vars'],
  'on.workflow_call.outputs.<output_id>.value': ['github', 'inputs', 'jobs', 'vars'],
  'jobs.<job_id>.name': JOB_LEVEL,
  'jobs.<job_id>.concurrency': JOB_LEVEL,
  'jobs.<job_id>.container': JOB_LEVEL,
  'jobs.<job_id>.container.image': JOB_LEVEL,
  'jobs.<job_id>.continue-on-error': JOB_LEVEL,
  'jobs.<job_id>.environment': JOB_LEVEL,
  'jobs.<job_id>.runs-on': JOB_LEVEL,
  'jobs.<job_id>.services': JOB_LEVEL,
  'jobs.<job_id>.timeout-minutes': JOB_LEVEL,
  'jobs.<job_id>.with.<with_id>': JOB_LEVEL,
  'jobs.<job_id>.snapshot.if': JOB_LEVEL,
  'jobs.<job_id>.strategy': ['github', 'inputs', 'needs', 'vars'],
  'jobs.<job_id>.if': ['github', 'inputs', 'needs', 'vars'],
  'jobs.<job_id>.env': ['github', 'inputs', 'matrix', 'needs', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.secrets.<secrets_id>': ['github', 'inputs', 'matrix', 'needs', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.defaults.run': ['env', 'github', 'inputs', 'matrix', 'needs', 'strategy', 'vars'],
  'jobs.<job_id>.container.credentials': ['env', 'github', 'inputs', 'matrix', 'needs', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.services.<service_id>.credentials': ['env', 'github', 'inputs', 'matrix', 'needs', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.container.env.<env_id>': ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.services.<service_id>.env.<env_id>': ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'secrets', 'strategy', 'vars'],
  'jobs.<job_id>.environment.url': ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'steps', 'strategy', 'vars'],
  'jobs.<job_id>.outputs.<output_id>': STEP,
  'jobs.<job_id>.steps.if': ['env', 'github', 'inputs', 'job', 'matrix', 'needs', 'runner', 'steps', 'strategy', 'vars'],
  'jobs.<job_id>.steps.continue-on-error': STEP,
  'jobs.<job_id>.steps.env': STEP,
  'jobs.<job_id>.steps.name': STEP,
  'jobs.<job_id>.steps.run': STEP,
  'jobs.<job_id>.steps.timeout-minutes': STEP,
  'jobs.<job_id>.steps.with': STEP,
  'jobs.<job_id>.steps.working-directory': STEP,
  'jobs.<job_id>.steps.id': [],
  'jobs.<job_id>.steps.shell': [],
};

/**
 * Contexts the steps and outputs of a composite action can read (action.yml): no `secrets`, `vars` or `needs`.
 * The action-metadata rule checks against these names; completion offers them.
 */
export const ACTION_CONTEXTS = ['env', 'github', 'inputs', 'job', 'matrix', 'runner', 'steps', 'strategy'];

export const AVAILABILITY_URL = 'https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability';

/** Properties of the `github` context but `event`, built once (every lint asks for a fresh context). */
let githubProps: [string, Ty][] | undefined;

/** The `github` context. `event` is open: its payload depends on the event. */
export function githubContext(): ObjTy {
  if (!githubProps) {
    const s = (names: string) => Object.fromEntries(names.split(/\s+/).filter(Boolean).map((n) => [n, STRING]));
    githubProps = [
      ...strictObj({
        ...s(`action action_path action_ref action_repository action_status actor actor_id api_url base_ref env event_name
      event_path graphql_url head_ref job output path ref ref_name ref_type repository repository_id repository_owner
      repository_owner_id repository_visibility repositoryurl run_attempt run_id run_number secret_source server_url sha
      state step_summary token triggering_actor workflow workflow_ref workflow_sha workspace`),
        artifact_cache_size_limit: NUMBER,
        retention_days: NUMBER,
        ref_protected: BOOL,
      }).props,
    ];
  }
  // A new map each time: the analyzer replaces `event` in its copy.
  const props = new Map(githubProps);
  props.set('event', looseObj());
  return { k: 'object', props, strict: true };
}

export function runnerContext(): ObjTy {
  return strictObj({ name: STRING, os: STRING, arch: STRING, temp: STRING, tool_cache: STRING, debug: STRING, environment: STRING, workspace: STRING });
}

export function jobContext(): ObjTy {
  return strictObj({
    check_run_id: NUMBER,
    container: strictObj({ id: STRING, network: STRING }),
    services: mapObj(strictObj({ id: STRING, network: STRING, ports: mapObj(STRING) })),
    status: STRING,
    // Job-level workflow_call and job-container metadata GitHub added later.
    workflow_ref: STRING,
    workflow_sha: STRING,
    workflow_repository: STRING,
    workflow_file_path: STRING,
  });
}

export function strategyContext(): ObjTy {
  return looseObj({ 'fail-fast': BOOL, 'job-index': NUMBER, 'job-total': NUMBER, 'max-parallel': NUMBER });
}

let fixed: Record<string, Ty> | undefined;

/**
 * Contexts whose shape does not depend on the workflow. The types are built once and shared: nothing changes them
 * (the analyzer makes a new `github` type when it adds a workflow's inputs to `github.event`).
 */
export function fixedContexts(): Record<string, Ty> {
  fixed ??= {
    github: githubContext(),
    env: mapObj(STRING),
    job: jobContext(),
    runner: runnerContext(),
    secrets: mapObj(STRING),
    strategy: strategyContext(),
    vars: mapObj(STRING),
    matrix: looseObj(),
    needs: looseObj(),
    steps: looseObj(),
    inputs: looseObj(),
  };
  return { ...fixed };
}

export { ANY };
