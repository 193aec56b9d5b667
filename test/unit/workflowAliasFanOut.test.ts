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

  it('jobs that alias one steps list share its steps', async () => {
    const r = (await inWorker(text, `const m = parseFor('workflow', text); const s = workflowStructure(m); return { jobs: s.jobs.length, steps: s.jobs[0].steps.length, shared: s.jobs.every((j) => j.steps === s.jobs[0].steps) };`, 60_000)) as object;
    assert.deepEqual(r, { jobs: k, steps: k, shared: true });
  });
});
