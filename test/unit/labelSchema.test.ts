// hadolint's `label-schema` and `strict-labels` in `.hadolint.yaml` reach the label rules (DL3049–DL3058) through
// the rule options, loaded as the CLI and the server load them (loadConfigFor).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { describeProblem } from '../../server/src/engine/configParse';
import { loadConfigFor } from '../../server/src/engine/configFiles';
import { isEmail, isGitHash, isRfc3339, isSemver, isSpdx, isUrl } from '../../server/src/dockerfile/labels';
import { memoryFiles } from '../helpers/ruleHarness';

const HADOLINT = [
  'label-schema:',
  '  org.opencontainers.image.authors: email',
  '  org.opencontainers.image.source: url',
  '  org.opencontainers.image.created: rfc3339',
  '  org.opencontainers.image.licenses: spdx',
  '  org.opencontainers.image.revision: hash',
  '  org.opencontainers.image.version: semver',
  '  org.opencontainers.image.title: text',
  'strict-labels: true',
  '',
].join('\n');

function run(dockerfile: string, config = HADOLINT): { findings: string[]; problems: string[] } {
  const files = memoryFiles({ '.hadolint.yaml': config, 'app/Dockerfile': dockerfile });
  const path = '/project/app/Dockerfile';
  const { config: resolved, problems } = loadConfigFor(path, 'dockerfile', files);
  const findings = lint({ text: dockerfile, language: 'dockerfile', path, files, config: resolved })
    .findings.filter((f) => /^DL30(49|5\d)$/.test(f.rule))
    .map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.severity}`);
  return { findings: findings.sort(), problems: problems.map(describeProblem) };
}

describe('label-schema from .hadolint.yaml', () => {
  it('a Dockerfile that follows the schema has no finding', () => {
    const text = [
      'FROM alpine:3.20',
      'ARG BUILD_DATE',
      'LABEL org.opencontainers.image.authors=team@example.com \\',
      '      org.opencontainers.image.source=https://github.com/acme/app \\',
      '      org.opencontainers.image.created=$BUILD_DATE \\',
      '      org.opencontainers.image.licenses="MIT OR Apache-2.0" \\',
      '      org.opencontainers.image.revision=2f6e6c5 \\',
      '      org.opencontainers.image.version=1.4.2 \\',
      '      org.opencontainers.image.title=app',
      '',
    ].join('\n');
    assert.deepEqual(run(text), { findings: [], problems: [] });
  });

  it('every rule reports what breaks the schema', () => {
    const text = [
      'FROM alpine:3.20',
      'LABEL org.opencontainers.image.authors="Jane Doe" org.opencontainers.image.source=github.com/acme/app',
      'LABEL org.opencontainers.image.created=today org.opencontainers.image.licenses="Apache 2"',
      'LABEL org.opencontainers.image.revision=main org.opencontainers.image.version=v1.4',
      'LABEL org.opencontainers.image.title="" build-host=ci-42',
      '',
    ].join('\n');
    assert.deepEqual(run(text).findings, [
      '2:40 DL3058 warning',
      '2:83 DL3052 warning',
      '3:40 DL3053 warning',
      '3:80 DL3054 warning',
      '4:41 DL3055 warning',
      '4:79 DL3056 warning',
      '5:41 DL3050 info',
      '5:7 DL3051 warning',
    ]);
  });

  it('missing labels are reported on the FROM of the image', () => {
    assert.deepEqual(run('FROM alpine:3.20\nLABEL org.opencontainers.image.title=app\n').findings, Array(6).fill('1:1 DL3049 info'));
  });

  it('without strict-labels, other labels are fine; without a config, no label rule runs', () => {
    assert.deepEqual(run('FROM alpine\nLABEL a=1 title=""\n', 'label-schema:\n  title: text\n').findings, ['2:11 DL3051 warning']);
    assert.deepEqual(run('FROM alpine\nLABEL a=1 title=""\n', '').findings, []);
  });

  it('an unknown type or a malformed entry is reported and left out', () => {
    const r = run('FROM alpine\nLABEL a=1\n', 'label-schema:\n  a: number\nstrict-labels: yes please\n');
    assert.deepEqual(r.findings, []);
    assert.equal(r.problems.length, 2);
    assert.match(r.problems[0], /label "a" has unknown type "number"/);
    assert.match(r.problems[1], /strict-labels: expected true or false/);
    assert.match(run('FROM alpine\n', 'label-schema: [a, b]\n').problems[0], /label-schema: expected a mapping/);
  });
});

describe('label value formats', () => {
  it('URL', () => {
    for (const v of ['https://github.com/acme/app', 'http://localhost:8080/x?y=1#z', 'mailto:a@b.c', 'urn:isbn:0451450523']) assert.ok(isUrl(v), v);
    for (const v of ['github.com/acme/app', '/path', 'https://', 'http://a b', 'https://x/%zz', '']) assert.ok(!isUrl(v), v);
  });
  it('RFC 3339', () => {
    for (const v of ['2024-05-01T12:30:00Z', '2024-05-01t12:30:00.123+02:00', '2016-12-31T23:59:60Z', '2024-05-01 12:30:00-07:00']) assert.ok(isRfc3339(v), v);
    for (const v of ['2024-05-01', '2024-13-01T00:00:00Z', '2024-04-31T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T12:30Z', '2024-05-01T12:30:00+2:00']) assert.ok(!isRfc3339(v), v);
  });
  it('git hash', () => {
    assert.ok(isGitHash('a'.repeat(40)) && isGitHash('abcdef0') && isGitHash('0'.repeat(64)));
    assert.ok(!isGitHash('abcdef') && !isGitHash('a'.repeat(41)) && !isGitHash('ABCDEF0') && !isGitHash('ghijklm'));
  });
  it('semver', () => {
    for (const v of ['0.0.0', '1.2.3-alpha.1', '1.2.3+20130313144700', '1.0.0-0.3.7', '1.0.0-x-y-z.--']) assert.ok(isSemver(v), v);
    for (const v of ['1', '1.2', 'v1.2.3', '1.2.3.4', '1.02.3', '1.2.3-', '1.2.3-00', '1.2.3+']) assert.ok(!isSemver(v), v);
  });
  it('SPDX', () => {
    for (const v of ['MIT', 'mit', 'GPL-3.0-or-later', 'GPL-2.0+', 'MIT OR Apache-2.0', '(MIT AND BSD-2-Clause) or Apache-2.0', 'Apache-2.0 WITH LLVM-exception', 'DocumentRef-x:LicenseRef-y']) {
      assert.ok(isSpdx(v), v);
    }
    for (const v of ['', 'Apache 2', 'MIT OR', 'AND MIT', '(MIT', 'MIT)', 'MIT WITH MIT', 'Proprietary', 'MIT And Apache-2.0']) assert.ok(!isSpdx(v), v);
  });
  it('e-mail', () => {
    for (const v of ['a@b.c', 'first.last+tag@sub.example.org', '"john doe"@example.com', 'ops@[192.0.2.1]', 'root@localhost']) assert.ok(isEmail(v), v);
    for (const v of ['Jane <jane@example.com>', 'jane', 'jane@', '@example.com', 'a..b@c.d', 'a@-b.c', 'a b@c.d']) assert.ok(!isEmail(v), v);
  });
});
