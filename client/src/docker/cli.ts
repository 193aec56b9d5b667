// Running the docker CLI: argument arrays through child_process.spawn (never a shell string), streamed output,
// cancellation with an AbortSignal, failures classified into a few actionable messages, credentials redacted.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export type DockerErrorKind =
  | 'binary-missing'
  | 'daemon-down'
  | 'permission'
  | 'push-denied'
  | 'image-missing'
  | 'compose-missing'
  | 'invalid-argument'
  | 'untrusted'
  | 'unsupported'
  | 'cancelled'
  | 'failed';

export class DockerError extends Error {
  constructor(
    readonly kind: DockerErrorKind,
    message: string,
    readonly result?: RunResult,
  ) {
    super(message);
    this.name = 'DockerError';
  }
}

export interface DockerContext {
  /** The docker executable: the `slipway.docker.path` setting, or empty/undefined to search PATH. */
  dockerPath?: string;
  /** Environment for docker (DOCKER_HOST, DOCKER_CONFIG, ...); defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export interface RunOptions {
  cwd?: string;
  signal?: AbortSignal;
  /** Extra environment variables on top of the context's. */
  env?: NodeJS.ProcessEnv;
  /** Each complete output line (stdout and stderr interleaved as they arrive), already redacted. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Kill the process after this many ms (classified as cancelled). */
  timeoutMs?: number;
}

export interface RunResult {
  /** The executable and arguments that ran (not redacted: use formatCommand to show them). */
  command: string;
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr lines in arrival order. */
  output: string;
  cancelled: boolean;
  durationMs: number;
}

// ------------------------------------------------------------------ locating docker

function isExecutable(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks `name` up on PATH (with PATHEXT on Windows); undefined when absent. */
export function which(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name.includes('/') || name.includes('\\')) return isExecutable(name) ? path.resolve(name) : undefined;
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';').concat(['']) : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const p = path.join(dir, name + ext);
      if (isExecutable(p)) return p;
    }
  }
  return undefined;
}

export interface ResolvedDocker {
  path: string;
  source: 'setting' | 'PATH';
}

/** The docker binary from the setting (a path or a command name), else `docker` on PATH. Throws binary-missing. */
export function resolveDocker(ctx: DockerContext = {}): ResolvedDocker {
  const env = ctx.env ?? process.env;
  const setting = ctx.dockerPath?.trim();
  if (setting) {
    const found = which(setting, env);
    if (!found) {
      throw new DockerError(
        'binary-missing',
        `The docker executable "${setting}" from the setting slipway.docker.path was not found or is not executable. ` +
          'Fix the setting or clear it to use docker from PATH.',
      );
    }
    return { path: found, source: 'setting' };
  }
  const found = which('docker', env);
  if (!found) {
    throw new DockerError(
      'binary-missing',
      'The docker CLI was not found on PATH. Install Docker (e.g. Docker Desktop, or `apt-get install docker.io`) ' +
        'or set slipway.docker.path to the docker executable.',
    );
  }
  return { path: found, source: 'PATH' };
}

// ------------------------------------------------------------------ redaction

// Words that make a NAME=value (or "name": "value") a secret wherever they stand in the name: REGISTRY_CREDS,
// GITHUB_TOKEN, CLIENT_SECRET, SECRET_KEY_BASE, API_KEY.
const SECRET_WORDS = new Set(['secret', 'secrets', 'token', 'tokens', 'creds', 'cred', 'credential', 'credentials', 'apikey', 'passphrase']);
// The same as the end of a name written without separators (identitytoken, clientSecret, awsAccessKey).
const SECRET_SUFFIX = /(token|tokens|secret|secrets|creds|credentials|apikey|accesskey|privatekey|secretkey|signingkey)$/;
// PASSWORD anywhere in a name (MYSQL_ROOT_PASSWORD, SMTP_PASSWORD_FILE, dbPassword), but not PASSPORT.
const PASSWORD_IN_NAME = /pass(word|wd|phrase)/i;

/**
 * Whether a variable or key name says its value is a credential. `auth`, `pwd` and `pat` count only as the last
 * word (DOCKER_AUTH, MYSQL_PWD, GITLAB_PAT) so that AUTHOR, PWD, OLDPWD and PATH, which are ordinary, keep their
 * values.
 */
