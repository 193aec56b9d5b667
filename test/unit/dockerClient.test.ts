// The docker module's pure parts: image reference grammar, failure classification, redaction, build output
// mapping (recorded outputs of the legacy builder, BuildKit 0.8 plain/tty and newer BuildKit), argument arrays.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  RunResult,
  buildCommandArgs,
  classifyFailure,
  composeDownArgs,
  composeLogsArgs,
  composeUpArgs,
  exposedPorts,
  dockerBlocked,
  formatCommand,
  imageExposedPorts,
  parseBuildFailure,
  parseImageRef,
  redact,
  restrictedSettingValue,
  retarget,
  runCommandArgs,
  stagesOf,
  userLevelValue,
  validateImageRef,
} from '../../client/src/docker';
import { buildArgsFromEnv, parseTaskArgs } from '../../client/src/docker/taskRunner';

describe('image references', () => {
  test('valid references', () => {
    assert.deepEqual(parseImageRef('nginx'), { registry: undefined, path: 'nginx', tag: undefined, digest: undefined });
    assert.deepEqual(parseImageRef('127.0.0.1:5000/team/app:1.0'), { registry: '127.0.0.1:5000', path: 'team/app', tag: '1.0', digest: undefined });
    assert.equal(parseImageRef('ghcr.io/octo-org/my_app__x-y.z:v1_2').registry, 'ghcr.io');
    assert.equal(parseImageRef('localhost/app').registry, 'localhost');
    assert.equal(parseImageRef('myuser/app').registry, undefined);
    assert.equal(parseImageRef('[::1]:5000/app:t').registry, '[::1]:5000');
    const d = 'sha256:' + 'a'.repeat(64);
    assert.equal(parseImageRef(`alpine:3@${d}`).digest, d);
    assert.equal(parseImageRef(`x:${'a'.repeat(128)}`).tag?.length, 128);
  });
  test('invalid references have clear reasons', () => {
    const bad: Array<[string, RegExp]> = [
      ['', /empty/],
      ['My/App', /must be lowercase \(got "App"\)|must be lowercase/],
      ['app:', /tag after ":" is empty/],
      [`app:${'a'.repeat(129)}`, /129 characters long; at most 128/],
      ['app:-x', /must not start with "\." or "-"/],
      ['app:a/b', /./],
      ['app//x', /empty path component/],
      ['app/', /empty path component/],
      ['a..b', /may only contain a-z/],
      ['a___b', /may only contain/],
      ['-app', /may only contain/],
      ['reg-.io/app', /not a valid host name/],
      ['localhost:port/app', /port "port" must be a number/],
      ['localhost:70000/app', /out of range/],
      ['app@sha256:abc', /at least 32 hex/],
      ['app name', /whitespace/],
      [`${'a'.repeat(256)}`, /at most 255/],
    ];
    for (const [input, re] of bad) {
      assert.throws(() => parseImageRef(input), re, input);
      assert.match(validateImageRef(input) ?? '', /^Invalid image reference/, input);
    }
    assert.match(validateImageRef(`a@sha256:${'b'.repeat(64)}`, { allowDigest: false }) ?? '', /digest cannot be used/);
    assert.match(validateImageRef('a', { requireTag: true }) ?? '', /give a tag/);
  });
  test('retarget for a default registry', () => {
    assert.equal(retarget('app:1', '127.0.0.1:5000'), '127.0.0.1:5000/app:1');
    assert.equal(retarget('team/app:1', '127.0.0.1:5000'), '127.0.0.1:5000/team/app:1');
    assert.equal(retarget('myuser/app:1', 'ghcr.io/octo-org'), 'ghcr.io/octo-org/app:1');
    assert.equal(retarget('old.io/x/app', 'docker.io/me'), 'me/app');
    assert.equal(retarget('app:2', 'me'), 'me/app:2');
    assert.equal(retarget('app:2', 'https://ghcr.io/octo/'), 'ghcr.io/octo/app:2');
    assert.throws(() => retarget('app:2', 'ghcr.io/Octo'), /lowercase/);
  });
});

