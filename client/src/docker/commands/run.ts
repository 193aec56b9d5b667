// Slipway: Run Image. Publishes the ports the image's Dockerfile (or the image) EXPOSEs, each on the same host port
// when it is free. From the palette it asks for the image, a port that is taken, the environment and the volumes,
// then starts the container in the background, keeps it when it exits and follows its output into "Slipway Docker";
// from arguments it asks nothing and, by default, runs attached and returns what the container printed.
import { DockerContext, formatCommand, resolveDocker } from '../cli';
import { validateImageRef } from '../imageRef';
import { ExposedPort, PortConflict, PortMapping, choosePorts, exposedPorts, imageExposedPorts, runAndFollow, runCommandArgs, runImage } from '../run';
import { Options } from './args';
import { OUTPUT_CHANNEL_NAME, Session, Step, kvList, kvListProblem, commandSteps } from './host';

export const RUN_IMAGE = 'slipway.runImage';

export interface RunImageArgs {
  /** Default: asked in the palette; from arguments the image built or pushed last. */
  image?: string;
  /** The Dockerfile whose EXPOSE ports are published (default: the one the image was built from last). */
  dockerfile?: string;
  target?: string;
  ports?: PortMapping[];
  /** Publish the Dockerfile's/image's EXPOSE ports (default true). */
  publishExposed?: boolean;
  env?: Record<string, string> | string[];
  volumes?: string[];
  network?: string;
  detach?: boolean;
  command?: string[];
  name?: string;
  /**
   * Start in the background, keep the container when it exits, and stream its output into "Slipway Docker" until
   * it stops (what the interactive command does). With `wait`, the command resolves once the container stopped.
   */
  follow?: boolean;
  wait?: boolean;
}

export interface RunImageOutcome {
  ok: boolean;
  stdout?: string;
  exitCode?: number | null;
  containerId?: string;
  ports?: PortMapping[];
  error?: string;
  errorKind?: string;
}

/** What a run starts with once every question is answered. */
export interface RunRequest extends Omit<RunImageArgs, 'image' | 'detach' | 'follow' | 'wait'> {
  image: string;
  detach: boolean;
  follow: boolean;
  wait: boolean;
}

const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/;
const PROTOCOLS = ['tcp', 'udp', 'sctp'];

/** Reads Run Image's argument object; throws DockerError('invalid-argument') naming the option. */
export function parseRunImageArgs(arg: unknown): RunImageArgs {
  const o = new Options(RUN_IMAGE, arg, ['image', 'dockerfile', 'target', 'ports', 'publishExposed', 'env', 'volumes', 'network', 'detach', 'command', 'name', 'follow', 'wait']);
  const ports = o.raw('ports');
  const portFields = (p: Record<string, unknown>): boolean =>
    (p.protocol === undefined || PROTOCOLS.includes(p.protocol as string)) && (p.hostIp === undefined || typeof p.hostIp === 'string');
  if (ports !== undefined && (!Array.isArray(ports) || ports.some((p) => typeof p !== 'object' || p === null || !portFields(p)))) {
    throw o.invalid('option "ports" must be an array of { hostPort, containerPort, protocol?, hostIp? }.');
  }
  const envValue = o.raw('env');
  const args: RunImageArgs = {
    image: o.string('image', (v) => (IMAGE_ID.test(v) ? undefined : validateImageRef(v))),
    dockerfile: o.path('dockerfile'),
    target: o.string('target'),
    ports: ports as PortMapping[] | undefined,
    publishExposed: o.boolean('publishExposed'),
    env: Array.isArray(envValue) ? o.strings('env') : o.record('env'),
    volumes: o.strings('volumes'),
    network: o.string('network'),
    detach: o.boolean('detach'),
    command: o.strings('command'),
    name: o.string('name'),
    follow: o.boolean('follow'),
    wait: o.boolean('wait'),
  };
  // The ports, environment, volumes, network and name as `docker run` will get them.
  o.check(() => runCommandArgs({ ...args, image: args.image ?? 'image' }));
  return args;
}

