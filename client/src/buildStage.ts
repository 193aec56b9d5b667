// `docker build --target <stage>` for the "Build this stage" code lens: arguments only, never a shell string.
import * as path from 'node:path';

export const STAGE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;

export interface BuildStageArgs {
  uri: string;
  target: string;
}

export interface BuildStageInvocation {
  command: 'docker';
  args: string[];
  cwd: string;
}

/**
 * The process to run for a stage of a Dockerfile at `dockerfilePath`, built with `contextDir` as context (the
 * workspace folder, else the Dockerfile's folder). Throws on an invalid stage name.
 */
export function buildStageInvocation(dockerfilePath: string, target: string, contextDir?: string): BuildStageInvocation {
  if (typeof target !== 'string' || !STAGE_NAME.test(target)) throw new Error(`Invalid stage name: ${JSON.stringify(target)}`);
  if (!path.isAbsolute(dockerfilePath)) throw new Error(`Not a local Dockerfile: ${dockerfilePath}`);
  const context = contextDir ?? path.dirname(dockerfilePath);
  return { command: 'docker', args: ['build', '--target', target, '-f', dockerfilePath, context], cwd: context };
}
