// The GitHub Action (action.yml + dist/action.js) and the pre-commit hook (.pre-commit-hooks.yaml).
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { lint } from '../../server/src/engine/lint';
import { detectLanguage } from '../../server/src/engine/languages';
import { getInput, outputEntry, runAction } from '../../server/src/cli/action';
import { visible } from '../../server/src/cli/format';
import { DEFAULT_MAX_FILE_MB } from '../../server/src/engine/regularFile';
import { foreignCommands } from '../helpers/workflowCommands';

const REPO = path.resolve(__dirname, '../../..');

function git(args: string[]) {
  return spawnSync('git', args, { cwd: REPO, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
}

describe('GitHub Action', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-action-'));
    fs.mkdirSync(path.join(dir, 'api'));
    fs.writeFileSync(path.join(dir, 'api', 'Dockerfile'), 'FROM scratch\nEXPOSE 80800\nCMD echo "50%, done: yes"\n');
    fs.writeFileSync(path.join(dir, 'ok.Dockerfile'), 'FROM scratch\nCMD ["/app"]\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('action.yml is a node20 JavaScript action whose inputs are the ones the entry reads', async () => {
    const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8'));
    assert.equal(action.runs.using, 'node20');
    assert.equal(action.runs.main, 'dist/action.js');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['config', 'fix', 'format', 'ignore', 'max-file-size', 'path', 'sarif-file', 'severity-threshold']);
    assert.equal(action.inputs.format.default, 'github');
    assert.equal(action.inputs.fix.default, 'false');
    assert.equal(action.inputs.path.default, '.');
    assert.equal(action.inputs['max-file-size'].default, String(DEFAULT_MAX_FILE_MB));
    const src = fs.readFileSync(path.join(REPO, 'server/src/cli/action.ts'), 'utf8');
    for (const name of Object.keys(action.inputs)) assert.ok(src.includes(`getInput('${name}'`), `action.ts reads ${name}`);
    const outputs = [...src.matchAll(/setOutput\('([\w-]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(action.outputs).sort(), [...new Set(outputs)]);
  });

  it('action.yml lints clean with Slipway', async () => {
    const p = path.join(REPO, 'action.yml');
    assert.equal(detectLanguage(p), 'action');
    const res = lint({ text: fs.readFileSync(p, 'utf8'), language: 'action', path: p });
    assert.deepEqual(res.findings.map((f) => `${f.range.start.line + 1}: ${f.message} [${f.rule}]`), []);
    assert.deepEqual(res.crashes, []);
  });

  it('reads inputs the way the runner passes them (INPUT_ + upper case, hyphens kept)', async () => {
    assert.equal(getInput('severity-threshold', { 'INPUT_SEVERITY-THRESHOLD': ' warning \n' }), 'warning');
    assert.equal(getInput('sarif-file', {}), '');
  });

  it('annotates, writes SARIF, sets outputs and the job summary, and fails on errors', async () => {
    const outputs = path.join(dir, 'github_output');
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(outputs, '');
    let out = '';
    const code = await runAction({
      env: { INPUT_PATH: '.', INPUT_FORMAT: '', 'INPUT_SARIF-FILE': 'results/slipway.sarif', GITHUB_OUTPUT: outputs, GITHUB_STEP_SUMMARY: summary },
      cwd: dir,
      stdout: (s) => (out += s),
    });
    assert.equal(code, 1, out);
    assert.match(out, /^::error file=api\/Dockerfile,line=2,col=8,endLine=2,endColumn=13,title=DL3011 \(Slipway\)::Valid UNIX ports/m);
    assert.match(out, /^::warning file=api\/Dockerfile,line=3,col=1,/m);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'results/slipway.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results.length, 2);
    const o = fs.readFileSync(outputs, 'utf8');
    assert.match(o, /^errors=1$/m);
    assert.match(o, /^warnings=1$/m);
    assert.match(o, /^findings=2$/m);
    assert.match(o, new RegExp(`^sarif-file=${path.join(dir, 'results/slipway.sarif').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    assert.match(fs.readFileSync(summary, 'utf8'), /\| api\/Dockerfile \| 2 \| error \| DL3011 \|/);
  });

  it('honours severity-threshold, ignore, format and config, and reports bad inputs', async () => {
    const run = async (env: Record<string, string>) => {
      let out = '';
      const code = await runAction({ env, cwd: dir, stdout: (s) => (out += s) });
      return { code, out };
    };
    assert.equal((await run({ INPUT_PATH: 'api/Dockerfile', INPUT_IGNORE: 'DL3011' })).code, 0);
    assert.equal((await run({ INPUT_PATH: 'api/Dockerfile', INPUT_IGNORE: 'DL3011', 'INPUT_SEVERITY-THRESHOLD': 'warning' })).code, 1);
    assert.equal((await run({ INPUT_PATH: 'ok.Dockerfile\napi/Dockerfile', INPUT_IGNORE: 'DL3011, JSONArgsRecommended', 'INPUT_SEVERITY-THRESHOLD': 'hint' })).code, 0);
    const text = await run({ INPUT_PATH: 'api/Dockerfile', INPUT_FORMAT: 'text' });
    assert.match(text.out, /^api\/Dockerfile:2:8: error /m);
    fs.writeFileSync(path.join(dir, 'slipway.yaml'), 'rules:\n  DL3011: off\n');
    assert.equal((await run({ INPUT_PATH: 'api/Dockerfile', INPUT_CONFIG: 'slipway.yaml' })).code, 0);
    const bad = await run({ INPUT_FORMAT: 'xml' });
    assert.equal(bad.code, 2);
    assert.match(bad.out, /^::error title=Slipway::unknown format "xml"/m);
    assert.equal((await run({ 'INPUT_SEVERITY-THRESHOLD': 'loud' })).code, 2);
    assert.equal((await run({ INPUT_PATH: 'missing/Dockerfile' })).code, 2);
  });

  it('fix: true writes the safe fixes to the workspace, says what it did and reports what remains; fix: false writes nothing', async () => {
    const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-action-fix-'));
    try {
      const original = 'FROM scratch\nEXPOSE 80800 80/TCP\nCMD /app --serve\n';
      fs.writeFileSync(path.join(ws, 'Dockerfile'), original);
      fs.writeFileSync(path.join(ws, 'clean.Dockerfile'), 'FROM scratch\nCMD ["/app"]\n');
      const outputs = path.join(ws, 'github_output');
      const run = async (fix: string) => {
        fs.writeFileSync(outputs, '');
        let out = '';
        const code = await runAction({ env: { INPUT_PATH: 'Dockerfile clean.Dockerfile', INPUT_FIX: fix, INPUT_FORMAT: 'text', GITHUB_OUTPUT: outputs, GITHUB_WORKSPACE: ws }, cwd: ws, stdout: (s) => (out += s) });
        return { code, out };
      };
      const dry = await run('false');
      assert.equal(dry.code, 1);
      assert.equal(fs.readFileSync(path.join(ws, 'Dockerfile'), 'utf8'), original);
      assert.doesNotMatch(fs.readFileSync(outputs, 'utf8'), /fixed-files/);

      const r = await run('true');
      // The port typo (an error, no safe fix) remains and fails the step; the protocol's case and the exec form are fixed.
      assert.equal(r.code, 1, r.out);
      assert.equal(fs.readFileSync(path.join(ws, 'Dockerfile'), 'utf8'), 'FROM scratch\nEXPOSE 80800 80/tcp\nCMD ["/app", "--serve"]\n');
      assert.equal(fs.readFileSync(path.join(ws, 'clean.Dockerfile'), 'utf8'), 'FROM scratch\nCMD ["/app"]\n');
      assert.match(r.out, /^::notice title=Slipway fix::fixed 2 problem\(s\) in Dockerfile$/m);
      assert.match(r.out, /^Dockerfile:2:8: error Valid UNIX ports/m);
      assert.doesNotMatch(r.out, /ExposeProtoCasing|JSONArgsRecommended/);
      assert.match(fs.readFileSync(outputs, 'utf8'), /^fixed-files=1$/m);

      const bad = await run('yes');
      assert.equal(bad.code, 2);
      assert.match(bad.out, /^::error title=Slipway::fix must be true or false \(got "yes"\)/m);
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  });

  it('dist/action.js runs as the runner starts it (node, INPUT_* variables, no node_modules)', async () => {
    const bundle = path.join(REPO, 'dist', 'action.js');
    if (!fs.existsSync(bundle)) assert.fail('dist/action.js is missing: run `npm run build`');
    const copy = path.join(dir, 'action-copy');
    fs.mkdirSync(path.join(copy, 'dist'), { recursive: true });
    fs.copyFileSync(bundle, path.join(copy, 'dist', 'action.js'));
    const r = spawnSync(process.execPath, [path.join(copy, 'dist', 'action.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, INPUT_PATH: 'api', 'INPUT_SEVERITY-THRESHOLD': 'error' },
    });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^::error file=api\/Dockerfile,line=2,/m);
  });

  it('the committed dist/action.js is the build of the committed sources', async (t) => {
    if (git(['rev-parse', '--git-dir']).status !== 0) return t.skip('not a git checkout');
    const dirty = git(['status', '--porcelain', '--', 'server/src', 'scripts', 'package.json', 'package-lock.json']).stdout.toString().trim();
    if (dirty && process.env.CI !== 'true') return t.skip(`sources differ from HEAD (commit them, then \`npm run build\` and commit dist/action.js):\n${dirty}`);
    const committed = git(['show', 'HEAD:dist/action.js']);
    assert.equal(committed.status, 0, 'dist/action.js is committed (.gitignore keeps only it from dist/)');
    const out = path.join(dir, 'fresh-action.js');
    const mod = await import(pathToFileURL(path.join(REPO, 'scripts/action-build.mjs')).href);
    await mod.buildAction(REPO, out);
    assert.ok(
      committed.stdout.equals(fs.readFileSync(out)),
      'dist/action.js is stale: run `npm run build` and commit dist/action.js with the source change',
    );
  });
});

/** GITHUB_OUTPUT read as the runner reads it: `name=value` lines and `name<<DELIMITER` heredocs; anything else is an error. */
function parseOutputFile(text: string): [string, string][] {
  const out: [string, string][] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (hd > 0 && (eq < 0 || hd < eq)) {
      const delimiter = line.slice(hd + 2);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`no end delimiter ${delimiter}`);
      out.push([line.slice(0, hd), value.join('\n')]);
    } else if (eq > 0) out.push([line.slice(0, eq), line.slice(eq + 1)]);
    else throw new Error(`invalid line in GITHUB_OUTPUT: ${JSON.stringify(line)}`);
  }
  return out;
}

// The action compiled by compile-tests (out/), run as the runner runs dist/action.js: in a child process, so that a
// read that blocks (a FIFO) or never ends (/dev/zero) is caught by the hang detector instead of stopping the tests.
const ACTION_JS = path.resolve(__dirname, '../../server/src/cli/action.js');
// Each run takes well under a second (measured 0.2 to 0.5 s); a minute is a hang.
const HANG_MS = 60_000;
const PRLIMIT = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0;

function actionProcess(cwd: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const args = [ACTION_JS];
  // A 2 GB address space: a regression that reads /dev/zero fails at once instead of exhausting the machine.
  const [file, argv] = PRLIMIT ? ['prlimit', ['--as=2000000000', process.execPath, ...args]] : [process.execPath, args];
  const vars: Record<string, string> = { PATH: process.env.PATH ?? '', ...env };
  for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(file, argv, { cwd, encoding: 'utf8', timeout: HANG_MS, env: vars });
  assert.notEqual(r.error?.message.includes('ETIMEDOUT'), true, `hung: ${JSON.stringify(inputs)}`);
  assert.equal(r.signal, null, `killed by ${r.signal}: ${JSON.stringify(inputs)}\n${r.stderr}`);
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('GitHub Action: inputs that could hang, exhaust or escape the workspace', () => {
  let root: string;
  let ws: string;
  let outside: string;
  const run = async (inputs: Record<string, string>, env: Record<string, string> = {}, cwd = ws) => {
    let out = '';
    const vars: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: ws, ...env };
    for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
    const code = await runAction({ env: vars, cwd, stdout: (s) => (out += s) });
    return { code, out };
  };
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-ws-')));
    ws = path.join(root, 'work', 'repo');
    outside = path.join(root, 'outside');
    fs.mkdirSync(path.join(ws, 'sub'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(ws, 'Dockerfile'), 'FROM scratch\nEXPOSE 80800\n');
    fs.writeFileSync(path.join(ws, 'sub', 'Dockerfile'), 'FROM scratch\nCMD ["/app"]\n');
    fs.writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\nEXPOSE 70000\n');
    fs.writeFileSync(path.join(outside, 'slipway.yaml'), 'rules:\n  DL3011: off\n');
    fs.symlinkSync(outside, path.join(ws, 'out-link'));
    fs.symlinkSync(path.join(outside, 'Dockerfile'), path.join(ws, 'linked.Dockerfile'));
    // Dangling: writing to it would create outside/created.sarif.
    fs.symlinkSync(path.join(outside, 'created.sarif'), path.join(ws, 'dangling.sarif'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('refuses a relative path, config or sarif-file that leads out of the workspace, also through a symbolic link', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ path: '../..' }, /^::error title=Slipway::path "\.\.\/\.\." is outside the workspace/m],
      [{ path: 'Dockerfile ../../outside/Dockerfile' }, /^::error title=Slipway::path "\.\.\/\.\.\/outside\/Dockerfile" is outside the workspace/m],
      [{ path: 'out-link' }, /^::error title=Slipway::path "out-link" is outside the workspace/m],
      [{ path: 'linked.Dockerfile' }, /^::error title=Slipway::path "linked\.Dockerfile" is outside the workspace/m],
      [{ path: 'Dockerfile', config: '../../outside/slipway.yaml' }, /^::error title=Slipway::config "\.\.\/\.\.\/outside\/slipway\.yaml" is outside the workspace/m],
      [{ path: 'Dockerfile', config: 'out-link/slipway.yaml' }, /^::error title=Slipway::config "out-link\/slipway\.yaml" is outside the workspace/m],
      [{ path: 'Dockerfile', 'sarif-file': '../../x.sarif' }, /^::error title=Slipway::sarif-file "\.\.\/\.\.\/x\.sarif" is outside the workspace/m],
      [{ path: 'Dockerfile', 'sarif-file': 'out-link/new/x.sarif' }, /^::error title=Slipway::sarif-file "out-link\/new\/x\.sarif" is outside the workspace/m],
      [{ path: 'Dockerfile', 'sarif-file': 'dangling.sarif' }, /^::error title=Slipway::sarif-file "dangling\.sarif" is outside the workspace/m],
    ];
    for (const [inputs, message] of cases) {
      const r = await run(inputs);
      assert.equal(r.code, 2, `${JSON.stringify(inputs)}\n${r.out}`);
      assert.match(r.out, message, JSON.stringify(inputs));
      assert.match(r.out, /give an absolute path to use it on purpose/);
      assert.doesNotMatch(r.out, /70000/, 'nothing outside was linted');
    }
    for (const p of [path.join(root, 'x.sarif'), path.join(outside, 'new'), path.join(outside, 'created.sarif')]) assert.ok(!fs.existsSync(p), `nothing was written outside: ${p}`);
  });

  it('allows absolute paths outside the workspace, named on purpose, and relative ones inside it', async () => {
    const abs = await run({ path: path.join(outside, 'Dockerfile'), 'sarif-file': path.join(outside, 'r.sarif') });
    assert.equal(abs.code, 1, abs.out);
    assert.match(abs.out, /70000/);
    assert.ok(fs.existsSync(path.join(outside, 'r.sarif')));
    const cfg = await run({ path: path.join(outside, 'Dockerfile'), config: path.join(outside, 'slipway.yaml') });
    assert.equal(cfg.code, 0, cfg.out);
    // From a sub-folder of the workspace, `..` is still inside it.
    const sub = await run({ path: '..', 'sarif-file': '../reports/s.sarif' }, {}, path.join(ws, 'sub'));
    assert.equal(sub.code, 1, sub.out);
    assert.ok(sub.out.includes(`file=${path.join(ws, 'Dockerfile').replace(/:/g, '%3A')},line=2,`), sub.out);
    assert.ok(fs.existsSync(path.join(ws, 'reports', 's.sarif')));
    // Without GITHUB_WORKSPACE the workspace is the working directory.
    const noWs = await run({ path: '../..' }, { GITHUB_WORKSPACE: '' });
    assert.equal(noWs.code, 2);
    assert.match(noWs.out, /is outside the workspace/);
  });

  it('globs match only inside the workspace and do not follow symbolic links out of it', async () => {
    const all = await run({ path: '**/Dockerfile' });
    assert.equal(all.code, 1, all.out);
    assert.match(all.out, /file=Dockerfile,line=2/);
    assert.doesNotMatch(all.out, /70000|out-link/, 'the linked folder is not walked');
    const up = await run({ path: '../**/Dockerfile' });
    assert.equal(up.code, 2, up.out);
    assert.doesNotMatch(up.out, /70000/);
    const fromOutside = await run({ path: '**/Dockerfile' }, {}, outside);
    assert.equal(fromOutside.code, 2, fromOutside.out);
    assert.match(fromOutside.out, /path "\*\*\/Dockerfile" is outside the workspace/, 'a glob walks the working directory, here outside the workspace');
  });

  it('max-file-size: files over it are refused with an annotation, the others linted; a bad value is an error', async () => {
    fs.writeFileSync(path.join(ws, 'sub', 'big.Dockerfile'), 'FROM scratch\n' + '#'.repeat(20 * 1024) + '\n');
    const r = await run({ path: 'Dockerfile sub/big.Dockerfile', 'max-file-size': '0.01' });
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /^::error file=sub\/big\.Dockerfile,title=Slipway::cannot read sub\/big\.Dockerfile: too large: 0\.0195 MB, over the 0\.01 MB limit \(max-file-size\)$/m);
    assert.match(r.out, /^::error file=Dockerfile,line=2,/m, 'the other file is linted');
    assert.equal((await run({ path: 'sub/big.Dockerfile', 'max-file-size': '1' })).code, 0);
    for (const bad of ['0', '-2', 'lots']) {
      const b = await run({ path: 'Dockerfile', 'max-file-size': bad });
      assert.equal(b.code, 2, bad);
      assert.match(b.out, new RegExp(`^::error title=Slipway::max-file-size needs a positive number of MB \\(got "${bad}"\\)$`, 'm'));
    }
    fs.rmSync(path.join(ws, 'sub', 'big.Dockerfile'));
  });

  it('config: /dev/zero or a FIFO is refused with one annotation instead of a hang', { skip: process.platform === 'win32' && 'POSIX devices' }, async () => {
    const fifo = path.join(ws, 'fifo.yaml');
    execFileSync('mkfifo', [fifo]);
    try {
      for (const [config, kind] of [['/dev/zero', 'a character device'], ['fifo.yaml', 'a FIFO']]) {
        const r = actionProcess(ws, { path: 'Dockerfile', config }, { GITHUB_WORKSPACE: ws });
        assert.equal(r.code, 2, r.out + r.err);
        assert.equal(r.out, `::error title=Slipway::cannot read config ${config}: not a regular file (${kind})\n`);
      }
      const path_ = actionProcess(ws, { path: 'fifo.yaml Dockerfile' }, { GITHUB_WORKSPACE: ws });
      assert.equal(path_.code, 2, path_.out + path_.err);
      assert.match(path_.out, /^::error title=Slipway::fifo\.yaml: not a regular file \(a FIFO\)$/m);
      assert.match(path_.out, /^::error file=Dockerfile,line=2,/m);
    } finally {
      fs.rmSync(fifo);
    }
  });
});

