// `slipway lint --fix` and `--fix-dry-run`, run as a user runs them, on temporary copies of small fixtures of each
// file family: what they write (exactly), that the result lints clean of the rules they fixed, what they leave (unsafe
// fixes, ShellCheck's, overlapping fixes), and how the files are written (line breaks, BOM, mode, atomically).
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine/lint';
import { applySafeFixesOnce, fixText, MAX_FIX_ROUNDS } from '../../server/src/engine/fix';
import type { Finding } from '../../server/src/engine/types';
import { unifiedDiff } from '../../server/src/cli/diff';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');

function slipway(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The rule ids of the findings `slipway lint -f json` reports for `file` (relative to `cwd`). */
function rulesLeft(cwd: string, file: string): string[] {
  const r = slipway(['lint', '-f', 'json', '--no-scripts', file], cwd);
  return (JSON.parse(r.out) as { findings: { rule: string }[] }[]).flatMap((f) => f.findings.map((x) => x.rule));
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('slipway lint --fix', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-fix-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const fresh = (name: string, files: Record<string, string>) => {
    const d = path.join(dir, name);
    fs.mkdirSync(d, { recursive: true });
    write(d, files);
    return d;
  };

  it('Dockerfile: casing, legacy ENV, protocol case, a dead CMD and the exec form are fixed; the result lints clean of them', () => {
    const d = fresh('dockerfile', { Dockerfile: 'FROM alpine:3.20 as build\nrun echo hi\nENV MODE production\nEXPOSE 80/TCP\nCMD ["true"]\nCMD echo done\n' });
    const r = slipway(['lint', '--fix', '--no-scripts', 'Dockerfile'], d);
    assert.equal(read(d, 'Dockerfile'), 'FROM alpine:3.20 AS build\nRUN echo hi\nENV MODE=production\nEXPOSE 80/tcp\nCMD ["echo", "done"]\n');
    assert.match(r.err, /^slipway: fixed 6 problems in 1 file$/m);
    const fixed = ['FromAsCasing', 'ConsistentInstructionCasing', 'LegacyKeyValueFormat', 'ExposeProtoCasing', 'MultipleInstructionsDisallowed', 'JSONArgsRecommended'];
    assert.deepEqual(rulesLeft(d, 'Dockerfile').filter((x) => fixed.includes(x)), []);
    // The report is the usual one, of what remains, with its exit status.
    assert.doesNotMatch(r.out, /JSONArgsRecommended|ExposeProtoCasing/);
    assert.deepEqual(rulesLeft(d, 'Dockerfile'), ['EndOfLifeBaseImage']);
    assert.equal(r.code, 0);
  });

  it('workflow: an event, a permission and a key written in the wrong case', () => {
    const d = fresh('workflow', { '.github/workflows/ci.yml': 'on: Push\npermissions:\n  contents: Read\njobs:\n  build:\n    Runs-On: ubuntu-latest\n    steps:\n      - run: echo hi\n' });
    const r = slipway(['lint', '--fix', '--no-scripts', '.'], d);
    assert.equal(read(d, '.github/workflows/ci.yml'), 'on: push\npermissions:\n  contents: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '1 file checked, no problems\n');
    assert.deepEqual(rulesLeft(d, '.github/workflows/ci.yml'), []);
  });

  it('action.yml: a top-level key in the wrong case; a did-you-mean (unsafe) is left', () => {
    const d = fresh('action', { 'action.yml': 'name: hello\ndescription: says hello\nRuns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bsh\n' });
    const r = slipway(['lint', '--fix', '--no-scripts', 'action.yml'], d);
    assert.equal(read(d, 'action.yml'), 'name: hello\ndescription: says hello\nruns:\n  using: composite\n  steps:\n    - run: echo hi\n      shell: bsh\n');
    assert.equal(r.code, 1);
    assert.deepEqual(rulesLeft(d, 'action.yml'), ['shell-name']);
  });

  it('Compose: a number quoted where a string is wanted and a repeated list entry removed; an unknown key (did-you-mean) is left', () => {
    const d = fresh('compose', { 'compose.yaml': 'services:\n  web:\n    image: nginx\n    container_name: 123\n    dns:\n      - 8.8.8.8\n      - 8.8.8.8\n    enviroment:\n      A: 1\n' });
    slipway(['lint', '--fix', 'compose.yaml'], d);
    assert.equal(read(d, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    container_name: "123"\n    dns:\n      - 8.8.8.8\n    enviroment:\n      A: 1\n');
    assert.deepEqual(rulesLeft(d, 'compose.yaml'), ['compose-unknown-key']);
  });

  it("scripts: ShellCheck's fixes are not applied (they are unsafe); its findings are still reported", () => {
    const text = 'FROM debian:12\nRUN mkdir -p $HOME/.cache\n';
    const d = fresh('scripts', { Dockerfile: text });
    const r = slipway(['lint', '--fix', 'Dockerfile'], d);
    assert.equal(read(d, 'Dockerfile'), text);
    assert.match(r.out, /^Dockerfile:2:14: info .* \[SC2086\]$/m, r.out + r.err);
    assert.doesNotMatch(r.err, /fixed/);
  });

  it('overlapping fixes are both left out and named; the other fixes of the file are applied', () => {
    // Line 2's CMD is dead (MultipleInstructionsDisallowed removes it) and lower case (ConsistentInstructionCasing
    // rewrites its keyword): the two edits overlap.
    const d = fresh('conflict', { Dockerfile: 'FROM scratch\ncmd ["a"]\nCMD ["b"]\nCMD ["c"]\n' });
    const r = slipway(['lint', '--fix', 'Dockerfile'], d);
    assert.equal(read(d, 'Dockerfile'), 'FROM scratch\ncmd ["a"]\nCMD ["c"]\n');
    assert.match(r.err, /^slipway: Dockerfile: fixes of ConsistentInstructionCasing \(line 2\) and MultipleInstructionsDisallowed \(line 2\) overlap: none of them applied$/m);
    assert.match(r.err, /^slipway: fixed 1 problem in 1 file$/m);
    assert.match(r.out, /^Dockerfile:2:1: /m);
  });

  it('nothing to fix: no file is written, nothing is said, the exit status is the lint one', () => {
    const d = fresh('noop', { Dockerfile: 'FROM scratch\nCMD ["/app"]\n', 'unsafe.Dockerfile': 'FROM alpine:3.22\nRUN echo a\nRUN echo b\n' });
    const stamp = new Date('2001-01-01T00:00:00Z');
    for (const f of ['Dockerfile', 'unsafe.Dockerfile']) fs.utimesSync(path.join(d, f), stamp, stamp);
    const r = slipway(['lint', '--fix', '--no-scripts', '.'], d);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /unsafe\.Dockerfile:3:1: info Multiple consecutive `RUN` instructions/);
    for (const f of ['Dockerfile', 'unsafe.Dockerfile']) assert.equal(fs.statSync(path.join(d, f)).mtime.getTime(), stamp.getTime(), f);
    const dry = slipway(['lint', '--fix-dry-run', '.'], d);
    assert.deepEqual([dry.code, dry.out, dry.err], [0, '', '']);
  });

  it('--fix-dry-run prints the unified diff, exactly, writes nothing and exits 1', () => {
    const text = 'FROM scratch\nEXPOSE 80/TCP\nCOPY a b\nCOPY c d\nCOPY e f\nCOPY g h\nCOPY i j\nCOPY k l\nCMD /app\n';
    const d = fresh('dry', { Dockerfile: text, 'sub/Dockerfile': 'FROM scratch AS Base\n' });
    const r = slipway(['lint', '--fix-dry-run', '.'], d);
    assert.equal(r.code, 1, r.err);
    assert.equal(
      r.out,
      [
        '--- a/Dockerfile',
        '+++ b/Dockerfile',
        '@@ -1,5 +1,5 @@',
        ' FROM scratch',
        '-EXPOSE 80/TCP',
        '+EXPOSE 80/tcp',
        ' COPY a b',
        ' COPY c d',
        ' COPY e f',
        '@@ -6,4 +6,4 @@',
        ' COPY g h',
        ' COPY i j',
        ' COPY k l',
        '-CMD /app',
        '+CMD ["/app"]',
        '--- a/sub/Dockerfile',
        '+++ b/sub/Dockerfile',
        '@@ -1 +1 @@',
        '-FROM scratch AS Base',
        '+FROM scratch AS base',
        '',
      ].join('\n'),
    );
    assert.equal(r.err, '');
    assert.equal(read(d, 'Dockerfile'), text);
    assert.equal(read(d, 'sub/Dockerfile'), 'FROM scratch AS Base\n');
    // Standard input cannot be fixed in place; the two flags do not go together.
    assert.equal(slipway(['lint', '--fix', '-', '--stdin-filename', 'Dockerfile'], d).code, 2);
    assert.match(slipway(['lint', '--fix', '--fix-dry-run', '.'], d).err, /cannot be used together/);
  });

  it('keeps the line breaks, the byte order mark and the mode of a file, and follows a link to its target', () => {
    const d = fresh('bytes', {});
    const file = path.join(d, 'Dockerfile');
    fs.writeFileSync(file, '\uFEFFFROM scratch\r\nEXPOSE 80/TCP\r\nCMD /app\r\n');
    fs.chmodSync(file, 0o751);
    fs.symlinkSync('Dockerfile', path.join(d, 'linked.Dockerfile'));
    slipway(['lint', '--fix', 'linked.Dockerfile'], d);
    assert.ok(fs.lstatSync(path.join(d, 'linked.Dockerfile')).isSymbolicLink(), 'the link stays a link');
    assert.deepEqual(fs.readFileSync(file), Buffer.from('\uFEFFFROM scratch\r\nEXPOSE 80/tcp\r\nCMD ["/app"]\r\n', 'utf8'));
    assert.equal(fs.statSync(file).mode & 0o777, 0o751);
    assert.deepEqual(fs.readdirSync(d).sort(), ['Dockerfile', 'linked.Dockerfile'], 'no temporary file left');
  });

  it('a file that is not valid UTF-8 is left alone, and said so', () => {
    const d = fresh('latin1', {});
    const bytes = Buffer.concat([Buffer.from('FROM scratch\nLABEL a="caf'), Buffer.from([0xe9]), Buffer.from('"\nEXPOSE 80/TCP\n')]);
    fs.writeFileSync(path.join(d, 'Dockerfile'), bytes);
    const r = slipway(['lint', '--fix', 'Dockerfile'], d);
    assert.deepEqual(fs.readFileSync(path.join(d, 'Dockerfile')), bytes);
    assert.match(r.err, /^slipway: Dockerfile: not valid UTF-8: not fixed$/m);
  });

  it('examples/, copied: --fix leaves files that lint clean of every rule whose fixes are safe', () => {
    const d = path.join(dir, 'examples');
    fs.cpSync(path.join(REPO, 'examples'), d, { recursive: true });
    const r = slipway(['lint', '--fix', '--no-scripts', '.'], d);
    assert.match(r.err, /^slipway: fixed \d+ problems? in \d+ files?$/m);
    const safe = new Set(allRules().filter((x) => x.fix?.safety === 'safe').map((x) => x.id));
    const left = (JSON.parse(slipway(['lint', '-f', 'json', '--no-scripts', '.'], d).out) as { file: string; findings: { rule: string }[] }[]).flatMap((f) => f.findings.map((x) => `${f.file} ${x.rule}`));
    assert.deepEqual(left.filter((x) => safe.has(x.split(' ')[1])), []);
    assert.ok(left.length > 0, 'the deliberate mistakes that need judgement remain');
    assert.match(read(d, 'model-api/Dockerfile'), /^CMD \["gunicorn", "--bind", "0\.0\.0\.0:8000", "app:app"\]$/m);
  });
});

describe('fix rounds and the diff', () => {
  const at = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
  const finding = (rule: string, line: number, from: number, to: number, newText: string): Finding => ({
    rule,
    message: 'm',
    severity: 'warning',
    range: at(line, from, to),
    fixes: [{ title: 't', edits: [{ range: at(line, from, to), newText }] }],
  });

  it('fixes that keep undoing each other are stopped after the bounded rounds, and nothing is kept', async () => {
    // ConsistentInstructionCasing is safe: a fake lint that always offers to flip the case never settles.
    const flip = (t: string) => [finding('ConsistentInstructionCasing', 0, 0, 3, t.startsWith('RUN') ? 'run' : 'RUN')];
    let calls = 0;
    const res = await fixText('RUN x\n', (t) => (calls++, flip(t)));
    assert.equal(res.converged, false);
    assert.equal(res.text, 'RUN x\n');
    assert.equal(calls, MAX_FIX_ROUNDS + 1);
  });

  it('two findings with the same repair apply it once; a fix touching another waits for the next round', async () => {
    let round = 0;
    const res = await fixText('run a\n', (t) => {
      round++;
      return t === 'run a\n' ? [finding('ConsistentInstructionCasing', 0, 0, 3, 'RUN'), finding('ConsistentInstructionCasing', 0, 0, 3, 'RUN'), finding('FromAsCasing', 0, 3, 5, ' b')] : t === 'RUN a\n' ? [finding('FromAsCasing', 0, 3, 5, ' b')] : [];
    });
    assert.deepEqual([res.text, res.applied.length, res.converged, round], ['RUN b\n', 2, true, 3]);
  });

  it('the diff matches diff -u: hunks, context, a missing final line break', () => {
    assert.equal(unifiedDiff('f', 'a\nb\n', 'a\nb\n'), '');
    assert.equal(unifiedDiff('f', 'a\nb', 'a\nc'), '--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    assert.equal(unifiedDiff('f', '', 'x\n'), '--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+x\n');
    assert.equal(unifiedDiff('f', 'x\ny\n', 'y\n'), '--- a/f\n+++ b/f\n@@ -1,2 +1 @@\n-x\n y\n');
  });

  it('a diff of thousands of changed lines, below and above the edit bound, is one `patch` applies', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-diff-'));
    try {
      // 300 and 3,000 changed lines among unchanged ones: the first within the edit search, the second past it
      // (one hunk that removes the changed middle and adds it anew).
      for (const changed of [300, 3000]) {
        const before = Array.from({ length: changed }, (_, i) => `run echo ${i}\nRUN echo x${i}\n`).join('');
        const after = before.replace(/^run /gm, 'RUN ');
        const diff = unifiedDiff('Dockerfile', before, after);
        fs.writeFileSync(path.join(dir, 'Dockerfile'), before);
        const r = spawnSync('patch', ['-p1', '--quiet'], { cwd: dir, input: diff, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr + r.stdout);
        assert.equal(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), after, `${changed} changed lines`);
        // Within the bound the removed lines are exactly the changed ones; past it, the whole middle between the
        // common first and last lines (all but the last, unchanged, line).
        const removed = diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
        assert.equal(removed, changed === 300 ? changed : 2 * changed - 1, 'removed lines');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('thousands of fixes in one file are applied in one round, the overlapping ones left out together', async () => {
    const n = 5000;
    const text = 'run a\n'.repeat(n);
    const findings = Array.from({ length: n }, (_, i) => finding('ConsistentInstructionCasing', i, 0, 3, 'RUN'));
    // Two more fixes on line 0 overlapping the casing fix there: the three are one conflict.
    findings.push(finding('FromAsCasing', 0, 1, 4, 'XX'), finding('FromAsCasing', 0, 2, 5, 'YY'));
    const r = applySafeFixesOnce(text, findings);
    assert.equal(r.applied.length, n - 1);
    assert.deepEqual(r.conflicts.map((c) => c.map((x) => x.rule)), [['ConsistentInstructionCasing', 'FromAsCasing', 'FromAsCasing']]);
    assert.equal(r.text, 'run a\n' + 'RUN a\n'.repeat(n - 1));
  });
});
