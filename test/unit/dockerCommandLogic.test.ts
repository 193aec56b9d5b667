// The decisions behind the VS Code Docker commands, without vscode: the file-search patterns (from the language
// server's list of file names), the Push Image registry order and Docker Hub confirmation, the engine check and the
// docker host/context settings, Compose arguments for services, profiles, restart and pull, and Podman as the docker
// executable (real processes: small scripts that answer as podman 4.3.1 and docker-compose 1.29.2 answered here).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { minimatch } from 'minimatch';
import { FILE_GLOBS, detectLanguage, workspaceGlob } from '../../server/src/engine/languages';
import {
  DockerError,
  checkEngine,
  composeFileFacts,
  composePullArgs,
  composeRestartArgs,
  composeStopRemoveArgs,
  composeUpArgs,
  detectCompose,
  engineEnv,
  needsDockerHubConfirmation,
  parseEngineVersion,
  pushChoices,
  rememberPush,
  repositoryOf,
  validateDockerContextName,
  validateDockerHost,
} from '../../client/src/docker';

/** Why a glob would not work with VS Code's file search (ripgrep glob sets), or undefined. */
function globProblem(glob: string): string | undefined {
  let depth = 0;
  let group = '';
  const groups: string[] = [];
  for (const ch of glob) {
    if (ch === '{') {
      if (depth > 0) return 'nested brace group';
      depth++;
      group = '';
    } else if (ch === '}') {
      if (depth === 0) return 'unbalanced }';
      depth--;
      groups.push(group);
    } else if (depth > 0) group += ch;
  }
  if (depth !== 0) return 'unbalanced {';
  for (const g of groups) {
    if (g.split(',').some((alt) => alt === '')) return `empty alternative in {${g}}`;
    if (g.includes('/')) return `a path inside {${g}}`;
  }
  if (glob.lastIndexOf('{') !== -1 && glob.lastIndexOf('/') > glob.lastIndexOf('{')) return 'brace group before the last path segment';
  return undefined;
}

const matches = (glob: string, p: string): boolean => minimatch(p, glob, { dot: true });

describe('file-search patterns for workspace.findFiles', () => {
  const kinds = Object.keys(FILE_GLOBS) as Array<keyof typeof FILE_GLOBS>;

  test('the checker catches the pattern of the bug (empty alternative)', () => {
    assert.equal(globProblem('**/{compose,docker-compose}{,.*}.{yml,yaml}'), 'empty alternative in {,.*}');
    assert.equal(globProblem('**/{a,{b,c}}'), 'nested brace group');
  });

  test('every pattern the commands search with has one brace group of whole, non-empty file-name alternatives', () => {
    for (const k of kinds) {
      const g = workspaceGlob(k);
      assert.equal(globProblem(g), undefined, `${k}: ${g}`);
      assert.ok(g.startsWith('**/'), g);
    }
    assert.equal(workspaceGlob('compose'), `**/{${FILE_GLOBS.compose.join(',')}}`);
    assert.equal(workspaceGlob('workflow'), '**/.github/workflows/{*.yml,*.yaml}');
  });

  test('compose: the names Compose reads, at the root and below', () => {
    const g = workspaceGlob('compose');
    for (const p of ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.prod.yml', 'compose-dev.yaml', 'app/compose.yaml', 'a/b/docker-compose.yml']) {
      assert.ok(matches(g, p), `${p} should match ${g}`);
    }
    for (const p of ['compose.json', 'mycompose.yaml', 'docker-compose.yml.bak', 'composer.yaml', 'compose.yaml/x']) {
      assert.ok(!matches(g, p), `${p} should not match ${g}`);
    }
  });

  test('dockerfile, workflow and action patterns match their names', () => {
    for (const p of ['Dockerfile', 'Containerfile', 'app/Dockerfile', 'api.Dockerfile', 'Dockerfile.dev', 'x/Containerfile.prod', 'dockerfile']) assert.ok(matches(workspaceGlob('dockerfile'), p), p);
    assert.ok(!matches(workspaceGlob('dockerfile'), 'Dockerfiles/readme.md'));
    for (const p of ['.github/workflows/ci.yml', 'sub/.github/workflows/release.yaml']) assert.ok(matches(workspaceGlob('workflow'), p), p);
    assert.ok(!matches(workspaceGlob('workflow'), '.github/workflows/nested/ci.yml'));
    for (const p of ['action.yml', 'actions/setup/action.yaml']) assert.ok(matches(workspaceGlob('action'), p), p);
  });

  test('one source: every name the language server takes for a kind is found by that kind’s pattern', () => {
    const names = [
      'Dockerfile', 'Containerfile', 'dockerfile', 'api.Dockerfile', 'api.dockerfile', 'x.Containerfile', 'Dockerfile.dev', 'Dockerfile.prod',
      'Containerfile.ci', 'Dockerfile.json', 'Dockerfile.template',
      'compose.yaml', 'compose.yml', 'docker-compose.yml', 'compose.override.yml', 'docker-compose.dev.yaml', 'compose-prod.yml', 'docker-compose-ci.yaml',
      '.github/workflows/ci.yml', '.github/workflows/x.yaml', 'action.yml', 'action.yaml', 'README.md', 'values.yaml',
    ];
    const languageOf: Record<string, string> = { dockerfile: 'dockerfile', compose: 'compose', workflow: 'workflow', action: 'action' };
    for (const name of names) {
      const lang = detectLanguage(name);
      for (const k of kinds) {
        if (lang === languageOf[k]) assert.ok(matches(workspaceGlob(k), name), `${name} is ${lang} but ${workspaceGlob(k)} misses it`);
      }
    }
    // What a pattern finds beyond the detector is dropped by the commands' filter (detectLanguage).
    assert.ok(matches(workspaceGlob('dockerfile'), 'Dockerfile.json'));
    assert.equal(detectLanguage('Dockerfile.json'), undefined);
  });
});

