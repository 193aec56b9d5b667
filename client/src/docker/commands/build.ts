// Slipway: Build Image. From the palette or a menu it asks for the build context, the tag, the target stage and the
// build arguments (remembered per Dockerfile); from arguments it asks nothing. Errors the language server reports
// in the Dockerfile are said before the build (the palette asks whether to build anyway); a failed step becomes a
// diagnostic on its line.
import * as path from 'node:path';
import { STAGE_NAME } from '../../buildStage';
import { BUILD_ARG_NAME, BuildFailure, BuildOptions, buildCommandArgs, buildImage, stagesOf } from '../build';
import { formatCommand, resolveDocker } from '../cli';
import { validateImageRef } from '../imageRef';
import { Options } from './args';
import { Session, Step, kvList, kvListProblem, commandSteps } from './host';

export const BUILD_IMAGE = 'slipway.buildImage';

export interface BuildImageArgs {
  /** The Dockerfile (absolute path, `file:` URI or Uri); default: the active one, else the workspace's (asked when several). */
  dockerfile?: string;
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  network?: string;
  buildkit?: boolean;
  /** Build even when the Dockerfile has error diagnostics (default: ask; from arguments: build and log). */
  ignoreLint?: boolean;
}

export interface BuildImageOutcome {
  ok: boolean;
  tag?: string;
  imageId?: string;
  failure?: BuildFailure;
  error?: string;
  errorKind?: string;
  durationMs?: number;
  lintErrors?: number;
}

/** What a build runs with once every question is answered. */
export interface BuildRequest {
  dockerfile: string;
  context: string;
  tag?: string;
  target?: string;
  /** slipway.docker.buildArgs, then the ones given or answered. */
  buildArgs: Record<string, string>;
  network?: string;
  buildkit?: boolean;
  ignoreLint?: boolean;
}

/** What Build Image remembers per Dockerfile (workspace state) and offers next time. */
interface LastBuild {
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
}

const lastBuildKey = (dockerfile: string): string => `slipway.docker.lastBuild:${dockerfile}`;

/** Reads Build Image's argument object; throws DockerError('invalid-argument') naming the option. */
export function parseBuildImageArgs(arg: unknown): BuildImageArgs {
  const o = new Options(BUILD_IMAGE, arg, ['dockerfile', 'context', 'tag', 'target', 'buildArgs', 'network', 'buildkit', 'ignoreLint']);
  return {
    dockerfile: o.path('dockerfile'),
    context: o.path('context'),
    tag: o.string('tag', (v) => (v === '' ? undefined : validateImageRef(v, { allowDigest: false }))),
    target: o.string('target', (v) => (v === '' || STAGE_NAME.test(v) ? undefined : `not a stage name: ${JSON.stringify(v)}`)),
    buildArgs: o.record('buildArgs', (k) => (BUILD_ARG_NAME.test(k) ? undefined : `not a build argument name: ${JSON.stringify(k)}`)),
    network: o.string('network'),
    buildkit: o.boolean('buildkit'),
    ignoreLint: o.boolean('ignoreLint'),
  };
}

/**
 * Fills in what the arguments leave open: the Dockerfile (the active one, or picked), and, in the palette form,
 * the context, tag, target stage and build arguments (remembered for the next build of this Dockerfile). From
 * arguments the context defaults to the last one used, else the Dockerfile's folder. Undefined when dismissed.
 */
