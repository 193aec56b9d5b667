// The "Images & Containers" view's data layer against a REAL private dockerd (see harness.ts): it lists a FROM
// scratch busybox image and a container run from it with its state and ports, stops it through the action
// function and sees it stopped, groups Compose-labelled containers, plans and performs prunes that remove exactly
// what they listed, and its `docker events` watcher sees the start and the stop.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DockerContext, runDocker } from '../../client/src/docker';
import {
  browserUrls,
  containerAction,
  executePrune,
  formatPorts,
  groupCompose,
  groupImages,
  imageLabel,
  inspectObject,
  listContainers,
  listImages,
  planContainerPrune,
  planImagePrune,
  removeImage,
  runDetached,
  shownPorts,
  snapshot,
} from '../../client/src/views/dockerData';
import { DockerEvent, DockerEventsWatcher } from '../../client/src/views/dockerEvents';
import { Components, makeContext, missingComponents, startComponents, testDockerCli } from './harness';

const missing = missingComponents();

// A server that stops at once on SIGTERM (busybox sh as PID 1 ignores it without a trap).
const DOCKERFILE = [
  'FROM scratch',
  'COPY busybox /bin/busybox',
  'COPY busybox /bin/sh',
  'EXPOSE 8080',
  'ENTRYPOINT ["/bin/busybox"]',
  `CMD ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"]`,
  '',
].join('\n');

