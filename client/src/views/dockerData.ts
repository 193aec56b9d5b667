// The data behind the "Images & Containers" view, without vscode: what `docker image ls` and `docker ps -a`
// print (one JSON object a line with `--format '{{json .}}'`), parsed into images, containers and Compose
// projects, with the sizes, ages and ports the view shows, and the actions it offers (start, stop, tag, prune,
// ...) as validated argument arrays run through the docker module. The tree in dockerView.ts only adapts this.
import { DockerContext, DockerError, RunOptions, RunResult, classifyFailure, runDocker } from '../docker/cli';
import { parseImageRef } from '../docker/imageRef';
import { choosePorts, imageExposedPorts, runImage } from '../docker/run';

// ------------------------------------------------------------------ types

export interface DockerImage {
  /** Short id as `docker image ls` prints it (12 hex digits). */
  id: string;
  /** Repository, or undefined for `<none>`. */
  repository?: string;
  /** Tag, or undefined for `<none>`. */
  tag?: string;
  /** Digest (`sha256:...`), when docker printed one. */
  digest?: string;
  /** Size in bytes (parsed from docker's "3.96MB"). */
  size: number;
  /** Creation time, when docker's CreatedAt could be read. */
  created?: Date;
  /** Untagged and unnamed: `<none>:<none>` (what `docker image prune` removes). */
  dangling: boolean;
}

export interface PortBinding {
  /** Host address (`0.0.0.0`, `127.0.0.1`, `::`); undefined when the port is only exposed. */
  hostIp?: string;
  hostPort?: number;
  containerPort: number;
  protocol: string;
}

export type ContainerState = 'running' | 'paused' | 'restarting' | 'created' | 'exited' | 'removing' | 'dead';

export interface DockerContainer {
  /** Full id (the list is read with --no-trunc). */
  id: string;
  /** The first name, without the leading "/". */
  name: string;
  image: string;
  command: string;
  state: ContainerState;
  /** Docker's status text: "Up 5 minutes", "Exited (0) 2 hours ago". */
  status: string;
  created?: Date;
  /** The ports published now (`docker ps`' Ports column: only while running, and only where the daemon publishes). */
  ports: PortBinding[];
  /** The bindings asked for at `docker run -p` (HostConfig.PortBindings), kept while the container is stopped. */
  portBindings: PortBinding[];
  labels: Record<string, string>;
}

export interface ComposeService {
  name: string;
  containers: DockerContainer[];
}

export interface ComposeProject {
  name: string;
  /** The project's folder (label com.docker.compose.project.working_dir), when Compose recorded it. */
  workingDir?: string;
  /** The Compose files (label com.docker.compose.project.config_files). */
  configFiles: string[];
  services: ComposeService[];
  running: number;
  total: number;
}

export interface DockerSnapshot {
  images: DockerImage[];
  containers: DockerContainer[];
}

export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';
export const COMPOSE_SERVICE_LABEL = 'com.docker.compose.service';
export const COMPOSE_WORKING_DIR_LABEL = 'com.docker.compose.project.working_dir';
export const COMPOSE_CONFIG_FILES_LABEL = 'com.docker.compose.project.config_files';

// ------------------------------------------------------------------ parsing

const NONE = '<none>';

/** The objects of a `--format '{{json .}}'` output, one a line; a line that is not a JSON object is skipped. */
export function parseJsonLines(text: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    try {
      const v = JSON.parse(t);
      if (v && typeof v === 'object' && !Array.isArray(v)) out.push(v as Record<string, unknown>);
    } catch {
      /* a warning docker printed on stdout */
    }
  }
  return out;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

const UNITS: Record<string, number> = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12, PB: 1e15, KIB: 1024, MIB: 1024 ** 2, GIB: 1024 ** 3, TIB: 1024 ** 4 };

/**
 * Bytes from docker's human size ("3.96MB", "0B", "1.2kB", "0B (virtual 3.96MB)": the first number); docker
 * writes decimal units (go-units HumanSize). NaN when it cannot be read ("N/A").
 */
export function parseDockerSize(text: string): number {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKMGTP]?i?B)\b/.exec(text);
  if (!m) return NaN;
  const unit = UNITS[m[2].toUpperCase()];
  return unit === undefined ? NaN : Math.round(Number(m[1]) * unit);
}