describe('GitHub Action: outputs and summary cannot be forged by file content', () => {
  let ws: string;
  // A workflow key quoted by the unknown-key message: markdown and HTML for the summary, a newline and commands for the log.
  const KEY = 'k|<img src=x onerror=alert(1)> <script>x</script> [a](https://e.example) ![i](https://e.example/i.png) `code` **b** _i_ ~~s~~ &amp; www.example.com https://e.example @someone \\n::error::pwned ##[warning]w \\e[31m';
  before(() => {
    ws = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-forge-')));
    fs.mkdirSync(path.join(ws, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(ws, '.github/workflows/ci.yml'), `on: push\n"${KEY}": 1\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`);
    fs.writeFileSync(path.join(ws, 'a|b<i>[x](y)`.Dockerfile'), 'FROM scratch\nEXPOSE 80800\n');
    fs.writeFileSync(path.join(ws, '.hadolint.yaml'), 'failure-threshold: "x\\n::error::t ##[warning]w"\n');
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('GITHUB_OUTPUT uses a random heredoc delimiter, so a value cannot end it and add outputs', async () => {
    const outputs = path.join(ws, 'out.txt');
    // A sarif-file path with a newline, the old fixed delimiter and a forged output.
    const sarif = 'reports\nSLIPWAY_EOF\nerrors=0\nz/slipway.sarif';
    const delimiters: string[] = [];
    for (let i = 0; i < 2; i++) {
      fs.writeFileSync(outputs, '');
      const code = await runAction({ env: { GITHUB_WORKSPACE: ws, INPUT_PATH: '.', 'INPUT_SARIF-FILE': sarif, GITHUB_OUTPUT: outputs }, cwd: ws, stdout: () => undefined });
      assert.equal(code, 1);
      const text = fs.readFileSync(outputs, 'utf8');
      const parsed = parseOutputFile(text);
      assert.deepEqual(parsed.map(([k]) => k), ['sarif-file', 'errors', 'warnings', 'findings'], text);
      assert.equal(parsed[0][1], path.join(ws, sarif));
      assert.deepEqual(parsed.find(([k]) => k === 'errors'), ['errors', '2']);
      delimiters.push(/^sarif-file<<(.+)$/m.exec(text)![1]);
    }
    assert.notEqual(delimiters[0], delimiters[1], 'a new delimiter each time');
    assert.match(delimiters[0], /^ghadelimiter_[0-9a-f-]{36}$/);
  });

  it('GITHUB_OUTPUT refuses a value that contains the delimiter', async () => {
    assert.equal(outputEntry('n', 'one line', 'D'), 'n=one line\n');
    assert.equal(outputEntry('n', 'a\nb', 'D'), 'n<<D\na\nb\nD\n');
    assert.throws(() => outputEntry('n', 'a\nD\nerrors=0', 'D'), /output n contains its delimiter/);
  });

  it('the job summary escapes file content for GitHub-flavoured markdown: one plain-text table cell per value', async () => {
    const summary = path.join(ws, 'summary.md');
    fs.writeFileSync(summary, '');
    const code = await runAction({ env: { GITHUB_WORKSPACE: ws, INPUT_PATH: '.', GITHUB_STEP_SUMMARY: summary }, cwd: ws, stdout: () => undefined });
    assert.equal(code, 1);
    const md = fs.readFileSync(summary, 'utf8');
    // Rendered as GitHub does (tables, raw HTML allowed, bare URLs linked) by markdown-it (a devDependency).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const MarkdownIt = require('markdown-it') as new (o: object) => { render(s: string): string };
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]));
    const wf = lint({ text: fs.readFileSync(path.join(ws, '.github/workflows/ci.yml'), 'utf8'), language: 'workflow', path: path.join(ws, '.github/workflows/ci.yml') });
    const cfg = lint({ text: fs.readFileSync(path.join(ws, '.hadolint.yaml'), 'utf8'), language: 'config', path: path.join(ws, '.hadolint.yaml') });
    const expected = [
      ['file', 'line', 'severity', 'rule', 'message'],
      ...wf.findings.map((f) => ['.github/workflows/ci.yml', String(f.range.start.line + 1), f.severity, f.rule, visible(f.message)]),
      ['a|b<i>[x](y)`.Dockerfile', '2', 'error', 'DL3011', 'Valid UNIX ports range from 0 to 65535 (got 80800)'],
      // The config file the Dockerfile was linted with: its problem is a finding of its own.
      ...cfg.findings.map((f) => ['.hadolint.yaml', String(f.range.start.line + 1), f.severity, f.rule, visible(f.message)]),
    ];
    assert.equal(cfg.findings.length, 1);
    assert.ok(wf.findings.some((f) => f.message.includes('<img src=x')), 'the hostile key is quoted');
    // Every cell is text (markdown-it escapes text as & < > "; an element inside a cell would show as a raw <),
    // and says what the file said.
    assert.deepEqual(
      rows,
      expected.map((r) => r.map((c) => c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'))),
      html,
    );
  });

  for (const format of ['github', 'text', 'json', 'sarif', 'checkstyle', 'codeclimate', 'junit', 'sonarqube', 'rdjson', 'rdjsonl']) {
    it(`${format}: no line the action prints is a workflow command that file content wrote`, async () => {
      let out = '';
      const code = await runAction({ env: { GITHUB_WORKSPACE: ws, INPUT_PATH: '.', INPUT_FORMAT: format }, cwd: ws, stdout: (s) => (out += s) });
      assert.equal(code, 1, out);
      assert.deepEqual(foreignCommands(out, true), [], out);
      // The config file's problem is a finding of that file: in the log as an annotation of it, its data encoded.
      if (format === 'github') assert.match(out, /^::warning file=\.hadolint\.yaml,line=1,col=20,.*title=config-invalid-value \(Slipway\)::unknown failure-threshold "x%0A::error::t ##\[warning\]w"/m);
      else assert.match(out, /config-invalid-value/);
    });
  }
});

describe('pre-commit hook', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: { id: string }) => h.id === 'slipway');

  it('runs `slipway lint` with language node', async () => {
    assert.equal(hook.entry, 'slipway lint');
    assert.equal(hook.language, 'node');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(pkg.bin.slipway, 'bin/slipway.js');
  });

  it('matches the files Slipway lints, as pre-commit matches them (re.search on repository paths)', async () => {
    const re = new RegExp(hook.files);
    const yes = [
      'Dockerfile',
      'svc/Dockerfile',
      'dockerfile',
      'Containerfile',
      'Dockerfile.prod',
      'api.Dockerfile',
      'docker/app.dockerfile',
      '.github/workflows/ci.yml',
      'sub/.github/workflows/release.yaml',
      'action.yml',
      '.github/actions/setup/action.yaml',
      'compose.yaml',
      'docker-compose.yml',
      'deploy/compose.prod.yaml',
      'docker-compose.override.yml',
    ];
    const no = ['README.md', 'Dockerfiles/README.md', 'src/dockerfile.ts', '.github/dependabot.yml', 'config.yml', 'my-action.yml', 'compose.json', '.github/workflows/README.md'];
    for (const f of yes) {
      assert.ok(re.test(f), `matches ${f}`);
      assert.ok(detectLanguage('/repo/' + f), `Slipway has a language for ${f}`);
    }
    for (const f of no) assert.ok(!re.test(f), `does not match ${f}`);
  });

  it('npm pack (how pre-commit installs a node hook) ships the CLI', async () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    assert.ok(files.includes('bin/slipway.js'), files.join(' '));
    assert.ok(files.includes('dist/cli.js'), files.join(' '));
    assert.ok(!files.some((f) => f.startsWith('node_modules/') || f.startsWith('test/')), files.join(' '));
  });
});
