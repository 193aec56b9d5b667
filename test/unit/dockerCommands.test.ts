// The Docker commands run from their arguments, without vscode: each command of client/src/docker/commands/ gets a
// Session over a recording Editor and Prompts that fail the test if anything is asked, and a small script as the
// docker executable that writes down every call. From valid arguments a command runs docker with exactly those
// options; from invalid ones it says which option is wrong and runs no docker at all (not even the engine check).
// Without arguments (the palette) it asks, and what is answered reaches docker.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, beforeEach, describe, test } from 'node:test';
import { dockerBlocked, type BuildFailure, type DockerContext } from '../../client/src/docker';
import { buildImageCommand } from '../../client/src/docker/commands/build';
import { composeCommand } from '../../client/src/docker/commands/compose';
import { Choice, DockerSetting, Editor, Prompts, Session } from '../../client/src/docker/commands/host';
import { pushImageCommand } from '../../client/src/docker/commands/push';
import { runImageCommand } from '../../client/src/docker/commands/run';
import { tagImageCommand } from '../../client/src/docker/commands/tag';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slw-commands-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const bin = path.join(dir, 'bin');
fs.mkdirSync(bin);
const calls = path.join(dir, 'calls');
const DIGEST = `sha256:${'ab'.repeat(32)}`;
// A docker with a daemon: answers the engine check, `compose version`, `image ls`, and the commands' own calls.
const docker = path.join(bin, 'docker');
fs.writeFileSync(
  docker,
  [
    '#!/bin/sh',
    `echo "$*" >> '${calls}'`,
    'case "$1" in',
    `  version) echo '{"Client":{"Version":"28.2.2","ApiVersion":"1.50"},"Server":{"Version":"28.2.2"}}' ;;`,
    '  compose) if [ "$2" = version ]; then echo 2.36.2; else echo "compose done"; fi ;;',
    '  image) echo "alpine:3"; echo "app:1" ;;',
    '  build) echo "Step 1/1 : FROM alpine:3"; echo "Successfully built 0123456789ab" ;;',
    `  push) echo "1: digest: ${DIGEST} size: 528" ;;`,
    '  run) shift; for a; do last="$a"; done; echo "$last" ;;',
    'esac',
    'exit 0',
  ].join('\n'),
  { mode: 0o755 },
);
const ctx: DockerContext = { dockerPath: docker, env: { PATH: bin, HOME: dir } };

/** Every docker call so far, one line of arguments each. */
function dockerCalls(): string[] {
  return fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean) : [];
}

/** What the commands did in the "editor". */
interface Record {
  logs: string[];
  errors: string[];
  successes: string[];
  buildFailures: [string, BuildFailure | undefined][];
}

function makeSession(opts: { settings?: Partial<{ [K in DockerSetting]: unknown }>; lint?: { line: number; message: string }[]; trusted?: boolean; answers?: unknown[] } = {}): { s: Session; rec: Record; asked: string[] } {
  const rec: Record = { logs: [], errors: [], successes: [], buildFailures: [] };
  const state = new Map<string, unknown>();
  const editor: Editor = {
    dockerContext() {
      const blocked = dockerBlocked({ trusted: opts.trusted ?? true, folderSchemes: ['file'] });
      if (blocked) throw blocked;
      return ctx;
    },
    setting: <T>(key: DockerSetting) => opts.settings?.[key] as T | undefined,
    log: (l) => rec.logs.push(l),
    showOutput: () => undefined,
    withProgress: (_title, fn) => fn(new AbortController().signal, () => undefined),
    showError: (m) => rec.errors.push(m),
    showSuccess: (m) => rec.successes.push(m),
    showInfo: (m) => rec.successes.push(m),
    showProblems: () => undefined,
    readFile: async (f) => fs.readFileSync(f, 'utf8'),
    workspaceFolderOf: () => dir,
    lintErrors: () => opts.lint ?? [],
    setBuildFailure: async (f, failure) => void rec.buildFailures.push([f, failure]),
    state: { get: <T>(k: string) => state.get(k) as T | undefined, update: async (k, v) => void state.set(k, v) },
  };
  // Answers in order; a question with no answer left fails the test (from arguments nothing may be asked).
  const asked: string[] = [];
  const answer = <T>(what: string): T => {
    asked.push(what);
    if (!opts.answers?.length) throw new Error(`asked (${what}) although the arguments say everything`);
    return opts.answers.shift() as T;
  };
  const prompts: Prompts = {
    pickOne: async <T extends Choice>(items: readonly T[], step: { placeholder: string }) => {
      const label = answer<string | undefined>(`pick: ${step.placeholder}`);
      return items.find((i) => i.label === label);
    },
    pickMany: async (_items, step) => answer(`pick many: ${step.placeholder}`),
    askText: async (step) => answer(`text: ${step.prompt}`),
    pickFolder: async () => answer('folder'),
    confirm: async (message) => answer(`confirm: ${message}`),
    pickFile: async (kind) => answer(`file: ${kind}`),
    activeFile: () => undefined,
    folderLabel: (d) => d,
  };
  return { s: new Session(editor, prompts), rec, asked };
}

