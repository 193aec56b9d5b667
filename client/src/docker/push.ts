// `docker push`: to Docker Hub, GHCR or any registry. A refused push is explained with the `docker login`
// command to run; Slipway never asks for, passes or logs a password.
import { DockerContext, DockerError, RunOptions, RunResult, runDockerChecked } from './cli';
import { parseImageRef, registryOf, retarget } from './imageRef';
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