describe('Push Image: where to push', () => {
  test('Docker Hub as named is never the first choice; a registry of the image itself is', () => {
    const hub = pushChoices('myapp:1');
    assert.notEqual(hub[0].value, '');
    assert.equal(hub.at(-1)!.label, 'As named (Docker Hub)');
    assert.deepEqual(hub.map((c) => c.value), ['ask:ghcr.io/', 'ask:', 'ask:docker.io/', '']);
    const local = pushChoices('127.0.0.1:5000/team/app:1');
    assert.equal(local[0].label, 'As named');
    assert.equal(local[0].value, '');
    assert.match(local[0].description, /127\.0\.0\.1:5000/);
  });

  test('the registry last used for the image comes first, then the workspace’s last one, then the setting', () => {
    const memory = { byImage: { myapp: 'ghcr.io/octo' }, last: '127.0.0.1:5000' };
    const c = pushChoices('myapp:2', { memory, defaultRegistry: 'registry.example.com/team' });
    assert.deepEqual(c.slice(0, 2).map((x) => [x.value, x.why]), [['ghcr.io/octo', 'remembered'], ['registry.example.com/team', 'setting']]);
    assert.match(c[0].description, /push ghcr\.io\/octo\/myapp:2 · last used/);
    const other = pushChoices('other:1', { memory });
    assert.equal(other[0].value, '127.0.0.1:5000');
    // A remembered choice equal to the setting is offered once.
    const same = pushChoices('myapp:1', { memory: { last: 'ghcr.io/octo' }, defaultRegistry: 'ghcr.io/octo' });
    assert.equal(same.filter((x) => x.value === 'ghcr.io/octo').length, 1);
  });

  test('a first push to Docker Hub needs confirmation; once pushed, that repository does not', () => {
    assert.equal(needsDockerHubConfirmation('myapp:1'), true);
    assert.equal(needsDockerHubConfirmation('me/myapp:1'), true);
    assert.equal(needsDockerHubConfirmation('ghcr.io/octo/myapp:1'), false);
    assert.equal(needsDockerHubConfirmation('127.0.0.1:5000/myapp:1'), false);
    const m = rememberPush({}, 'myapp:1', 'docker.io/me', 'me/myapp:1');
    assert.deepEqual(m, { byImage: { myapp: 'docker.io/me' }, last: 'docker.io/me', confirmedDockerHub: ['me/myapp'] });
    assert.equal(needsDockerHubConfirmation('me/myapp:2', m), false);
    assert.equal(needsDockerHubConfirmation('me/other:1', m), true);
    assert.equal(pushChoices('myapp:3', { memory: m })[0].value, 'docker.io/me');
    assert.equal(repositoryOf('127.0.0.1:5000/team/app:1'), '127.0.0.1:5000/team/app');
  });
});