beforeEach(() => fs.rmSync(calls, { force: true }));

describe('Docker commands from arguments (no prompts)', () => {
  const app = path.join(dir, 'app');
  fs.mkdirSync(app);
  const dockerfile = path.join(app, 'Dockerfile');
  fs.writeFileSync(dockerfile, 'FROM alpine:3\nEXPOSE 8080\n');
  const composeFile = path.join(app, 'compose.yaml');
  fs.writeFileSync(composeFile, 'services:\n  web:\n    image: app:1\n  db:\n    image: postgres:16\n');

  test('Tag Image: the engine check, then docker tag SOURCE TARGET; the new tag is the last image', async () => {
    const { s, rec } = makeSession();
    assert.deepEqual(await tagImageCommand(s, { source: 'alpine:3', target: 'registry.example.com/team/alpine:3' }), { ok: true, target: 'registry.example.com/team/alpine:3' });
    assert.deepEqual(dockerCalls(), ['version --format {{json .}}', 'tag alpine:3 registry.example.com/team/alpine:3']);
    assert.equal(s.lastImage, 'registry.example.com/team/alpine:3');
    assert.deepEqual(rec.errors, []);
  });

  test('Build Image: the options and slipway.docker.buildArgs become docker build arguments; lint errors are logged, not asked', async () => {
    const { s, rec } = makeSession({ settings: { buildArgs: { FROM_SETTING: 'yes' } }, lint: [{ line: 0, message: 'bad FROM' }] });
    const r = await buildImageCommand(s, { dockerfile, context: app, tag: 'app:1', target: '', buildArgs: { VERSION: '2' }, network: 'none' });
    assert.deepEqual(r, { ok: true, tag: 'app:1', imageId: '0123456789ab', durationMs: r?.durationMs, lintErrors: 1 });
    assert.deepEqual(dockerCalls(), [
      'version --format {{json .}}',
      `build -f ${dockerfile} -t app:1 --build-arg FROM_SETTING=yes --build-arg VERSION=2 --network none ${app}`,
    ]);
    assert.ok(rec.logs.includes('⚠ Dockerfile has 1 error diagnostic(s), e.g. line 1: bad FROM'), rec.logs.join('\n'));
    assert.deepEqual(rec.successes, [`built app:1 in ${((r?.durationMs ?? 0) / 1000).toFixed(1)} s.`]);
    // The build diagnostic of an earlier failure is cleared before the build.
    assert.deepEqual(rec.buildFailures, [[dockerfile, undefined]]);
    assert.equal(s.lastImage, 'app:1');
  });

  test('Build Image: a file: URI names the Dockerfile; the context defaults to its folder', async () => {
    const { s } = makeSession();
    const r = await buildImageCommand(s, { dockerfile: `file://${dockerfile}` });
    assert.equal(r?.ok, true);
    assert.equal(dockerCalls()[1], `build -f ${dockerfile} ${app}`);
  });

  test('Run Image: attached by default, EXPOSE of the given Dockerfile published, the output returned', async () => {
    const { s } = makeSession({ settings: { runArgs: ['--init'] } });
    const r = await runImageCommand(s, { image: 'app:1', dockerfile, env: { MODE: 'test' }, command: ['echo', 'hello'] });
    assert.equal(r?.ok, true);
    assert.equal(r?.stdout, 'hello\n');
    assert.equal(r?.ports?.[0]?.containerPort, 8080);
    const host = r!.ports![0].hostPort;
    // Attached runs get a name, so that a cancel can remove the container.
    assert.deepEqual(dockerCalls().slice(1).map((c) => c.replace(/--name slipway-run-[a-z0-9]+ /, '--name … ')), [`run --rm --name … -p 127.0.0.1:${host}:8080 -e MODE=test --init app:1 echo hello`]);
  });

  test('Push Image: tagged for the registry, then pushed; the digest is returned', async () => {
    const { s, rec } = makeSession();
    const r = await pushImageCommand(s, { image: 'app:1', registry: '127.0.0.1:5000/team' });
    assert.deepEqual(r, { ok: true, pushed: '127.0.0.1:5000/team/app:1', digest: DIGEST });
    assert.deepEqual(dockerCalls().slice(1), ['tag app:1 127.0.0.1:5000/team/app:1', 'push 127.0.0.1:5000/team/app:1']);
    assert.deepEqual(rec.successes, ['pushed 127.0.0.1:5000/team/app:1.']);
  });

  test('Push Image: a first push to Docker Hub from arguments is logged, not asked', async () => {
    const { s, rec } = makeSession();
    assert.equal((await pushImageCommand(s, { image: 'me/app:1' }))?.ok, true);
    assert.ok(rec.logs.includes('ℹ first push of me/app:1 to Docker Hub (docker.io)'));
    assert.deepEqual(dockerCalls().slice(1), ['push me/app:1']);
  });

  test('Compose Up: the services given, no question about them', async () => {
    const { s } = makeSession();
    const r = await composeCommand(s, 'up', { file: composeFile, services: ['web'] });
    assert.deepEqual(r, { ok: true, flavor: 'v2', output: 'compose done\n', services: ['web'], profiles: undefined });
    assert.deepEqual(dockerCalls().slice(1), ['compose version --short', `compose -f ${composeFile} --project-directory ${app} up -d web`]);
  });

  test('Compose Logs: --tail from the arguments', async () => {
    const { s } = makeSession();
    assert.equal((await composeCommand(s, 'logs', { file: composeFile, tail: 20 }))?.ok, true);
    assert.equal(dockerCalls().at(-1), `compose -f ${composeFile} --project-directory ${app} logs --no-color --tail 20`);
  });
});

