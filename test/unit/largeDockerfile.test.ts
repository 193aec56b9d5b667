// A large Dockerfile is linted in memory proportional to its size: the CLI, given a V8 heap of 88 bytes per input
// byte (plus the engine's own start), lints a 4 MB Dockerfile with sixty thousand findings to the end.
// Slipway's analysis keeps what it works out per instruction compactly (exact-size lists, one number for a one-run
// logical line, per-index tables instead of maps); before that, the same file needed more than 384 MB of heap.
// Measured: about 72 bytes of heap per input byte (dockerfile-ast's own parse about 18 of them).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SIZE = 4_000_000;
const HEAP_MB = Math.round((88 * SIZE) / 2 ** 20);
const SCRIPTS_HEAP_MB = Math.round((128 * SIZE) / 2 ** 20);

/** A plausible multi-stage Dockerfile of `bytes` bytes that triggers many rules (several findings per stage). */
function largeDockerfile(bytes: number): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=python:3.12-slim'];
  let size = 0;
  for (let s = 0; size < bytes; s++) {
    const stage = [
      s === 0 ? 'FROM ${BASE} AS stage0' : `FROM stage${s - 1} AS stage${s}`,
      'ARG VERSION',
      `ENV APP_${s}=/app/${s} PATH_${s}=/opt/${s}/bin`,
      'RUN apt-get update && apt-get install -y --no-install-recommends curl \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'RUN pip install flask==3.0.3 | tee /tmp/log',
      `COPY app${s}.py app/`,
      `WORKDIR /app/${s}`,
      `RUN echo $APP_${s} \${PATH_${s}} && cd /tmp && wget https://example.com/x`,
      'EXPOSE 8000',
      'CMD python app.py',
      '',
    ].join('\n');
    out.push(stage);
    size += stage.length + 1;
  }
  return out.join('\n').slice(0, bytes) + '\n';
}

function lintWithin(heapMb: number, extra: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-large-'));
  try {
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, largeDockerfile(SIZE));
    const report = path.join(dir, 'report.json');
    // The hang detector (`timeout`) is ten times the slowest run measured on a loaded 2-core machine (57 s without
    // the script analysers, 66 s with them).
    const r = spawnSync(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, path.join(ROOT, 'bin/slipway.js'), 'lint', ...extra, '--max-file-size', '5', '-f', 'json', '-o', report, file],
      { encoding: 'utf8', timeout: 660_000 },
    );
    assert.equal(r.signal, null, `killed by ${r.signal}: ${r.stderr.slice(-500)}`);
    // 0 or 1 (findings at or above the threshold), never V8's out-of-memory abort (134) or a crash.
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr.slice(-500)}`);
    const results = JSON.parse(fs.readFileSync(report, 'utf8')) as { findings: { rule: string; line: number }[] }[];
    assert.equal(results.length, 1);
    const findings = results[0].findings;
    assert.ok(findings.length > 50_000, `${findings.length} findings`);
    // The last stage was linted too.
    const lastLine = fs.readFileSync(file, 'utf8').split('\n').length;
    assert.ok(findings.some((f) => f.line > lastLine - 20), 'findings near the end of the file');
    assert.ok(new Set(findings.map((f) => f.rule)).size >= 6, 'findings of several rules');
    return findings;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('large Dockerfiles', () => {
  it(`a 4 MB Dockerfile lints to the end within a ${HEAP_MB} MB heap (88 bytes per input byte), without the script analysers`, { timeout: 11 * 60 * 1000 }, () => {
    const findings = lintWithin(HEAP_MB, ['--no-scripts']);
    assert.ok(!findings.some((f) => /^SC\d{4}$/.test(f.rule)));
  });
  // ShellCheck on its 30,000 RUNs adds about as many findings again (88,000 in all): measured to need 105 bytes of
  // heap per input byte (420 MB).
  it(`a 4 MB Dockerfile lints to the end within a ${SCRIPTS_HEAP_MB} MB heap (128 bytes per input byte) with ShellCheck on every RUN`, { timeout: 11 * 60 * 1000 }, () => {
    const findings = lintWithin(SCRIPTS_HEAP_MB, []);
    assert.ok(findings.filter((f) => /^SC\d{4}$/.test(f.rule)).length > 20_000, 'ShellCheck findings on the RUNs');
  });
});