const result = (output: string, code = 1): RunResult => ({ command: 'docker', args: [], code, signal: null, stdout: '', stderr: output, output, cancelled: false, durationMs: 1 });

describe('failure classification', () => {
  const ctx = { env: { DOCKER_HOST: 'unix:///tmp/x.sock' } };
  test('daemon not running: one actionable message', () => {
    for (const out of [
      'Cannot connect to the Docker daemon at unix:///tmp/x.sock. Is the docker daemon running?',
      'error during connect: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/version": dial unix /var/run/docker.sock: connect: no such file or directory',
    ]) {
      const e = classifyFailure(ctx, 'build', result(out))!;
      assert.equal(e.kind, 'daemon-down');
      assert.match(e.message, /not running or not reachable at unix:\/\/\/tmp\/x\.sock/);
    }
  });
  test('push denied → docker login <registry>, never a password', () => {
    const cases: Array<[string, string, string]> = [
      ['denied: requested access to the resource is denied', 'myuser/app:1', 'docker.io'],
      ['unauthorized: authentication required', 'ghcr.io/octo/app:1', 'ghcr.io'],
      ['no basic auth credentials', '127.0.0.1:5000/app:1', '127.0.0.1:5000'],
    ];
    for (const [out, image, registry] of cases) {
      const e = classifyFailure(ctx, 'push', result(out), image)!;
      assert.equal(e.kind, 'push-denied', out);
      assert.ok(e.message.includes(`docker login ${registry}`), e.message);
      assert.doesNotMatch(e.message, /enter (your )?password/i);
    }
  });
  test('permission, missing image, cancelled, success', () => {
    assert.equal(classifyFailure(ctx, 'run', result('Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock'))!.kind, 'permission');
    assert.equal(classifyFailure(ctx, 'run', result("Unable to find image 'x:1' locally\ndocker: Error response from daemon: pull access denied for x"), 'x:1')!.kind, 'image-missing');
    assert.equal(classifyFailure(ctx, 'run', { ...result(''), cancelled: true })!.kind, 'cancelled');
    assert.equal(classifyFailure(ctx, 'run', result('', 0)), undefined);
  });
});

