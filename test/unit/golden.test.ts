// The CLI's whole output on examples/, compared with golden files: test/golden/examples.out (text) and
// test/golden/examples.json (JSON). A change of message, position, order, severity or summary shows up as a diff
// here. When the change is meant, `SLIPWAY_UPDATE_GOLDEN=1 node --test out/test/unit/golden.test.js` (after
// `npm run build`) rewrites the files; review their diff before committing it.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');
const GOLDEN = path.join(REPO, 'test', 'golden');

/** Runs `slipway lint <args> examples/` from the repository root, so that the paths it prints are relative. */
function lintExamples(args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, [BIN, 'lint', '--no-color', ...args, 'examples/'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  // ShellCheck and pyflakes check the scripts of the examples: without them the output would silently lack their
  // findings, so say what is missing instead of showing a diff.
  const missing = r.stderr.match(/^slipway: (\S+) is not installed/m);
  assert.ok(!missing, `${missing?.[1]} is not installed: the golden output is made with ShellCheck and pyflakes (apt-get install shellcheck pyflakes3)\n${r.stderr}`);
  assert.equal(r.stderr, '', 'the CLI wrote to stderr');
  return { code: r.status, out: r.stdout };
}

function compareWithGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.SLIPWAY_UPDATE_GOLDEN === '1') {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `test/golden/${name} is missing: run SLIPWAY_UPDATE_GOLDEN=1 node --test out/test/unit/golden.test.js`);
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `the output differs from test/golden/${name}; if the change is meant, run SLIPWAY_UPDATE_GOLDEN=1 node --test out/test/unit/golden.test.js`);
}

describe('golden CLI output on examples/', () => {
  it('text', () => {
    const r = lintExamples([]);
    assert.equal(r.code, 1, 'examples/ holds deliberate errors');
    compareWithGolden('examples.out', r.out);
  });
  it('JSON', () => {
    const r = lintExamples(['--format', 'json']);
    assert.equal(r.code, 1, 'examples/ holds deliberate errors');
    compareWithGolden('examples.json', r.out);
  });
  it('holds no absolute path, home folder or time', () => {
    for (const name of ['examples.out', 'examples.json']) {
      const text = fs.readFileSync(path.join(GOLDEN, name), 'utf8');
      assert.ok(!text.includes(REPO), `${name} holds the repository's absolute path`);
      assert.doesNotMatch(text, /"file": "\/|^\//m, `${name} holds an absolute path`);
      assert.doesNotMatch(text, /\d{2}:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}T/, `${name} holds a time`);
    }
  });
});
