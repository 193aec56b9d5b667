// The docker module against REAL components: a private dockerd (Debian docker.io 20.10, vfs, no bridge, no
// iptables) and a registry (docker-registry 2.8) on 127.0.0.1, both started and stopped by PID through
// scripts/docker-daemon.sh and scripts/registry.sh. The image is FROM scratch + a static busybox, so nothing is
// pulled. The CLI is Debian's /usr/bin/docker (see harness.ts); compose is whatever detectCompose finds.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  DockerContext,
  DockerError,
  buildImage,
  checkEngine,
  choosePorts,
  compose,
  composeFileFacts,
  detectCompose,
  exposedPorts,
  pushImage,
  runAndFollow,
  runDocker,
  runImage,
  tagImage,
  which,
} from '../../client/src/docker';
import { Components, getJson, makeContext, missingComponents, startComponents, testDockerCli } from './harness';

const missing = missingComponents();
if (missing && (process.env.CI === 'true' || process.env.SLIPWAY_REQUIRE_DOCKER === '1')) {
  test('real docker components are installed (required in CI)', () => {
    assert.fail(`${missing}: .ci/run installs docker.io docker-registry busybox-static docker-compose`);
  });
}
const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'COPY busybox /bin/sh',
  'COPY hello.txt /hello.txt',
  'EXPOSE 8080 9090/udp',
  'ENTRYPOINT ["/bin/busybox"]',
  'CMD ["echo", "hello from slipway"]',
  '',
].join('\n');
const FAILING = [
  'FROM scratch AS base',
  'COPY busybox /bin/busybox',
  'COPY busybox /bin/sh',
  '',
  'FROM base AS final',
  '# the next instruction fails',
  'RUN /bin/busybox echo about to fail && \\',
  '    /bin/busybox false',
  'CMD ["echo"]',
  '',
].join('\n');

