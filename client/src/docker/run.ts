// `docker run`: publishes the ports the image's Dockerfile EXPOSEs (each on the same host port when free, else
// on one the caller chooses), with env and volume options, all as an argument array.
import * as net from 'node:net';
import { DockerfileModel } from '../../../server/src/dockerfile/model';
import { DockerContext, DockerError, RunOptions, RunResult, classifyFailure, runDocker } from './cli';
import { parseImageRef } from './imageRef';

export interface ExposedPort {
  port: number;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface PortMapping {
  hostPort: number;
  containerPort: number;
  protocol?: 'tcp' | 'udp' | 'sctp';
  /** Host address to bind (default 127.0.0.1: only this machine can reach the container). */
  hostIp?: string;
}

/**
 * The ports the stage `target` (default: the last stage) of a Dockerfile EXPOSEs, including those of the stages
 * it is built FROM. Ports given through variables are skipped; ranges are expanded up to 100 ports.
 */
export function exposedPorts(dockerfileText: string, target?: string): ExposedPort[] {
  const model = new DockerfileModel(dockerfileText);
  if (model.stages.length === 0) return [];
  let stage = target ? model.findStage(target) : model.stages[model.stages.length - 1];
  const out: ExposedPort[] = [];
  const seen = new Set<string>();
  const visited = new Set<number>();
  while (stage && !visited.has(stage.index)) {
    visited.add(stage.index);
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      for (const arg of ins.node.getArguments()) {
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(arg.getValue());
        if (!m) continue;
        const lo = Number(m[1]);
        const hi = m[2] ? Math.min(Number(m[2]), lo + 99) : lo;
        const protocol = (m[3]?.toLowerCase() ?? 'tcp') as ExposedPort['protocol'];
        for (let p = lo; p <= hi; p++) {
          if (p < 1 || p > 65535) continue;
          const key = `${p}/${protocol}`;
          if (!seen.has(key)) {
            seen.add(key);
            out.push({ port: p, protocol });
          }
        }
      }
    }
    // A stage built FROM another stage inherits its EXPOSEs.
    const base = stage.from.getImageName();
    stage = base ? model.stages.find((s) => s.index < stage!.index && s.name?.toLowerCase() === base.toLowerCase()) : undefined;
  }
  return out.sort((a, b) => a.port - b.port);
}

