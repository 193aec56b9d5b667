// Keeping the "Images & Containers" view current without polling: a `docker events --format '{{json .}}'` child
// process streams what the daemon does; the events that change a list trigger one debounced refresh. When the
// process dies (daemon stopped, socket gone) it is started again after a growing pause, so a daemon that comes
// back is noticed. No vscode here: the watcher is tested against a real daemon.
import { ChildProcess, spawn } from 'node:child_process';
import { DockerContext, redact, resolveDocker } from '../docker/cli';

export interface DockerEvent {
  /** `container`, `image`, `network`, `volume`, ... */
  Type: string;
  /** `start`, `die`, `stop`, `destroy`, `tag`, `untag`, `delete`, `exec_start: sh`, ... */
  Action: string;
  /** The object's id (`Actor.ID`). */
  id: string;
  /** Actor.Attributes: the container's name and labels, the image name. */
  attributes: Record<string, string>;
  /** Seconds since the epoch. */
  time?: number;
}

/** One line of `docker events --format '{{json .}}'`, or undefined when it is not an event. */
export function parseEvent(line: string): DockerEvent | undefined {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!o || typeof o !== 'object') return undefined;
  const actor = (o.Actor ?? {}) as { ID?: unknown; Attributes?: Record<string, unknown> };
  const type = typeof o.Type === 'string' ? o.Type : typeof o.Type === 'undefined' && typeof o.from === 'string' ? 'container' : '';
  const action = typeof o.Action === 'string' ? o.Action : typeof o.status === 'string' ? o.status : '';
  if (!type || !action) return undefined;
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(actor.Attributes ?? {})) attributes[k] = String(v);
  return { Type: type, Action: action, id: String(actor.ID ?? o.id ?? ''), attributes, time: typeof o.time === 'number' ? o.time : undefined };
}

// The container actions that change what `docker ps -a` prints; exec_*, attach, resize, top and health checks
// (`health_status: healthy`, which a health check repeats every interval) do not.
const CONTAINER_ACTIONS = new Set(['create', 'start', 'restart', 'stop', 'die', 'kill', 'pause', 'unpause', 'destroy', 'rename', 'update', 'oom']);
const IMAGE_ACTIONS = new Set(['pull', 'tag', 'untag', 'delete', 'import', 'load', 'save', 'prune']);

/** Whether an event changes the images or containers the view lists. */
export function isRelevantEvent(e: DockerEvent): boolean {
  const action = e.Action.split(':')[0].trim();
  if (e.Type === 'container') return CONTAINER_ACTIONS.has(action);
  if (e.Type === 'image') return IMAGE_ACTIONS.has(action);
  return false;
}

/** Calls `fn` once, `delayMs` after the last of a burst of `trigger()` calls. */
export class Debouncer {
  private timer: NodeJS.Timeout | undefined;
  constructor(
    private readonly delayMs: number,
    private readonly fn: () => void,
  ) {}
  trigger(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fn();
    }, this.delayMs);
  }
  get pending(): boolean {
    return this.timer !== undefined;
  }
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** The pause before restart number `attempt` (0-based): 1 s, 2 s, 4 s, ... up to `maxMs`. */
export function backoffDelay(attempt: number, baseMs = 1000, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
}

export interface WatcherOptions {
  /** Each relevant event (see isRelevantEvent), as it arrives. */
  onEvent?: (e: DockerEvent) => void;
  /**
   * The stream's state changed: `up` once the process has run for `aliveAfterMs` (the daemon answers), `down`
   * when it exited (with docker's last error line), `stopped` after stop().
   */
  onState?: (state: 'up' | 'down' | 'stopped', detail?: string) => void;
  /** Every event, relevant or not (tests). */
  onAnyEvent?: (e: DockerEvent) => void;
  aliveAfterMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

/**
 * Runs `docker events` until stop(); restarts it with backoff when it exits. The docker executable and the
 * environment (DOCKER_HOST) are read from `context()` at each start, so a changed setting applies at the next
 * restart (and a context() that throws, e.g. in Restricted Mode, counts as a failed start).
 */
export class DockerEventsWatcher {
  private child: ChildProcess | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private aliveTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private running = false;
  /** How many times the process was started (tests). */
  starts = 0;
  state: 'up' | 'down' | 'stopped' | 'starting' = 'stopped';

  constructor(
    private readonly context: () => DockerContext,
    private readonly opts: WatcherOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.attempt = 0;
    this.spawnOnce();
  }

  stop(): void {
    this.running = false;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    if (this.aliveTimer) clearTimeout(this.aliveTimer);
    this.restartTimer = this.aliveTimer = undefined;
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    if (this.state !== 'stopped') {
      this.state = 'stopped';
      this.opts.onState?.('stopped');
    }
  }

  /** Restarts at once (e.g. after the docker path setting changed). */
  restart(): void {
    this.stop();
    this.start();
  }

  private setState(state: 'up' | 'down', detail?: string): void {
    if (this.state === state && state === 'up') return;
    this.state = state;
    this.opts.onState?.(state, detail);
  }

  private scheduleRestart(detail: string): void {
    this.setState('down', detail);
    if (!this.running) return;
    const delay = backoffDelay(this.attempt++, this.opts.backoffBaseMs, this.opts.backoffMaxMs);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (this.running) this.spawnOnce();
    }, delay);
  }

  private spawnOnce(): void {
    let command: string;
    let env: NodeJS.ProcessEnv;
    try {
      const ctx = this.context();
      command = resolveDocker(ctx).path;
      env = ctx.env ?? process.env;
    } catch (e) {
      this.scheduleRestart((e as Error).message);
      return;
    }
    this.state = 'starting';
    this.starts++;
    const child = spawn(command, ['events', '--format', '{{json .}}', '--filter', 'type=container', '--filter', 'type=image'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    this.child = child;
    let partial = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        const e = parseEvent(line);
        if (!e) continue;
        // An event proves the stream works: reset the backoff.
        this.attempt = 0;
        this.setState('up');
        this.opts.onAnyEvent?.(e);
        if (isRelevantEvent(e)) this.opts.onEvent?.(e);
      }
    });
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    this.aliveTimer = setTimeout(() => {
      this.aliveTimer = undefined;
      if (this.child === child) {
        this.attempt = 0;
        this.setState('up');
      }
    }, this.opts.aliveAfterMs ?? 1500);
    const ended = (detail: string): void => {
      if (this.child !== child) return; // stopped or replaced
      this.child = undefined;
      if (this.aliveTimer) clearTimeout(this.aliveTimer);
      this.aliveTimer = undefined;
      this.scheduleRestart(detail);
    };
    child.on('error', (err) => ended(err.message));
    child.on('close', (code, signal) => {
      const last = stderr.split('\n').map((l) => l.trim()).filter(Boolean).pop();
      ended(redact(last ?? `docker events exited (${code ?? signal})`));
    });
  }
}