describe('docker module against a real daemon and registry', { skip: missing ? `NOT RUN: ${missing}` : false, timeout: 240_000 }, () => {
  let c: Components;
  let ctx: DockerContext;
  const IMAGE = 'slipway-test/busybox:1';
  let contextDir: string;
  let dockerfile: string;

  before(async () => {
    const t0 = Date.now();
    c = await startComponents();
    ctx = { dockerPath: testDockerCli(), env: c.env };
    contextDir = path.join(c.dir, 'ctx');
    dockerfile = makeContext(contextDir, DOCKERFILE, { 'hello.txt': 'file from the build context\n' });
    console.log(`# dockerd at ${c.dockerHost}, registry at ${c.registry}, cli ${ctx.dockerPath}; up in ${Date.now() - t0} ms`);
  });

  after(() => c?.stop());

  test('build: FROM scratch + busybox through buildImage (legacy builder)', async () => {
    const lines: string[] = [];
    const r = await buildImage(ctx, { dockerfile, context: contextDir, tags: [IMAGE], buildkit: false }, { onLine: (l) => lines.push(l) });
    assert.ok(r.ok, `build failed: ${r.error?.message}\n${r.result.output}`);
    assert.match(r.imageId ?? '', /^[0-9a-f]{12,}$/);
    assert.ok(lines.some((l) => /^Step 2\/7 : COPY busybox \/bin\/busybox$/.test(l)), lines.join('\n'));
    const inspect = await runDocker(ctx, ['image', 'inspect', '--format', '{{.Id}}', IMAGE]);
    assert.equal(inspect.code, 0, inspect.output);
  });

  test('run: the image prints its CMD; env, volume and command options', async () => {
    const r1 = await runImage(ctx, { image: IMAGE, network: 'none' });
    assert.equal(r1.code, 0, r1.output);
    assert.equal(r1.stdout.trim(), 'hello from slipway');
    const r2 = await runImage(ctx, {
      image: IMAGE,
      network: 'none',
      env: { GREETING: 'hi there' },
      volumes: [`${contextDir}:/data:ro`],
      command: ['sh', '-c', 'echo "$GREETING"; cat /data/hello.txt /hello.txt'],
    });
    assert.equal(r2.code, 0, r2.output);
    assert.deepEqual(r2.stdout.trim().split('\n'), ['hi there', 'file from the build context', 'file from the build context']);
    // A failing command inside the container is a result, not a docker error.
    const r3 = await runImage(ctx, { image: IMAGE, network: 'none', command: ['false'] });
    assert.equal(r3.code, 1);
  });

  test('run: EXPOSEd ports are published, a busy host port is replaced by a free one', async () => {
    const exposed = exposedPorts(fs.readFileSync(dockerfile, 'utf8'));
    assert.deepEqual(exposed, [
      { port: 8080, protocol: 'tcp' },
      { port: 9090, protocol: 'udp' },
    ]);
    // Occupy 8080 on the host if it is free; either way the chosen host port must be free.
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.once('error', () => resolve()).listen(8080, '127.0.0.1', () => resolve()));
    try {
      const asked: number[] = [];
      const { mappings, conflicts } = await choosePorts(exposed, { onConflict: async (cf) => (asked.push(cf.exposed.port), cf.suggestion) });
      assert.deepEqual(asked, [8080]);
      assert.equal(conflicts.length, 1);
      const tcp = mappings.find((m) => m.containerPort === 8080)!;
      assert.notEqual(tcp.hostPort, 8080);
      const r = await runImage(ctx, { image: IMAGE, ports: mappings, detach: true, command: ['sleep', '30'] });
      assert.ok(r.containerId, r.output);
      // The test daemon has no bridge network, so the binding is recorded but not served: read it back.
      const bindings = await runDocker(ctx, ['inspect', '--format', '{{json .HostConfig.PortBindings}}', r.containerId!]);
      await runDocker(ctx, ['rm', '-f', r.containerId!]);
      assert.deepEqual(JSON.parse(bindings.stdout), {
        '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(tcp.hostPort) }],
        '9090/udp': [{ HostIp: '127.0.0.1', HostPort: '9090' }],
      });
    } finally {
      blocker.close();
    }
  });

  test('tag and push to the registry; the registry API lists the tag', async () => {
    const local = `${c.registry}/slipway-test/busybox:1`;
    await tagImage(ctx, IMAGE, local);
    const p = await pushImage(ctx, local);
    assert.equal(p.pushed, local);
    assert.equal(p.registry, c.registry);
    assert.match(p.digest ?? '', /^sha256:[0-9a-f]{64}$/, p.output);
    assert.deepEqual(await getJson(`http://${c.registry}/v2/slipway-test/busybox/tags/list`), { name: 'slipway-test/busybox', tags: ['1'] });
    // Push with a default registry + namespace: the image is re-tagged, keeping name and tag.
    const p2 = await pushImage(ctx, IMAGE, { registry: `${c.registry}/team` });
    assert.equal(p2.pushed, `${c.registry}/team/busybox:1`);
    assert.deepEqual(await getJson(`http://${c.registry}/v2/team/busybox/tags/list`), { name: 'team/busybox', tags: ['1'] });
    const catalog = (await getJson(`http://${c.registry}/v2/_catalog`)) as { repositories: string[] };
    assert.deepEqual(catalog.repositories.sort(), ['slipway-test/busybox', 'team/busybox']);
  });

  test('compose: up -d, logs, down for a busybox service', async () => {
    const dc = await detectCompose(ctx);
    console.log(`# compose: ${dc.flavor} ${dc.version} (${path.basename(dc.command)} ${dc.prefix.join(' ')})`);
    const dir = path.join(c.dir, 'proj');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'compose.yaml');
    fs.writeFileSync(
      file,
      [
        'version: "3.8"',
        'services:',
        '  hello:',
        `    image: ${IMAGE}`,
        '    network_mode: none',
        '    command: ["sh", "-c", "echo compose-hello; sleep 60"]',
        '',
      ].join('\n'),
    );
    const cp = await compose(ctx);
    const project = { files: [file], projectDir: dir, projectName: 'slwtest' };
    await cp.up(project);
    const ps = await runDocker(ctx, ['ps', '--filter', 'label=com.docker.compose.project=slwtest', '--format', '{{.Names}} {{.Status}}']);
    assert.match(ps.stdout, /hello.*Up/, ps.output);
    let logs = '';
    for (let i = 0; i < 50 && !logs.includes('compose-hello'); i++) {
      logs = (await cp.logs(project)).output;
      if (!logs.includes('compose-hello')) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(logs, /compose-hello/);
    await cp.down(project, { timeoutSeconds: 1 });
    const left = await runDocker(ctx, ['ps', '-a', '--filter', 'label=com.docker.compose.project=slwtest', '-q']);
    assert.equal(left.stdout.trim(), '');
  });

  test('failing RUN is mapped to its Dockerfile line (legacy builder)', async () => {
    const df = makeContext(path.join(c.dir, 'fail'), FAILING);
    const r = await buildImage(ctx, { dockerfile: df, buildkit: false });
    assert.equal(r.ok, false);
    assert.equal(r.error?.kind, 'failed');
    assert.ok(r.failure, r.result.output);
    assert.equal(r.failure.builder, 'legacy');
    assert.equal(r.failure.line, 6); // 0-based: line 7, the RUN
    assert.equal(r.failure.endLine, 7);
    assert.equal(r.failure.stage, 'final');
    assert.match(r.failure.message, /returned a non-zero code: 1/);
    assert.match(r.error!.message, /at line 7/);
  });

  test('failing RUN is mapped to its Dockerfile line (BuildKit, Debian client with DOCKER_BUILDKIT=1)', { skip: !fs.existsSync('/usr/bin/docker') && 'no /usr/bin/docker' }, async () => {
    const df = makeContext(path.join(c.dir, 'failbk'), FAILING);
    // The daemon has no bridge network: BuildKit's RUN needs --network none.
    const r = await buildImage({ ...ctx, dockerPath: '/usr/bin/docker' }, { dockerfile: df, buildkit: true, network: 'none' });
    assert.equal(r.ok, false, r.result.output);
    assert.ok(r.failure, r.result.output);
    assert.equal(r.failure.builder, 'buildkit');
    assert.equal(r.failure.step, '[final 1/1] RUN /bin/busybox echo about to fail &&     /bin/busybox false');
    assert.equal(r.failure.line, 6);
    assert.match(r.failure.message, /exit code: 1/);
  });

  test('the client on PATH (docker 28 without buildx: legacy builder) builds and maps a failure too', { skip: !fs.existsSync('/usr/local/bin/docker') && 'no /usr/local/bin/docker' }, async () => {
    const c28 = { ...ctx, dockerPath: '/usr/local/bin/docker' };
    const ok = await buildImage(c28, { dockerfile, tags: ['slipway-test/busybox:c28'] });
    assert.ok(ok.ok, ok.result.output);
    const df = makeContext(path.join(c.dir, 'fail28'), FAILING);
    const r = await buildImage(c28, { dockerfile: df });
    assert.equal(r.failure?.line, 6, r.result.output);
  });

  test('a bad tag is rejected before docker is called', async () => {
    const marker = path.join(c.dir, 'docker-was-called');
    const fake = path.join(c.dir, 'fake-docker');
    fs.writeFileSync(fake, `#!/bin/sh\ntouch '${marker}'\n`, { mode: 0o755 });
    const fctx = { ...ctx, dockerPath: fake };
    await assert.rejects(buildImage(fctx, { dockerfile, tags: ['Slipway/Busybox:1'] }), (e: DockerError) => {
      assert.equal(e.kind, 'invalid-argument');
      assert.match(e.message, /must be lowercase/);
      return true;
    });
    await assert.rejects(buildImage(fctx, { dockerfile, tags: [`x:${'a'.repeat(129)}`] }), /at most 128/);
    await assert.rejects(pushImage(fctx, 'busybox:-bad'), /must not start with "\." or "-"/);
    await assert.rejects(tagImage(fctx, IMAGE, 'localhost:99999/x:1'), /out of range/);
    assert.equal(fs.existsSync(marker), false);
  });

  test('no daemon (stopped socket): one actionable message', async () => {
    const gone = { ...ctx, env: { ...c.env, DOCKER_HOST: `unix://${c.dir}/stopped.sock` } };
    const r = await buildImage(gone, { dockerfile, tags: ['slipway-test/x:1'] });
    assert.equal(r.ok, false);
    assert.equal(r.error?.kind, 'daemon-down');
    assert.match(r.error!.message, /Docker daemon is not running or not reachable at unix:\/\/.*stopped\.sock/);
    await assert.rejects(pushImage(gone, `${c.registry}/slipway-test/busybox:1`), (e: DockerError) => e.kind === 'daemon-down');
    await assert.rejects(runImage(gone, { image: IMAGE }), (e: DockerError) => e.kind === 'daemon-down');
  });

  test('missing binary: the setting names a docker that does not exist', async () => {
    await assert.rejects(buildImage({ ...ctx, dockerPath: path.join(c.dir, 'no-such-docker') }, { dockerfile }), (e: DockerError) => {
      assert.equal(e.kind, 'binary-missing');
      assert.match(e.message, /slipway\.docker\.path/);
      return true;
    });
  });

  test('engine check: the daemon answers with its version; a stopped socket is daemon-down at once', async () => {
    const info = await checkEngine(ctx);
    assert.equal(info.engine, 'docker');
    assert.match(info.server ?? '', /^\d+\.\d+/);
    // At once: the refusal is docker's own answer, not the check's time limit ("did not answer within …").
    await assert.rejects(checkEngine({ ...ctx, env: { ...c.env, DOCKER_HOST: `unix://${c.dir}/stopped.sock` } }), (e: DockerError) => {
      assert.equal(e.kind, 'daemon-down');
      assert.match(e.message, /stopped\.sock\. Start Docker .*slipway\.docker\.host/);
      assert.doesNotMatch(e.message, /did not answer within/);
      return true;
    });
  });

  test('run and follow: a container that prints and exits shows its output, its exit code, and is kept', async () => {
    const lines: string[] = [];
    let startedId = '';
    const r = await runAndFollow(
      ctx,
      { image: IMAGE, network: 'none', command: ['sh', '-c', 'echo first line; echo to stderr >&2; sleep 1; echo after a second; exit 3'] },
      { onLine: (l) => lines.push(l), onStarted: (id) => (startedId = id) },
    );
    assert.equal(r.containerId, startedId);
    assert.equal(r.exitCode, 3);
    // stdout and stderr come through separate pipes: their lines keep their own order, not each other's.
    assert.deepEqual(lines.filter((l) => l !== 'to stderr'), ['first line', 'after a second']);
    assert.deepEqual(lines.filter((l) => l === 'to stderr'), ['to stderr']);
    assert.equal(lines[lines.length - 1], 'after a second', 'the line written a second later comes last');
    // Kept (no --rm): its logs can be read again, then it is removed.
    const again = await runDocker(ctx, ['logs', r.containerId]);
    assert.match(again.output, /first line[\s\S]*after a second/);
    const state = await runDocker(ctx, ['inspect', '--format', '{{.State.Status}} {{.HostConfig.AutoRemove}}', r.containerId]);
    assert.equal(state.stdout.trim(), 'exited false');
    await runDocker(ctx, ['rm', r.containerId]);
  });

  test('run and follow: cancelling stops following, the container keeps running', async () => {
    const ac = new AbortController();
    const lines: string[] = [];
    const r = await runAndFollow(ctx, { image: IMAGE, network: 'none', command: ['sh', '-c', 'echo up; sleep 30'] }, {
      signal: ac.signal,
      onLine: (l) => {
        lines.push(l);
        if (l === 'up') ac.abort();
      },
    });
    assert.equal(r.exitCode, undefined);
    assert.deepEqual(lines, ['up']);
    const ps = await runDocker(ctx, ['inspect', '--format', '{{.State.Running}}', r.containerId]);
    assert.equal(ps.stdout.trim(), 'true');
    await runDocker(ctx, ['rm', '-f', r.containerId]);
  });

  test('Compose v1 (docker-compose): profiles and a service subset, restart, pull from the registry, logs, down', { skip: !which('docker-compose') && 'no docker-compose' }, async () => {
    const v1Path = which('docker-compose', c.env)!;
    // Debian's docker CLI has no compose plugin: detection falls back to the standalone v1.
    const dc = await detectCompose(ctx);
    if (path.basename(dc.command) === 'docker-compose') assert.equal(dc.flavor, 'v1');
    const v1 = await compose(ctx, undefined, { flavor: 'v1', command: v1Path, prefix: [], version: '1' });
    // The image in the registry, so that `pull` really pulls.
    const remote = `${c.registry}/slipway-test/busybox:pull`;
    await tagImage(ctx, IMAGE, remote);
    await pushImage(ctx, remote);
    await runDocker(ctx, ['rmi', remote]);
    const dir = path.join(c.dir, 'proj-v1');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'compose.yaml');
    const text = [
      'version: "3.8"',
      'services:',
      '  web:',
      `    image: ${IMAGE}`,
      '    network_mode: none',
      '    command: ["sh", "-c", "echo web-up; sleep 60"]',
      '  worker:',
      `    image: ${remote}`,
      '    network_mode: none',
      '    command: ["sh", "-c", "echo worker-up; sleep 60"]',
      '  debug:',
      `    image: ${IMAGE}`,
      '    network_mode: none',
      '    profiles: [debug]',
      '    command: ["sh", "-c", "echo debug-up; sleep 60"]',
      '',
    ].join('\n');
    fs.writeFileSync(file, text);
    assert.deepEqual(composeFileFacts(text).profiles, ['debug']);
    const project = { files: [file], projectDir: dir, projectName: 'slwv1' };
    const names = async (): Promise<string[]> =>
      (await runDocker(ctx, ['ps', '--filter', 'label=com.docker.compose.project=slwv1', '--format', '{{.Label "com.docker.compose.service"}}'])).stdout.split('\n').filter(Boolean).sort();
    await v1.pull(project, { services: ['worker'] });
    const pulled = await runDocker(ctx, ['image', 'inspect', '--format', '{{.Id}}', remote]);
    assert.equal(pulled.code, 0, pulled.output);
    await v1.up(project, { services: ['web'] });
    assert.deepEqual(await names(), ['web']);
    await v1.up({ ...project, profiles: ['debug'] });
    assert.deepEqual(await names(), ['debug', 'web', 'worker']);
    const before = (await runDocker(ctx, ['inspect', '--format', '{{.State.StartedAt}}', 'slwv1_web_1'])).stdout.trim();
    await v1.restart(project, { services: ['web'], timeoutSeconds: 1 });
    const afterRestart = (await runDocker(ctx, ['inspect', '--format', '{{.State.StartedAt}}', 'slwv1_web_1'])).stdout.trim();
    assert.notEqual(afterRestart, before);
    let logs = '';
    for (let i = 0; i < 50 && !/web-up[\s\S]*web-up/.test(logs); i++) {
      logs = (await v1.logs(project, { services: ['web'] })).output;
      if (!/web-up[\s\S]*web-up/.test(logs)) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(logs, /web-up[\s\S]*web-up/, 'the log shows both starts of web');
    assert.doesNotMatch(logs, /worker-up/);
    await v1.stopRemove({ ...project, profiles: ['debug'] }, { services: ['debug'] });
    assert.deepEqual(await names(), ['web', 'worker']);
    await v1.down(project, { timeoutSeconds: 1 });
    const left = await runDocker(ctx, ['ps', '-a', '--filter', 'label=com.docker.compose.project=slwv1', '-q']);
    assert.equal(left.stdout.trim(), '');
  });

  test('cancellation: an AbortSignal stops a running container', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 500);
    // Not cancelled, the run would end after 30 s with exit 0 (no rejection); cancelled, the container is gone.
    await assert.rejects(runImage(ctx, { image: IMAGE, network: 'none', command: ['sleep', '30'] }, { signal: ac.signal }), (e: DockerError) => e.kind === 'cancelled');
    const left = await runDocker(ctx, ['ps', '--filter', `ancestor=${IMAGE}`, '--format', '{{.Command}}']);
    assert.doesNotMatch(left.stdout, /sleep 30/);
  });
});
