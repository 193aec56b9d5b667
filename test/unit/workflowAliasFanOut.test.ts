// Workflows whose jobs alias one job whose steps alias one step: K jobs of K steps written in O(K) text. The
// structural check and the job structure follow aliases, and must not check or build the same node once per
// path to it (3,000 × 3,000: 54 s in the structural check alone; now 0.1 s). Run in a worker thread, so that a
// hang is detected (the worker is stopped after 60 s) instead of blocking the test run.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const LINT = path.resolve(__dirname, '../../server/src/engine/lint.js');
const STRUCTURE = path.resolve(__dirname, '../../server/src/workflow/structure.js');

function fanOut(k: number): string {
  return (
    'on: push\n' +
    'x-step: &S {name: s, run: echo, env: {A: b}, with: {a: b}}\n' +
    `x-steps: &SS [${Array(k).fill('*S').join(', ')}]\n` +
    'x-job: &J {runs-on: ubuntu-latest, steps: *SS, env: {A: b}, strategy: {matrix: {os: [a, b]}}}\n' +
    'jobs:\n' +
    Array.from({ length: k }, (_, i) => `  j${i}: *J\n`).join('')
  );
}

/** Runs `body` (a function of `text`, returning something cloneable) in a worker; rejects after `ms`. */
function inWorker(text: string, body: string, ms: number): Promise<unknown> {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    const { lint, parseFor } = require(${JSON.stringify(LINT)});
    const { workflowStructure, allSteps } = require(${JSON.stringify(STRUCTURE)});
    const text = workerData;
    parentPort.postMessage((() => { ${body} })());`;
  const w = new Worker(code, { eval: true, workerData: text });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      void w.terminate();
      reject(new Error(`hang: no answer within ${ms / 1000} s`));
    }, ms);
    w.once('message', (m) => {
      clearTimeout(t);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(t);
      reject(e);
    });
  });
}

describe('workflow: K jobs aliasing a job of K aliased steps', () => {
  const k = 3000;
  const text = fanOut(k);

  it('the structural check visits each node once per place (hang detector: 60 s)', async () => {
    const findings = (await inWorker(text, `return lint({ text, language: 'workflow', model: parseFor('workflow', text), only: new Set(['duplicate-key', 'unknown-key', 'missing-key', 'value-type']) }).findings.map((f) => f.rule + ' ' + f.message);`, 60_000)) as string[];
    // What a workflow of one job and one step gets: the top-level x- keys, and `with` on a run step; once each.
    assert.deepEqual(
      findings.map((f) => f.slice(0, f.indexOf(' for '))),
      ['unknown-key unexpected key "x-step"', 'unknown-key unexpected key "with"', 'unknown-key unexpected key "x-steps"', 'unknown-key unexpected key "x-job"'],
    );
  });

  it('jobs that alias one steps list share its steps, up to MAX_EXPANDED_STEPS steps in all', async () => {
    const r = (await inWorker(
      text,
      `const m = parseFor('workflow', text); const s = workflowStructure(m);
       const kept = s.jobs.filter((j) => j.steps.length > 0);
       return { jobs: s.jobs.length, kept: kept.length, steps: s.jobs[0].steps.length, shared: kept.every((j) => j.steps === s.jobs[0].steps),
         total: s.stepsLeftOut && s.stepsLeftOut.total, first: s.stepsLeftOut && s.stepsLeftOut.firstJobLeftOut.id, allSteps: allSteps(m).length };`,
      60_000,
    )) as object;
    // 33 jobs of 3,000 steps stay under 100,000; the steps of j33 and after are left out.
    assert.deepEqual(r, { jobs: k, kept: 33, steps: k, shared: true, total: k * k, first: 'j33', allSteps: 33 * k });
  });

  it('every rule on it: linear, with one warning saying what was left unchecked (hang detector: 120 s)', async () => {
    const findings = (await inWorker(text, `return lint({ text, language: 'workflow', model: parseFor('workflow', text) }).findings.filter((f) => f.rule === 'yaml-anchor').map((f) => f.severity + ' ' + (f.range.start.line + 1) + ' ' + f.message);`, 120_000)) as string[];
    assert.deepEqual(findings, [
      'warning 39 aliased steps add up to 9,000,000 steps, more than 100,000: the steps of job "j33" and the jobs after it are not checked',
    ]);
  });
});

describe('workflow: jobs aliasing the steps of the first job', () => {
  // 515 kB: 8,000 jobs alias a list of 3,000 steps, 24 million in all (22 s and 1.7 GB before the limits).
  const steps = Array.from({ length: 3000 }, (_, i) => `    - run: echo \${{ github.sha }} ${i}`).join('\n');
  const text = `on: push\njobs:\n  j0:\n    runs-on: ubuntu-latest\n    steps: &s\n${steps}\n` + Array.from({ length: 7999 }, (_, i) => `  j${i + 1}:\n    runs-on: ubuntu-latest\n    steps: *s\n`).join('');

  it('lints with two warnings: the steps left out, and the aliased nodes not checked again (hang detector: 120 s)', async () => {
    const r = (await inWorker(text, `const res = lint({ text, language: 'workflow', model: parseFor('workflow', text) }); return res.findings.map((f) => f.rule + ' ' + f.severity + ' ' + f.message.slice(0, 40)).concat(res.crashes.map((c) => 'crash ' + c.rule));`, 120_000)) as string[];
    assert.deepEqual(r, [
      'yaml-anchor warning aliased steps add up to 24,000,000 steps',
      'yaml-anchor warning aliases repeat more than 200,000 nodes o',
    ]);
  });
});