export function isSecretName(name: string): boolean {
  if (PASSWORD_IN_NAME.test(name)) return true;
  const words = name
    .split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (words.length === 0) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  if (SECRET_SUFFIX.test(words.join(''))) return true;
  const last = words[words.length - 1];
  return last === 'auth' || (words.length > 1 && (last === 'pwd' || last === 'pat'));
}

/**
 * Whether the value after `Bearer`/`Basic` outside an Authorization header is a token rather than a word of
 * prose ("Basic authentication required"): tokens have digits, mixed case or base64 padding.
 */
function looksLikeToken(value: string): boolean {
  return value.length >= 8 && (/\d/.test(value) || /=$/.test(value) || (/[A-Z]/.test(value.slice(1)) && /[a-z]/.test(value)));
}

// Tools whose `login` subcommand takes the password with `-p` (`docker login -u me -p ...`); elsewhere `-p`
// is an ordinary option (`docker run -p 8080:80`).
const AFTER_LOGIN = /(?<=\b(?:docker|podman|buildah|skopeo|nerdctl|oras|auth|registry)\s+login\b[^|;&\n]*\s)(-p[= ]?)(?!-)\S+/g;

/** Hides anything that looks like a credential in a line of output or a command line. */
export function redact(text: string): string {
  return (
    text
      // URLs with user:password@ (the user may be empty: redis://:password@host)
      .replace(/\b([a-z][a-z0-9+.-]*:\/\/)([^/\s:@]*):([^/\s@]+)@/gi, '$1$2:***@')
      // Authorization headers: whatever follows the scheme is the credential.
      .replace(/\b(authorization\s*:\s*(?:bearer|basic|token)?\s*)[^\s"']+/gi, '$1***')
      .replace(/\b(bearer|basic)\s+([A-Za-z0-9._~+/=-]+)/gi, (m, scheme: string, value: string) => (looksLikeToken(value) ? `${scheme} ***` : m))
      // Known token formats: GitHub (ghp_, gho_, ghs_, ghu_, ghr_, github_pat_), OpenAI/Anthropic-style sk-...,
      // Docker Hub, GitLab, npm, Slack, AWS access key ids.
      .replace(
        /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|sk-(?=[A-Za-z0-9_-]*\d)[A-Za-z0-9_-]{20,}|dckr_pat_[A-Za-z0-9_-]{10,}|glpat-[A-Za-z0-9_-]{10,}|npm_[A-Za-z0-9]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g,
        '***',
      )
      // --password VALUE / --password=VALUE (any tool; --password-stdin has no value), -p VALUE after `docker login`.
      .replace(/(--password[= ])(?!-)\S+/g, '$1***')
      .replace(AFTER_LOGIN, '$1***')
      // NAME=VALUE / "name": "value" where the name says secret
      .replace(/\b([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|'[^']*'|[^\s,;&]+)/g, (m, name: string) => (isSecretName(name) ? `${name}=***` : m))
      .replace(/("([A-Za-z_][A-Za-z0-9_.-]*)"\s*:\s*)"[^"]*"/g, (m, pre: string, name: string) => (isSecretName(name) ? `${pre}"***"` : m))
  );
}

function quoteArg(a: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

/** A display form of a command line (for logs only, never executed), with credentials redacted. */
export function formatCommand(command: string, args: readonly string[]): string {
  return redact([path.basename(command), ...args].map(quoteArg).join(' '));
}

// ------------------------------------------------------------------ running

/** Runs `command args` without a shell; resolves with the result whatever the exit code (rejects only on spawn errors). */
export function runProcess(command: string, args: readonly string[], opts: RunOptions & { baseEnv?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      resolve({ command, args: [...args], code: null, signal: null, stdout: '', stderr: '', output: '', cancelled: true, durationMs: 0 });
      return;
    }
    const child = spawn(command, [...args], {
      cwd: opts.cwd,
      env: { ...(opts.baseEnv ?? process.env), ...(opts.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    let cancelled = false;
    const partial = { stdout: '', stderr: '' };
    const emit = (stream: 'stdout' | 'stderr', chunk: string, flush = false): void => {
      let text = partial[stream] + chunk;
      // Progress bars rewrite the line with \r: keep the last state of each line.
      const lines = text.split('\n');
      text = flush ? '' : lines.pop()!;
      partial[stream] = text;
      for (let line of lines) {
        if (line.includes('\r')) line = line.split('\r').filter((s) => s.length).pop() ?? '';
        if (flush && line === '') continue;
        output += line + '\n';
        opts.onLine?.(redact(line), stream);
      }
    };
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stdout!.on('data', (c: string) => {
      stdout += c;
      emit('stdout', c);
    });
    child.stderr!.on('data', (c: string) => {
      stderr += c;
      emit('stderr', c);
    });
    const kill = (): void => {
      cancelled = true;
      child.kill('SIGTERM');
      // docker forwards SIGTERM to the daemon-side operation; give it a moment, then make sure.
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }, 3000).unref();
    };
    const onAbort = (): void => kill();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : undefined;
    child.on('error', (err: NodeJS.ErrnoException) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
      if (err.code === 'ENOENT') {
        reject(new DockerError('binary-missing', `${path.basename(command)} was not found (${command}).`));
      } else if (err.code === 'EACCES') {
        reject(new DockerError('binary-missing', `${command} is not executable.`));
      } else reject(err);
    });
    child.on('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
      emit('stdout', '', true);
      emit('stderr', '', true);
      resolve({ command, args: [...args], code, signal, stdout, stderr, output, cancelled, durationMs: Date.now() - started });
    });
  });
}

/** Runs docker with `args` (located from the context). */
export async function runDocker(ctx: DockerContext, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const docker = resolveDocker(ctx);
  return runProcess(docker.path, args, { ...opts, baseEnv: ctx.env ?? process.env });
}

// ------------------------------------------------------------------ classifying failures

export type Operation = 'build' | 'run' | 'tag' | 'push' | 'compose' | 'inspect' | 'other';

const DAEMON_DOWN = [
  /Cannot connect to the Docker daemon/i,
  /Is the docker daemon running\?/i,
  /error during connect/i,
  /dial unix [^:]+: connect: (no such file or directory|connection refused)/i,
  /docker daemon is not running/i,
  /failed to connect to the docker API/i,
];

/** What to do when the daemon does not answer (said by every daemon-down message). */
export const DAEMON_DOWN_ADVICE =
  'Start Docker (Docker Desktop, `sudo systemctl start docker`, or your own dockerd), or point the settings ' +
  'slipway.docker.host (DOCKER_HOST) or slipway.docker.context at a running one, then try again.';

/** The DOCKER_HOST the CLI talks to, for messages. */
export function dockerHostOf(ctx: DockerContext): string {
  const env = ctx.env ?? process.env;
  if (env.DOCKER_HOST) return env.DOCKER_HOST;
  if (env.DOCKER_CONTEXT) return `context ${env.DOCKER_CONTEXT}`;
  return process.platform === 'win32' ? 'npipe:////./pipe/docker_engine' : 'unix:///var/run/docker.sock';
}

/** The registry host named in a push error or a reference, for the `docker login` hint. */
function registryForHint(text: string, image?: string): string {
  if (image) {
    const first = image.split('/')[0];
    if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return first;
    return 'docker.io';
  }
  const m = /(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,}(?::\d+)?|localhost:\d+|127\.\d+\.\d+\.\d+:\d+)\//i.exec(text);
  return m ? m[1] : 'docker.io';
}

/**
 * Turns a failed run into a DockerError with one actionable message. `subject` is the image (push/run) or file
 * involved. Returns undefined when the run succeeded.
 */
export function classifyFailure(ctx: DockerContext, op: Operation, result: RunResult, subject?: string): DockerError | undefined {
  if (result.cancelled) return new DockerError('cancelled', `docker ${op} was cancelled.`, result);
  if (result.code === 0) return undefined;
  const text = result.output || result.stderr + result.stdout;
  if (DAEMON_DOWN.some((re) => re.test(text))) {
    return new DockerError(
      'daemon-down',
      `The Docker daemon is not running or not reachable at ${dockerHostOf(ctx)}. ${DAEMON_DOWN_ADVICE}`,
      result,
    );
  }
  if (/permission denied while trying to connect to the Docker daemon/i.test(text)) {
    return new DockerError(
      'permission',
      `Permission denied on the Docker socket (${dockerHostOf(ctx)}). Add your user to the "docker" group ` +
        '(`sudo usermod -aG docker $USER`, then log in again) or use a rootless Docker context.',
      result,
    );
  }
  if (
    (op === 'push' || op === 'compose') &&
    /(denied: requested access to the resource is denied|unauthorized|authentication required|no basic auth credentials|insufficient_scope|403 Forbidden|denied:)/i.test(text)
  ) {
    const registry = registryForHint(text, op === 'push' ? subject : undefined);
    return new DockerError(
      'push-denied',
      `The registry ${registry} refused the push${subject ? ` of ${subject}` : ''}: you are not logged in or may not write to this repository. ` +
        `Run \`docker login ${registry}\` in a terminal (Slipway never asks for or stores your password), check that the ` +
        'repository name is under your account or organisation, then push again.',
      result,
    );
  }
  if (/(pull access denied|repository does not exist|manifest unknown|No such image|Unable to find image|not found: manifest)/i.test(text)) {
    return new DockerError(
      'image-missing',
      `The image${subject ? ` ${subject}` : ''} does not exist locally and could not be pulled. Build or pull it first (or \`docker login\` if it is private).`,
      result,
    );
  }
  const lastLines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-3)
    .join(' | ');
  return new DockerError('failed', redact(`docker ${op} failed (exit code ${result.code ?? result.signal}): ${lastLines}`), result);
}

/** Runs docker and throws the classified DockerError on failure. */
export async function runDockerChecked(ctx: DockerContext, op: Operation, args: readonly string[], opts: RunOptions = {}, subject?: string): Promise<RunResult> {
  const result = await runDocker(ctx, args, opts);
  const err = classifyFailure(ctx, op, result, subject);
  if (err) throw err;
  return result;
}

// ------------------------------------------------------------------ compose detection

export interface ComposeCommand {
  /** `v2`: the `docker compose` plugin; `v1`: the standalone Python `docker-compose`. */
  flavor: 'v2' | 'v1';
  command: string;
  /** Arguments that come before compose's own (`['compose']` for v2). */
  prefix: string[];
  version: string;
}

/**
 * `docker compose` (v2) when the plugin is there, else a standalone `docker-compose` (v1, e.g. Debian's
 * 1.29) on PATH or next to docker. Throws compose-missing with what to install.
 */
export async function detectCompose(ctx: DockerContext, signal?: AbortSignal): Promise<ComposeCommand> {
  const docker = resolveDocker(ctx);
  const env = ctx.env ?? process.env;
  const v2 = await runProcess(docker.path, ['compose', 'version', '--short'], { baseEnv: env, signal, timeoutMs: 15_000 }).catch(() => undefined);
  if (v2 && v2.code === 0 && /\d+\.\d+/.test(v2.stdout)) {
    return { flavor: 'v2', command: docker.path, prefix: ['compose'], version: v2.stdout.trim().replace(/^v/, '') };
  }
  const v1Path = which('docker-compose', env) ?? [path.join(path.dirname(docker.path), 'docker-compose')].find(isExecutable);
  if (v1Path) {
    const v1 = await runProcess(v1Path, ['version', '--short'], { baseEnv: env, signal, timeoutMs: 15_000 }).catch(() => undefined);
    if (v1 && v1.code === 0) {
      const version = v1.stdout.trim().replace(/^v/, '');
      // Compose v2 installed as standalone docker-compose answers 2.x.
      return { flavor: version.startsWith('1.') ? 'v1' : 'v2', command: v1Path, prefix: [], version };
    }
  }
  throw new DockerError(
    'compose-missing',
    'Docker Compose was not found: neither `docker compose` (the Compose v2 plugin) nor `docker-compose` works. ' +
      'Install the docker-compose-plugin (or Debian\'s `docker-compose` package) and try again.',
  );
}

// ------------------------------------------------------------------ engine settings and the daemon check

/** What `slipway.docker.host` and `slipway.docker.context` may be: the daemon to talk to, never an option. */
export interface EngineSettings {
  host?: string;
  context?: string;
}

// DOCKER_HOST schemes the docker CLI knows. An ssh host must not start with "-" (docker runs `ssh <host>`).
const DOCKER_HOST_RE = /^(unix|npipe):\/\/[^\s]+$|^(tcp|http|https):\/\/[A-Za-z0-9.[\]:_-]+(:\d+)?\/?$|^ssh:\/\/(?!-)([A-Za-z0-9._-]+@)?[A-Za-z0-9.[\]:_-]+(:\d+)?\/?$|^fd:\/\/[^\s]*$/;
// Docker's own rule for context names.
const CONTEXT_NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]*$/;

