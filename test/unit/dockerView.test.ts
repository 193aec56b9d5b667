// The data layer of the "Images & Containers" view, without vscode or a daemon: parsing what `docker image ls`
// and `docker ps -a` print with --format '{{json .}}' (lines recorded from Debian's docker 20.10 and docker 28
// against dockerd 20.10), grouping, formatting, argument arrays, and the events watcher's parsing, debounce and
// restart with backoff (driven by a stand-in docker script).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, mock, test } from 'node:test';
import {
  browserUrls,
  checkContainerId,
  checkImageId,
  containerActionArgs,
  containerState,
  followLogsArgs,
  formatAge,
  formatPorts,
  formatSize,
  groupCompose,
  groupImages,
  imageLabel,
  imageRefOf,
  interactiveRunArgs,
  parseContainers,
  parseDockerDate,
  parseDockerSize,
  parseImages,
  parseLabels,
  parsePortBindings,
  parsePorts,
  removeImageArgs,
  shownPorts,
  sortContainers,
} from '../../client/src/views/dockerData';
import { Debouncer, DockerEvent, DockerEventsWatcher, backoffDelay, isRelevantEvent, parseEvent } from '../../client/src/views/dockerEvents';

const IMAGES = [
  '{"Containers":"N/A","CreatedAt":"2026-12-07 07:07:14 +0000 UTC","CreatedSince":"1 second ago","Digest":"\\u003cnone\\u003e","ID":"sha256:bd77f6c78594703ed5f9587b8f83d0dfa27cf3f5950d663cfb8da1c8dfc31d06","Repository":"\\u003cnone\\u003e","SharedSize":"N/A","Size":"3.96MB","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"3.965MB"}',
  '{"Containers":"N/A","CreatedAt":"2026-12-07 07:07:13 +0000 UTC","CreatedSince":"2 seconds ago","Digest":"\\u003cnone\\u003e","ID":"f834e79e8c3d","Repository":"probe/bb","SharedSize":"N/A","Size":"3.96MB","Tag":"1","UniqueSize":"N/A","VirtualSize":"3.965MB"}',
  '{"Containers":"N/A","CreatedAt":"2026-11-01 10:00:00 +0100 CET","CreatedSince":"5 weeks ago","Digest":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","ID":"620479b40185","Repository":"ghcr.io/octo/app","SharedSize":"N/A","Size":"1.2GB","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"1.2GB"}',
  '{"Containers":"N/A","CreatedAt":"2026-12-07 07:07:10 +0000 UTC","CreatedSince":"5 seconds ago","Digest":"\\u003cnone\\u003e","ID":"63d4c2169557","Repository":"\\u003cnone\\u003e","SharedSize":"N/A","Size":"1.98MB","Tag":"\\u003cnone\\u003e","UniqueSize":"N/A","VirtualSize":"1.982MB"}',
  'WARNING: IPv4 forwarding is disabled. Networking will not work.',
].join('\n');

// docker 20.10 (--no-trunc) and docker 28 (which adds "Platform") lines.
const CONTAINERS = [
  '{"Command":"\\"/bin/busybox true\\"","CreatedAt":"2026-12-07 07:07:15 +0000 UTC","ID":"02efd0bbb0748dad6fa94b4fba6b2cbd4a91ffd1e0c07262fa8eb79178c6a99d","Image":"probe/bb:1","Labels":"","LocalVolumes":"0","Mounts":"","Names":"done1","Networks":"bridge","Ports":"","RunningFor":"Less than a second ago","Size":"0B (virtual 3.96MB)","State":"exited","Status":"Exited (0) Less than a second ago"}',
  '{"Command":"\\"/bin/busybox sleep 300\\"","CreatedAt":"2026-12-07 07:07:15 +0000 UTC","ID":"042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd","Image":"probe/bb:1","Labels":"com.docker.compose.project=proj,com.docker.compose.service=web","LocalVolumes":"0","Mounts":"","Names":"web1","Networks":"bridge","Platform":null,"Ports":"0.0.0.0:8080-\\u003e80/tcp, :::8080-\\u003e80/tcp, 443/tcp","RunningFor":"2 minutes ago","Size":"0B (virtual 3.96MB)","State":"running","Status":"Up 2 minutes"}',
  '{"Command":"\\"docker-entrypoint.s…\\"","CreatedAt":"2026-12-07 07:00:00 +0000 UTC","ID":"aa00000000000000000000000000000000000000000000000000000000000001","Image":"postgres:16","Labels":"com.docker.compose.project=proj,com.docker.compose.service=db,com.docker.compose.project.working_dir=/src/proj,com.docker.compose.project.config_files=/src/proj/compose.yaml","Names":"proj-db-1","Ports":"127.0.0.1:5432-\\u003e5432/tcp","State":"running","Status":"Up 9 minutes (healthy)"}',
  '{"Command":"\\"sh\\"","CreatedAt":"2026-12-07 06:00:00 +0000 UTC","ID":"bb00000000000000000000000000000000000000000000000000000000000002","Image":"proj-worker","Labels":"com.docker.compose.project=proj,com.docker.compose.service=worker","Names":"proj-worker-1","Ports":"","State":"exited","Status":"Exited (137) 1 hour ago"}',
].join('\n');

