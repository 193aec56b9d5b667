// `docker build` with validated arguments, streamed output, and the failing step of a failed build mapped back
// to its Dockerfile line (legacy builder `Step N/M : ...`, BuildKit `#N [stage i/n] ...`, `Dockerfile:LINE`,
// `dockerfile parse error line N`) through the language server's DockerfileModel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DockerfileModel, type DfInstruction } from '../../../server/src/dockerfile/model';
import { DEFAULT_DOCKERFILE } from '../../../server/src/engine/languages';
import { STAGE_NAME } from '../buildStage';
import { DockerContext, DockerError, RunOptions, RunResult, classifyFailure, redact, runDocker } from './cli';
import { parseImageRef } from './imageRef';

export interface BuildOptions {
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  /** Build context directory (default: the Dockerfile's folder). */
  context?: string;
  /** Tags to give the image (each validated). */
  tags?: string[];
  /** Stage to build (--target). */
  target?: string;
  buildArgs?: Record<string, string>;
  /** --network for RUN steps (e.g. `none`, `host`). */
  network?: string;
  noCache?: boolean;
  pull?: boolean;
  /** Use BuildKit (DOCKER_BUILDKIT=1) or the legacy builder (DOCKER_BUILDKIT=0); undefined leaves docker's default. */
  buildkit?: boolean;
  /** More `docker build` options, as an argument array (e.g. from the slipway.docker.buildArgs setting). */
  extraArgs?: string[];
}

/** A build argument's name as `--build-arg` takes it. */
export const BUILD_ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The `docker build` argument array; throws DockerError('invalid-argument') before docker is called. */
export function buildCommandArgs(opts: BuildOptions): string[] {
  const invalid = (msg: string): never => {
    throw new DockerError('invalid-argument', msg);
  };
  if (!opts.dockerfile || !path.isAbsolute(opts.dockerfile)) invalid(`The Dockerfile must be an absolute path (got ${JSON.stringify(opts.dockerfile)}).`);
  const context = opts.context ?? path.dirname(opts.dockerfile);
  if (!path.isAbsolute(context)) invalid(`The build context must be an absolute path (got ${JSON.stringify(context)}).`);
  const args = ['build', '-f', opts.dockerfile];
  for (const tag of opts.tags ?? []) {
    try {
      const ref = parseImageRef(tag);
      if (ref.digest) invalid(`Cannot tag a build with a digest: ${tag}`);
    } catch (e) {
      if (e instanceof DockerError) throw e;
      invalid((e as Error).message);
    }
    args.push('-t', tag);
  }
  if (opts.target !== undefined && opts.target !== '') {
    if (!STAGE_NAME.test(opts.target)) invalid(`Invalid target stage name: ${JSON.stringify(opts.target)}`);
    args.push('--target', opts.target);
  }
  for (const [k, v] of Object.entries(opts.buildArgs ?? {})) {
    if (!BUILD_ARG_NAME.test(k)) invalid(`Invalid build argument name: ${JSON.stringify(k)}`);
    args.push('--build-arg', `${k}=${v}`);
  }
  if (opts.network) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(opts.network)) invalid(`Invalid network: ${JSON.stringify(opts.network)}`);
    args.push('--network', opts.network);
  }
  if (opts.noCache) args.push('--no-cache');
  if (opts.pull) args.push('--pull');
  args.push(...(opts.extraArgs ?? []));
  args.push(context);
  return args;
}

/** Environment for the build: plain BuildKit progress (parsable, no TTY redraws) and the chosen builder. */
export function buildEnv(opts: Pick<BuildOptions, 'buildkit'>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { BUILDKIT_PROGRESS: 'plain' };
  if (opts.buildkit !== undefined) env.DOCKER_BUILDKIT = opts.buildkit ? '1' : '0';
  return env;
}

// ------------------------------------------------------------------ failure mapping

