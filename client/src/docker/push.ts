// `docker push`: to Docker Hub, GHCR or any registry. A refused push is explained with the `docker login`
// command to run; Slipway never asks for, passes or logs a password.
import { DockerContext, DockerError, RunOptions, RunResult, runDockerChecked } from './cli';
import { DOCKER_HUB, parseImageRef, registryOf, retarget } from './imageRef';
import { tagImage } from './tag';

export function pushCommandArgs(image: string): string[] {
  let ref;
  try {
    ref = parseImageRef(image);
  } catch (e) {
    throw new DockerError('invalid-argument', (e as Error).message);
  }
  if (ref.digest) throw new DockerError('invalid-argument', `Push a tag, not a digest: ${image}`);
  return ['push', image];
}

export interface PushResult extends RunResult {
  /** The reference that was pushed. */
  pushed: string;
  /** The registry it went to (docker.io for Docker Hub). */
  registry: string;
  /** `sha256:...` of the pushed manifest, when docker printed it. */
  digest?: string;
}

/**
 * Pushes `image`; with `registry` (e.g. `ghcr.io/octo-org`, `127.0.0.1:5000`, `docker.io/user`) the image is
 * first tagged for that registry (keeping its name and tag) and the new reference is pushed.
 */
export async function pushImage(ctx: DockerContext, image: string, opts: { registry?: string } & RunOptions = {}): Promise<PushResult> {
  const { registry, ...run } = opts;
  let target = image;
  if (registry) {
    try {
      target = retarget(image, registry);
    } catch (e) {
      throw new DockerError('invalid-argument', (e as Error).message);
    }
    if (target !== image) await tagImage(ctx, image, target, run);
  }
  const args = pushCommandArgs(target);
  const result = await runDockerChecked(ctx, 'push', args, run, target);
  const digest = /digest: (sha256:[0-9a-f]{64})/.exec(result.output)?.[1];
  return { ...result, pushed: target, registry: registryOf(target), digest };
}

// ------------------------------------------------------------------ where to push (the Push Image quick pick)

/** What Push Image remembers in the workspace: the registry last used for each repository, and the last overall. */
export interface PushMemory {
  /** Repository (the image without tag or digest) → registry it was last pushed to ('' = as named). */
  byImage?: Record<string, string>;
  last?: string;
  /** Docker Hub repositories the user has confirmed a push to. */
  confirmedDockerHub?: string[];
}

export interface PushChoice {
  label: string;
  description: string;
  /** A registry (with optional namespace), '' to push as named, or an ask-* sentinel for a prompt. */
  value: string;
  /** Why it is offered (for the picker's separator/detail): remembered, setting, named, prompt. */
  why: 'remembered' | 'setting' | 'named' | 'prompt';
}

/** The repository part of a reference (no tag, no digest), the key of PushMemory.byImage. */
export function repositoryOf(image: string): string {
  const r = parseImageRef(image);
  return `${r.registry ? `${r.registry}/` : ''}${r.path}`;
}

/**
 * The registries Push Image offers, first the one Enter picks: the registry last used for this image (else the last
 * used in the workspace), then slipway.docker.defaultRegistry, then the image as named unless that means Docker Hub,
 * then the prompts; pushing to Docker Hub as named comes last, so that it is never the default by accident.
 */
export function pushChoices(image: string, opts: { memory?: PushMemory; defaultRegistry?: string } = {}): PushChoice[] {
  const out: PushChoice[] = [];
  const seen = new Set<string>();
  const add = (c: PushChoice): void => {
    if (seen.has(c.value)) return;
    seen.add(c.value);
    out.push(c);
  };
  const named = registryOf(image);
  const describe = (reg: string): string => (reg ? `push ${retarget(image, reg)}` : `push ${image} (${named})`);
  const remembered = opts.memory?.byImage?.[repositoryOf(image)] ?? opts.memory?.last;
  if (remembered !== undefined) add({ label: remembered || 'As named', description: `${describe(remembered)} · last used`, value: remembered, why: 'remembered' });
  if (opts.defaultRegistry) add({ label: opts.defaultRegistry, description: `${describe(opts.defaultRegistry)} · slipway.docker.defaultRegistry`, value: opts.defaultRegistry, why: 'setting' });
  if (named !== DOCKER_HUB) add({ label: 'As named', description: describe(''), value: '', why: 'named' });
  add({ label: 'GitHub Container Registry…', description: 'ghcr.io/<owner>', value: 'ask:ghcr.io/', why: 'prompt' });
  add({ label: 'Other registry…', description: 'host[:port][/namespace]', value: 'ask:', why: 'prompt' });
  add({ label: 'Docker Hub…', description: 'docker.io/<user>', value: 'ask:docker.io/', why: 'prompt' });
  if (named === DOCKER_HUB) add({ label: 'As named (Docker Hub)', description: describe(''), value: '', why: 'named' });
  return out;
}

/** Whether pushing `target` needs the user's confirmation: the first push of a repository to Docker Hub (public by default). */
export function needsDockerHubConfirmation(target: string, memory: PushMemory = {}): boolean {
  return registryOf(target) === DOCKER_HUB && !(memory.confirmedDockerHub ?? []).includes(repositoryOf(target));
}

/** The memory after a push of `image` to `registry` ('' = as named) that went to `target`. */
export function rememberPush(memory: PushMemory, image: string, registry: string, target: string): PushMemory {
  const confirmed = new Set(memory.confirmedDockerHub ?? []);
  if (registryOf(target) === DOCKER_HUB) confirmed.add(repositoryOf(target));
  return { byImage: { ...(memory.byImage ?? {}), [repositoryOf(image)]: registry }, last: registry, confirmedDockerHub: [...confirmed] };
}