/** A size for people, in decimal units like docker's own output: "512 B", "3.96 MB", "1.2 GB". */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB'];
  let v = bytes;
  let i = -1;
  do {
    v /= 1000;
    i++;
  } while (v >= 999.995 && i < units.length - 1);
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : 2;
  return `${Number(v.toFixed(digits))} ${units[i]}`;
}

/** Docker's CreatedAt ("2026-12-07 07:07:13 +0000 UTC", also with fractions or another offset); undefined when unreadable. */
export function parseDockerDate(text: string): Date | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?\s*(?:([+-])(\d{2}):?(\d{2}))?/.exec(text.trim());
  if (!m) return undefined;
  const frac = m[3] ? m[3].slice(0, 4) : '';
  const offset = m[4] ? `${m[4]}${m[5]}:${m[6]}` : 'Z';
  const d = new Date(`${m[1]}T${m[2]}${frac}${offset}`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** "just now", "1 minute ago", "5 hours ago", "3 days ago", "2 months ago", "1 year ago". */
export function formatAge(date: Date | undefined, now: Date = new Date()): string {
  if (!date) return '';
  const s = Math.max(0, Math.floor((now.getTime() - date.getTime()) / 1000));
  const steps: [number, string][] = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [secs, unit] of steps) {
    const n = Math.floor(s / secs);
    if (n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

/** The images of `docker image ls --format '{{json .}}'`. */
export function parseImages(text: string): DockerImage[] {
  return parseJsonLines(text).map((o) => {
    const repo = str(o.Repository);
    const tag = str(o.Tag);
    const digest = str(o.Digest);
    return {
      id: str(o.ID).replace(/^sha256:/, ''),
      repository: repo && repo !== NONE ? repo : undefined,
      tag: tag && tag !== NONE ? tag : undefined,
      digest: digest && digest !== NONE ? digest : undefined,
      size: parseDockerSize(str(o.Size)),
      created: parseDockerDate(str(o.CreatedAt)),
      dangling: (!repo || repo === NONE) && (!tag || tag === NONE),
    };
  });
}

/** What the view calls an image: `repo:tag`, `repo@sha256:…` for a digest-only one, else its short id. */
export function imageLabel(img: DockerImage): string {
  if (img.repository && img.tag) return `${img.repository}:${img.tag}`;
  if (img.repository && img.digest) return `${img.repository}@${img.digest.slice(0, 19)}`;
  if (img.repository) return img.repository;
  return img.id.slice(0, 12);
}

/** The reference to pass to docker for this image: `repo:tag` when it has one, else the id. */
export function imageRefOf(img: DockerImage): string {
  return img.repository && img.tag ? `${img.repository}:${img.tag}` : img.id;
}

/**
 * Ports from `docker ps`' Ports column: "0.0.0.0:8080->80/tcp, :::8080->80/tcp, 443/tcp",
 * "127.0.0.1:9000-9001->9000-9001/tcp", "[::]:8080->80/tcp". Ranges are expanded (at most 100 ports each).
 */
export function parsePorts(text: string): PortBinding[] {
  const out: PortBinding[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^(?:(.*):(\d+)(?:-(\d+))?->)?(\d+)(?:-(\d+))?\/(\w+)$/.exec(part);
    if (!m) continue;
    const hostIp = m[1] === undefined ? undefined : m[1].replace(/^\[(.*)\]$/, '$1') || '::';
    const cLo = Number(m[4]);
    const cHi = m[5] ? Math.min(Number(m[5]), cLo + 99) : cLo;
    const hLo = m[2] ? Number(m[2]) : undefined;
    for (let p = cLo; p <= cHi; p++) {
      out.push({ hostIp, hostPort: hLo === undefined ? undefined : hLo + (p - cLo), containerPort: p, protocol: m[6].toLowerCase() });
    }
  }
  return out;
}

/** Bindings from HostConfig.PortBindings: `{"8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "18080"}]}`. */
export function parsePortBindings(value: unknown): PortBinding[] {
  const out: PortBinding[] = [];
  if (!value || typeof value !== 'object') return out;
  for (const [key, list] of Object.entries(value as Record<string, unknown>)) {
    const [port, proto] = key.split('/');
    const containerPort = Number(port);
    if (!Number.isInteger(containerPort)) continue;
    for (const b of Array.isArray(list) ? list : []) {
      const hostPort = Number(str((b as Record<string, unknown>)?.HostPort));
      out.push({
        hostIp: str((b as Record<string, unknown>)?.HostIp) || '0.0.0.0',
        hostPort: hostPort > 0 ? hostPort : undefined,
        containerPort,
        protocol: (proto ?? 'tcp').toLowerCase(),
      });
    }
  }
  return out.sort((a, b) => a.containerPort - b.containerPort || (a.hostPort ?? 0) - (b.hostPort ?? 0));
}

/**
 * `docker ps`' Labels column ("a=1,b=2"). Docker joins the labels with "," without escaping, so a value with a
 * comma is ambiguous: a piece without "=" is taken as the rest of the previous value. listContainers reads the
 * exact labels with `docker container inspect` and uses this only when that fails.
 */
export function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let last: string | undefined;
  for (const piece of text.split(',')) {
    const eq = piece.indexOf('=');
    if (eq > 0 && /^[A-Za-z0-9_.\-/]+$/.test(piece.slice(0, eq))) {
      last = piece.slice(0, eq);
      out[last] = piece.slice(eq + 1);
    } else if (last !== undefined) out[last] += ',' + piece;
  }
  return out;
}

const STATES = new Set<ContainerState>(['running', 'paused', 'restarting', 'created', 'exited', 'removing', 'dead']);

/** The state from docker's State column, or from its Status text for clients that print no State. */
export function containerState(state: string, status: string): ContainerState {
  const s = state.toLowerCase() as ContainerState;
  if (STATES.has(s)) return s;
  if (/^Up\b/.test(status)) return /\(Paused\)/.test(status) ? 'paused' : 'running';
  if (/^Restarting\b/.test(status)) return 'restarting';
  if (/^Created\b/.test(status)) return 'created';
  if (/^Removal In Progress/i.test(status)) return 'removing';
  if (/^Dead\b/.test(status)) return 'dead';
  return 'exited';
}

/** The containers of `docker ps -a --no-trunc --format '{{json .}}'`. */
export function parseContainers(text: string): DockerContainer[] {
  return parseJsonLines(text).map((o) => {
    const status = str(o.Status);
    return {
      id: str(o.ID),
      name: str(o.Names).split(',')[0].replace(/^\//, ''),
      image: str(o.Image),
      command: str(o.Command).replace(/^"(.*)"$/, '$1'),
      state: containerState(str(o.State), status),
      status,
      created: parseDockerDate(str(o.CreatedAt)),
      ports: parsePorts(str(o.Ports)),
      portBindings: [],
      labels: parseLabels(str(o.Labels)),
    };
  });
}

export function isRunning(c: DockerContainer): boolean {
  return c.state === 'running' || c.state === 'restarting' || c.state === 'paused';
}

/** Ports for people: "127.0.0.1:18080→8080/tcp, 9090/udp"; the IPv6 twin of an IPv4 binding is left out. */
export function formatPorts(ports: readonly PortBinding[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of ports) {
    const proto = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
    const text =
      p.hostPort === undefined
        ? `${p.containerPort}${proto}`
        : `${p.hostIp && !['0.0.0.0', '::'].includes(p.hostIp) ? (p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp) + ':' : ''}${p.hostPort}→${p.containerPort}${proto}`;
    if (!seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  }
  return out.join(', ');
}

/** The ports the view shows for a container: those published now, else (stopped, or not served) those asked for. */
export function shownPorts(c: DockerContainer): PortBinding[] {
  return c.ports.some((p) => p.hostPort !== undefined) ? c.ports : c.portBindings.length ? c.portBindings : c.ports;
}

/**
 * http://host:port addresses of a running container's published TCP ports, one per host port (a wildcard
 * address is reached through localhost).
 */
export function browserUrls(c: DockerContainer): string[] {
  if (!isRunning(c)) return [];
  const urls = new Set<string>();
  for (const p of shownPorts(c)) {
    if (p.protocol !== 'tcp' || p.hostPort === undefined) continue;
    const ip = p.hostIp;
    const host = !ip || ip === '0.0.0.0' || ip === '::' ? 'localhost' : ip.includes(':') ? `[${ip}]` : ip;
    urls.add(`http://${host}:${p.hostPort}`);
  }
  return [...urls];
}

/** Compose projects (label com.docker.compose.project) with their services' containers, sorted by name. */
export function groupCompose(containers: readonly DockerContainer[]): ComposeProject[] {
  const projects = new Map<string, ComposeProject>();
  for (const c of containers) {
    const name = c.labels[COMPOSE_PROJECT_LABEL];
    if (!name) continue;
    let p = projects.get(name);
    if (!p) {
      p = { name, configFiles: [], services: [], running: 0, total: 0 };
      projects.set(name, p);
    }
    p.workingDir ??= c.labels[COMPOSE_WORKING_DIR_LABEL] || undefined;
    if (p.configFiles.length === 0 && c.labels[COMPOSE_CONFIG_FILES_LABEL]) p.configFiles = c.labels[COMPOSE_CONFIG_FILES_LABEL].split(',').filter(Boolean);
    const serviceName = c.labels[COMPOSE_SERVICE_LABEL] || c.name;
    let s = p.services.find((x) => x.name === serviceName);
    if (!s) {
      s = { name: serviceName, containers: [] };
      p.services.push(s);
    }
    s.containers.push(c);
    p.total++;
    if (isRunning(c)) p.running++;
  }
  const list = [...projects.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const p of list) {
    p.services.sort((a, b) => a.name.localeCompare(b.name));
    for (const s of p.services) s.containers.sort((a, b) => a.name.localeCompare(b.name));
  }
  return list;
}

/** Tagged images (by label) and dangling ones (newest first), apart. */
export function groupImages(images: readonly DockerImage[]): { tagged: DockerImage[]; dangling: DockerImage[] } {
  const byLabel = (a: DockerImage, b: DockerImage): number => imageLabel(a).localeCompare(imageLabel(b));
  const newest = (a: DockerImage, b: DockerImage): number => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0);
  return { tagged: images.filter((i) => !i.dangling).sort(byLabel), dangling: images.filter((i) => i.dangling).sort(newest) };
}

/** Running containers first, then by name. */
export function sortContainers(containers: readonly DockerContainer[]): DockerContainer[] {
  return [...containers].sort((a, b) => Number(isRunning(b)) - Number(isRunning(a)) || a.name.localeCompare(b.name));
}

// ------------------------------------------------------------------ validation

const CONTAINER_ID = /^[0-9a-f]{12,64}$/;
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/;

/** A container id or name as docker accepts it (never an option); throws invalid-argument. */
export function checkContainerId(id: unknown): string {
  if (typeof id !== 'string' || !(CONTAINER_ID.test(id) || CONTAINER_NAME.test(id))) {
    throw new DockerError('invalid-argument', `Invalid container id or name ${JSON.stringify(id)}.`);
  }
  return id;
}

/** An image id or a valid reference (never an option); throws invalid-argument. */
export function checkImageId(ref: unknown): string {
  if (typeof ref === 'string' && IMAGE_ID.test(ref)) return ref;
  try {
    parseImageRef(ref as string);
    return ref as string;
  } catch (e) {
    throw new DockerError('invalid-argument', (e as Error).message);
  }
}

// ------------------------------------------------------------------ listing

async function checked(ctx: DockerContext, args: string[], run: RunOptions, subject?: string): Promise<RunResult> {
  const result = await runDocker(ctx, args, { timeoutMs: 30_000, ...run });
  const err = classifyFailure(ctx, 'other', result, subject);
  if (err) throw err;
  return result;
}

export async function listImages(ctx: DockerContext, run: RunOptions = {}, filters: string[] = []): Promise<DockerImage[]> {
  const args = ['image', 'ls', '--no-trunc', '--format', '{{json .}}'];
  for (const f of filters) args.push('--filter', f);
  // --no-trunc: the full id (sha256:<64 hex>, kept without the prefix), so that an action names exactly this
  // image; the view shows 12 digits like docker does.
  return parseImages((await checked(ctx, args, run)).stdout);
}

/**
 * `docker ps -a` and, in one `docker container inspect` of the listed ids, each container's exact labels and
 * its port bindings (kept while stopped, and the only record of them on a daemon that publishes nothing).
 */
export async function listContainers(ctx: DockerContext, run: RunOptions = {}, filters: string[] = []): Promise<DockerContainer[]> {
  const args = ['container', 'ls', '-a', '--no-trunc', '--format', '{{json .}}'];
  for (const f of filters) args.push('--filter', f);
  const containers = parseContainers((await checked(ctx, args, run)).stdout);
  if (containers.length === 0) return containers;
  // A container removed between the two calls makes inspect exit 1 but print the others.
  const detail = await runDocker(
    ctx,
    ['container', 'inspect', '--format', '{"id":{{json .Id}},"labels":{{json .Config.Labels}},"bindings":{{json .HostConfig.PortBindings}}}', ...containers.map((c) => c.id)],
    { timeoutMs: 30_000, ...run },
  );
  const byId = new Map(parseJsonLines(detail.stdout).map((o) => [str(o.id), o]));
  for (const c of containers) {
    const d = byId.get(c.id);
    if (!d) continue;
    if (d.labels && typeof d.labels === 'object') c.labels = Object.fromEntries(Object.entries(d.labels as Record<string, unknown>).map(([k, v]) => [k, str(v)]));
    c.portBindings = parsePortBindings(d.bindings);
  }
  return containers;
}

/** Images and containers, read at the same moment. */
export async function snapshot(ctx: DockerContext, run: RunOptions = {}): Promise<DockerSnapshot> {
  const [images, containers] = await Promise.all([listImages(ctx, run), listContainers(ctx, run)]);
  return { images, containers };
}

// ------------------------------------------------------------------ actions

export type ContainerAction = 'start' | 'stop' | 'restart' | 'remove';

/** `docker container start|stop|restart|rm [-f] ID` as an argument array (the id validated). */
export function containerActionArgs(action: ContainerAction, id: string, opts: { force?: boolean; timeoutSeconds?: number } = {}): string[] {
  checkContainerId(id);
  const args = ['container', action === 'remove' ? 'rm' : action];
  if (action === 'remove' && opts.force) args.push('--force');
  if ((action === 'stop' || action === 'restart') && opts.timeoutSeconds !== undefined) {
    if (!Number.isInteger(opts.timeoutSeconds) || opts.timeoutSeconds < 0) throw new DockerError('invalid-argument', `Invalid stop timeout ${opts.timeoutSeconds}.`);
    args.push('--time', String(opts.timeoutSeconds));
  }
  args.push(id);
  return args;
}

export async function containerAction(ctx: DockerContext, action: ContainerAction, id: string, opts: { force?: boolean; timeoutSeconds?: number } & RunOptions = {}): Promise<RunResult> {
  const { force, timeoutSeconds, ...run } = opts;
  return checked(ctx, containerActionArgs(action, id, { force, timeoutSeconds }), { timeoutMs: 120_000, ...run }, id);
}

export function removeImageArgs(ref: string, force = false): string[] {
  return ['image', 'rm', ...(force ? ['--force'] : []), checkImageId(ref)];
}

export async function removeImage(ctx: DockerContext, ref: string, opts: { force?: boolean } & RunOptions = {}): Promise<RunResult> {
  const { force, ...run } = opts;
  return checked(ctx, removeImageArgs(ref, force), run, ref);
}

/** `docker inspect --type image|container ID`, pretty-printed (the JSON array docker prints, re-indented). */
export async function inspectObject(ctx: DockerContext, type: 'image' | 'container', id: string, run: RunOptions = {}): Promise<string> {
  type === 'image' ? checkImageId(id) : checkContainerId(id);
  const result = await checked(ctx, ['inspect', '--type', type, id], run, id);
  try {
    return JSON.stringify(JSON.parse(result.stdout), null, 2) + '\n';
  } catch {
    return result.stdout;
  }
}

/**
 * Runs `image` in the background (kept after it exits, so its logs stay readable in the view), publishing the
 * ports it EXPOSEs on the same host ports when free, else on free ones nearby (127.0.0.1 only).
 */
export async function runDetached(ctx: DockerContext, image: string, run: RunOptions = {}): Promise<{ containerId?: string; ports: PortBinding[]; result: RunResult }> {
  checkImageId(image);
  const exposed = await imageExposedPorts(ctx, image, run);
  const { mappings } = await choosePorts(exposed);
  const result = await runImage(ctx, { image, detach: true, rm: false, ports: mappings }, run);
  return {
    containerId: result.containerId,
    ports: mappings.map((m) => ({ hostIp: m.hostIp, hostPort: m.hostPort, containerPort: m.containerPort, protocol: m.protocol ?? 'tcp' })),
    result,
  };
}

/** The arguments of an interactive run in a terminal: `docker run --rm -it IMAGE`. */
export function interactiveRunArgs(image: string): string[] {
  return ['run', '--rm', '-it', checkImageId(image)];
}

/** The arguments of following a container's log in a terminal. */
export function followLogsArgs(id: string, tail = 500): string[] {
  return ['container', 'logs', '--follow', '--tail', String(tail), checkContainerId(id)];
}

export interface PrunePlan<T> {
  items: T[];
  /** One line a thing that would go, for the confirmation. */
  lines: string[];
  /** "2 dangling images (7.93 MB)" */
  summary: string;
}

/** What pruning the dangling images would remove: `docker image ls -f dangling=true`. */
export async function planImagePrune(ctx: DockerContext, run: RunOptions = {}): Promise<PrunePlan<DockerImage>> {
  const items = await listImages(ctx, run, ['dangling=true']);
  const total = items.reduce((s, i) => s + (Number.isFinite(i.size) ? i.size : 0), 0);
  return {
    items,
    lines: items.map((i) => `${i.id.replace(/^sha256:/, '').slice(0, 12)}  ${formatSize(i.size)}  ${formatAge(i.created)}`.trimEnd()),
    summary: `${items.length} dangling image${items.length === 1 ? '' : 's'} (${formatSize(total)})`,
  };
}

/**
 * What pruning the exited containers would remove: `docker container ls -a -f status=exited` (a container that
 * was created but never started is left alone).
 */
export async function planContainerPrune(ctx: DockerContext, run: RunOptions = {}): Promise<PrunePlan<DockerContainer>> {
  const items = await listContainers(ctx, run, ['status=exited']);
  return {
    items,
    lines: items.map((c) => `${c.name}  (${c.image}, ${c.status})`),
    summary: `${items.length} exited container${items.length === 1 ? '' : 's'}`,
  };
}

export interface PruneResult {
  removed: string[];
  /** Those docker refused to remove (an image a container still uses), with docker's reason. */
  kept: { id: string; reason: string }[];
}

/**
 * Removes exactly the planned things, one `docker ... rm` for all of them (never a broader `prune`, which could
 * take what appeared after the user confirmed); what docker refuses is reported, not thrown.
 */
export async function executePrune(ctx: DockerContext, kind: 'image' | 'container', ids: readonly string[], run: RunOptions = {}): Promise<PruneResult> {
  if (ids.length === 0) return { removed: [], kept: [] };
  const checkedIds = ids.map((id) => (kind === 'image' ? checkImageId(id) : checkContainerId(id)));
  const result = await runDocker(ctx, [kind, 'rm', ...checkedIds], { timeoutMs: 120_000, ...run });
  if (result.code !== 0) {
    const err = classifyFailure(ctx, 'other', result);
    if (err && err.kind !== 'failed') throw err;
  }
  const kept: { id: string; reason: string }[] = [];
  const errLines = result.stderr.split('\n').filter((l) => l.trim());
  for (const id of checkedIds) {
    const short = id.replace(/^sha256:/, '').slice(0, 12);
    const line = errLines.find((l) => l.includes(short));
    if (line) kept.push({ id, reason: line.replace(/^Error( response from daemon)?:\s*/, '') });
  }
  const keptIds = new Set(kept.map((k) => k.id));
  return { removed: checkedIds.filter((id) => !keptIds.has(id)), kept };
}
