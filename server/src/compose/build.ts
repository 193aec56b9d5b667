// The build of each Compose service (context, Dockerfile, target) resolved to files on disk, and what the
// Dockerfile EXPOSEs: shared by the cross-file rules and by go to definition.
import * as path from 'node:path';
import { isMap, isScalar, type Scalar } from 'yaml';
import { DockerfileModel, type Stage } from '../dockerfile/model';
import type { FileHost } from '../engine/types';
import type { ComposeModel } from './model';
import { composeIndex } from './project';
import { deref, getEffective, isInterpolated } from './schema';
import { memoKeyFor } from '../engine/memo';

export interface BuildInfo {
  service: string;
  /** The scalar that names the context (`build: ./x` or `context: ./x`); absent for the default `.`. */
  contextNode?: Scalar;
  context: string;
  /** Absolute context folder; undefined for a remote or interpolated context. */
  contextAbs?: string;
  dockerfileNode?: Scalar;
  /** Absolute path of the Dockerfile (given or the default `Dockerfile`); undefined when unknown. */
  dockerfileAbs?: string;
  /** Whether the Dockerfile was named in the file (not the default). */
  dockerfileGiven: boolean;
  inline?: string;
  target?: string;
  /** The `build` key, for findings about the build as a whole. */
  buildKey: Scalar;
}

/** git URLs, http(s) tarballs and the like: nothing to look for on disk. */
export function isRemoteContext(s: string): boolean {
  return /^(https?:\/\/|git@|git:\/\/|ssh:\/\/|github\.com\/)/i.test(s) || /\.git(#.*)?$/.test(s) || s.includes('.git#');
}

function str(n: unknown): Scalar | undefined {
  return isScalar(n) && typeof n.value === 'string' ? (n as Scalar) : undefined;
}

const BUILDS = memoKeyFor<BuildInfo[]>('compose-builds');

export function buildInfos(model: ComposeModel, docPath: string | undefined): BuildInfo[] {
  return model.memoizeFor(BUILDS, docPath ?? '', () => {
    const out: BuildInfo[] = [];
    const doc = model.doc;
    const dir = docPath ? path.dirname(docPath) : undefined;
    for (const [service, def] of composeIndex(model).defs.service) {
      const svc = deref(doc, def.pair.value);
      if (!isMap(svc)) continue;
      const pair = getEffective(doc, svc, 'build');
      if (!pair || !isScalar(pair.key)) continue;
      const b = deref(doc, pair.value);
      let contextNode: Scalar | undefined;
      let dockerfileNode: Scalar | undefined;
      let inline: string | undefined;
      let target: string | undefined;
      if (isScalar(b)) contextNode = str(b);
      else if (isMap(b)) {
        contextNode = str(deref(doc, getEffective(doc, b, 'context')?.value));
        dockerfileNode = str(deref(doc, getEffective(doc, b, 'dockerfile')?.value));
        inline = str(deref(doc, getEffective(doc, b, 'dockerfile_inline')?.value))?.value as string | undefined;
        target = str(deref(doc, getEffective(doc, b, 'target')?.value))?.value as string | undefined;
      } else continue;
      const context = (contextNode?.value as string | undefined) ?? '.';
      const known = (s: string) => !isInterpolated(s) && !s.startsWith('~');
      let contextAbs: string | undefined;
      if (dir && known(context) && !isRemoteContext(context)) contextAbs = path.resolve(dir, context);
      let dockerfileAbs: string | undefined;
      const dockerfile = dockerfileNode?.value as string | undefined;
      if (contextAbs && inline === undefined) {
        if (dockerfile === undefined) dockerfileAbs = path.join(contextAbs, 'Dockerfile');
        else if (known(dockerfile)) dockerfileAbs = path.resolve(contextAbs, dockerfile);
      }
      out.push({
        service,
        contextNode,
        context,
        contextAbs,
        dockerfileNode,
        dockerfileAbs,
        dockerfileGiven: dockerfile !== undefined,
        inline,
        target: target && known(target) ? target : undefined,
        buildKey: pair.key as Scalar,
      });
    }
    return out;
  });
}

export interface ExposedPort {
  from: number;
  to: number;
  protocol: string;
}

/** Parsed Dockerfiles by text: completion and the rules ask at each keystroke, the Dockerfile rarely changes. */
const parsed = new Map<string, DockerfileModel>();
const PARSED_MAX = 32;

/** The model of a service's Dockerfile, parsed once per text (shared by the build rules, completion and navigation). */
export function parsedDockerfile(text: string): DockerfileModel {
  const hit = parsed.get(text);
  if (hit) return hit;
  const m = new DockerfileModel(text);
  parsed.set(text, m);
  if (parsed.size > PARSED_MAX) parsed.delete(parsed.keys().next().value!);
  return m;
}

/**
 * Ports the build's stage EXPOSEs (following `FROM <stage>` within the file). Undefined when it can't be known:
 * no Dockerfile, an EXPOSE with a variable, or no EXPOSE at all (the base image may expose ports).
 */
export function exposedPorts(text: string, target: string | undefined): ExposedPort[] | undefined {
  const df = parsedDockerfile(text);
  let stage = target ? df.findStage(target) : df.stages[df.stages.length - 1];
  if (!stage) return undefined;
  const out: ExposedPort[] = [];
  for (let hops = 0; stage && hops < 50; hops++) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const arg of ins.args) {
        const v = arg.getValue();
        if (v.includes('$')) return undefined;
        const m = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(v);
        if (!m) continue;
        out.push({ from: Number(m[1]), to: Number(m[2] ?? m[1]), protocol: (m[3] ?? 'tcp').toLowerCase() });
      }
    }
    const base: string | null = stage.imageName;
    const parent: Stage | undefined = base ? df.findStage(base) : undefined;
    stage = parent && parent.index < stage.index ? parent : undefined;
  }
  return out.length ? out : undefined;
}

export function readDockerfile(info: BuildInfo, files: FileHost): string | undefined {
  if (info.inline !== undefined) return info.inline;
  return info.dockerfileAbs ? files.readFile(info.dockerfileAbs) : undefined;
}