describe('Docker commands: invalid arguments are refused before docker runs', () => {
  type Cmd = (s: Session, arg: unknown) => Promise<{ ok: boolean; error?: string; errorKind?: string } | undefined>;
  const cases: [string, Cmd, unknown, string][] = [
    ['tag: a number', tagImageCommand, { source: 5 }, 'slipway.tagImage option "source" must be a string, not number 5.'],
    ['tag: an unknown option', tagImageCommand, { sorce: 'alpine:3' }, 'slipway.tagImage unknown option "sorce" (the options are source, target).'],
    ['tag: a string instead of the object', tagImageCommand, 'alpine:3', 'slipway.tagImage takes an object of options (source, target) or nothing, not "alpine:3".'],
    ['tag: a target with a digest', tagImageCommand, { source: 'alpine:3', target: `alpine@${DIGEST}` }, `slipway.tagImage options: Cannot tag with a digest: alpine@${DIGEST} (use name:tag).`],
    ['build: a relative Dockerfile', buildImageCommand, { dockerfile: 'app/Dockerfile' }, 'slipway.buildImage option "dockerfile" must be an absolute path, not "app/Dockerfile".'],
    ['build: an invalid build argument name', buildImageCommand, { buildArgs: { '1X': 'a' } }, 'slipway.buildImage option "buildArgs": not a build argument name: "1X"'],
    ['build: build arguments as a list', buildImageCommand, { buildArgs: ['A=1'] }, 'slipway.buildImage option "buildArgs" must be an object of string values, not an array.'],
    ['build: a target that is no stage name', buildImageCommand, { target: 'my stage' }, 'slipway.buildImage option "target": not a stage name: "my stage"'],
    ['run: an option as the image', runImageCommand, { image: '--privileged' }, 'slipway.runImage option "image": '],
    ['run: port 0', runImageCommand, { image: 'app:1', ports: [{ hostPort: 0, containerPort: 80 }] }, 'slipway.runImage options: Invalid port 0: use 1-65535.'],
    ['run: a volume without a container path', runImageCommand, { image: 'app:1', volumes: ['data'] }, 'slipway.runImage options: Invalid volume "data": use host-path:container-path[:ro] or volume:container-path.'],
    ['run: detach as a string', runImageCommand, { image: 'app:1', detach: 'yes' }, 'slipway.runImage option "detach" must be true or false, not "yes".'],
    ['push: a digest', pushImageCommand, { image: `app@${DIGEST}` }, `slipway.pushImage options: Push a tag, not a digest: app@${DIGEST}`],
    ['compose: a service that is an option', (s, a) => composeCommand(s, 'up', a), { file: '/p/compose.yaml', services: ['-d'] }, 'slipway.composeUp options: Invalid service name "-d".'],
    ['compose: files without the file', (s, a) => composeCommand(s, 'down', a), { file: '/p/compose.yaml', files: ['/p/other.yaml'] }, 'slipway.composeDown options: The compose files ["/p/other.yaml"] do not include "/p/compose.yaml".'],
    ['compose: a negative tail', (s, a) => composeCommand(s, 'logs', a), { file: '/p/compose.yaml', tail: -1 }, 'slipway.composeLogs option "tail" must be a whole number from 0, not number -1.'],
  ];
  for (const [name, cmd, arg, message] of cases) {
    test(name, async () => {
      const { s, rec, asked } = makeSession();
      const r = await cmd(s, arg);
      assert.equal(r?.ok, false);
      assert.equal(r?.errorKind, 'invalid-argument');
      assert.ok(r?.error?.startsWith(message), `${r?.error}\n  expected to start with\n${message}`);
      // Shown as the command's error (what failed, then the message).
      assert.equal(rec.errors.length, 1);
      assert.ok(rec.errors[0].endsWith(`: ${r?.error}`), rec.errors[0]);
      assert.deepEqual(dockerCalls(), [], 'docker ran');
      assert.deepEqual(asked, []);
    });
  }

  test('valid arguments in Restricted Mode: refused as untrusted, docker not run', async () => {
    const { s } = makeSession({ trusted: false });
    const r = await tagImageCommand(s, { source: 'alpine:3', target: 'x:1' });
    assert.equal(r?.errorKind, 'untrusted');
    assert.match(r?.error ?? '', /Restricted Mode/);
    assert.deepEqual(dockerCalls(), []);
  });
});