export interface BuildFailure {
  /** Which output format told us. */
  builder: 'legacy' | 'buildkit' | 'parser';
  /** The step as docker printed it (`Step 6/7 : RUN ...`, `[final 1/1] RUN ...`). */
  step?: string;
  /** 0-based line range of the instruction in the Dockerfile (undefined when it could not be mapped). */
  line?: number;
  endLine?: number;
  /** The stage (name or index) the instruction belongs to. */
  stage?: string;
  /** The error docker gave (last meaningful lines). */
  message: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Instruction text with continuation lines joined, as docker prints it in `Step` and vertex names. */
function instructionText(model: DockerfileModel, ins: DfInstruction): string {
  const raw = model.textOf(ins.range);
  const esc = model.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const joined = raw
    .split('\n')
    .filter((l, i) => i === 0 || !/^\s*#/.test(l)) // comment lines inside a continuation are dropped
    .join('\n')
    .replace(new RegExp(`${esc}[ \\t]*\\r?\\n`, 'g'), '');
  return norm(joined);
}

function matchScore(printed: string, actual: string): number {
  const p = norm(printed).replace(/:$/, '');
  if (p === actual) return 3;
  if (p.toLowerCase() === actual.toLowerCase()) return 2;
  const kwP = p.split(' ')[0]?.toUpperCase();
  const kwA = actual.split(' ')[0]?.toUpperCase();
  if (kwP !== kwA) return 0;
  // Long vertex names can be cut; expanded ARGs change the rest.
  if (actual.startsWith(p.replace(/\.\.\.$/, '')) || p.startsWith(actual)) return 1.5;
  return 0.5;
}

function errorMessage(lines: string[], from: number): string {
  const picked: string[] = [];
  for (let i = lines.length - 1; i >= from && picked.length < 4; i--) {
    const l = lines[i].trim();
    if (!l || /^-+$/.test(l) || /^#\d+ (sha256:|DONE|CACHED)/.test(l)) continue;
    if (/^(DEPRECATED|Install the buildx|https:\/\/docs\.docker\.com)/.test(l)) continue;
    picked.unshift(l);
    if (/returned a non-zero code|ERROR:|error|failed/i.test(l)) break;
  }
  return picked.join('\n') || 'the build failed';
}

function located(model: DockerfileModel, ins: DfInstruction, base: Omit<BuildFailure, 'line' | 'endLine' | 'stage'>): BuildFailure {
  const stage = ins.stage ? (ins.stage.name ?? String(ins.stage.index)) : undefined;
  return { ...base, line: ins.range.start.line, endLine: ins.range.end.line, stage };
}

/**
 * Finds the failing step in `output` of a failed `docker build` and the Dockerfile instruction it ran.
 * Returns undefined when the output shows no failure at all. The step and message are redacted: they become a
 * diagnostic, an error notification and a line of task output, where a credential must not appear.
 */
export function parseBuildFailure(output: string, dockerfileText: string, dockerfileName = DEFAULT_DOCKERFILE): BuildFailure | undefined {
  const failure = findBuildFailure(output, dockerfileText, dockerfileName);
  if (!failure) return undefined;
  return { ...failure, message: redact(failure.message), ...(failure.step !== undefined ? { step: redact(failure.step) } : {}) };
}

function findBuildFailure(output: string, dockerfileText: string, dockerfileName: string): BuildFailure | undefined {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').split(/\r?\n/);
  const model = new DockerfileModel(dockerfileText);
  const instructions = model.instructions;

  // 1. A parse error names its line.
  for (const l of lines) {
    const m = /(?:dockerfile )?parse error (?:on )?line (\d+)\s*:?\s*(.*)$/i.exec(l);
    if (m) {
      const line = Number(m[1]) - 1;
      const ins = instructions.find((i) => i.range.start.line <= line && line <= i.range.end.line);
      return { builder: 'parser', line, endLine: ins?.range.end.line ?? line, stage: undefined, message: l.trim().replace(/^.*?(dockerfile parse error)/i, '$1') };
    }
  }

  // 2. Newer BuildKit prints `Dockerfile:7` (or `<file>:7`) above a source excerpt.
  const base = path.basename(dockerfileName).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const fileLine = new RegExp(`^(?:${base}|${DEFAULT_DOCKERFILE}):(\\d+)(?:-(\\d+))?$`);
  let bkLine: number | undefined;
  for (const l of lines) {
    const m = fileLine.exec(l.trim());
    if (m) bkLine = Number(m[1]) - 1;
  }

  // 3. BuildKit plain progress: `#7 [final 1/1] RUN ...` ... `#7 ERROR: ...`; tty: `=> ERROR [final 1/1] RUN ...`.
  const vertices = new Map<string, string>();
  let failedVertex: string | undefined;
  let failedIndex = -1;
  lines.forEach((l, i) => {
    let m = /^#(\d+) (\[[^\]]+\] .*)$/.exec(l);
    if (m && !vertices.has(m[1])) vertices.set(m[1], m[2]);
    m = /^#(\d+) ERROR:/.exec(l);
    if (m && vertices.has(m[1])) {
      failedVertex = vertices.get(m[1]);
      failedIndex = i;
    }
    m = /^\s*=> ERROR (\[[^\]]+\] .*?)(?:\s+\d+(?:\.\d+)?s)?$/.exec(l);
    if (m && !failedVertex) {
      failedVertex = m[1];
      failedIndex = i;
    }
    m = /^ > (\[[^\]]+\] .*):$/.exec(l);
    if (m && !failedVertex) {
      failedVertex = m[1];
      failedIndex = i;
    }
  });
  if (failedVertex && !failedVertex.startsWith('[internal]')) {
    const m = /^\[(?:(.+?) )?(\d+)\/(\d+)\] (.*)$/.exec(failedVertex)!;
    const message = errorMessage(lines, failedIndex);
    const step = failedVertex;
    if (bkLine !== undefined) {
      const ins = instructions.find((i) => i.range.start.line <= bkLine! && bkLine! <= i.range.end.line);
      if (ins) return located(model, ins, { builder: 'buildkit', step, message });
    }
    if (m) {
      const [, stageName, iStr, nStr, text] = m;
      let stage = stageName
        ? model.stages.find((s) => s.name?.toLowerCase() === stageName.toLowerCase()) ??
          (/^stage-(\d+)$/.exec(stageName) ? model.stages[Number(/^stage-(\d+)$/.exec(stageName)![1])] : undefined)
        : undefined;
      if (!stage && !stageName && model.stages.length >= 1) stage = model.stages[model.stages.length - 1];
      const pool = stage ? stage.instructions : instructions;
      let best: DfInstruction | undefined;
      let bestScore = 0;
      for (const ins of pool) {
        const score = matchScore(text, instructionText(model, ins));
        if (score > bestScore) {
          best = ins;
          bestScore = score;
        }
      }
      if (stage && (bestScore < 1 || pool.filter((ins) => matchScore(text, instructionText(model, ins)) === bestScore).length > 1)) {
        // Positional: i/n counts the stage's filesystem steps (RUN, COPY, ADD, WORKDIR), plus FROM when it is
        // a real image (not scratch).
        const i = Number(iStr);
        const n = Number(nStr);
        const fsSteps = stage.instructions.filter((ins) => /^(RUN|COPY|ADD|WORKDIR)$/.test(ins.keyword));
        const steps = n === fsSteps.length + 1 ? [stage.instructions[0], ...fsSteps] : fsSteps;
        const kw = text.split(' ')[0]?.toUpperCase();
        const sameKeyword = pool.filter((ins) => ins.keyword === kw);
        if (steps[i - 1] && steps.length === n && steps[i - 1].keyword === kw) best = steps[i - 1];
        else if (sameKeyword.length === 1) best = sameKeyword[0];
        else if (steps[i - 1]) best = steps[i - 1];
      }
      if (best) return located(model, best, { builder: 'buildkit', step, message });
    }
    return { builder: 'buildkit', step, message, line: bkLine, endLine: bkLine };
  }
  if (bkLine !== undefined) {
    const ins = instructions.find((i) => i.range.start.line <= bkLine! && bkLine! <= i.range.end.line);
    if (ins) return located(model, ins, { builder: 'buildkit', message: errorMessage(lines, 0) });
  }

  // 4. Legacy builder: the last `Step N/M : ...` before the error.
  let lastStep: { n: number; text: string; index: number } | undefined;
  lines.forEach((l, i) => {
    const m = /^Step (\d+)\/(\d+) : (.*)$/.exec(l);
    if (m) lastStep = { n: Number(m[1]), text: m[3], index: i };
  });
  if (lastStep) {
    const message = errorMessage(lines, lastStep.index + 1);
    const step = `Step ${lastStep.n} : ${lastStep.text}`;
    // Step N is the Nth instruction of the file (global ARGs included; ONBUILD triggers are not steps).
    const byIndex = instructions[lastStep.n - 1];
    let best = byIndex && matchScore(lastStep.text, instructionText(model, byIndex)) >= 1 ? byIndex : undefined;
    if (!best) {
      let bestScore = 0;
      for (const ins of instructions) {
        const s = matchScore(lastStep.text, instructionText(model, ins));
        if (s > bestScore || (s === bestScore && s > 0 && best && Math.abs(ins.index - lastStep.n + 1) < Math.abs(best.index - lastStep.n + 1))) {
          best = ins;
          bestScore = s;
        }
      }
      if (bestScore < 1) best = byIndex ?? best;
    }
    if (best) return located(model, best, { builder: 'legacy', step, message });
    return { builder: 'legacy', step, message };
  }
  return undefined;
}

// ------------------------------------------------------------------ building

export interface BuildResult {
  ok: boolean;
  result: RunResult;
  /** The image id (legacy `Successfully built`, BuildKit `writing image sha256:`), when docker printed it. */
  imageId?: string;
  tags: string[];
  /** Where the build failed (only when !ok and the output names a step). */
  failure?: BuildFailure;
  /** The classified error (daemon down, cancelled, ...) when !ok. */
  error?: DockerError;
}

function imageIdOf(output: string): string | undefined {
  const legacy = /Successfully built ([0-9a-f]{12,64})/.exec(output);
  if (legacy) return legacy[1];
  const bk = /writing image (sha256:[0-9a-f]{64})/.exec(output);
  return bk?.[1];
}

/** Builds an image. Never throws for a failed build (see `ok`, `failure`, `error`); throws on invalid options. */
export async function buildImage(ctx: DockerContext, opts: BuildOptions, run: RunOptions = {}): Promise<BuildResult> {
  const args = buildCommandArgs(opts);
  const context = opts.context ?? path.dirname(opts.dockerfile);
  const result = await runDocker(ctx, args, { ...run, cwd: run.cwd ?? context, env: { ...buildEnv(opts), ...(run.env ?? {}) } });
  const tags = opts.tags ?? [];
  if (result.code === 0 && !result.cancelled) return { ok: true, result, imageId: imageIdOf(result.output), tags };
  const error = classifyFailure(ctx, 'build', result, opts.dockerfile);
  let failure: BuildFailure | undefined;
  if (error && error.kind === 'failed') {
    let text = '';
    try {
      text = fs.readFileSync(opts.dockerfile, 'utf8');
    } catch {
      /* unreadable: no mapping */
    }
    failure = parseBuildFailure(result.output, text, opts.dockerfile);
    if (failure) error.message = `docker build failed${failure.line !== undefined ? ` at line ${failure.line + 1}` : ''}${failure.step ? ` (${failure.step})` : ''}: ${failure.message}`;
  }
  return { ok: false, result, tags, failure, error };
}

/** Names of the stages of a Dockerfile (named ones by name, others by index), for the target quick pick. */
export function stagesOf(dockerfileText: string): Array<{ name: string; line: number; named: boolean; from: string }> {
  const model = new DockerfileModel(dockerfileText);
  return model.stages.map((s) => ({
    name: s.name ?? String(s.index),
    line: s.fromInstruction.range.start.line,
    named: s.name !== undefined,
    from: s.from.getImageName() ?? '',
  }));
}
