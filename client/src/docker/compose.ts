// Compose up -d / build / down / logs for a project directory and file, through `docker compose` (v2) or Debian's
// standalone `docker-compose` (v1) when the plugin is missing (detectCompose says which).
import * as path from 'node:path';
import { ComposeCommand, DockerContext, DockerError, RunOptions, RunResult, classifyFailure, detectCompose, runProcess } from './cli';

export interface ComposeProject {
  /** Compose files (absolute paths); the first one's folder is the default project directory. */
  files: string[];
  projectDir?: string;
  /** -p; default: compose's own (the project directory's name). */
  projectName?: string;
}

const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

function projectArgs(p: ComposeProject): string[] {
  if (!p.files.length) throw new DockerError('invalid-argument', 'No compose file given.');
  const args: string[] = [];
  for (const f of p.files) {
    if (!path.isAbsolute(f)) throw new DockerError('invalid-argument', `The compose file must be an absolute path (got ${JSON.stringify(f)}).`);
    args.push('-f', f);
  }
  args.push('--project-directory', p.projectDir ?? path.dirname(p.files[0]));
  if (p.projectName !== undefined) {
    if (!PROJECT_NAME.test(p.projectName)) {
      throw new DockerError('invalid-argument', `Invalid compose project name ${JSON.stringify(p.projectName)}: lowercase letters, digits, "_" and "-".`);
    }
    args.push('-p', p.projectName);
  }
  return args;
}

/**
 * The project of a command on `file`: the Compose files given in merge order (a base file and its override, as the
 * service code lenses send them; they must include `file`), else `file` alone. The first file's folder is the
 * project directory, as with `docker compose` run there.
 */
export function composeProjectFor(file: string, files?: string[], projectName?: string): ComposeProject {
  const list = files?.length ? files : [file];
  if (!list.includes(file)) throw new DockerError('invalid-argument', `The compose files ${JSON.stringify(list)} do not include ${JSON.stringify(file)}.`);
  return { files: list, projectDir: path.dirname(list[0]), projectName };
}

function services(list: string[] | undefined): string[] {
  for (const s of list ?? []) if (!SERVICE_NAME.test(s)) throw new DockerError('invalid-argument', `Invalid service name ${JSON.stringify(s)}.`);
  return list ?? [];
}

export function composeUpArgs(p: ComposeProject, o: { build?: boolean; services?: string[] } = {}): string[] {
  return [...projectArgs(p), 'up', '-d', ...(o.build ? ['--build'] : []), ...services(o.services)];
}

export function composeBuildArgs(p: ComposeProject, o: { services?: string[] } = {}): string[] {
  return [...projectArgs(p), 'build', ...services(o.services)];
}

export function composeDownArgs(p: ComposeProject, o: { volumes?: boolean; timeoutSeconds?: number } = {}): string[] {
  const args = [...projectArgs(p), 'down'];
  if (o.volumes) args.push('-v');
  if (o.timeoutSeconds !== undefined) args.push('-t', String(Math.max(0, Math.floor(o.timeoutSeconds))));
  return args;
}

export function composeLogsArgs(p: ComposeProject, o: { follow?: boolean; tail?: number; services?: string[] } = {}): string[] {
  const args = [...projectArgs(p), 'logs', '--no-color'];
  if (o.follow) args.push('-f');
  if (o.tail !== undefined) args.push('--tail', String(Math.max(0, Math.floor(o.tail))));
  return [...args, ...services(o.services)];
}

export interface Compose {
  flavor: ComposeCommand['flavor'];
  version: string;
  up(p: ComposeProject, o?: { build?: boolean; services?: string[] }, run?: RunOptions): Promise<RunResult>;
  build(p: ComposeProject, o?: { services?: string[] }, run?: RunOptions): Promise<RunResult>;
  down(p: ComposeProject, o?: { volumes?: boolean; timeoutSeconds?: number }, run?: RunOptions): Promise<RunResult>;
  logs(p: ComposeProject, o?: { follow?: boolean; tail?: number; services?: string[] }, run?: RunOptions): Promise<RunResult>;
  /** The executable and argument prefix, for tasks. */
  command: ComposeCommand;
}

/** Detects the compose flavour once and returns runners bound to it. */
export async function compose(ctx: DockerContext, signal?: AbortSignal): Promise<Compose> {
  const cmd = await detectCompose(ctx, signal);
  const exec = async (args: string[], run: RunOptions = {}): Promise<RunResult> => {
    const result = await runProcess(cmd.command, [...cmd.prefix, ...args], { ...run, baseEnv: ctx.env ?? process.env });
    // `logs -f` ended by cancellation is the normal way to stop following.
    if (result.cancelled && args.includes('logs')) return result;
    const err = classifyFailure(ctx, 'compose', result);
    if (err) throw err;
    return result;
  };
  return {
    flavor: cmd.flavor,
    version: cmd.version,
    command: cmd,
    up: (p, o, run) => exec(composeUpArgs(p, o), run),
    build: (p, o, run) => exec(composeBuildArgs(p, o), run),
    down: (p, o, run) => exec(composeDownArgs(p, o), run),
    logs: (p, o, run) => exec(composeLogsArgs(p, o), run),
  };
}