/** Why `value` is not a valid slipway.docker.host, or undefined when it is (empty means: docker's default). */
export function validateDockerHost(value: string): string | undefined {
  if (!value) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f]/.test(value)) return `slipway.docker.host must not contain spaces or control characters (got ${JSON.stringify(value)}).`;
  if (!DOCKER_HOST_RE.test(value)) {
    return `slipway.docker.host ${JSON.stringify(value)} is not a Docker host: use unix:///path/docker.sock, tcp://host:2376, ssh://user@host or npipe:////./pipe/docker_engine.`;
  }
  return undefined;
}

/** Why `value` is not a valid slipway.docker.context, or undefined when it is. */
export function validateDockerContextName(value: string): string | undefined {
  if (!value) return undefined;
  return CONTEXT_NAME_RE.test(value) ? undefined : `slipway.docker.context ${JSON.stringify(value)} is not a context name (letters, digits, "_", ".", "+" and "-").`;
}

/**
 * The environment the settings add for docker and Compose: DOCKER_HOST or DOCKER_CONTEXT (both CLIs read them;
 * nothing goes on a command line). Throws DockerError('invalid-argument') for an invalid value or for both at once
 * (docker refuses that combination too).
 */
export function engineEnv(settings: EngineSettings): NodeJS.ProcessEnv {
  const host = settings.host?.trim() ?? '';
  const context = settings.context?.trim() ?? '';
  const bad = validateDockerHost(host) ?? validateDockerContextName(context);
  if (bad) throw new DockerError('invalid-argument', bad);
  if (host && context) throw new DockerError('invalid-argument', 'Set slipway.docker.host or slipway.docker.context, not both: docker refuses a host and a context together.');
  if (host) return { DOCKER_HOST: host };
  if (context) return { DOCKER_CONTEXT: context };
  return {};
}