/** True when nothing listens on `port` at `host` (tries to bind it for a moment). */
export function isPortFree(port: number, host = '127.0.0.1', protocol: ExposedPort['protocol'] = 'tcp'): Promise<boolean> {
  if (protocol !== 'tcp') return Promise.resolve(true);
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** A free TCP port on the host: the first free one from `from` upward, else one the OS picks. */
export async function findFreePort(from: number, host = '127.0.0.1'): Promise<number> {
  for (let p = Math.max(1024, from); p < Math.min(65536, from + 50); p++) {
    if (await isPortFree(p, host)) return p;
  }
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export interface PortConflict {
  exposed: ExposedPort;
  /** A free port nearby that could be used instead. */
  suggestion: number;
}

/**
 * Host ports for the exposed ports: the same number when it is free, else `onConflict` decides (a port number,
 * or undefined to not publish that port); without `onConflict` the suggested free port is used.
 */
export async function choosePorts(
  exposed: ExposedPort[],
  opts: { hostIp?: string; onConflict?: (c: PortConflict) => Promise<number | undefined> } = {},
): Promise<{ mappings: PortMapping[]; conflicts: PortConflict[] }> {
  const hostIp = opts.hostIp ?? '127.0.0.1';
  const mappings: PortMapping[] = [];
  const conflicts: PortConflict[] = [];
  const taken = new Set<number>();
  for (const e of exposed) {
    const wanted = e.port < 1024 && process.platform !== 'win32' && process.getuid?.() !== 0 ? e.port + 8000 : e.port;
    if (!taken.has(wanted) && (await isPortFree(wanted, hostIp, e.protocol))) {
      mappings.push({ hostPort: wanted, containerPort: e.port, protocol: e.protocol, hostIp });
      taken.add(wanted);
      continue;
    }
    let suggestion = await findFreePort(wanted + 1, hostIp);
    while (taken.has(suggestion)) suggestion = await findFreePort(suggestion + 1, hostIp);
    const conflict = { exposed: e, suggestion };
    conflicts.push(conflict);
    const chosen = opts.onConflict ? await opts.onConflict(conflict) : suggestion;
    if (chosen !== undefined) {
      mappings.push({ hostPort: chosen, containerPort: e.port, protocol: e.protocol, hostIp });
      taken.add(chosen);
    }
  }
  return { mappings, conflicts };
}

export interface RunImageOptions {
  image: string;
  /** Container name (validated like docker does). */
  name?: string;
  ports?: PortMapping[];
  /** Environment: `{K: V}` or `K=V` strings. */
  env?: Record<string, string> | string[];
  /** `-v` specs: `host:container[:ro]` or `volume:container`. */
  volumes?: string[];
  network?: string;
  /** Run in the background (-d); default false (attached, output streamed). */
  detach?: boolean;
  /** Remove the container when it exits (--rm); default true. */
  rm?: boolean;
  /** Arguments after the image (the command). */
  command?: string[];
  /** More `docker run` options (slipway.docker.runArgs). */
  extraArgs?: string[];
}

const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/;

/** Throws DockerError('invalid-argument') unless `image` is a valid reference or an image id (never an option). */
function checkImage(image: string): void {
  try {
    parseImageRef(image);
  } catch (e) {
    if (typeof image !== 'string' || !IMAGE_ID.test(image)) throw new DockerError('invalid-argument', (e as Error).message);
  }
}

export function runCommandArgs(opts: RunImageOptions): string[] {
  const invalid = (msg: string): never => {
    throw new DockerError('invalid-argument', msg);
  };
  checkImage(opts.image);
  const args = ['run'];
  if (opts.rm !== false) args.push('--rm');
  if (opts.detach) args.push('-d');
  if (opts.name !== undefined) {
    if (!CONTAINER_NAME.test(opts.name)) invalid(`Invalid container name ${JSON.stringify(opts.name)}: use letters, digits, "_", "." and "-".`);
    args.push('--name', opts.name);
  }
  for (const p of opts.ports ?? []) {
    for (const n of [p.hostPort, p.containerPort]) {
      if (!Number.isInteger(n) || n < 1 || n > 65535) invalid(`Invalid port ${n}: use 1-65535.`);
    }
    const ip = p.hostIp ? (p.hostIp.includes(':') ? `[${p.hostIp}]:` : `${p.hostIp}:`) : '';
    args.push('-p', `${ip}${p.hostPort}:${p.containerPort}${p.protocol && p.protocol !== 'tcp' ? `/${p.protocol}` : ''}`);
  }
  const env = Array.isArray(opts.env) ? opts.env : Object.entries(opts.env ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of env) {
    const name = e.split('=')[0];
    if (!ENV_NAME.test(name)) invalid(`Invalid environment variable ${JSON.stringify(e)}: use NAME=value.`);
    args.push('-e', e);
  }
  for (const v of opts.volumes ?? []) {
    if (!v || !v.includes(':') || /^\s|\s$/.test(v)) invalid(`Invalid volume ${JSON.stringify(v)}: use host-path:container-path[:ro] or volume:container-path.`);
    args.push('-v', v);
  }
  if (opts.network) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(opts.network)) invalid(`Invalid network: ${JSON.stringify(opts.network)}`);
    args.push('--network', opts.network);
  }
  args.push(...(opts.extraArgs ?? []));
  args.push(opts.image, ...(opts.command ?? []));
  return args;
}