describe('docker host and context settings', () => {
  test('valid hosts and context names', () => {
    for (const h of ['', 'unix:///var/run/docker.sock', 'tcp://127.0.0.1:2376', 'tcp://docker.example.com:2376', 'ssh://me@build-host', 'ssh://build-host:2222', 'npipe:////./pipe/docker_engine']) {
      assert.equal(validateDockerHost(h), undefined, h);
    }
    for (const c of ['', 'default', 'rootless', 'my-ctx.1', 'a+b']) assert.equal(validateDockerContextName(c), undefined, c);
  });

  test('invalid values are refused with the setting named: no options, no spaces, no shell', () => {
    for (const h of ['ssh://-oProxyCommand=touch /tmp/x', 'ssh://-oProxyCommand=x', 'tcp://host; rm -rf /', '/var/run/docker.sock', 'tcp://a b', 'http://x/$(id)', 'unix://x\n']) {
      assert.match(validateDockerHost(h) ?? '', /slipway\.docker\.host/, h);
    }
    for (const c of ['-x', 'a b', '$(id)', '../x']) assert.match(validateDockerContextName(c) ?? '', /slipway\.docker\.context/, c);
  });

  test('engineEnv gives DOCKER_HOST or DOCKER_CONTEXT, never both', () => {
    assert.deepEqual(engineEnv({}), {});
    assert.deepEqual(engineEnv({ host: ' tcp://127.0.0.1:2376 ' }), { DOCKER_HOST: 'tcp://127.0.0.1:2376' });
    assert.deepEqual(engineEnv({ context: 'rootless' }), { DOCKER_CONTEXT: 'rootless' });
    assert.throws(() => engineEnv({ host: 'tcp://x:1', context: 'y' }), (e: DockerError) => e.kind === 'invalid-argument' && /not both/.test(e.message));
    assert.throws(() => engineEnv({ host: 'ssh://-oProxyCommand=x' }), (e: DockerError) => e.kind === 'invalid-argument');
  });
});

describe('engine version', () => {
  // Recorded on this machine: docker 28 and Debian's docker 20.10 with no daemon (exit 1), podman 4.3.1 (exit 0).
  const docker28Down = '{"Client":{"Version":"28.2.2","ApiVersion":"1.50","DefaultAPIVersion":"1.50","GitCommit":"e6534b4","GoVersion":"go1.24.3","Os":"linux","Arch":"amd64","BuildTime":"Fri May 30 12:07:14 2025","Context":"default"},"Server":null}';
  const docker20Up =
    '{"Client":{"Platform":{"Name":""},"Version":"20.10.24+dfsg1","ApiVersion":"1.41","Context":"default"},"Server":{"Platform":{"Name":""},"Components":[{"Name":"Engine","Version":"20.10.24+dfsg1"}],"Version":"20.10.24+dfsg1","ApiVersion":"1.41"}}';
  const podman = '{"Client":{"APIVersion":"4.3.1","Version":"4.3.1","GoVersion":"go1.19.8","GitCommit":"","BuiltTime":"Thu Jan  1 00:00:00 1970","Built":0,"OsArch":"linux/amd64","Os":"linux"}}';

  test('docker with and without a daemon, podman (no daemon), podman behind the docker name', () => {
    assert.deepEqual(parseEngineVersion(docker28Down, '/usr/local/bin/docker'), { engine: 'docker', client: '28.2.2', server: undefined });
    assert.deepEqual(parseEngineVersion(docker20Up, '/usr/bin/docker'), { engine: 'docker', client: '20.10.24+dfsg1', server: '20.10.24+dfsg1' });
    assert.deepEqual(parseEngineVersion(podman, '/usr/bin/podman'), { engine: 'podman', client: '4.3.1', server: undefined });
    // podman-docker installs podman as `docker`: its output still says podman.
    assert.equal(parseEngineVersion(podman, '/usr/bin/docker')?.engine, 'podman');
    assert.equal(parseEngineVersion('Error: unknown flag', '/usr/bin/docker'), undefined);
    assert.equal(parseEngineVersion('', '/usr/bin/docker'), undefined);
  });
});