export interface EngineInfo {
  /** `podman` for Podman's docker-compatible CLI (no daemon: its Client answers alone). */
  engine: 'docker' | 'podman';
  client: string;
  /** The daemon's version; undefined for podman, which has none. */
  server?: string;
}

/**
 * Reads `<docker> version --format '{{json .}}'`. Docker prints `{"Client":…,"Server":…}` (Server null and exit 1
 * when the daemon is down); Podman prints only a Client (its APIVersion equals its Version). Returns undefined when
 * the output is not that JSON.
 */
export function parseEngineVersion(stdout: string, executable: string): EngineInfo | undefined {
  let v: { Client?: { Version?: string; APIVersion?: string; ApiVersion?: string }; Server?: { Version?: string; Components?: Array<{ Name?: string }> } | null };
  try {
    v = JSON.parse(stdout.trim().split('\n')[0] || 'null');
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || !v.Client?.Version) return undefined;
  const podman =
    /^podman(\.exe)?$/i.test(path.basename(executable)) ||
    (v.Client.APIVersion !== undefined && v.Client.ApiVersion === undefined && !('Server' in v)) ||
    !!v.Server?.Components?.some((c) => /podman/i.test(c.Name ?? ''));
  return { engine: podman ? 'podman' : 'docker', client: v.Client.Version, server: v.Server?.Version ?? undefined };
}

/**
 * Asks the engine for its version before a command asks the user anything: a daemon that is down (or does not
 * answer within `timeoutMs`) is reported at once, with what to do. Resolves with the engine and versions.
 */
export async function checkEngine(ctx: DockerContext, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<EngineInfo> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const docker = resolveDocker(ctx);
  const result = await runProcess(docker.path, ['version', '--format', '{{json .}}'], { baseEnv: ctx.env ?? process.env, signal: opts.signal, timeoutMs });
  if (result.cancelled && !opts.signal?.aborted) {
    throw new DockerError('daemon-down', `The Docker daemon at ${dockerHostOf(ctx)} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}. ${DAEMON_DOWN_ADVICE}`, result);
  }
  const info = parseEngineVersion(result.stdout, docker.path);
  if (result.code === 0 && info && (info.engine === 'podman' || info.server)) return info;
  const err = classifyFailure(ctx, 'other', result);
  if (err) throw err;
  throw new DockerError('daemon-down', `The Docker daemon at ${dockerHostOf(ctx)} did not say its version. ${DAEMON_DOWN_ADVICE}`, result);
}
