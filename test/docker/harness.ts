// Starts and stops the real components the docker tests use: a private dockerd and a registry on loopback,
// through the same scripts CI uses (scripts/docker-daemon.sh, scripts/registry.sh), stopped by PID.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { which } from '../../client/src/docker/cli';

export const REPO = path.resolve(__dirname, '../../..');
const DAEMON_SCRIPT = path.join(REPO, 'scripts/docker-daemon.sh');
const REGISTRY_SCRIPT = path.join(REPO, 'scripts/registry.sh');

/** A statically linked busybox (Debian's busybox-static), which runs in a FROM scratch image. */
export function staticBusybox(): string | undefined {
  for (const p of ['/bin/busybox', '/usr/bin/busybox']) {
    try {
      const head = fs.readFileSync(p).subarray(0, 8192).toString('latin1');
      if (head.startsWith('\x7fELF') && !head.includes('ld-linux')) return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/**
 * The docker CLI the tests drive: $SLIPWAY_TEST_DOCKER, else Debian's /usr/bin/docker (20.10, from the same
 * docker.io package as the daemon, so versions match and DOCKER_BUILDKIT=1 works), else docker on PATH.
 */
export function testDockerCli(): string | undefined {
  if (process.env.SLIPWAY_TEST_DOCKER) return process.env.SLIPWAY_TEST_DOCKER;
  if (fs.existsSync('/usr/bin/docker')) return '/usr/bin/docker';
  return which('docker');
}

/** Why the real-component tests cannot run here, or undefined when they can. */
export function missingComponents(): string | undefined {
  const missing: string[] = [];
  if (!which('dockerd')) missing.push('dockerd (apt-get install docker.io)');
  if (!which('docker-registry')) missing.push('docker-registry (apt-get install docker-registry)');
  if (!staticBusybox()) missing.push('a static busybox (apt-get install busybox-static)');
  if (!testDockerCli()) missing.push('a docker CLI');
  return missing.length ? `missing ${missing.join(', ')}` : undefined;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export interface Components {
  dir: string;
  dockerHost: string;
  registry: string;
  env: NodeJS.ProcessEnv;
  stop(): void;
}

/** Starts dockerd and the registry under a fresh temp dir (short path: unix socket limit). */
export async function startComponents(prefix = 'slw-dk-'): Promise<Components> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const daemonDir = path.join(dir, 'd');
  const registryDir = path.join(dir, 'r');
  const stop = (): void => {
    for (const [script, d] of [
      [REGISTRY_SCRIPT, registryDir],
      [DAEMON_SCRIPT, daemonDir],
    ]) {
      spawnSync('bash', [script, 'stop', d], { stdio: 'ignore', timeout: 30_000 });
    }
    // vfs layers are plain directories; removing them is enough.
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const out = execFileSync('bash', [DAEMON_SCRIPT, 'start', daemonDir], { encoding: 'utf8', timeout: 60_000 });
    const dockerHost = /^DOCKER_HOST=(.*)$/m.exec(out)![1];
    const addr = (await portFree(5000)) ? '127.0.0.1:5000' : `127.0.0.1:${await freePort()}`;
    const rout = execFileSync('bash', [REGISTRY_SCRIPT, 'start', registryDir, addr], { encoding: 'utf8', timeout: 30_000 });
    const registry = /^REGISTRY=(.*)$/m.exec(rout)![1];
    const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: dockerHost, DOCKER_CONFIG: path.join(dir, 'docker-config') };
    delete env.DOCKER_CONTEXT;
    delete env.DOCKER_BUILDKIT;
    fs.mkdirSync(env.DOCKER_CONFIG!, { recursive: true });
    return { dir, dockerHost, registry, env, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

/** GET http://addr/path as JSON. */
export async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A FROM scratch build context with a static busybox (also as /bin/sh, so shell-form RUN works). */
export function makeContext(dir: string, dockerfile: string, files: Record<string, string> = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(staticBusybox()!, path.join(dir, 'busybox'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, 'Dockerfile');
}