describe('redaction', () => {
  test('credentials are hidden in logs and command lines', () => {
    assert.equal(redact('docker login -u me -p s3cret ghcr.io'), 'docker login -u me -p *** ghcr.io');
    assert.equal(redact('--password=hunter2 --password hunter3'), '--password=*** --password ***');
    assert.equal(redact('pulling https://user:pa55@registry.example.com/v2/'), 'pulling https://user:***@registry.example.com/v2/');
    assert.equal(redact('Authorization: Bearer abcdefghijklmnop'), 'Authorization: Bearer ***');
    assert.equal(redact('token ghp_0123456789abcdefghijABCDEFGHIJ'), 'token ***');
    assert.equal(redact('--build-arg NPM_TOKEN=abc --build-arg VERSION=1.2'), '--build-arg NPM_TOKEN=*** --build-arg VERSION=1.2');
    assert.equal(redact('{"auth": "dXNlcjpwYXNz"}'), '{"auth": "***"}');
    assert.equal(redact('Step 2/7 : COPY busybox /bin/busybox'), 'Step 2/7 : COPY busybox /bin/busybox');
    assert.equal(formatCommand('/usr/bin/docker', ['build', '--build-arg', 'API_KEY=xyz', '-t', 'a b', '.']), "docker build --build-arg API_KEY=*** -t 'a b' .");
  });

  // Each shape of secret that build, push and compose output (or a logged command line) commonly carries.
  const gh36 = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
  const secrets: Array<[string, string, string]> = [
    ['*_CREDS=', 'export REGISTRY_CREDS=alice:s3cr3t', 'export REGISTRY_CREDS=***'],
    ['*_CREDS= quoted', 'DEPLOY_CREDS="alice pw"', 'DEPLOY_CREDS=***'],
    ['*_TOKEN=', '--build-arg GITHUB_TOKEN=abc123 --build-arg CI=1', '--build-arg GITHUB_TOKEN=*** --build-arg CI=1'],
    ['*_TOKEN= lower case', 'npm_token=abc123', 'npm_token=***'],
    ['*_SECRET=', 'CLIENT_SECRET=xyz789 done', 'CLIENT_SECRET=*** done'],
    ['*_SECRET_*=', 'SECRET_KEY_BASE=0a1b2c3d', 'SECRET_KEY_BASE=***'],
    ['*PASSWORD*=', 'MYSQL_ROOT_PASSWORD=hunter2', 'MYSQL_ROOT_PASSWORD=***'],
    ['*PASSWORD*= inside the name', 'SMTP_PASSWORD_FILE=/run/secrets/smtp', 'SMTP_PASSWORD_FILE=***'],
    ['password=', 'password=hunter2', 'password=***'],
    ['camelCase password', 'dbPassword=hunter2', 'dbPassword=***'],
    ['*_PWD=', 'MYSQL_PWD=hunter2', 'MYSQL_PWD=***'],
    ['*_AUTH=', 'REGISTRY_AUTH=dXNlcjpwYXNz', 'REGISTRY_AUTH=***'],
    ['JSON password', '{"username": "me", "password": "hunter2"}', '{"username": "me", "password": "***"}'],
    ['JSON identitytoken', '{"identitytoken": "abc.def"}', '{"identitytoken": "***"}'],
    ['sk- API key', 'using sk-proj-AbCdEf0123456789AbCdEf0123456789 now', 'using *** now'],
    ['sk- API key (old form)', 'OPENAI=sk-0123456789abcdefghijABCDEFGHIJ0123456789abcdef', 'OPENAI=***'],
    ['sk-ant- API key', 'key: sk-ant-api03-AbCdEf0123456789_AbCdEf-0123456789', 'key: ***'],
    ['ghp_', `token ghp_${gh36}`, 'token ***'],
    ['gho_', `oauth gho_${gh36} ok`, 'oauth *** ok'],
    ['ghs_', `GIT_ASKPASS gave ghs_${gh36}`, 'GIT_ASKPASS gave ***'],
    ['github_pat_', 'pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345', 'pat ***'],
    ['docker login -p', 'docker login -u me -p s3cret ghcr.io', 'docker login -u me -p *** ghcr.io'],
    ['docker login -p=', 'docker login -u me -p=s3cret ghcr.io', 'docker login -u me -p=*** ghcr.io'],
    ['docker login --password', 'docker login --username me --password s3cret ghcr.io', 'docker login --username me --password *** ghcr.io'],
    ['docker login --password=', 'docker login --password=s3cret ghcr.io', 'docker login --password=*** ghcr.io'],
    ['podman login -p', 'podman login -p s3cret quay.io', 'podman login -p *** quay.io'],
    ['Authorization: Bearer', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', 'Authorization: Bearer ***'],
    ['authorization: Basic, quoted header', 'curl -H "authorization: Basic dXNlcjpwYXNz" x', 'curl -H "authorization: Basic ***" x'],
    ['Authorization: token', 'Authorization: token 0123abcd', 'Authorization: token ***'],
    ['bare Bearer token', 'sent Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig', 'sent Bearer ***'],
    ['URL user:pass@', 'pulling https://user:pa55@registry.example.com/v2/', 'pulling https://user:***@registry.example.com/v2/'],
    ['URL with a token as password', `git clone https://x-access-token:ghs_${gh36}@github.com/o/r.git`, 'git clone https://x-access-token:***@github.com/o/r.git'],
    ['URL with an empty user', 'REDIS=redis://:s3cret@cache:6379/0', 'REDIS=redis://:***@cache:6379/0'],
  ];
  for (const [shape, input, expected] of secrets) {
    test(`hides ${shape}`, () => {
      assert.equal(redact(input), expected);
    });
  }

  test('ordinary docker output is left exactly as it is', () => {
    const ordinary = [
      'Sending build context to Docker daemon  1.986MB',
      'Step 2/7 : COPY busybox /bin/busybox',
      ' ---> Using cache',
      '#7 [final 1/1] RUN pip install --no-cache-dir scikit-learn==1.4.2 tokenizers==0.15.2',
      '#7 0.412 Collecting sk-video==1.1.10',
      '#9 writing image sha256:35e5303f738eba12fbac523201d4786e189959fc5d9eb186532edc5af065e9e0 done',
      'docker run --rm --name web -p 127.0.0.1:8080:80 -e PORT=8080 web:1',
      'docker login ghcr.io --username me --password-stdin',
      'ENV PATH=/usr/local/bin:/usr/bin PWD=/app OLDPWD=/ HOME=/root',
      'AUTHOR=jane TOKENIZERS_PARALLELISM=false KEYBOARD=us PASSPORT_ID=none',
      'The push refers to repository [127.0.0.1:5000/slipway-e2e/busybox]',
      '1: digest: sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef size: 528',
      'Successfully tagged ghcr.io/octo-org/app:1.0',
      'cloning ssh://git@github.com/octo/app.git and https://github.com/octo/app',
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
      'www-authenticate: Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
      'HTTP Basic authentication required; basic auth is not configured',
      'task-runner: disk-usage 12% on /dev/sda1 (mask-rcnn)',
      '{"status": "ok", "key": "value", "tag": "1.0"}',
      'services: web, db  ports: 5432:5432  depends_on: [db]',
    ];
    for (const line of ordinary) assert.equal(redact(line), line);
  });

  test('a failed build\'s message and step, shown in the editor and the output, are redacted', () => {
    const out = [
      'Step 3/3 : RUN curl -fsS "$URL"',
      ' ---> Running in c623bcd0f50f',
      'curl: (22) The requested URL returned error: 401 for https://admin:hunter2@example.com/x',
      "The command '/bin/sh -c curl -fsS https://admin:hunter2@example.com/x --header \"Authorization: Bearer abcdefgh12345\"' returned a non-zero code: 22",
    ].join('\n');
    const f = parseBuildFailure(out, 'FROM scratch\nCOPY a /a\nRUN curl -fsS "$URL"\n')!;
    assert.equal(f.line, 2);
    assert.match(f.message, /returned a non-zero code: 22/);
    assert.match(f.message, /https:\/\/admin:\*\*\*@example\.com\/x/);
    assert.doesNotMatch(f.message, /hunter2|abcdefgh12345/);
    const g = parseBuildFailure(['#5 [2/2] RUN echo GITHUB_TOKEN=ghx123', '#5 ERROR: process "/bin/sh -c echo GITHUB_TOKEN=ghx123" did not complete successfully: exit code: 1'].join('\n'), 'FROM scratch\nRUN echo GITHUB_TOKEN=ghx123\n')!;
    assert.equal(g.line, 1);
    assert.doesNotMatch(`${g.step} ${g.message}`, /ghx123/);
  });
});

describe('workspace trust and settings', () => {
  test('Docker commands are refused in Restricted Mode with a message that says how to enable them', () => {
    assert.equal(dockerBlocked({ trusted: true, folderSchemes: ['file'] }), undefined);
    assert.equal(dockerBlocked({ trusted: true, folderSchemes: [] }), undefined);
    const e = dockerBlocked({ trusted: false, folderSchemes: ['file'] })!;
    assert.equal(e.kind, 'untrusted');
    assert.match(e.message, /Restricted Mode/);
    assert.match(e.message, /trust/i);
    assert.equal(dockerBlocked({ trusted: false, folderSchemes: [] })?.kind, 'untrusted');
    assert.equal(dockerBlocked({ trusted: false, folderSchemes: ['vscode-vfs'] })?.kind, 'untrusted');
  });
  test('Docker commands are refused in a virtual workspace (no files on disk for docker)', () => {
    const e = dockerBlocked({ trusted: true, folderSchemes: ['vscode-vfs'] })!;
    assert.equal(e.kind, 'unsupported');
    assert.match(e.message, /virtual/);
    assert.equal(dockerBlocked({ trusted: true, folderSchemes: ['file', 'vscode-vfs'] }), undefined);
  });
  test('the docker executable comes from user settings only: a workspace or folder value never chooses it', () => {
    assert.equal(userLevelValue({ key: 'slipway.docker.path', defaultValue: '', workspaceValue: '/repo/evil', workspaceFolderValue: '/repo/evil2' }), '');
    assert.equal(userLevelValue({ key: 'slipway.docker.path', defaultValue: '', globalValue: '/opt/docker', workspaceFolderValue: '/repo/evil' }), '/opt/docker');
    assert.equal(userLevelValue(undefined), undefined);
  });
  test('workspace values of runArgs, buildArgs and defaultRegistry count only in a trusted workspace', () => {
    const runArgs = { key: 'slipway.docker.runArgs', defaultValue: [] as string[], workspaceValue: ['--privileged', '-v', '/:/host'] };
    assert.deepEqual(restrictedSettingValue(runArgs, false, ['--privileged', '-v', '/:/host']), []);
    assert.deepEqual(restrictedSettingValue({ ...runArgs, globalValue: ['--network', 'host'] }, false, ['--privileged']), ['--network', 'host']);
    assert.deepEqual(restrictedSettingValue(runArgs, true, ['--privileged', '-v', '/:/host']), ['--privileged', '-v', '/:/host']);
    const registry = { key: 'slipway.docker.defaultRegistry', defaultValue: '', workspaceFolderValue: 'evil.example.com/x' };
    assert.equal(restrictedSettingValue(registry, false, 'evil.example.com/x'), '');
  });
});

describe('image references are validated before docker runs', () => {
  test('docker image inspect never receives an option as the image', async () => {
    // The docker path does not exist: reaching docker would fail with binary-missing, not invalid-argument.
    const ctx = { dockerPath: '/nonexistent/docker-for-the-test', env: {} };
    for (const image of ['--help', '-f=x', 'Bad Image', '']) {
      await assert.rejects(imageExposedPorts(ctx, image), (e: { kind?: string }) => e.kind === 'invalid-argument', image);
    }
    await assert.rejects(imageExposedPorts(ctx, 'alpine:3'), (e: { kind?: string }) => e.kind === 'binary-missing');
  });
});

const DF = [
  'ARG V=1', //                        0
  'FROM scratch AS base', //           1
  'COPY busybox /bin/busybox', //      2
  'COPY busybox /bin/sh', //           3
  '', //                               4
  'FROM base AS final', //             5
  '# comment', //                      6
  'RUN /bin/busybox echo hi && \\', // 7
  '    # inner comment', //            8
  '    /bin/busybox false', //         9
  'CMD ["echo"]', //                   10
  '',
].join('\n');

describe('build failure mapping', () => {
  test('legacy builder: Step N/M', () => {
    const out = [
      'Sending build context to Docker daemon  1.986MB',
      'Step 1/7 : ARG V=1',
      'Step 2/7 : FROM scratch AS base',
      ' ---> ',
      'Step 3/7 : COPY busybox /bin/busybox',
      ' ---> Using cache',
      'Step 6/7 : RUN /bin/busybox echo hi &&     /bin/busybox false',
      ' ---> Running in c623bcd0f50f',
      'hi',
      "The command '/bin/sh -c /bin/busybox echo hi &&     /bin/busybox false' returned a non-zero code: 1",
    ].join('\n');
    const f = parseBuildFailure(out, DF)!;
    assert.equal(f.builder, 'legacy');
    assert.equal(f.line, 7);
    assert.equal(f.endLine, 9);
    assert.equal(f.stage, 'final');
    assert.match(f.message, /returned a non-zero code: 1/);
  });
  test('legacy builder: COPY failure', () => {
    const f = parseBuildFailure('Step 4/7 : COPY busybox /bin/sh\nCOPY failed: file not found in build context', DF)!;
    assert.equal(f.line, 3);
    assert.match(f.message, /COPY failed/);
  });
  test('BuildKit plain progress (20.10)', () => {
    const out = [
      '#6 [base 2/2] COPY busybox /bin/sh',
      '#6 DONE 0.0s',
      '',
      '#7 [final 1/1] RUN /bin/busybox echo hi &&     /bin/busybox false',
      '#7 sha256:35e5303f738eba12fbac523201d4786e189959fc5d9eb186532edc5af065e9e0',
      '#7 0.045 hi',
      '#7 ERROR: executor failed running [/bin/sh -c /bin/busybox echo hi &&     /bin/busybox false]: exit code: 1',
      '------',
      ' > [final 1/1] RUN /bin/busybox echo hi &&     /bin/busybox false:',
      '------',
      'executor failed running [/bin/sh -c /bin/busybox echo hi &&     /bin/busybox false]: exit code: 1',
    ].join('\n');
    const f = parseBuildFailure(out, DF)!;
    assert.equal(f.builder, 'buildkit');
    assert.equal(f.line, 7);
    assert.equal(f.stage, 'final');
    assert.match(f.message, /exit code: 1/);
  });
  test('BuildKit tty progress and the Dockerfile:LINE excerpt of newer BuildKit', () => {
    const tty = ' => ERROR [base 2/2] COPY busybox /bin/sh                      0.1s\n------\nfailed to compute cache key: "/busybox" not found';
    assert.equal(parseBuildFailure(tty, DF)!.line, 3);
    const newer = [
      '#8 [final 1/1] RUN /bin/busybox echo hi &&     /bin/busybox false',
      '#8 ERROR: process "/bin/sh -c /bin/busybox echo hi &&     /bin/busybox false" did not complete successfully: exit code: 1',
      'Dockerfile:8',
      '--------',
      '   7 |     # comment',
      '   8 | >>> RUN /bin/busybox echo hi && \\',
      'ERROR: failed to solve: process "/bin/sh -c ..." did not complete successfully: exit code: 1',
    ].join('\n');
    const f = parseBuildFailure(newer, DF)!;
    assert.equal(f.line, 7);
    assert.equal(f.endLine, 9);
  });
  test('unnamed single stage and positional fallback', () => {
    const df = 'FROM scratch\nARG X\nCOPY a /a\nCOPY b /b\n';
    assert.equal(parseBuildFailure('#5 [2/2] COPY b /b\n#5 ERROR: "/b" not found', df)!.line, 3);
    // Vertex names with expanded variables still map, by position.
    const df2 = 'FROM scratch AS one\nARG D=/x\nCOPY a ${D}\n';
    assert.equal(parseBuildFailure('#5 [one 1/1] COPY a /x\n#5 ERROR: boom', df2)!.line, 2);
    const df3 = 'FROM scratch AS one\nARG D=/x\nCOPY a ${D}\nENV E=1\nCOPY b ${D}\n';
    assert.equal(parseBuildFailure('#5 [one 2/2] COPY b /x\n#5 ERROR: boom', df3)!.line, 4);
    assert.equal(parseBuildFailure('#5 [one 1/2] COPY a /x\n#5 ERROR: boom', df3)!.line, 2);
  });
  test('parse errors name their line', () => {
    const f = parseBuildFailure('Error response from daemon: dockerfile parse error line 3: unknown instruction: FOO', 'FROM scratch\nCOPY a /a\nFOO bar\n')!;
    assert.equal(f.builder, 'parser');
    assert.equal(f.line, 2);
    assert.match(f.message, /unknown instruction: FOO/);
  });
  test('no failure in the output', () => {
    assert.equal(parseBuildFailure('Successfully built abc', DF), undefined);
  });
});

describe('argument arrays', () => {
  test('build', () => {
    assert.deepEqual(
      buildCommandArgs({ dockerfile: '/w/Dockerfile', context: '/w', tags: ['a:1'], target: 'final', buildArgs: { V: '2 3' }, network: 'none' }),
      ['build', '-f', '/w/Dockerfile', '-t', 'a:1', '--target', 'final', '--build-arg', 'V=2 3', '--network', 'none', '/w'],
    );
    assert.throws(() => buildCommandArgs({ dockerfile: 'Dockerfile' }), /absolute path/);
    assert.throws(() => buildCommandArgs({ dockerfile: '/w/Dockerfile', target: '--push' }), /Invalid target/);
    assert.throws(() => buildCommandArgs({ dockerfile: '/w/Dockerfile', buildArgs: { 'A B': '1' } }), /Invalid build argument/);
    assert.throws(() => buildCommandArgs({ dockerfile: '/w/Dockerfile', tags: ['A:1'] }), /lowercase/);
  });
  test('run', () => {
    assert.deepEqual(
      runCommandArgs({ image: 'a:1', name: 'web', ports: [{ hostPort: 8081, containerPort: 80, hostIp: '127.0.0.1' }, { hostPort: 53, containerPort: 53, protocol: 'udp' }], env: { A: 'x y' }, volumes: ['/h:/c:ro'], command: ['sh', '-c', 'echo $A'] }),
      ['run', '--rm', '--name', 'web', '-p', '127.0.0.1:8081:80', '-p', '53:53/udp', '-e', 'A=x y', '-v', '/h:/c:ro', 'a:1', 'sh', '-c', 'echo $A'],
    );
    assert.throws(() => runCommandArgs({ image: 'a', env: ['1A=2'] }), /Invalid environment/);
    assert.throws(() => runCommandArgs({ image: 'a', ports: [{ hostPort: 0, containerPort: 80 }] }), /Invalid port/);
    assert.throws(() => runCommandArgs({ image: 'a', name: '-rm' }), /Invalid container name/);
  });
  test('compose', () => {
    const p = { files: ['/w/compose.yaml'], projectName: 'demo' };
    assert.deepEqual(composeUpArgs(p), ['-f', '/w/compose.yaml', '--project-directory', '/w', '-p', 'demo', 'up', '-d']);
    assert.deepEqual(composeDownArgs(p, { timeoutSeconds: 1 }).slice(-3), ['down', '-t', '1']);
    assert.deepEqual(composeLogsArgs(p, { tail: 50, services: ['web'] }).slice(-5), ['logs', '--no-color', '--tail', '50', 'web']);
    assert.throws(() => composeUpArgs({ files: ['compose.yaml'] }), /absolute/);
    assert.throws(() => composeUpArgs({ ...p, projectName: 'Demo' }), /Invalid compose project name/);
  });
});

describe('the build task process (dist/docker-task.js)', () => {
  // VS Code echoes a task's command line in its terminal ("Executing task: ..."), so build arguments, which may be
  // secrets, reach the task through the environment instead of its arguments.
  test('build arguments come from SLIPWAY_BUILD_ARGS (JSON), command-line ones win', () => {
    assert.deepEqual(buildArgsFromEnv(JSON.stringify({ NPM_TOKEN: 's3cret', V: '1' })), { NPM_TOKEN: 's3cret', V: '1' });
    assert.deepEqual(buildArgsFromEnv(undefined), {});
    assert.deepEqual(buildArgsFromEnv(''), {});
    for (const bad of ['[1]', '{"A": 1}', 'not json', '"x"', 'null']) {
      assert.throws(() => buildArgsFromEnv(bad), (e: { kind?: string }) => e.kind === 'invalid-argument', bad);
    }
    const parsed = parseTaskArgs(['build', '--dockerfile', '/w/Dockerfile', '--build-arg', 'V=2'], { SLIPWAY_BUILD_ARGS: '{"NPM_TOKEN":"s3cret","V":"1"}' });
    assert.deepEqual(parsed.opts.buildArgs, { NPM_TOKEN: 's3cret', V: '2' });
  });
});

describe('Dockerfile facts for the commands', () => {
  test('exposed ports follow the stage chain', () => {
    const df = 'FROM scratch AS base\nEXPOSE 80 53/udp\nFROM base AS app\nEXPOSE 8080-8082 ${PORT}\nFROM scratch AS other\nEXPOSE 1\n';
    assert.deepEqual(exposedPorts(df, 'app').map((p) => `${p.port}/${p.protocol}`), ['53/udp', '80/tcp', '8080/tcp', '8081/tcp', '8082/tcp']);
    assert.deepEqual(exposedPorts(df).map((p) => p.port), [1]);
  });
  test('stages for the target pick', () => {
    assert.deepEqual(stagesOf('FROM node:20 AS build\nFROM scratch\n'), [
      { name: 'build', line: 0, named: true, from: 'node' },
      { name: '1', line: 1, named: false, from: 'scratch' },
    ]);
  });
});