describe('image list', () => {
  const images = parseImages(IMAGES);
  test('reads each JSON line and skips the warning docker printed', () => {
    assert.equal(images.length, 4);
    assert.deepEqual(images[1], {
      id: 'f834e79e8c3d',
      repository: 'probe/bb',
      tag: '1',
      digest: undefined,
      size: 3_960_000,
      created: new Date('2026-12-07T07:07:13Z'),
      dangling: false,
    });
  });
  test('<none>:<none> is dangling; a repository with only a digest is not', () => {
    assert.deepEqual(
      images.map((i) => [imageLabel(i), i.dangling]),
      [
        ['bd77f6c78594', true],
        ['probe/bb:1', false],
        ['ghcr.io/octo/app@sha256:0123456789ab', false],
        ['63d4c2169557', true],
      ],
    );
    assert.equal(images[0].id, 'bd77f6c78594703ed5f9587b8f83d0dfa27cf3f5950d663cfb8da1c8dfc31d06', 'the sha256: prefix is dropped');
  });
  test('the reference given to docker: name:tag, else the id', () => {
    assert.equal(imageRefOf(images[1]), 'probe/bb:1');
    assert.equal(imageRefOf(images[2]), '620479b40185');
  });
  test('grouping: tagged by name, dangling newest first', () => {
    const g = groupImages(images);
    assert.deepEqual(g.tagged.map(imageLabel), ['ghcr.io/octo/app@sha256:0123456789ab', 'probe/bb:1']);
    assert.deepEqual(g.dangling.map((i) => i.id.slice(0, 12)), ['bd77f6c78594', '63d4c2169557']);
  });
  test('a CreatedAt with another offset is read in that offset', () => {
    assert.deepEqual(images[2].created, new Date('2026-11-01T09:00:00Z'));
  });
});

describe('sizes and ages', () => {
  test('docker sizes in decimal and binary units', () => {
    assert.equal(parseDockerSize('3.96MB'), 3_960_000);
    assert.equal(parseDockerSize('0B'), 0);
    assert.equal(parseDockerSize('1.2kB'), 1200);
    assert.equal(parseDockerSize('1.5GiB'), 1.5 * 1024 ** 3);
    assert.equal(parseDockerSize('0B (virtual 3.96MB)'), 0);
    assert.ok(Number.isNaN(parseDockerSize('N/A')));
  });
  test('sizes for people', () => {
    assert.equal(formatSize(0), '0 B');
    assert.equal(formatSize(999), '999 B');
    assert.equal(formatSize(3_960_000), '3.96 MB');
    assert.equal(formatSize(12_340_000), '12.3 MB');
    assert.equal(formatSize(123_400_000), '123 MB');
    assert.equal(formatSize(999_999_000), '1 GB');
    assert.equal(formatSize(NaN), '?');
  });
  test('dates: fractions, offsets, garbage', () => {
    assert.deepEqual(parseDockerDate('2026-12-07 07:07:13.123456789 +0000 UTC'), new Date('2026-12-07T07:07:13.123Z'));
    assert.deepEqual(parseDockerDate('2026-12-07 07:07:13 -0500 EST'), new Date('2026-12-07T12:07:13Z'));
    assert.equal(parseDockerDate('yesterday'), undefined);
  });
  test('ages', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    const ago = (s: number): string => formatAge(new Date(now.getTime() - s * 1000), now);
    assert.equal(ago(5), 'just now');
    assert.equal(ago(60), '1 minute ago');
    assert.equal(ago(3 * 3600 + 59), '3 hours ago');
    assert.equal(ago(86400), '1 day ago');
    assert.equal(ago(15 * 86400), '2 weeks ago');
    assert.equal(ago(65 * 86400), '2 months ago');
    assert.equal(ago(800 * 86400), '2 years ago');
    assert.equal(formatAge(new Date(now.getTime() + 5000), now), 'just now', 'a clock ahead of ours is not a negative age');
    assert.equal(formatAge(undefined, now), '');
  });
});

