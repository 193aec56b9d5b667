// analyseMany (the CLI, the Action, the language server): the scripts of many documents share the analyser runs and
// are spread over the pool's processes; the answers are the same as one process at a time would give.
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyConfig } from '../../server/src/engine/config';
import { lint } from '../../server/src/engine/lint';
import { analyseMany, analyseManySync, clearScriptCache, ScriptsRequest, ToolPool } from '../../server/src/scripts/analyse';

function request(text: string, file: string): ScriptsRequest {
  const config = emptyConfig();
  return { text, language: 'dockerfile', lint: lint({ text, language: 'dockerfile', path: file, config }), config };
}

/** A Dockerfile whose `n` RUNs each read another unquoted variable (one SC2086 each). */
const dockerfile = (n: number, from = 0) => ['FROM debian:bookworm', ...Array.from({ length: n }, (_, i) => `RUN echo $V${from + i}`), ''].join('\n');
const where = (r: { findings: { rule: string; range: { start: { line: number; character: number } } }[] }) => r.findings.map((f) => `${f.rule} ${f.range.start.line}:${f.range.start.character}`);

describe('analyseMany', () => {
  let dir: string;
  let log: string;
  let shellcheck: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-parallel-'));
    log = path.join(dir, 'runs.log');
    // ShellCheck behind a wrapper that notes each run (how many scripts it was given), then runs the real one.
    shellcheck = path.join(dir, 'shellcheck');
    fs.writeFileSync(shellcheck, `#!/bin/sh\necho "$#" >> '${log}'\nexec shellcheck "$@"\n`, { mode: 0o755 });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const runs = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []);

  it('spreads the scripts of several documents over the pool and answers each document as one run does', async () => {
    fs.rmSync(log, { force: true });
    clearScriptCache();
    const reqs = [request(dockerfile(30), 'a/Dockerfile'), request(dockerfile(12, 100), 'b/Dockerfile')];
    const answers = await analyseMany(reqs, { shellcheck, pyflakes: 'pyflakes3' }, { pool: new ToolPool(2) });
    // 42 scripts for 2 processes: two runs of 21 (each run: ShellCheck's options, then its files).
    const counts = runs().map(Number);
    assert.equal(counts.length, 2, `runs: ${counts.join(', ')}`);
    assert.equal(counts[0] - counts[1], 0);
    assert.deepEqual(where(answers[0]), Array.from({ length: 30 }, (_, i) => `SC2086 ${i + 1}:9`));
    assert.deepEqual(where(answers[1]), Array.from({ length: 12 }, (_, i) => `SC2086 ${i + 1}:9`));
    assert.deepEqual(answers.map((a) => [a.missing, a.failures]), [[[], []], [[], []]]);
    clearScriptCache();
    const one = analyseManySync(reqs, { shellcheck, pyflakes: 'pyflakes3' });
    assert.deepEqual(one.map(where), answers.map(where));
  });

  it('keeps a few scripts in one process, and answers repeated scripts from the cache without a run', async () => {
    fs.rmSync(log, { force: true });
    clearScriptCache();
    const req = request(dockerfile(10), 'c/Dockerfile');
    const first = await analyseMany([req], { shellcheck, pyflakes: 'pyflakes3' }, { pool: new ToolPool(2) });
    assert.equal(runs().length, 1);
    const again = await analyseMany([req], { shellcheck, pyflakes: 'pyflakes3' }, { pool: new ToolPool(2) });
    assert.equal(runs().length, 1, 'the second answer came from the cache');
    assert.deepEqual(where(again[0]), where(first[0]));
    assert.equal(first[0].findings.length, 10);
  });
});