export async function askBuildImage(s: Session, args: BuildImageArgs, interactive: boolean): Promise<BuildRequest | undefined> {
  const dockerfile = args.dockerfile ?? s.prompts.activeFile('dockerfile') ?? (await s.prompts.pickFile('dockerfile', 'Dockerfile to build', 'Slipway: Build Image'));
  if (!dockerfile) return undefined;
  const last = s.editor.state.get<LastBuild>(lastBuildKey(dockerfile)) ?? {};
  const req: Omit<BuildRequest, 'context'> & { context?: string } = {
    ...args,
    dockerfile,
    buildArgs: { ...(s.editor.setting<Record<string, string>>('buildArgs') ?? {}), ...(args.buildArgs ?? {}) },
  };
  if (interactive) {
    const folder = s.editor.workspaceFolderOf(dockerfile);
    const text = await s.editor.readFile(dockerfile);
    const stages = stagesOf(text).filter((st) => st.named);
    const hasArgs = /^\s*ARG\s/im.test(text) && !args.buildArgs;
    const askTarget = req.target === undefined && stages.length > 0;
    const total = (req.context ? 0 : 1) + (req.tag ? 0 : 1) + (askTarget ? 1 : 0) + (hasArgs ? 1 : 0);
    let n = 0;
    const step = (): Step => ({ title: `Slipway: Build ${path.basename(dockerfile)}`, step: ++n, totalSteps: total > 1 ? total : undefined });
    // Context.
    if (!req.context) {
      const candidates = [...new Set([last.context, path.dirname(dockerfile), folder].filter((x): x is string => !!x))];
      const pick = await s.prompts.pickOne(
        [
          ...candidates.map((c) => ({ label: s.prompts.folderLabel(c), description: c === last.context ? 'last used' : c === folder ? 'workspace folder' : 'folder of the Dockerfile', value: c })),
          { label: 'Browse…', description: '', value: '' },
        ],
        { ...step(), placeholder: 'Build context' },
      );
      if (!pick) return undefined;
      req.context = pick.value || (await s.prompts.pickFolder(path.dirname(dockerfile)));
      if (!req.context) return undefined;
    }
    // Tag.
    if (!req.tag) {
      const base = path.basename(req.context ?? path.dirname(dockerfile)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'image';
      req.tag = await s.prompts.askText({
        ...step(),
        prompt: 'Image tag (name:tag)',
        value: last.tag ?? `${base}:latest`,
        validate: (v) => (v ? validateImageRef(v, { allowDigest: false }) : 'Give a tag'),
      });
      if (!req.tag) return undefined;
    }
    // Target stage.
    if (askTarget) {
      const pick = await s.prompts.pickOne(
        [{ label: '$(layers) last stage', description: 'no --target', value: '' }, ...stages.map((st) => ({ label: st.name, description: `FROM ${st.from} (line ${st.line + 1})`, value: st.name }))],
        { ...step(), placeholder: 'Target stage' },
      );
      if (!pick) return undefined;
      req.target = pick.value || undefined;
    }
    // Build args.
    if (hasArgs) {
      const prev = { ...req.buildArgs, ...(last.buildArgs ?? {}) };
      const value = await s.prompts.askText({
        ...step(),
        prompt: 'Build arguments (NAME=value, space separated; empty for none)',
        value: Object.entries(prev).map(([k, v]) => `${k}=${/\s/.test(v) ? JSON.stringify(v) : v}`).join(' '),
        validate: kvListProblem,
      });
      if (value === undefined) return undefined;
      req.buildArgs = kvList(value);
    }
    await s.editor.state.update(lastBuildKey(dockerfile), { context: req.context, tag: req.tag, target: req.target, buildArgs: req.buildArgs } satisfies LastBuild);
  }
  return { ...req, context: req.context ?? last.context ?? path.dirname(dockerfile) };
}

/** The palette's question when the Dockerfile has errors: build anyway? (Show Problems opens the list.) */
export async function confirmBuildWithErrors(s: Session, summary: string): Promise<boolean> {
  const choice = await s.prompts.confirm(`Slipway: ${summary}. Build anyway?`, undefined, 'Build Anyway', 'Show Problems');
  if (choice === 'Show Problems') s.editor.showProblems();
  return choice === 'Build Anyway';
}

/**
 * Builds with progress and output, and sets or clears the build diagnostic. Errors the language server reports in
 * the Dockerfile are logged first; `confirm` (the palette's question) may stop the build then.
 */
export async function runBuildImage(s: Session, req: BuildRequest, confirm?: (summary: string) => Promise<boolean>): Promise<BuildImageOutcome> {
  const opts: BuildOptions = { dockerfile: req.dockerfile, context: req.context, tags: req.tag ? [req.tag] : [], target: req.target, buildArgs: req.buildArgs, network: req.network, buildkit: req.buildkit };
  const args = buildCommandArgs(opts);
  // Pre-flight lint: errors the server found are likely to fail the build.
  const lint = s.editor.lintErrors(req.dockerfile);
  if (lint.length && !req.ignoreLint) {
    const first = lint[0];
    const summary = `${path.basename(req.dockerfile)} has ${lint.length} error diagnostic(s), e.g. line ${first.line + 1}: ${first.message}`;
    s.log(`⚠ ${summary}`);
    if (confirm && !(await confirm(summary))) return { ok: false, error: 'cancelled: the Dockerfile has errors', lintErrors: lint.length };
  }
  const ctx = s.editor.dockerContext();
  await s.editor.setBuildFailure(req.dockerfile, undefined);
  s.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, args)}`);
  const tag = req.tag;
  const r = await s.editor.withProgress(`Building ${tag ?? path.basename(req.dockerfile)}`, (signal, report) =>
    buildImage(ctx, opts, {
      signal,
      onLine: (line) => {
        s.log(line);
        const step = /^(Step \d+\/\d+ : .*|#\d+ \[.*)$/.exec(line);
        if (step) report(step[1]);
      },
    }),
  );
  s.lastDockerfile = req.dockerfile;
  const lintErrors = lint.length;
  if (r.ok) {
    if (tag) s.lastImage = tag;
    const took = `${(r.result.durationMs / 1000).toFixed(1)} s`;
    s.log(`✔ built ${tag ?? r.imageId ?? ''} in ${took}`);
    s.editor.showSuccess(`built ${tag ?? r.imageId ?? path.basename(req.dockerfile)} in ${took}.`);
    return { ok: true, tag, imageId: r.imageId, durationMs: r.result.durationMs, lintErrors };
  }
  if (r.failure?.line !== undefined) await s.editor.setBuildFailure(req.dockerfile, r.failure);
  const failed = s.fail(`build of ${tag ?? path.basename(req.dockerfile)} failed`, r.error ?? new Error('docker build failed'));
  return { ...failed, tag, failure: r.failure, errorKind: r.error?.kind, durationMs: r.result.durationMs, lintErrors };
}

/**
 * The command: `arg` is a BuildImageArgs object (nothing asked that it gives; nothing but the Dockerfile asked
 * at all unless `interactive`, the palette and menu form). Undefined when the user dismissed a question.
 */
export function buildImageCommand(s: Session, arg: unknown, interactive = false): Promise<BuildImageOutcome | undefined> {
  const confirm = interactive ? (summary: string) => confirmBuildWithErrors(s, summary) : undefined;
  return commandSteps(s, 'build', () => parseBuildImageArgs(arg), (args) => askBuildImage(s, args, interactive), (req) => runBuildImage(s, req, confirm));
}