describe('Docker commands without arguments (the palette) ask, and the answers reach docker', () => {
  test('Tag Image: the image is picked from docker image ls, the new tag typed', async () => {
    const { s, asked } = makeSession({ answers: ['app:1', 'app:2'] });
    assert.deepEqual(await tagImageCommand(s, undefined), { ok: true, target: 'app:2' });
    assert.deepEqual(asked, ['pick: Image to tag', 'text: New tag for app:1']);
    assert.deepEqual(dockerCalls(), ['version --format {{json .}}', 'image ls --format {{.Repository}}:{{.Tag}}', 'tag app:1 app:2']);
  });

  test('Compose Down: the services are asked (all picked: the whole project)', async () => {
    const file = path.join(dir, 'app', 'compose.yaml');
    const { s, asked } = makeSession({ answers: [[{ label: 'web' }, { label: 'db' }]] });
    const r = await composeCommand(s, 'down', { file }, true);
    assert.equal(r?.ok, true);
    assert.deepEqual(asked, ['pick many: Services to down (all picked = the whole project)']);
    assert.equal(dockerCalls().at(-1), `compose -f ${file} --project-directory ${path.dirname(file)} down`);
  });

  test('a dismissed question ends the command without docker beyond the engine check', async () => {
    const { s } = makeSession({ answers: [undefined] });
    assert.equal(await tagImageCommand(s, { source: 'app:1' }), undefined);
    assert.deepEqual(dockerCalls(), ['version --format {{json .}}']);
  });
});
