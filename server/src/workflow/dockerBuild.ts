// docker/build-push-action steps of a workflow: their `context` and `file` inputs resolved against the
// repository root. Shared by the docker-build-path rule and go to definition (file: → the Dockerfile).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scalar } from 'yaml';
import { isScalar } from '../yaml/nodes';
import { isRemoteContext } from '../compose/build';
import { DEFAULT_DOCKERFILE } from '../engine/languages';
import type { FileHost, Range } from '../engine/types';
import type { WorkflowModel } from './model';
import { projectRoot } from './localFiles';
import { allSteps, scalarString, type StepInfo } from './structure';

/** `with.context` / `with.file` of a docker/build-push-action step, resolved against the repository root. */
export interface DockerBuildStep {
  contextNode?: Scalar;
  fileNode?: Scalar;
  /** Absolute paths, when they can be known (no expressions, no remote context). */
  contextAbs?: string;
  fileAbs?: string;
  fileGiven: boolean;
  usesNode: Scalar;
  /** Whether an earlier `run` of the job, or a checkout into another folder, may make the paths differ. */
  uncertain: boolean;
}

function withValue(step: { with?: { items: unknown[] } }, name: string): Scalar | undefined {
  for (const p of (step.with?.items ?? []) as { key: unknown; value: unknown }[]) {
    if (scalarString(p.key) === name && isScalar(p.value) && typeof p.value.value === 'string') return p.value as Scalar;
  }
  return undefined;
}

const isDockerBuild = (step: StepInfo): boolean => !!step.uses && !!step.usesNode && /^docker\/build-push-action@/i.test(step.uses.trim());

/** Whether the workflow has a docker/build-push-action step (before looking for the repository root on disk). */
export function hasDockerBuildSteps(model: WorkflowModel): boolean {
  return allSteps(model).some(({ step }) => isDockerBuild(step));
}

export function dockerBuildSteps(model: WorkflowModel, root: string): DockerBuildStep[] {
  const out: DockerBuildStep[] = [];
  for (const { job, step } of allSteps(model)) {
    if (!isDockerBuild(step)) continue;
    const contextNode = withValue(step, 'context');
    const fileNode = withValue(step, 'file');
    const context = contextNode?.value as string | undefined;
    const file = fileNode?.value as string | undefined;
    const unknown = (s: string) => s.includes('${{') || s.includes('{{') || s.includes('$');
    let contextAbs: string | undefined;
    if (context !== undefined && !unknown(context) && !isRemoteContext(context) && !context.includes('://')) contextAbs = path.posix.join(root, context);
    let fileAbs: string | undefined;
    if (file !== undefined) {
      if (!unknown(file)) fileAbs = path.posix.join(root, file);
    } else if (context === undefined) fileAbs = path.posix.join(root, DEFAULT_DOCKERFILE);
    else if (contextAbs) fileAbs = path.posix.join(contextAbs, DEFAULT_DOCKERFILE);
    let uncertain = false;
    for (const s of job?.steps ?? []) {
      if (s.index >= step.index) break;
      const uses = s.uses?.trim() ?? '';
      if (/^actions\/checkout@/i.test(uses) && (withValue(s, 'path') || withValue(s, 'repository'))) uncertain = true;
      const run = s.run ?? '';
      const names = [file, context, DEFAULT_DOCKERFILE].filter((x): x is string => !!x && x !== '.' && x !== './');
      if (run && names.some((n) => run.includes(path.posix.basename(n)))) uncertain = true;
    }
    out.push({ contextNode, fileNode, contextAbs, fileAbs, fileGiven: file !== undefined, usesNode: step.usesNode!, uncertain });
  }
  return out;
}


/** Go to definition from a build-push-action step's `file:` or `context:` to the Dockerfile it builds. */
export function dockerBuildDefinition(model: WorkflowModel, docPath: string | undefined, files: FileHost, pos: { line: number; character: number }): { uri: string; range: Range }[] {
  if (model.kind !== 'workflow') return [];
  const root = projectRoot(docPath, files);
  if (!root) return [];
  const off = model.lines.offsetAt(pos);
  const on = (n: Scalar | undefined) => !!n?.range && n.range[0] <= off && off <= n.range[1];
  for (const s of dockerBuildSteps(model, root)) {
    if (!(on(s.fileNode) || on(s.contextNode)) || !s.fileAbs || !files.exists(s.fileAbs)) continue;
    return [{ uri: pathToFileURL(s.fileAbs).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  }
  return [];
}