/**
 * Host ports for what the Dockerfile (when known) or else the image EXPOSEs; `onConflict` decides for a host port
 * that is taken (without it, a free port nearby).
 */
async function publishedPorts(s: Session, ctx: DockerContext, req: Pick<RunRequest, 'image' | 'dockerfile' | 'target'>, onConflict?: (c: PortConflict) => Promise<number | undefined>): Promise<PortMapping[]> {
  let exposed: ExposedPort[] = [];
  const df = req.dockerfile ?? (req.image === s.lastImage ? s.lastDockerfile : undefined);
  if (df) exposed = exposedPorts(await s.editor.readFile(df), req.target);
  else exposed = await imageExposedPorts(ctx, req.image).catch(() => []);
  const chosen = await choosePorts(exposed, { onConflict });
  const ports = chosen.mappings;
  for (const cf of chosen.conflicts) s.log(`ℹ host port ${cf.exposed.port} is in use; ${ports.find((p) => p.containerPort === cf.exposed.port)?.hostPort ?? 'not published'} instead`);
  return ports;
}

/** The palette's question for an exposed port whose host port is taken: another port, or not published. */
function askPort(s: Session, image: string): (c: PortConflict) => Promise<number | undefined> {
  return async (c) => {
    const pick = await s.prompts.pickOne(
      [
        { label: `Use host port ${c.suggestion}`, value: c.suggestion as number | undefined | 'ask' },
        { label: 'Enter another host port…', value: 'ask' as const },
        { label: `Don't publish ${c.exposed.port}`, value: undefined },
      ],
      { title: `Slipway: Run ${image}`, placeholder: `Host port ${c.exposed.port} is in use` },
    );
    if (!pick || pick.value === undefined) return undefined;
    if (pick.value !== 'ask') return pick.value;
    const v = await s.prompts.askText({
      title: `Slipway: Run ${image}`,
      prompt: `Host port for container port ${c.exposed.port}`,
      validate: (t) => (/^\d+$/.test(t) && +t > 0 && +t < 65536 ? undefined : 'A port number 1-65535'),
    });
    return v ? Number(v) : undefined;
  };
}

/**
 * Fills in what the arguments leave open. In the palette form: the image, a host port that is taken, the
 * environment and the volumes are asked, and the container is followed in the background. From arguments: the
 * image built last, attached. Undefined when dismissed (or when there is no image to run).
 */
export async function askRunImage(s: Session, ctx: DockerContext, args: RunImageArgs, interactive: boolean): Promise<RunRequest | undefined> {
  const runStep = (step: number): Step => ({ title: 'Slipway: Run Image', step, totalSteps: 3 });
  const image = args.image ?? (interactive ? await s.pickImage('Image to run', runStep(1)) : s.lastImage);
  if (!image) return undefined;
  const req: RunRequest = {
    ...args,
    image,
    follow: args.follow ?? (interactive && args.detach === undefined),
    detach: args.detach ?? interactive,
    wait: args.wait ?? !interactive,
  };
  if (!interactive) return req;
  if (!req.ports && req.publishExposed !== false) req.ports = await publishedPorts(s, ctx, req, askPort(s, image));
  const env = await s.prompts.askText({ ...runStep(2), prompt: 'Environment variables (NAME=value, space separated; empty for none)', validate: kvListProblem });
  if (env === undefined) return undefined;
  req.env = kvList(env);
  const volumes = await s.prompts.askText({ ...runStep(3), prompt: 'Volumes (host-path:container-path[:ro], space separated; empty for none)' });
  if (volumes === undefined) return undefined;
  req.volumes = volumes.split(/\s+/).filter(Boolean);
  return req;
}

