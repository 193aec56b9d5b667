// `docker tag SOURCE TARGET`, both references validated before docker is called.
import { DockerContext, DockerError, RunOptions, RunResult, runDockerChecked } from './cli';
import { parseImageRef } from './imageRef';

export function tagCommandArgs(source: string, target: string): string[] {
  try {
    parseImageRef(source);
  } catch (e) {
    if (!/^(sha256:)?[0-9a-f]{12,64}$/.test(source)) throw new DockerError('invalid-argument', (e as Error).message);
  }
  let ref;
  try {
    ref = parseImageRef(target);
  } catch (e) {
    throw new DockerError('invalid-argument', (e as Error).message);
  }
  if (ref.digest) throw new DockerError('invalid-argument', `Cannot tag with a digest: ${target} (use name:tag).`);
  return ['tag', source, target];
}

export async function tagImage(ctx: DockerContext, source: string, target: string, run: RunOptions = {}): Promise<RunResult> {
  return runDockerChecked(ctx, 'tag', tagCommandArgs(source, target), run, source);
}