describe('Podman as slipway.docker.path (scripts answering as podman 4.3.1 and docker-compose 1.29.2)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slw-podman-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  const script = (name: string, body: string): string => {
    const p = path.join(bin, name);
    fs.writeFileSync(p, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return p;
  };
  const calls = path.join(dir, 'calls');
  const podman = script(
    'podman',
    [
      `echo "podman $*" >> '${calls}'`,
      'if [ "$1" = version ]; then',
      `  echo '{"Client":{"APIVersion":"4.3.1","Version":"4.3.1","GoVersion":"go1.19.8","OsArch":"linux/amd64","Os":"linux"}}'; exit 0`,
      'fi',
      // podman 4.3 has no compose subcommand: this is what it says (exit 125).
      'if [ "$1" = compose ]; then echo "Error: unrecognized command \\`podman compose\\`" >&2; exit 125; fi',
      'exit 0',
    ].join('\n'),
  );
  script('docker-compose', `echo "docker-compose $*" >> '${calls}'\nif [ "$1" = version ]; then echo 1.29.2; exit 0; fi\nexit 0`);
  const env = { PATH: bin, HOME: dir };

  test('the engine check answers podman without a daemon', async () => {
    const info = await checkEngine({ dockerPath: podman, env });
    assert.deepEqual(info, { engine: 'podman', client: '4.3.1', server: undefined });
    assert.match(fs.readFileSync(calls, 'utf8'), /^podman version --format \{\{json \.\}\}$/m);
  });

  test('no compose v2 plugin: Compose is the standalone docker-compose (v1) beside it', async () => {
    const c = await detectCompose({ dockerPath: podman, env });
    assert.deepEqual({ flavor: c.flavor, command: c.command, prefix: c.prefix, version: c.version }, { flavor: 'v1', command: path.join(bin, 'docker-compose'), prefix: [], version: '1.29.2' });
    assert.match(fs.readFileSync(calls, 'utf8'), /^podman compose version --short$/m);
  });

  test('no compose at all: compose-missing says what to install', async () => {
    fs.rmSync(path.join(bin, 'docker-compose'));
    await assert.rejects(detectCompose({ dockerPath: podman, env }), (e: DockerError) => e.kind === 'compose-missing' && /docker-compose/.test(e.message));
  });

  test('a docker whose daemon is down is reported by the engine check, with what to do', async () => {
    const down = script('docker', `echo '{"Client":{"Version":"28.2.2","ApiVersion":"1.50"},"Server":null}'\necho 'Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?' >&2\nexit 1`);
    await assert.rejects(checkEngine({ dockerPath: down, env: { ...env, DOCKER_HOST: 'unix:///x.sock' } }), (e: DockerError) => {
      assert.equal(e.kind, 'daemon-down');
      assert.match(e.message, /not running or not reachable at unix:\/\/\/x\.sock/);
      assert.match(e.message, /slipway\.docker\.host/);
      return true;
    });
  });

  test('a daemon that does not answer in time is reported as down after the timeout', async () => {
    const hang = script('docker-hang', `exec '${process.execPath}' -e 'setTimeout(() => {}, 30000)'`);
    // The message says the time limit ended it (the program itself would exit after 30 s with nothing said).
    await assert.rejects(checkEngine({ dockerPath: hang, env }, { timeoutMs: 300 }), (e: DockerError) => e.kind === 'daemon-down' && /did not answer within 300 ms\. Start Docker/.test(e.message));
  });
});

describe('Compose: services, profiles, restart, pull', () => {
  const project = { files: ['/p/compose.yaml'], projectDir: '/p', profiles: ['debug', 'tools'] };
  test('argument arrays', () => {
    assert.deepEqual(composeUpArgs(project, { services: ['web'] }), ['-f', '/p/compose.yaml', '--project-directory', '/p', '--profile', 'debug', '--profile', 'tools', 'up', '-d', 'web']);
    assert.deepEqual(composeRestartArgs({ files: ['/p/compose.yaml'] }, { services: ['web', 'db'], timeoutSeconds: 2 }), ['-f', '/p/compose.yaml', '--project-directory', '/p', 'restart', '-t', '2', 'web', 'db']);
    assert.deepEqual(composePullArgs({ files: ['/p/compose.yaml'] }), ['-f', '/p/compose.yaml', '--project-directory', '/p', 'pull']);
    // Down for some services is rm --stop --force (Compose v1 has no `down <services>`); for all, down.
    assert.deepEqual(composeStopRemoveArgs({ files: ['/p/compose.yaml'] }, { services: ['web'] }), ['-f', '/p/compose.yaml', '--project-directory', '/p', 'rm', '--stop', '--force', 'web']);
    assert.deepEqual(composeStopRemoveArgs({ files: ['/p/compose.yaml'] }, {}), ['-f', '/p/compose.yaml', '--project-directory', '/p', 'down']);
    assert.throws(() => composeUpArgs({ files: ['/p/c.yaml'], profiles: ['--x'] }), /Invalid profile name/);
    assert.throws(() => composeRestartArgs({ files: ['/p/c.yaml'] }, { services: ['-f'] }), /Invalid service name/);
  });

  test('services and profiles of a file (yaml), in file order', () => {
    const text = ['services:', '  web:', '    image: nginx', '  debugger:', '    image: busybox', '    profiles: [debug]', '  admin:', '    image: x', '    profiles:', '      - tools', '      - debug', 'volumes: {}', ''].join('\n');
    assert.deepEqual(composeFileFacts(text), {
      services: [
        { name: 'web', profiles: [] },
        { name: 'debugger', profiles: ['debug'] },
        { name: 'admin', profiles: ['tools', 'debug'] },
      ],
      profiles: ['debug', 'tools'],
    });
    assert.deepEqual(composeFileFacts('services: [\n'), { services: [], profiles: [] });
    assert.deepEqual(composeFileFacts('version: "3"\n'), { services: [], profiles: [] });
  });
});
