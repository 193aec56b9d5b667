// Inputs that must not hang or exhaust the CLI: FIFOs, devices, huge files, symlink loops, on the command line, in
// --config, on standard input, in a directory walked, and as neighbouring files read by rules (diskFiles).
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { diskFiles, diskFilesWith } from '../../server/src/engine/lint';
import { DEFAULT_MAX_FILE_MB, MB, readRegularFile } from '../../server/src/engine/regularFile';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');
/** The compiled engine, for checks that must run in a child process (a hang there cannot stop the test runner). */
const OUT_ENGINE = path.resolve(__dirname, '../../server/src/engine');

// Hang detector: each of these runs takes well under a second (0.2 to 0.4 s measured); a minute is a hang.
const HANG_MS = 60_000;
// A read of /dev/zero that never stops grows by gigabytes a second: on Linux the child gets a 2 GB address space
// (prlimit) so that such a regression fails at once instead of exhausting the machine before the hang detector fires.
const PRLIMIT = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0;

function bounded(cmd: string, args: string[], cwd: string, input = '', what = args.join(' ')) {
  const [file, argv] = PRLIMIT ? ['prlimit', ['--as=2000000000', cmd, ...args]] : [cmd, args];
  const r = spawnSync(file, argv, { cwd, encoding: 'utf8', input, timeout: HANG_MS, env: { ...process.env, NO_COLOR: '1' } });
  assert.notEqual(r.error?.message.includes('ETIMEDOUT'), true, `hung: ${what}`);
  assert.equal(r.signal, null, `killed by ${r.signal} (hang or memory exhaustion): ${what}\n${r.stderr}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function slipway(args: string[], cwd: string, input = '') {
  return bounded(process.execPath, [BIN, ...args], cwd, input, `slipway ${args.join(' ')}`);
}

const POSIX = process.platform !== 'win32';

describe('CLI: inputs that could hang or exhaust', { skip: !POSIX && 'FIFOs and /dev/zero are POSIX' }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-inputs-'));
    fs.writeFileSync(path.join(dir, 'good.Dockerfile'), 'FROM scratch\nEXPOSE 80800\n');
    execFileSync('mkfifo', [path.join(dir, 'Dockerfile')]);
    execFileSync('mkfifo', [path.join(dir, 'notes')]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses /dev/zero on the command line with one line, exit 2, and still lints the other files', () => {
    const r = slipway(['lint', '/dev/zero', 'good.Dockerfile'], dir);
    assert.equal(r.code, 2, r.out + r.err);
    assert.match(r.err, /^slipway: \/dev\/zero: not a regular file \(a character device\)$/m);
    assert.match(r.out, /^good\.Dockerfile:2:8: error .*80800.*\[DL3011\]$/m, 'the other file is linted');
  });

  it('refuses a FIFO named on the command line, whether its name tells the language or not', () => {
    for (const name of ['Dockerfile', 'notes']) {
      const r = slipway(['lint', name, 'good.Dockerfile'], dir);
      assert.equal(r.code, 2, r.out + r.err);
      assert.match(r.err, new RegExp(`^slipway: ${name}: not a regular file \\(a FIFO\\)$`, 'm'));
      assert.match(r.out, /^good\.Dockerfile:2:8: error /m);
    }
    const json = slipway(['lint', '-f', 'json', 'Dockerfile', 'good.Dockerfile'], dir);
    assert.equal(json.code, 2);
    assert.equal(JSON.parse(json.out).length, 1, 'the report has the good file');
  });

  it('refuses --config that is /dev/zero, a FIFO or too large, with exit 2', () => {
    for (const [cfg, why] of [
      ['/dev/zero', /not a regular file \(a character device\)/],
      ['notes', /not a regular file \(a FIFO\)/],
    ] as const) {
      const r = slipway(['lint', '--config', cfg, 'good.Dockerfile'], dir);
      assert.equal(r.code, 2, r.out + r.err);
      assert.match(r.err, new RegExp(`^slipway: cannot read config ${cfg}: ${why.source}$`, 'm'));
    }
    fs.writeFileSync(path.join(dir, 'big.yaml'), 'rules: {}\n' + '#'.repeat(20 * 1024) + '\n');
    const big = slipway(['lint', '--max-file-size', '0.01', '--config', 'big.yaml', 'good.Dockerfile'], dir);
    assert.equal(big.code, 2);
    assert.match(big.err, /^slipway: cannot read config big\.yaml: too large: 0\.0195 MB, over the 0\.01 MB limit \(max-file-size\)$/m);
  });

  it('refuses a file over the default limit, names the limit, and --max-file-size raises it', () => {
    const big = path.join(dir, 'big.Dockerfile');
    // Just over the default: comment lines, cheap to lint once allowed.
    const line = '# ' + 'x'.repeat(97) + '\n';
    fs.writeFileSync(big, 'FROM scratch\n' + line.repeat(Math.ceil((DEFAULT_MAX_FILE_MB * MB) / line.length)));
    const r = slipway(['lint', 'big.Dockerfile', 'good.Dockerfile'], dir);
    assert.equal(r.code, 2, r.err);
    // A file that cannot be read is part of the report (text: `file: error: why`), as before.
    // Just over: the size in bytes, as it would round to the limit in MB.
    const size = fs.statSync(big).size;
    assert.ok(r.out.split('\n').includes(`big.Dockerfile: error: too large: ${size} bytes, over the ${DEFAULT_MAX_FILE_MB} MB limit (max-file-size)`), r.out);
    assert.match(r.out, /^good\.Dockerfile:2:8: error /m);
    const raised = slipway(['lint', '--max-file-size', String(DEFAULT_MAX_FILE_MB + 1), 'big.Dockerfile'], dir);
    assert.equal(raised.code, 0, raised.out + raised.err);
    assert.equal(raised.out, '1 file checked, no problems\n');
    const lowered = slipway(['lint', '--max-file-size=0.001', 'good.Dockerfile'], dir);
    assert.equal(lowered.code, 1, 'a 26-byte file is under 1 KB: linted, with its finding');
    assert.match(lowered.out, /\[DL3011\]/);
    fs.rmSync(big);
  });

  it('rejects a --max-file-size that is not a positive number', () => {
    for (const v of ['0', '-1', 'abc', '', 'Infinity', '1e400']) {
      const r = slipway(['lint', `--max-file-size=${v}`, 'good.Dockerfile'], dir);
      assert.equal(r.code, 2, v);
      assert.match(r.err, /--max-file-size needs a positive number of MB/, v);
    }
  });

  it('caps standard input at the same limit', () => {
    const r = slipway(['lint', '-', '--stdin-filename', 'Dockerfile', '--max-file-size', '0.01'], dir, 'FROM scratch\n' + '#'.repeat(20 * 1024) + '\n');
    assert.equal(r.code, 2, r.out + r.err);
    assert.match(r.err, /^slipway: standard input: too large: over the 0\.01 MB limit \(max-file-size\)$/m);
    const ok = slipway(['lint', '-', '--stdin-filename', 'Dockerfile', '--max-file-size', '0.01'], dir, 'FROM scratch\nEXPOSE 80800\n');
    assert.equal(ok.code, 1, ok.err);
 
    // Standard input that never ends: /dev/zero itself.
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const [file, argv] = PRLIMIT ? ['prlimit', ['--as=2000000000', process.execPath, BIN, 'lint', '-', '--language', 'dockerfile']] : [process.execPath, [BIN, 'lint', '-', '--language', 'dockerfile']];
      const r2 = spawnSync(file, argv, { cwd: dir, encoding: 'utf8', timeout: HANG_MS, stdio: [zero, 'pipe', 'pipe'] });
      assert.notEqual(r2.error?.message.includes('ETIMEDOUT'), true, 'hung: slipway lint - < /dev/zero');
      assert.equal(r2.signal, null, `killed by ${r2.signal}: slipway lint - < /dev/zero\n${r2.stderr}`);
      assert.equal(r2.status, 2);
      assert.equal(r2.stderr, `slipway: standard input: too large: over the ${DEFAULT_MAX_FILE_MB} MB limit (max-file-size)\n`);
    } finally {
      fs.closeSync(zero);
    }
  });

  it('skips FIFOs, sockets and symlinks (loops included) when walking a directory or a glob', async () => {
    const tree = path.join(dir, 'tree');
    fs.mkdirSync(path.join(tree, 'svc'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'svc', 'Dockerfile'), 'FROM scratch\nEXPOSE 80800\n');
    execFileSync('mkfifo', [path.join(tree, 'Dockerfile')]);
    execFileSync('mkfifo', [path.join(tree, 'svc', 'compose.yaml')]);
    fs.symlinkSync('.', path.join(tree, 'svc', 'loop'));
    fs.symlinkSync('loop2', path.join(tree, 'loop1'));
    fs.symlinkSync('loop1', path.join(tree, 'loop2'));
    fs.symlinkSync('/dev/zero', path.join(tree, 'zero.Dockerfile'));
    // A socket bound by this process; the CLI must not try to read it. (Short relative name: socket paths are
    // limited to about 100 bytes.)
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(path.join(path.relative(process.cwd(), tree), 'api.Dockerfile'), resolve));
    try {
      for (const args of [['lint', '.'], ['lint', '**/*Dockerfile*'], ['lint', '**']]) {
        const r = slipway(args, tree);
        assert.equal(r.code, 1, `${args.join(' ')}: ${r.out}${r.err}`);
        assert.equal(r.out, 'svc/Dockerfile:2:8: error Valid UNIX ports range from 0 to 65535 (got 80800) [DL3011]\n1 file checked: 1 error, 0 warnings, 0 info, 0 hints\n', args.join(' '));
      }
      const loop = slipway(['lint', 'loop1'], tree);
      assert.equal(loop.code, 2);
      assert.match(loop.err, /^slipway: loop1: too many levels of symbolic links$/m);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('diskFiles (neighbouring files for rules) reads only regular files under the limit', () => {
    // In a child process: a read that blocks on a FIFO would stop the test runner itself.
    const script = `
      const { diskFiles } = require(${JSON.stringify(path.join(OUT_ENGINE, 'lint.js'))});
      process.stdout.write(JSON.stringify([${JSON.stringify(path.join(dir, 'notes'))}, '/dev/zero', ${JSON.stringify(path.join(dir, 'good.Dockerfile'))}].map((p) => diskFiles.readFile(p) ?? null)));
    `;
    const r = bounded(process.execPath, ['-e', script], dir, '', 'diskFiles.readFile');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(JSON.parse(r.out), [null, null, 'FROM scratch\nEXPOSE 80800\n']);
    const big = path.join(dir, 'big.hadolint.yaml');
    fs.writeFileSync(big, 'ignored: [DL3011]\n' + '#'.repeat(DEFAULT_MAX_FILE_MB * MB) + '\n');
    assert.equal(diskFiles.readFile(big), undefined, 'over the default limit');
    assert.equal(diskFilesWith((DEFAULT_MAX_FILE_MB + 1) * MB).readFile(big)?.length, fs.statSync(big).size);
    fs.rmSync(big);
  });

  it('a neighbouring config file that is a FIFO or too large does not hang the run and is not applied', () => {
    const sub = path.join(dir, 'neighbour');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'Dockerfile'), 'FROM scratch\nEXPOSE 80800\n');
    execFileSync('mkfifo', [path.join(sub, '.hadolint.yaml')]);
    const fifo = slipway(['lint', 'Dockerfile'], sub);
    assert.equal(fifo.code, 1, fifo.out + fifo.err);
    assert.match(fifo.out, /\[DL3011\]/);
    fs.rmSync(path.join(sub, '.hadolint.yaml'));
    fs.writeFileSync(path.join(sub, '.hadolint.yaml'), 'ignored: [DL3011]\n' + '#'.repeat(64 * 1024) + '\n');
    assert.doesNotMatch(slipway(['lint', 'Dockerfile'], sub).out, /DL3011/, 'applied under the limit');
    const over = slipway(['lint', '--max-file-size', '0.05', 'Dockerfile'], sub);
    assert.match(over.out, /\[DL3011\]/, 'over --max-file-size, the config file is not read');
  });

  it('readRegularFile reads files that claim size 0 (/proc) and stops at the limit when they are longer', { skip: process.platform !== 'linux' && 'needs /proc' }, () => {
    const r = readRegularFile('/proc/self/status', MB);
    assert.ok('text' in r && /^Name:/m.test(r.text), JSON.stringify(r));
    const small = readRegularFile('/proc/self/status', 16);
    assert.deepEqual(small, { error: 'too large: over the 0.0000153 MB limit (max-file-size)', reason: 'too-large' });
    const prefix = readRegularFile('/proc/self/status', 16, true);
    assert.ok('text' in prefix && prefix.text.length === 16);
  });
});
