// The realworld conformance scoring (server/src/conformance/realworld.ts) on a small tree of its own: each folder
// linted as a project root (languages from the paths, .hadolint.yaml honoured), the per-repository table, the
// unreviewed-error score, stale reviewed entries and the warnings-by-rule table.
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintRepository, readReviewed, ReviewedError, runRealworld } from '../../server/src/conformance/realworld';

const DOCKERFILE = 'FROM alpine:3.23 AS build\nRUN true\nFROM alpine:latest\nEXPOSE 70000\n';
const WORKFLOW = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';

describe('realworld conformance', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-realworld-'));
    write('acme__app/Dockerfile', DOCKERFILE);
    write('acme__app/README.md', 'FROM alpine\n');
    // The repository's own .hadolint.yaml applies to its nested Dockerfile, as the CLI reads it.
    write('acme__quiet/.hadolint.yaml', 'ignored: [DL3007]\n');
    write('acme__quiet/docker/web.Dockerfile', DOCKERFILE);
    write('acme__quiet/.github/workflows/ci.yml', WORKFLOW);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('lints a folder as the CLI does: languages from the paths, nearest config honoured', async () => {
    const quiet = await lintRepository(path.join(root, 'acme__quiet'));
    assert.deepEqual(quiet.files, [
      { file: '.github/workflows/ci.yml', language: 'workflow' },
      { file: 'docker/web.Dockerfile', language: 'dockerfile' },
    ]);
    assert.deepEqual(quiet.findings, [
      { file: 'docker/web.Dockerfile', line: 4, rule: 'DL3011', severity: 'error', message: 'Valid UNIX ports range from 0 to 65535 (got 70000)' },
    ]);
    assert.deepEqual(quiet.problems, []);
  });

  it('tables each repository and scores the errors missing from the reviewed list', async () => {
    const reviewed: ReviewedError[] = [
      { repo: 'acme__app', file: 'Dockerfile', line: 4, rule: 'DL3011', reason: 'EXPOSE 70000: the builder rejects the port' },
      { repo: 'acme__app', file: 'Dockerfile', line: 9, rule: 'DL3011', reason: 'gone since' },
    ];
    const sections = await runRealworld(root, reviewed);
    assert.deepEqual(
      sections.map((s) => s.title),
      [
        'realworld acme__app (1 files: 1 dockerfile)',
        'realworld acme__quiet (2 files: 1 workflow, 1 dockerfile)',
        'realworld summary (2 repositories: every error must be a reviewed real bug)',
        'realworld warnings by rule (files they fire on, of the files of their language; repositories where > 50%)',
      ],
    );
    const [app, quiet, summary, warnings] = sections;
    assert.deepEqual(app.rows, [
      ['rule', 'error', 'warning', 'info', 'hint', 'files', 'share'],
      ['DL3011', '1', '0', '0', '0', '1/1', '100.0%'],
      ['DL3007', '0', '1', '0', '0', '1/1', '100.0%'],
      ['TOTAL', '1', '1', '0', '0', '', ''],
    ]);
    // One file is too few to call a warning noise.
    assert.deepEqual(app.notes, []);
    assert.deepEqual(quiet.rows, [
      ['rule', 'error', 'warning', 'info', 'hint', 'files', 'share'],
      ['DL3011', '1', '0', '0', '0', '1/1', '100.0%'],
      ['TOTAL', '1', '0', '0', '0', '', ''],
    ]);
    assert.deepEqual(summary.rows, [
      ['repository', 'files', 'errors', 'reviewed', 'unreviewed', 'warnings', 'info', 'hints'],
      ['acme__app', '1', '1', '1', '0', '1', '0', '0'],
      ['acme__quiet', '2', '1', '0', '1', '0', '0', '0'],
    ]);
    assert.deepEqual(summary.scores, { realworldUnreviewedErrors: 1 });
    assert.deepEqual(summary.notes, [
      'unreviewed error acme__quiet/docker/web.Dockerfile:4: Valid UNIX ports range from 0 to 65535 (got 70000) [DL3011]',
      'stale reviewed entry (no such error now) acme__app/Dockerfile:9 [DL3011]',
    ]);
    // The share counts the Dockerfiles of both repositories, though DL3007 is ignored in one.
    assert.deepEqual(warnings.rows, [
      ['rule', 'warnings', 'files', 'share', 'most files of'],
      ['DL3007', '1', '1/2', '50.0%', '-'],
    ]);
  });

  it('flags a warning that fires on most of a repository\'s files (five or more)', async () => {
    for (let i = 0; i < 5; i++) write(`acme__many/svc${i}/Dockerfile`, i < 3 ? 'FROM alpine:latest\n' : 'FROM alpine:3.23\n');
    try {
      const many = (await runRealworld(root, [])).find((s) => s.title.startsWith('realworld acme__many'));
      assert.deepEqual(many?.notes, ['noise? DL3007 warns on 3 of 5 files']);
    } finally {
      fs.rmSync(path.join(root, 'acme__many'), { recursive: true });
    }
  });

  it('refuses a reviewed entry without a reason', async () => {
    const file = path.join(root, 'reviewed.json');
    fs.writeFileSync(file, JSON.stringify([{ repo: 'a', file: 'Dockerfile', line: 1, rule: 'DL3011', reason: ' ' }]));
    assert.throws(() => readReviewed(file), /needs repo, file, line, rule and a reason/);
    fs.writeFileSync(file, JSON.stringify([{ repo: 'a', file: 'Dockerfile', line: 1, rule: 'DL3011', reason: 'port out of range' }]));
    assert.deepEqual(readReviewed(file), [{ repo: 'a', file: 'Dockerfile', line: 1, rule: 'DL3011', reason: 'port out of range' }]);
  });

  it('the project\'s reviewed list is well formed', () => {
    const list = readReviewed(path.resolve(__dirname, '../../../conformance-realworld-reviewed.json'));
    for (const e of list) assert.match(e.repo, /^[\w.-]+__[\w.-]+$/);
  });
});
