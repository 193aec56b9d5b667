// Workflows with a line of a megabyte, as the fuzz suite makes them (test/fuzz/fuzzer.ts hugeLine, every 500th case).
// Nearly all of their lint time is yaml's own parse: a line such as `x: x: x: …` gives yaml hundreds of thousands of
// tokens it reports one error each for (case 2499 below: 666,746). What our side must guarantee: such a document
// lints without a crash, keeps at most MAX_ERRORS of those errors (the rest would hold hundreds of MB), and the
// analysis does a bounded amount of work per piece of the line. The timeouts are hang detectors only (the slowest
// case took 8 s on a loaded two-core machine), never a speed assertion.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { ruleIds } from '../../server/src/engine/types';
import { allRules } from '../../server/src/engine/lint';
import { MAX_ERRORS } from '../../server/src/yaml/model';
import type { WorkflowModel } from '../../server/src/workflow/model';
import { reproduce } from '../fuzz/fuzzer';

const config = mergeConfig(emptyConfig(), { enabled: new Set(allRules().flatMap((r) => ruleIds(r))) });
const PATH = '/repo/.github/workflows/huge.yml';
const HANG = { timeout: 180_000 };

describe('a workflow with a line of a megabyte', () => {
  // The two cases `node bench/fuzz-long.mjs --seed 20240917 --case 1499|2499` replays through the server.
  for (const index of [1499, 2499]) {
    it(`lints fuzz case ${index} of seed 20240917, keeping at most ${MAX_ERRORS} YAML errors`, HANG, () => {
      const c = reproduce(20240917, index);
      assert.equal(c.kind, 'workflow');
      assert.ok(c.mutations.includes('hugeLine') && c.text.length > 1_000_000, `${c.text.length} characters`);
      const r = lint({ text: c.text, language: 'workflow', path: PATH, config });
      assert.deepEqual(r.crashes, []);
      const model = r.model as WorkflowModel;
      assert.ok(model.errors.length > 0, 'the line is not valid YAML');
      assert.ok(model.errors.length <= MAX_ERRORS, `${model.errors.length} errors kept`);
      assert.ok(model.doc.errors.length <= MAX_ERRORS && model.doc.warnings.length <= MAX_ERRORS, 'the Document keeps no more');
      const syntax = r.findings.filter((f) => f.rule === 'yaml-syntax');
      assert.equal(syntax.length, model.errors.length);
    });
  }

  it('checks each of 125,000 expressions on the line once (one finding each, in order)', HANG, () => {
    const n = 125_000;
    const text = 'on: push\nname: ' + '${{ a }}'.repeat(n) + '\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';
    const r = lint({ text, language: 'workflow', path: PATH, config });
    assert.deepEqual(r.crashes, []);
    const found = r.findings.filter((f) => f.rule === 'undefined-reference');
    assert.equal(found.length, n);
    assert.equal(r.findings.length, n);
    // The i-th finding is on the i-th `a`: 6 characters of `name: `, then 8 per `${{ a }}`, the `a` at 4.
    for (let i = 0; i < n; i += 997) {
      assert.deepEqual(found[i].range, { start: { line: 1, character: 6 + 8 * i + 4 }, end: { line: 1, character: 6 + 8 * i + 5 } });
    }
  });
});