/** Runs a container; throws the classified DockerError when docker fails (not when the container's command does). */
export async function runImage(ctx: DockerContext, opts: RunImageOptions, run: RunOptions = {}): Promise<RunResult & { containerId?: string }> {
  // Cancelling an attached `docker run` only stops the client (the container ignores the forwarded SIGTERM when
  // its command is PID 1): name the container so that cancelling can remove it.
  const name = opts.name ?? (run.signal && !opts.detach ? `slipway-run-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}` : undefined);
  const args = runCommandArgs({ ...opts, name });
  const onAbort = (): void => {
    if (name) void runDocker(ctx, ['rm', '-f', name]).catch(() => undefined);
  };
  run.signal?.addEventListener('abort', onAbort, { once: true });
  let result: RunResult;
  try {
    result = await runDocker(ctx, args, run);
  } finally {
    run.signal?.removeEventListener('abort', onAbort);
  }
  if (result.code !== 0) {
    const err = classifyFailure(ctx, 'run', result, opts.image);
    // A non-zero exit of the container's own command is a result, not a docker failure.
    if (err && (err.kind !== 'failed' || /^docker: |Error response from daemon/m.test(result.stderr))) throw err;
  }
  const containerId = opts.detach ? /^([0-9a-f]{64})$/m.exec(result.stdout)?.[1] : undefined;
  return { ...result, containerId };
}

/** The ports an existing image declares (`docker image inspect`), for images built elsewhere. */
export async function imageExposedPorts(ctx: DockerContext, image: string, run: RunOptions = {}): Promise<ExposedPort[]> {
  checkImage(image);
  const result = await runDocker(ctx, ['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image], run);
  const err = classifyFailure(ctx, 'inspect', result, image);
  if (err) throw err;
  let obj: Record<string, unknown> | null = null;
  try {
    obj = JSON.parse(result.stdout.trim() || 'null');
  } catch {
    return [];
  }
  return Object.keys(obj ?? {})
    .map((k) => {
      const [p, proto] = k.split('/');
      return { port: Number(p), protocol: (proto ?? 'tcp') as ExposedPort['protocol'] };
    })
    .filter((e) => e.port > 0)
    .sort((a, b) => a.port - b.port);
}

export interface FollowedRun {
  containerId: string;
  /** The container's exit code; undefined when following was cancelled while it still ran. */
  exitCode?: number;
  /** Everything the container printed (stdout and stderr, in arrival order) while it was followed. */
  output: string;
}

/**
 * Starts a container in the background and KEEPS it when it exits (no --rm: its output and exit code stay
 * readable, `docker logs`/`docker rm` work on it afterwards), then streams what it prints (`docker logs -f`, which
 * ends when the container stops) to `run.onLine`. Resolves once the container has stopped, or once `run.signal`
 * aborts (the container keeps running then). `onStarted` hears the container id as soon as there is one.
 */
export async function runAndFollow(
  ctx: DockerContext,
  opts: RunImageOptions,
  run: RunOptions & { onStarted?: (containerId: string) => void } = {},
): Promise<FollowedRun> {
  const { onStarted, ...follow } = run;
  const started = await runImage(ctx, { ...opts, detach: true, rm: false }, { cwd: run.cwd, env: run.env, timeoutMs: 60_000 });
  const containerId = started.containerId;
  if (!containerId) throw new DockerError('failed', `docker run printed no container id: ${started.output.trim().split('\n').slice(-2).join(' | ')}`, started);
  onStarted?.(containerId);
  const logs = await runDocker(ctx, ['logs', '--follow', containerId], follow);
  if (logs.cancelled) return { containerId, output: logs.output };
  const err = classifyFailure(ctx, 'run', logs, opts.image);
  if (err) throw err;
  // `logs -f` ends when the container stops; its state says how.
  const state = await runDocker(ctx, ['inspect', '--format', '{{.State.Running}} {{.State.ExitCode}}', containerId], { timeoutMs: 20_000 });
  const m = /^(true|false) (-?\d+)/.exec(state.stdout.trim());
  return { containerId, exitCode: m && m[1] === 'false' ? Number(m[2]) : undefined, output: logs.output };
}
