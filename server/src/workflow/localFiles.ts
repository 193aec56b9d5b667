// Reading the files a workflow refers to: local actions (`uses: ./path` or `uses: $/path`) and local reusable
// workflows (`uses: ./.github/workflows/x.yml` or `uses: $/.github/workflows/x.yml`), through the rule context's FileHost.
import * as path from 'node:path';
import type { YAMLMap } from 'yaml';
import { isMap, isScalar } from '../yaml/nodes';
import { FILE_GLOBS, WORKFLOWS_DIR } from '../engine/languages';
import type { FileHost } from '../engine/types';
import { WorkflowModel } from './model';
import { mapValue, pairsOf, resolve, scalarString, workflowStructure, type StepInfo } from './structure';
import { parseActionRef } from './actions-data';
import { memoKey } from '../engine/memo';
import type { YamlModel } from '../yaml/model';

const PROJECT_ROOT = memoKey<string | undefined>('projectRoot');

/** `projectRoot` of the document `model` was parsed from, worked out once per model (the rules reading local files share it). */
export function documentProjectRoot(model: YamlModel, docPath: string | undefined, files: FileHost): string | undefined {
  return model.memoize(PROJECT_ROOT, () => projectRoot(docPath, files));
}

/** The repository root of a document: the folder holding `.github/`, found upwards from the document. */
export function projectRoot(docPath: string | undefined, files: FileHost): string | undefined {
  if (!docPath) return undefined;
  const p = docPath.replace(/\\/g, '/');
  const i = p.lastIndexOf(`/${WORKFLOWS_DIR}/`);
  if (i >= 0) return p.slice(0, i) || '/';
  let dir = path.posix.dirname(p);
  for (let k = 0; k < 12; k++) {
    if (files.exists(path.posix.join(dir, '.github')) || files.exists(path.posix.join(dir, '.git'))) return dir;
    const up = path.posix.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/**
 * A `uses:` that names a file of this repository, with its path relative to the repository root.
 * `./path` is relative to the workspace (a checkout of this repository, usually); `$/path` is GitHub's
 * self-repository reference (July 2026, https://github.blog/changelog/2026-07-30-reference-same-repository-actions-with-self-repository-syntax/):
 * this repository at the running commit, no checkout needed. Both are read from the same files here.
 * Whether the value is well formed (no `@ref`, a `.yml` for a workflow) is for the rules to say.
 */
export interface LocalUses {
  kind: 'workspace' | 'self';
  /** Relative to the repository root, without the leading `./` or `$/` ('' for the root itself). */
  path: string;
}

export function localUses(uses: string): LocalUses | undefined {
  const u = uses.trim();
  if (u === '.' || u.startsWith('./')) return { kind: 'workspace', path: u.slice(2) };
  if (u.startsWith('$/')) return { kind: 'self', path: u.slice(2) };
  return undefined;
}

/** A step's `with:` inputs by lower-cased name (aliases followed; undefined for values that are not scalars). */
export function withValues(model: WorkflowModel, step: StepInfo): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const p of step.with?.items ?? []) {
    const k = scalarString(p.key);
    if (k !== undefined) out.set(k.toLowerCase(), scalarString(resolve(model, p.value)));
  }
  return out;
}

/**
 * The `actions/checkout` before `steps[index]` that put a folder of the workspace holding `workspacePath` (a
 * `./` path), the last one if several: its folder, the rest of the path inside it, and whether it checked out this
 * repository (no `repository:` input, or `${{ github.repository }}`). Undefined when no checkout into a folder
 * covers the path (a checkout into the root, or none).
 */
export function checkoutCovering(
  model: WorkflowModel,
  steps: readonly StepInfo[],
  index: number,
  workspacePath: string,
): { folder: string; rest: string; thisRepository: boolean } | undefined {
  let found: { folder: string; rest: string; thisRepository: boolean } | undefined;
  for (const s of steps.slice(0, index)) {
    const u = s.uses?.trim();
    if (!u || parseActionRef(u)?.name.toLowerCase() !== 'actions/checkout') continue;
    const w = withValues(model, s);
    const folder = (w.get('path') ?? '').trim().replace(/^\.\/?/, '').replace(/\/+$/, '');
    if (folder === '' || folder.includes('${{')) continue;
    if (workspacePath !== folder && !workspacePath.startsWith(folder + '/')) continue;
    const repo = w.get('repository')?.trim();
    found = { folder, rest: workspacePath.slice(folder.length + 1), thisRepository: !repo || /^\$\{\{\s*github\.repository\s*\}\}$/.test(repo) };
  }
  return found;
}

/**
 * The action a local `uses:` of `steps[index]` runs: `./x` or `$/x` read from the repository, or, for `./x` inside
 * an earlier checkout of this repository into a folder (`path: action`, then `uses: ./action`), the repository's
 * own path under that folder. Undefined when no action.yml is found.
 */