describe('container list', () => {
  const containers = parseContainers(CONTAINERS);
  test('name, image, command, state, status, labels', () => {
    const web = containers[1];
    assert.equal(web.id, '042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd');
    assert.equal(web.name, 'web1');
    assert.equal(web.image, 'probe/bb:1');
    assert.equal(web.command, '/bin/busybox sleep 300');
    assert.equal(web.state, 'running');
    assert.equal(web.status, 'Up 2 minutes');
    assert.deepEqual(web.labels, { 'com.docker.compose.project': 'proj', 'com.docker.compose.service': 'web' });
    assert.equal(containers[0].state, 'exited');
    assert.deepEqual(containers[0].labels, {});
  });
  test('ports: IPv4 and IPv6 twins, exposed-only, ranges, bracketed IPv6', () => {
    assert.deepEqual(parsePorts('0.0.0.0:8080->80/tcp, :::8080->80/tcp, 443/tcp'), [
      { hostIp: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { hostIp: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { hostIp: undefined, hostPort: undefined, containerPort: 443, protocol: 'tcp' },
    ]);
    assert.deepEqual(parsePorts('127.0.0.1:9000-9001->7000-7001/udp'), [
      { hostIp: '127.0.0.1', hostPort: 9000, containerPort: 7000, protocol: 'udp' },
      { hostIp: '127.0.0.1', hostPort: 9001, containerPort: 7001, protocol: 'udp' },
    ]);
    assert.deepEqual(parsePorts('[::1]:8443->443/tcp'), [{ hostIp: '::1', hostPort: 8443, containerPort: 443, protocol: 'tcp' }]);
    assert.deepEqual(parsePorts(''), []);
  });
  test('ports for people: the IPv6 twin is left out, a loopback address is kept', () => {
    assert.equal(formatPorts(containers[1].ports), '8080→80, 443');
    assert.equal(formatPorts(containers[2].ports), '127.0.0.1:5432→5432');
    assert.equal(formatPorts(parsePorts('127.0.0.1:9000->7000/udp')), '127.0.0.1:9000→7000/udp');
  });
  test('port bindings from inspect are shown when docker ps shows none (stopped, or not served)', () => {
    const bindings = parsePortBindings({ '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: '18080' }], '53/udp': [{ HostIp: '', HostPort: '' }] });
    assert.deepEqual(bindings, [
      { hostIp: '0.0.0.0', hostPort: undefined, containerPort: 53, protocol: 'udp' },
      { hostIp: '127.0.0.1', hostPort: 18080, containerPort: 8080, protocol: 'tcp' },
    ]);
    assert.deepEqual(parsePortBindings(null), []);
    const stopped = { ...containers[0], portBindings: bindings };
    assert.deepEqual(shownPorts(stopped), bindings);
    assert.deepEqual(browserUrls(stopped), [], 'a stopped container has nothing to open');
    assert.deepEqual(browserUrls({ ...stopped, state: 'running' }), ['http://127.0.0.1:18080']);
  });
  test('browser addresses: published TCP ports of a running container, wildcard as localhost', () => {
    assert.deepEqual(browserUrls(containers[1]), ['http://localhost:8080']);
    assert.deepEqual(browserUrls(containers[2]), ['http://127.0.0.1:5432']);
    assert.deepEqual(browserUrls({ ...containers[1], ports: parsePorts('[::1]:8443->443/tcp, 9090/tcp, 0.0.0.0:53->53/udp') }), ['http://[::1]:8443']);
  });
  test('labels: a value with a comma stays whole', () => {
    assert.deepEqual(parseLabels('a=1,b=x,y,c=3'), { a: '1', b: 'x,y', c: '3' });
    assert.deepEqual(parseLabels(''), {});
  });
  test('the state from Status when a client prints no State', () => {
    assert.equal(containerState('', 'Up 3 hours (Paused)'), 'paused');
    assert.equal(containerState('', 'Up 3 hours'), 'running');
    assert.equal(containerState('', 'Restarting (1) 2 seconds ago'), 'restarting');
    assert.equal(containerState('', 'Created'), 'created');
    assert.equal(containerState('', 'Exited (1) 2 days ago'), 'exited');
    assert.equal(containerState('dead', ''), 'dead');
  });
  test('running first, then by name', () => {
    assert.deepEqual(sortContainers(containers).map((c) => c.name), ['proj-db-1', 'web1', 'done1', 'proj-worker-1']);
  });
  test('Compose projects with their services and containers', () => {
    const projects = groupCompose(containers);
    assert.equal(projects.length, 1);
    const p = projects[0];
    assert.equal(p.name, 'proj');
    assert.equal(p.workingDir, '/src/proj');
    assert.deepEqual(p.configFiles, ['/src/proj/compose.yaml']);
    assert.deepEqual(
      p.services.map((s) => [s.name, s.containers.map((c) => c.name)]),
      [
        ['db', ['proj-db-1']],
        ['web', ['web1']],
        ['worker', ['proj-worker-1']],
      ],
    );
    assert.deepEqual([p.running, p.total], [2, 3]);
  });
});

describe('action arguments', () => {
  const ID = '042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd';
  test('container lifecycle', () => {
    assert.deepEqual(containerActionArgs('start', 'web1'), ['container', 'start', 'web1']);
    assert.deepEqual(containerActionArgs('stop', ID, { timeoutSeconds: 2 }), ['container', 'stop', '--time', '2', ID]);
    assert.deepEqual(containerActionArgs('restart', ID), ['container', 'restart', ID]);
    assert.deepEqual(containerActionArgs('remove', ID, { force: true }), ['container', 'rm', '--force', ID]);
    assert.deepEqual(containerActionArgs('remove', ID), ['container', 'rm', ID]);
    assert.deepEqual(followLogsArgs(ID), ['container', 'logs', '--follow', '--tail', '500', ID]);
  });
  test('an id that could be read as an option, or with spaces, is refused before docker runs', () => {
    for (const bad of ['--privileged', '-f', 'a b', '', 'web1;rm', undefined]) {
      assert.throws(() => checkContainerId(bad), (e: Error & { kind?: string }) => e.kind === 'invalid-argument', String(bad));
    }
    assert.throws(() => containerActionArgs('stop', '--all'), /Invalid container id or name "--all"/);
    assert.throws(() => containerActionArgs('stop', 'web1', { timeoutSeconds: -1 }), /Invalid stop timeout -1/);
  });
  test('images: references and ids pass, options do not', () => {
    assert.equal(checkImageId('probe/bb:1'), 'probe/bb:1');
    assert.equal(checkImageId('sha256:bd77f6c78594703ed5f9587b8f83d0dfa27cf3f5950d663cfb8da1c8dfc31d06'), 'sha256:bd77f6c78594703ed5f9587b8f83d0dfa27cf3f5950d663cfb8da1c8dfc31d06');
    assert.deepEqual(removeImageArgs('probe/bb:1'), ['image', 'rm', 'probe/bb:1']);
    assert.deepEqual(removeImageArgs('f834e79e8c3d', true), ['image', 'rm', '--force', 'f834e79e8c3d']);
    assert.deepEqual(interactiveRunArgs('probe/bb:1'), ['run', '--rm', '-it', 'probe/bb:1']);
    assert.throws(() => interactiveRunArgs('--privileged'), (e: Error & { kind?: string }) => e.kind === 'invalid-argument');
    assert.throws(() => removeImageArgs('Probe/BB'), /must be lowercase/);
  });
});

describe('docker events', () => {
  const LINE =
    '{"status":"die","id":"042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd","from":"probe/bb:1","Type":"container","Action":"die","Actor":{"ID":"042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd","Attributes":{"com.docker.compose.project":"proj","exitCode":"137","image":"probe/bb:1","name":"web1"}},"scope":"local","time":1796627289,"timeNano":1796627289281375841}';
  test('an event line (docker 20.10)', () => {
    assert.deepEqual(parseEvent(LINE), {
      Type: 'container',
      Action: 'die',
      id: '042f12b1ce29d172b4203b8201e6860f3e73232818932f3673c2b59adafe0fcd',
      attributes: { 'com.docker.compose.project': 'proj', exitCode: '137', image: 'probe/bb:1', name: 'web1' },
      time: 1796627289,
    });
    assert.equal(parseEvent('not json'), undefined);
    assert.equal(parseEvent('{"scope":"local"}'), undefined);
  });
  test('which events change the lists', () => {
    const ev = (Type: string, Action: string): DockerEvent => ({ Type, Action, id: 'x', attributes: {} });
    for (const [t, a] of [
      ['container', 'start'],
      ['container', 'die'],
      ['container', 'destroy'],
      ['container', 'rename'],
      ['image', 'tag'],
      ['image', 'untag'],
      ['image', 'delete'],
      ['image', 'pull'],
    ]) {
      assert.ok(isRelevantEvent(ev(t, a)), `${t} ${a}`);
    }
    for (const [t, a] of [
      ['container', 'exec_start: sh -c true'],
      ['container', 'exec_create: sh'],
      ['container', 'health_status: healthy'],
      ['container', 'attach'],
      ['container', 'resize'],
      ['image', 'push'],
      ['network', 'connect'],
      ['volume', 'mount'],
    ]) {
      assert.ok(!isRelevantEvent(ev(t, a)), `${t} ${a}`);
    }
  });
  test('backoff doubles up to the maximum', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 50].map((n) => backoffDelay(n)), [1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    assert.equal(backoffDelay(2, 10, 100), 40);
  });
  test('a burst of triggers refreshes once, after the last', () => {
    mock.timers.enable({ apis: ['setTimeout'] });
    try {
      let calls = 0;
      const d = new Debouncer(300, () => calls++);
      d.trigger();
      mock.timers.tick(200);
      d.trigger();
      mock.timers.tick(200);
      d.trigger();
      assert.equal(calls, 0);
      assert.ok(d.pending);
      mock.timers.tick(299);
      assert.equal(calls, 0);
      mock.timers.tick(1);
      assert.equal(calls, 1);
      assert.ok(!d.pending);
      d.trigger();
      d.dispose();
      mock.timers.tick(1000);
      assert.equal(calls, 1, 'a disposed debouncer does not fire');
    } finally {
      mock.timers.reset();
    }
  });

  test('the watcher restarts a docker events process that dies, and stops for good on stop()', { skip: process.platform === 'win32' }, async () => {
    // A stand-in docker: prints one relevant and one irrelevant event, then fails like a daemon that went away.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slw-events-'));
    const fake = path.join(dir, 'docker');
    const argsFile = path.join(dir, 'args');
    fs.writeFileSync(
      fake,
      [
        '#!/bin/sh',
        `printf '%s\\n' "$*" > '${argsFile}'`,
        `echo '${LINE}'`,
        `echo '{"Type":"container","Action":"exec_start: sh","Actor":{"ID":"x","Attributes":{}}}'`,
        'echo "Cannot connect to the Docker daemon at unix:///nowhere.sock. Is the docker daemon running?" >&2',
        'exit 1',
        '',
      ].join('\n'),
      { mode: 0o755 },
    );
    try {
      const relevant: DockerEvent[] = [];
      const all: DockerEvent[] = [];
      const states: string[] = [];
      const w = new DockerEventsWatcher(() => ({ dockerPath: fake }), {
        onEvent: (e) => relevant.push(e),
        onAnyEvent: (e) => all.push(e),
        onState: (s, detail) => states.push(detail && s === 'down' ? `down: ${detail}` : s),
        backoffBaseMs: 20,
        backoffMaxMs: 40,
      });
      w.start();
      await new Promise<void>((resolve, reject) => {
        const deadline = setTimeout(() => reject(new Error(`only ${w.starts} starts`)), 20_000);
        const poll = setInterval(() => {
          if (w.starts >= 3 && states.filter((s) => s.startsWith('down')).length >= 3) {
            clearInterval(poll);
            clearTimeout(deadline);
            resolve();
          }
        }, 10);
      });
      w.stop();
      const startsAtStop = w.starts;
      assert.equal(fs.readFileSync(argsFile, 'utf8').trim(), 'events --format {{json .}} --filter type=container --filter type=image');
      assert.ok(relevant.length >= 3 && relevant.every((e) => e.Action === 'die' && e.attributes.name === 'web1'));
      assert.ok(all.some((e) => e.Action === 'exec_start: sh'), 'irrelevant events are seen but not passed on');
      assert.ok(states.includes('up'), 'an event proves the stream works');
      assert.ok(
        states.includes('down: Cannot connect to the Docker daemon at unix:///nowhere.sock. Is the docker daemon running?'),
        states.join('\n'),
      );
      assert.equal(states[states.length - 1], 'stopped');
      await new Promise((r) => setTimeout(r, 150));
      assert.equal(w.starts, startsAtStop, 'no restart after stop()');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a docker that cannot be located counts as a failed start and is retried', async () => {
    const states: string[] = [];
    const w = new DockerEventsWatcher(() => ({ dockerPath: '/nonexistent/docker' }), { onState: (s, d) => states.push(`${s}: ${d ?? ''}`), backoffBaseMs: 10, backoffMaxMs: 10 });
    w.start();
    await new Promise((r) => setTimeout(r, 100));
    w.stop();
    assert.equal(w.starts, 0);
    assert.ok(states.filter((s) => s.startsWith('down: The docker executable "/nonexistent/docker"')).length >= 2, states.join('\n'));
  });
});
