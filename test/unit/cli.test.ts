import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');

function slipway(args: string[], cwd = REPO, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the deliberate mistakes in examples/ with their lines and exits 1', () => {
    const r = slipway(['lint', 'examples/']);
    assert.equal(r.code, 1, r.out + r.err);
    const lines = r.out.split('\n');
    const expect = [
      /^examples\/model-api\/Dockerfile:11:13: error .*80800.* \[DL3011\]$/,
      /^examples\/model-api\/Dockerfile:12:1: warning JSON arguments recommended for CMD.* \[JSONArgsRecommended\]$/,
      /^examples\/\.github\/workflows\/ci\.yml:8:1: error unexpected key "permision".*Did you mean "permissions"\? \[unknown-key\]$/,
      /^examples\/model-api\/compose\.yaml:12:1: error .*"volume".*Did you mean "volumes"\? \[compose-unknown-key\]$/,
    ];
    for (const re of expect) assert.ok(lines.some((l) => re.test(l)), `missing ${re}\n${r.out}`);
    // The fixed Dockerfile is clean, so nothing is reported for it.
    assert.ok(!lines.some((l) => l.startsWith('examples/model-api/Dockerfile.fixed:')), r.out);
    assert.match(lines.filter(Boolean).at(-1)!, /^\d+ files checked: \d+ errors?, \d+ warnings?/);
  });

  it('exits 0 on a clean file', () => {
    const r = slipway(['lint', 'examples/model-api/Dockerfile.fixed']);
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out, '1 file checked, no problems\n');
  });

  it('writes JSON with positions, docs and fixability', () => {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCMD echo hi\n');
    const r = slipway(['lint', '--format', 'json', 'Dockerfile'], dir);
    assert.equal(r.code, 0, 'warnings only: below the default threshold');
    const out = JSON.parse(r.out);
    assert.deepEqual(out[0].file, 'Dockerfile');
    assert.deepEqual(out[0].findings[0], {
      rule: 'JSONArgsRecommended',
      severity: 'warning',
      message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 12,
      docs: out[0].findings[0].docs,
      fixable: true,
      safeFix: true,
    });
    assert.match(out[0].findings[0].docs, /JSONArgsRecommended\.md$/);
  });

  it('says in JSON and SARIF which quick fixes --fix applies (safe) and which are left to the editor (unsafe)', () => {
    // A did-you-mean (unsafe) and the exec form of a plain command (safe).
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCOPY --chmode=644 a /a\nCMD echo hi\n');
    const json = JSON.parse(slipway(['lint', '--format', 'json', 'Dockerfile'], dir).out);
    const byRule = Object.fromEntries(json[0].findings.map((f: { rule: string; fixable: boolean; safeFix: boolean }) => [f.rule, [f.fixable, f.safeFix]]));
    assert.deepEqual(byRule.UnknownFlag, [true, false]);
    assert.deepEqual(byRule.JSONArgsRecommended, [true, true]);
    const sarif = JSON.parse(slipway(['lint', '--format', 'sarif', 'Dockerfile'], dir).out);
    const safety = Object.fromEntries(
      sarif.runs[0].results.map((r: { ruleId: string; fixes: { properties: { safety: string } }[] }) => [r.ruleId, r.fixes.map((f) => f.properties.safety)]),
    );
    assert.deepEqual(safety.UnknownFlag, ['unsafe']);
    assert.deepEqual(safety.JSONArgsRecommended, ['safe']);
  });

  it('applies --severity-threshold and --ignore', () => {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch\nCMD echo hi\n');
    assert.equal(slipway(['lint', '-t', 'warning', 'Dockerfile'], dir).code, 1);
    assert.equal(slipway(['lint', '-t', 'warning', '--ignore', 'JSONArgsRecommended', 'Dockerfile'], dir).code, 0);
    assert.equal(slipway(['lint', '-t', 'warning', '--ignore', 'DL3025', 'Dockerfile'], dir).code, 0, 'hadolint alias accepted');
  });

  it('reads .hadolint.yaml (ignored, override, failure-threshold) and --config', () => {
    const sub = path.join(dir, 'cfg');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'Dockerfile'), 'FROM scratch\nEXPOSE 70000\nCMD echo hi\n');
    fs.writeFileSync(path.join(sub, '.hadolint.yaml'), 'failure-threshold: warning\nignored: [DL3011]\n');
    const r = slipway(['lint', 'Dockerfile'], sub);
    assert.equal(r.code, 1, 'warning fails with failure-threshold: warning');
    assert.doesNotMatch(r.out, /DL3011/);
    fs.writeFileSync(path.join(dir, 'other.yaml'), 'rules:\n  JSONArgsRecommended: off\n');
    const r2 = slipway(['lint', '--config', path.join(dir, 'other.yaml'), 'Dockerfile'], sub);
    assert.match(r2.out, /DL3011/, 'explicit config replaces the nearest one');
    assert.doesNotMatch(r2.out, /JSONArgsRecommended/);
  });

  it('expands globs and directories, skipping node_modules', () => {
    const g = path.join(dir, 'glob');
    fs.mkdirSync(path.join(g, 'svc/a'), { recursive: true });
    fs.mkdirSync(path.join(g, 'node_modules/x'), { recursive: true });
    fs.writeFileSync(path.join(g, 'svc/a/Dockerfile'), 'FROM scratch\nEXPOSE 99999\n');
    fs.writeFileSync(path.join(g, 'svc/api.Dockerfile'), 'FROM scratch\nEXPOSE 99998\n');
    fs.writeFileSync(path.join(g, 'node_modules/x/Dockerfile'), 'FROM scratch\nEXPOSE 99997\n');
    const dirRun = slipway(['lint', '.'], g);
    assert.match(dirRun.out, /svc\/a\/Dockerfile:2:8/);
    assert.match(dirRun.out, /svc\/api\.Dockerfile:2:8/);
    assert.doesNotMatch(dirRun.out, /node_modules/);
    const globRun = slipway(['lint', 'svc/**/Dockerfile'], g);
    assert.match(globRun.out, /svc\/a\/Dockerfile/);
    assert.doesNotMatch(globRun.out, /api\.Dockerfile/);
  });

  it('exits 2 with a clear message for usage errors and missing files', () => {
    const bad = slipway(['lint', '--format', 'xml', '.'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format "xml"/);
    const missing = slipway(['lint', 'nope/Dockerfile'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\/Dockerfile: no such file or directory/);
  });

  it('lists the rules from the registry', () => {
    const r = slipway(['rules', '--format=json']);
    const rules = JSON.parse(r.out);
    assert.ok(rules.some((x: { id: string; aliases: string[] }) => x.id === 'JSONArgsRecommended' && x.aliases.includes('DL3025')));
  });
});