export function readStepLocalAction(
  model: WorkflowModel,
  root: string,
  uses: string,
  files: FileHost,
  steps: readonly StepInfo[] | undefined,
  index: number,
): LocalAction | undefined {
  const local = localUses(uses);
  if (!local) return undefined;
  const a = readLocalAction(root, uses, files);
  if (a || local.kind !== 'workspace' || !steps) return a;
  const into = checkoutCovering(model, steps, index, local.path);
  return into?.thisRepository ? readLocalAction(root, `./${into.rest}`, files) : undefined;
}

/** The path of a local `uses:` relative to the repository root; the value itself when it is not local. */
function relPath(uses: string): string {
  return localUses(uses)?.path ?? uses;
}

export interface LocalInput {
  name: string;
  required: boolean;
  hasDefault: boolean;
  type?: string;
  /** An action input's `deprecationMessage`. */
  deprecated?: string;
}

export interface LocalAction {
  file: string;
  inputs: Map<string, LocalInput>;
  outputs: string[];
  using?: string;
}

const cache = new Map<string, { text: string; value: unknown }>();

function parseCached<T>(file: string, text: string, parse: () => T): T {
  const hit = cache.get(file);
  if (hit && hit.text === text) return hit.value as T;
  const value = parse();
  if (cache.size > 64) cache.clear();
  cache.set(file, { text, value });
  return value;
}

/** Reads `./dir/action.yml` or `$/dir/action.yml` (or `.yaml`); undefined when neither exists. */
export function readLocalAction(root: string, uses: string, files: FileHost): LocalAction | undefined {
  const dir = path.posix.join(root, relPath(uses));
  for (const name of FILE_GLOBS.action) {
    const file = path.posix.join(dir, name);
    const text = files.readFile(file);
    if (text === undefined) continue;
    return parseCached(file, text, () => {
      const model = new WorkflowModel(text, 'action');
      const top = pairsOf(model, model.root);
      const inputs = new Map<string, LocalInput>();
      for (const p of mapValue(model, top.get('inputs'))?.items ?? []) {
        const n = scalarString(p.key);
        if (n === undefined) continue;
        const def = resolve(model, p.value);
        const pairs = isMap(def) ? pairsOf(model, def as YAMLMap) : new Map();
        const req = resolve(model, pairs.get('required')?.value);
        const deprecated = scalarString(resolve(model, pairs.get('deprecationMessage')?.value));
        inputs.set(n.toLowerCase(), { name: n, required: isScalar(req) && (req.value === true || req.value === 'true'), hasDefault: pairs.has('default'), deprecated: deprecated?.trim() ? deprecated : undefined });
      }
      const outputs = (mapValue(model, top.get('outputs'))?.items ?? []).map((p) => scalarString(p.key)).filter((x): x is string => !!x);
      const using = scalarString(resolve(model, pairsOf(model, mapValue(model, top.get('runs'))).get('using')?.value));
      return { file, inputs, outputs, using };
    });
  }
  return undefined;
}

export interface LocalWorkflow {
  file: string;
  /** Whether `on:` has `workflow_call`. */
  callable: boolean;
  inputs: Map<string, LocalInput>;
  secrets: Map<string, LocalInput>;
  outputs: string[];
}

export function readLocalWorkflow(root: string, uses: string, files: FileHost): LocalWorkflow | undefined {
  const file = path.posix.join(root, relPath(uses));
  const text = files.readFile(file);
  if (text === undefined) return undefined;
  return parseCached(file, text, () => {
    const model = new WorkflowModel(text, 'workflow');
    const s = workflowStructure(model);
    const ev = s.events.find((e) => e.name === 'workflow_call');
    const out: LocalWorkflow = { file, callable: !!ev, inputs: new Map(), secrets: new Map(), outputs: [] };
    if (ev && isMap(ev.config)) {
      const pairs = pairsOf(model, ev.config as YAMLMap);
      for (const [section, target] of [
        ['inputs', out.inputs],
        ['secrets', out.secrets],
      ] as const) {
        for (const p of mapValue(model, pairs.get(section))?.items ?? []) {
          const n = scalarString(p.key);
          if (n === undefined) continue;
          const def = resolve(model, p.value);
          const dp = isMap(def) ? pairsOf(model, def as YAMLMap) : new Map();
          const req = resolve(model, dp.get('required')?.value);
          target.set(n.toLowerCase(), {
            name: n,
            required: isScalar(req) && req.value === true,
            hasDefault: dp.has('default'),
            type: scalarString(resolve(model, dp.get('type')?.value)),
          });
        }
      }
      out.outputs = (mapValue(model, pairs.get('outputs'))?.items ?? []).map((p) => scalarString(p.key)).filter((x): x is string => !!x);
    }
    return out;
  });
}
