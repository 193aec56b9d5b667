// The GitHub Action (action.yml + dist/action.js) and the pre-commit hook (.pre-commit-hooks.yaml).
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { lint } from '../../server/src/engine/lint';
import { detectLanguage } from '../../server/src/engine/languages';
import { getInput, runAction } from '../../server/src/cli/action';

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

  it('action.yml is a node20 JavaScript action whose inputs are the ones the entry reads', () => {
    const action = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8'));
    assert.equal(action.runs.using, 'node20');
    assert.equal(action.runs.main, 'dist/action.js');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['config', 'format', 'ignore', 'path', 'sarif-file', 'severity-threshold']);
    assert.equal(action.inputs.format.default, 'github');
    assert.equal(action.inputs.path.default, '.');
    const src = fs.readFileSync(path.join(REPO, 'server/src/cli/action.ts'), 'utf8');
    for (const name of Object.keys(action.inputs)) assert.ok(src.includes(`getInput('${name}'`), `action.ts reads ${name}`);
    const outputs = [...src.matchAll(/setOutput\('([\w-]+)'/g)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(action.outputs).sort(), [...new Set(outputs)]);
  });

  it('action.yml lints clean with Slipway', () => {
    const p = path.join(REPO, 'action.yml');
    assert.equal(detectLanguage(p), 'action');
    const res = lint({ text: fs.readFileSync(p, 'utf8'), language: 'action', path: p });
    assert.deepEqual(res.findings.map((f) => `${f.range.start.line + 1}: ${f.message} [${f.rule}]`), []);
    assert.deepEqual(res.crashes, []);
  });

  it('reads inputs the way the runner passes them (INPUT_ + upper case, hyphens kept)', () => {
    assert.equal(getInput('severity-threshold', { 'INPUT_SEVERITY-THRESHOLD': ' warning \n' }), 'warning');
    assert.equal(getInput('sarif-file', {}), '');
  });

  it('annotates, writes SARIF, sets outputs and the job summary, and fails on errors', () => {
    const outputs = path.join(dir, 'github_output');
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(outputs, '');
    let out = '';
    const code = runAction({
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

  it('honours severity-threshold, ignore, format and config, and reports bad inputs', () => {
    const run = (env: Record<string, string>) => {
      let out = '';
      const code = runAction({ env, cwd: dir, stdout: (s) => (out += s) });
      return { code, out };
    };
    assert.equal(run({ INPUT_PATH: 'api/Dockerfile', INPUT_IGNORE: 'DL3011' }).code, 0);
    assert.equal(run({ INPUT_PATH: 'api/Dockerfile', INPUT_IGNORE: 'DL3011', 'INPUT_SEVERITY-THRESHOLD': 'warning' }).code, 1);
    assert.equal(run({ INPUT_PATH: 'ok.Dockerfile\napi/Dockerfile', INPUT_IGNORE: 'DL3011, JSONArgsRecommended', 'INPUT_SEVERITY-THRESHOLD': 'hint' }).code, 0);
    const text = run({ INPUT_PATH: 'api/Dockerfile', INPUT_FORMAT: 'text' });
    assert.match(text.out, /^api\/Dockerfile:2:8: error /m);
    fs.writeFileSync(path.join(dir, 'slipway.yaml'), 'rules:\n  DL3011: off\n');
    assert.equal(run({ INPUT_PATH: 'api/Dockerfile', INPUT_CONFIG: 'slipway.yaml' }).code, 0);
    const bad = run({ INPUT_FORMAT: 'xml' });
    assert.equal(bad.code, 2);
    assert.match(bad.out, /^::error title=Slipway::unknown format "xml"/m);
    assert.equal(run({ 'INPUT_SEVERITY-THRESHOLD': 'loud' }).code, 2);
    assert.equal(run({ INPUT_PATH: 'missing/Dockerfile' }).code, 2);
  });

  it('dist/action.js runs as the runner starts it (node, INPUT_* variables, no node_modules)', () => {
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

describe('pre-commit hook', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
  const hook = hooks.find((h: { id: string }) => h.id === 'slipway');

  it('runs `slipway lint` with language node', () => {
    assert.equal(hook.entry, 'slipway lint');
    assert.equal(hook.language, 'node');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(pkg.bin.slipway, 'bin/slipway.js');
  });

  it('matches the files Slipway lints, as pre-commit matches them (re.search on repository paths)', () => {
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

  it('npm pack (how pre-commit installs a node hook) ships the CLI', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path);
    assert.ok(files.includes('bin/slipway.js'), files.join(' '));
    assert.ok(files.includes('dist/cli.js'), files.join(' '));
    assert.ok(!files.some((f) => f.startsWith('node_modules/') || f.startsWith('test/')), files.join(' '));
  });
});