async function waitFor(what: string, cond: () => boolean, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('Images & Containers data layer against a real daemon', { skip: missing ? `NOT RUN: ${missing}` : false, timeout: 240_000 }, () => {
  let c: Components;
  let ctx: DockerContext;
  let watcher: DockerEventsWatcher;
  const events: DockerEvent[] = [];
  const states: string[] = [];
  const IMAGE = 'slipway-view/busybox:1';
  let containerId = '';

  before(async () => {
    c = await startComponents('slw-view-');
    ctx = { dockerPath: testDockerCli(), env: c.env };
    const dir = path.join(c.dir, 'ctx');
    makeContext(dir, DOCKERFILE);
    const b = await runDocker(ctx, ['build', '-q', '-t', IMAGE, dir], { env: { DOCKER_BUILDKIT: '0' } });
    assert.equal(b.code, 0, b.output);
    watcher = new DockerEventsWatcher(() => ctx, { onEvent: (e) => events.push(e), onState: (s) => states.push(s), aliveAfterMs: 300 });
    watcher.start();
    await waitFor('the events stream', () => watcher.state === 'up');
  });

  after(async () => {
    watcher?.stop();
    c?.stop();
  });

  test('lists the built image with its tag, size and creation time', async () => {
    const images = await listImages(ctx);
    const img = images.find((i) => imageLabel(i) === IMAGE);
    assert.ok(img, images.map(imageLabel).join(', '));
    assert.equal(img.dangling, false);
    assert.match(img.id, /^[0-9a-f]{64}$/);
    // Two copies of busybox (about 2 MB each) and nothing else.
    assert.ok(img.size > 1_000_000 && img.size < 10_000_000, String(img.size));
    assert.ok(img.created && Math.abs(Date.now() - img.created.getTime()) < 10 * 60_000, String(img.created));
  });

  test('run (detached, EXPOSE published) lists a running container with its ports; stop shows it stopped; events seen', async () => {
    const r = await runDetached(ctx, IMAGE);
    assert.match(r.containerId ?? '', /^[0-9a-f]{64}$/, r.result.output);
    containerId = r.containerId!;
    assert.equal(r.ports.length, 1);
    const [port] = r.ports;
    assert.equal(port.containerPort, 8080);
    assert.equal(port.hostIp, '127.0.0.1');

    const running = (await listContainers(ctx)).find((x) => x.id === containerId);
    assert.ok(running);
    assert.equal(running.state, 'running');
    assert.equal(running.image, IMAGE);
    assert.match(running.status, /^Up /);
    // This daemon has no bridge, so docker ps shows no published port: the binding comes from inspect.
    assert.deepEqual(running.portBindings, [{ hostIp: '127.0.0.1', hostPort: port.hostPort, containerPort: 8080, protocol: 'tcp' }]);
    assert.equal(formatPorts(shownPorts(running)), `127.0.0.1:${port.hostPort}→8080`);
    assert.deepEqual(browserUrls(running), [`http://127.0.0.1:${port.hostPort}`]);

    await waitFor('the start event', () => events.some((e) => e.id === containerId && e.Action === 'start'));

    await containerAction(ctx, 'stop', containerId);
    // Stopped by SIGTERM, not killed when docker stop's time ran out (that exit code is 137, SIGKILL).
    const exit = await runDocker(ctx, ['inspect', '--format', '{{.State.ExitCode}}', containerId]);
    assert.notEqual(exit.stdout.trim(), '137', 'the container was killed after docker stop timed out, not stopped by SIGTERM');
    const stopped = (await listContainers(ctx)).find((x) => x.id === containerId);
    assert.ok(stopped);
    assert.equal(stopped.state, 'exited');
    assert.match(stopped.status, /^Exited \(0\)/);
    assert.deepEqual(browserUrls(stopped), []);
    assert.equal(formatPorts(shownPorts(stopped)), `127.0.0.1:${port.hostPort}→8080`, 'the bindings stay visible while stopped');
    await waitFor('the die and stop events', () => ['die', 'stop'].every((a) => events.some((e) => e.id === containerId && e.Action === a)));
    assert.equal(events.find((e) => e.id === containerId && e.Action === 'die')?.attributes.exitCode, '0');
  });

  test('start and restart through the action function', async () => {
    await containerAction(ctx, 'start', containerId);
    assert.equal((await listContainers(ctx)).find((x) => x.id === containerId)?.state, 'running');
    await containerAction(ctx, 'restart', containerId, { timeoutSeconds: 5 });
    assert.equal((await listContainers(ctx)).find((x) => x.id === containerId)?.state, 'running');
    await waitFor('the restart event', () => events.some((e) => e.id === containerId && e.Action === 'restart'));
    await containerAction(ctx, 'stop', containerId, { timeoutSeconds: 5 });
  });

  test('inspect gives the object as indented JSON', async () => {
    const text = await inspectObject(ctx, 'container', containerId);
    const parsed = JSON.parse(text);
    assert.equal(parsed[0].Id, containerId);
    assert.match(text, /^\[\n {2}\{\n {4}"Id": /);
    const img = JSON.parse(await inspectObject(ctx, 'image', IMAGE));
    assert.deepEqual(img[0].RepoTags, [IMAGE]);
    await assert.rejects(inspectObject(ctx, 'container', 'no-such-container'), /No such container/);
  });

  test('Compose projects: containers labelled com.docker.compose.project are grouped by service', async () => {
    for (const [name, service] of [
      ['demo-web-1', 'web'],
      ['demo-db-1', 'db'],
    ]) {
      const r = await runDocker(ctx, [
        'run', '-d', '--name', name,
        '--label', 'com.docker.compose.project=demo',
        '--label', `com.docker.compose.service=${service}`,
        '--label', 'com.docker.compose.project.working_dir=/src/demo',
        '--label', 'com.docker.compose.project.config_files=/src/demo/compose.yaml,/src/demo/compose.override.yaml',
        IMAGE,
      ]);
      assert.equal(r.code, 0, r.output);
    }
    await containerAction(ctx, 'stop', 'demo-db-1', { timeoutSeconds: 5 });
    const s = await snapshot(ctx);
    const demo = groupCompose(s.containers).find((p) => p.name === 'demo');
    assert.ok(demo);
    assert.equal(demo.workingDir, '/src/demo');
    assert.deepEqual(demo.configFiles, ['/src/demo/compose.yaml', '/src/demo/compose.override.yaml']);
    assert.deepEqual(
      demo.services.map((svc) => [svc.name, svc.containers.map((x) => `${x.name} ${x.state}`)]),
      [
        ['db', ['demo-db-1 exited']],
        ['web', ['demo-web-1 running']],
      ],
    );
    assert.deepEqual([demo.running, demo.total], [1, 2]);
    await containerAction(ctx, 'remove', 'demo-web-1', { force: true });
  });

  test('image prune: lists the dangling images, removes exactly those, keeps one a container uses', async () => {
    const dir = path.join(c.dir, 'ctx2');
    const ids: string[] = [];
    for (const n of [1, 2]) {
      makeContext(dir, DOCKERFILE.replace('EXPOSE 8080', `LABEL n=${n}`));
      const b = await runDocker(ctx, ['build', '-q', dir], { env: { DOCKER_BUILDKIT: '0' } });
      assert.equal(b.code, 0, b.output);
      ids.push(b.stdout.trim().replace(/^sha256:/, ''));
    }
    // A stopped container keeps the second one in use.
    const used = await runDocker(ctx, ['create', '--name', 'uses-dangling', ids[1]]);
    assert.equal(used.code, 0, used.output);

    const { dangling } = groupImages(await listImages(ctx));
    assert.deepEqual(dangling.map((i) => i.id).sort(), [...ids].sort());
    const plan = await planImagePrune(ctx);
    assert.deepEqual(plan.items.map((i) => i.id).sort(), [...ids].sort());
    assert.match(plan.summary, /^2 dangling images \(\d+(\.\d+)? MB\)$/);
    assert.ok(plan.lines.every((l) => /^[0-9a-f]{12} {2}\S+ MB {2}(just now|\d+ \w+ ago)$/.test(l)), plan.lines.join('\n'));

    const r = await executePrune(ctx, 'image', plan.items.map((i) => i.id));
    assert.deepEqual(r.removed, [ids[0]]);
    assert.equal(r.kept.length, 1);
    assert.equal(r.kept[0].id, ids[1]);
    assert.match(r.kept[0].reason, /being used by stopped container/);
    const left = (await listImages(ctx)).filter((i) => i.dangling).map((i) => i.id);
    assert.deepEqual(left, [ids[1]]);
    await waitFor('the delete event', () => events.some((e) => e.Type === 'image' && e.Action === 'delete' && e.id.endsWith(ids[0])));
  });

  test('container prune: lists the exited containers and removes exactly those; a running or never started one stays', async () => {
    const keep = await runDocker(ctx, ['run', '-d', '--name', 'still-running', IMAGE]);
    assert.equal(keep.code, 0, keep.output);
    const plan = await planContainerPrune(ctx);
    const names = plan.items.map((x) => x.name).sort();
    // uses-dangling was created, never started: not exited, so not listed.
    assert.deepEqual(names, ['demo-db-1', plan.items.find((x) => x.id === containerId)!.name].sort());
    assert.ok(plan.items.every((x) => x.state === 'exited'));
    assert.equal(plan.summary, '2 exited containers');
    assert.ok(plan.lines.some((l) => /^demo-db-1 {2}\(slipway-view\/busybox:1, Exited \(0\) .*\)$/.test(l)), plan.lines.join('\n'));
    const r = await executePrune(ctx, 'container', plan.items.map((x) => x.id));
    assert.deepEqual(r.kept, []);
    assert.equal(r.removed.length, 2);
    const left = await listContainers(ctx);
    assert.deepEqual(left.map((x) => `${x.name} ${x.state}`).sort(), ['still-running running', 'uses-dangling created']);
    await containerAction(ctx, 'remove', 'still-running', { force: true });
    await containerAction(ctx, 'remove', 'uses-dangling');
    assert.deepEqual(await listContainers(ctx), []);
    // Now nothing uses the second dangling image: removing it by id works.
    const dangling = (await listImages(ctx)).filter((i) => i.dangling);
    assert.equal(dangling.length, 1);
    await removeImage(ctx, dangling[0].id);
    assert.deepEqual((await listImages(ctx)).filter((i) => i.dangling), []);
  });

  test('a failing action is a classified error', async () => {
    await assert.rejects(containerAction(ctx, 'start', 'no-such-container'), /No such container: no-such-container/);
    await assert.rejects(removeImage(ctx, 'slipway-view/none:1'), (e: Error & { kind?: string }) => e.kind === 'image-missing');
  });

  test('with the daemon unreachable, listing says so and the watcher reports it down and retries', async () => {
    const gone: DockerContext = { dockerPath: ctx.dockerPath, env: { ...c.env, DOCKER_HOST: `unix://${path.join(c.dir, 'nowhere.sock')}` } };
    await assert.rejects(snapshot(gone), (e: Error & { kind?: string }) => e.kind === 'daemon-down' && /not running or not reachable/.test(e.message));
    const downStates: string[] = [];
    const w = new DockerEventsWatcher(() => gone, { onState: (s, d) => downStates.push(`${s} ${d ?? ''}`), backoffBaseMs: 50, backoffMaxMs: 50 });
    w.start();
    await waitFor('two failed starts', () => w.starts >= 2 && downStates.filter((s) => s.startsWith('down')).length >= 2);
    w.stop();
    assert.match(downStates[0], /^down .*(Cannot connect to the Docker daemon|connect: no such file)/);
  });
});
