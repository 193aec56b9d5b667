// Compose up -d / build / down / logs for a project directory and file, through `docker compose` (v2) or Debian's
// standalone `docker-compose` (v1) when the plugin is missing (detectCompose says which).
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ComposeCommand, DockerContext, DockerError, RunOptions, RunResult, classifyFailure, detectCompose, runProcess } from './cli';

export interface ComposeProject {
  /** Compose files (absolute paths); the first one's folder is the default project directory. */
  files: string[];
  projectDir?: string;
  /** -p; default: compose's own (the project directory's name). */
  projectName?: string;
  /** --profile, each: services of these profiles take part too. */
  profiles?: string[];
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
  for (const prof of p.profiles ?? []) {
    if (!SERVICE_NAME.test(prof)) throw new DockerError('invalid-argument', `Invalid profile name ${JSON.stringify(prof)}.`);
    args.push('--profile', prof);
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

export function composeRestartArgs(p: ComposeProject, o: { services?: string[]; timeoutSeconds?: number } = {}): string[] {
  const args = [...projectArgs(p), 'restart'];
  if (o.timeoutSeconds !== undefined) args.push('-t', String(Math.max(0, Math.floor(o.timeoutSeconds))));
  return [...args, ...services(o.services)];
}

export function composePullArgs(p: ComposeProject, o: { services?: string[] } = {}): string[] {
  return [...projectArgs(p), 'pull', ...services(o.services)];
}

/**
 * Down for some services only: `rm --stop --force <services>` (Compose v1 has no `down <services>`; both
 * flavours have this). Without services it is `down`.
 */
export function composeStopRemoveArgs(p: ComposeProject, o: { services?: string[] } = {}): string[] {
  const list = services(o.services);
  if (!list.length) return composeDownArgs(p);
  return [...projectArgs(p), 'rm', '--stop', '--force', ...list];
}

export interface ComposeFileFacts {
  /** Services in file order, with the profiles each belongs to (none: always started). */
  services: Array<{ name: string; profiles: string[] }>;
  /** Every profile named by a service, sorted. */
  profiles: string[];
}

/** The services and profiles a Compose file declares (for the pickers); empty when it does not parse. */
export function composeFileFacts(text: string): ComposeFileFacts {
  let doc: unknown;
  try {
    doc = parseYaml(text, { uniqueKeys: false, maxAliasCount: 1000 });
  } catch {
    return { services: [], profiles: [] };
  }
  const svcs = doc && typeof doc === 'object' ? (doc as { services?: unknown }).services : undefined;
  if (!svcs || typeof svcs !== 'object' || Array.isArray(svcs)) return { services: [], profiles: [] };
  const services: ComposeFileFacts['services'] = [];
  const all = new Set<string>();
  for (const [name, def] of Object.entries(svcs as Record<string, unknown>)) {
    if (!SERVICE_NAME.test(name)) continue;
    const raw = def && typeof def === 'object' ? (def as { profiles?: unknown }).profiles : undefined;
    const profiles = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string' && SERVICE_NAME.test(x)) : [];
    profiles.forEach((x) => all.add(x));
    services.push({ name, profiles });
  }
  return { services, profiles: [...all].sort() };
}

export interface Compose {
  flavor: ComposeCommand['flavor'];
  version: string;
  up(p: ComposeProject, o?: { build?: boolean; services?: string[] }, run?: RunOptions): Promise<RunResult>;
  build(p: ComposeProject, o?: { services?: string[] }, run?: RunOptions): Promise<RunResult>;
  down(p: ComposeProject, o?: { volumes?: boolean; timeoutSeconds?: number }, run?: RunOptions): Promise<RunResult>;
  logs(p: ComposeProject, o?: { follow?: boolean; tail?: number; services?: string[] }, run?: RunOptions): Promise<RunResult>;
  restart(p: ComposeProject, o?: { services?: string[]; timeoutSeconds?: number }, run?: RunOptions): Promise<RunResult>;
  pull(p: ComposeProject, o?: { services?: string[] }, run?: RunOptions): Promise<RunResult>;
  /** Stops and removes some services (`rm --stop --force`), or the whole project (`down`) without services. */
  stopRemove(p: ComposeProject, o?: { services?: string[] }, run?: RunOptions): Promise<RunResult>;
  /** The executable and argument prefix, for tasks. */
  command: ComposeCommand;
}

/** Detects the compose flavour (unless `detected` is given: detect once, reuse) and returns runners bound to it. */
export async function compose(ctx: DockerContext, signal?: AbortSignal, detected?: ComposeCommand): Promise<Compose> {
  const cmd = detected ?? (await detectCompose(ctx, signal));
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
    restart: (p, o, run) => exec(composeRestartArgs(p, o), run),
    pull: (p, o, run) => exec(composePullArgs(p, o), run),
    stopRemove: (p, o, run) => exec(composeStopRemoveArgs(p, o), run),
  };
}