/** Runs the container: attached (the result once it exits), detached, or followed (see runFollowed). */
export async function runRunImage(s: Session, ctx: DockerContext, req: RunRequest): Promise<RunImageOutcome> {
  const ports = req.ports ?? (req.publishExposed !== false ? await publishedPorts(s, ctx, req) : undefined);
  const runOpts = { image: req.image, ports, env: req.env, volumes: req.volumes, network: req.network, detach: req.detach, command: req.command, name: req.name, extraArgs: s.editor.setting<string[]>('runArgs') ?? [] };
  const published = (ports ?? []).map((p) => `${p.hostIp ?? ''}${p.hostIp ? ':' : ''}${p.hostPort}→${p.containerPort}`).join(', ');
  if (req.follow) return runFollowed(s, ctx, { ...runOpts, detach: true, rm: false }, published, ports, req.wait);
  s.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, runCommandArgs(runOpts))}`);
  const r = await s.editor.withProgress(`Running ${req.image}`, (signal) => runImage(ctx, runOpts, { signal, onLine: (l) => s.log(l) }));
  s.log(`${r.code === 0 ? '✔' : '✖'} ${req.detach ? `started ${r.containerId?.slice(0, 12) ?? ''}` : `exited with code ${r.code}`}${published ? `; ports ${published}` : ''}`);
  if (req.detach) s.editor.showInfo(`Slipway: started ${req.image}${published ? ` (ports ${published})` : ''}.`);
  return { ok: r.code === 0, stdout: r.stdout, exitCode: r.code, containerId: r.containerId, ports };
}

/**
 * Run Image as people use it: the container starts in the background and is kept when it exits (no --rm), and
 * what it prints streams into "Slipway Docker" until it stops, so a container that only prints and exits shows
 * its output and exit code. With `wait` the result comes once it stopped; otherwise once it started.
 */
async function runFollowed(
  s: Session,
  ctx: DockerContext,
  runOpts: Parameters<typeof runAndFollow>[1],
  published: string,
  ports: PortMapping[] | undefined,
  wait: boolean,
): Promise<RunImageOutcome> {
  s.log(`\n▶ ${formatCommand(resolveDocker(ctx).path, runCommandArgs(runOpts))}`);
  s.editor.showOutput();
  const ac = new AbortController();
  s.following.add(ac);
  let started!: (id: string) => void;
  const startedP = new Promise<string>((resolve) => (started = resolve));
  const done = runAndFollow(ctx, runOpts, { signal: ac.signal, onLine: (l) => s.log(`│ ${l}`), onStarted: (id) => started(id) })
    .then((r) => {
      const short = r.containerId.slice(0, 12);
      if (r.exitCode === undefined) s.log(`ℹ stopped following ${short} (it is still running)`);
      else s.log(`${r.exitCode === 0 ? '✔' : '✖'} container ${short} (${runOpts.image}) exited with code ${r.exitCode}; it is kept: \`docker logs ${short}\` shows its output again, \`docker rm ${short}\` removes it`);
      return r;
    })
    .finally(() => s.following.delete(ac));
  const id = await Promise.race([startedP, done.then((r) => r.containerId)]);
  s.log(`✔ started ${id.slice(0, 12)}${published ? `; ports ${published}` : ''}; its output follows`);
  if (!wait) {
    s.editor.showSuccess(`started ${runOpts.image}${published ? ` (ports ${published})` : ''}; its output is in "${OUTPUT_CHANNEL_NAME}".`);
    done.catch((e) => void s.fail('run', e));
    return { ok: true, containerId: id, ports };
  }
  const r = await done;
  return { ok: r.exitCode === 0, stdout: r.output, exitCode: r.exitCode ?? null, containerId: r.containerId, ports };
}

/** The command: `arg` is a RunImageArgs object; `interactive` is the palette and menu form. */
export function runImageCommand(s: Session, arg: unknown, interactive = false): Promise<RunImageOutcome | undefined> {
  return commandSteps(
    s,
    'run',
    () => parseRunImageArgs(arg),
    (args, ctx) => askRunImage(s, ctx, args, interactive),
    (req, ctx) => runRunImage(s, ctx, req),
  );
}
