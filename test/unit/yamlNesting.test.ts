import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { MAX_NESTING, nestingDepth, YamlModel } from '../../server/src/yaml/model';
import { lint } from '../../server/src/engine/lint';

const nestedSeqs = (n: number) => Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- ').join('\n') + 'x\n';

describe('YAML nested too deeply (the yaml parser recurses: thousands of levels overflow the stack)', () => {
  it('estimates nesting from indentation, compact dashes and flow brackets', () => {
    assert.equal(nestingDepth('on: push\njobs:\n  a:\n    steps:\n      - run: x\n'), 5);
    assert.equal(nestingDepth('a: [[1, {b: [2]}]]\n'), 4);
    assert.equal(nestingDepth('- - - x\n'), 4);
    assert.ok(nestingDepth(nestedSeqs(3000)) > MAX_NESTING);
  });
  it('reads such a document as empty with one error instead of crashing', () => {
    for (const text of [nestedSeqs(3000), '['.repeat(20000), '{a: '.repeat(5000)]) {
      const m = new YamlModel(text);
      assert.equal(m.errors.length, 1);
      assert.equal(m.errors[0].code, 'NESTING_TOO_DEEP');
      const r = lint({ text, language: 'workflow' });
      assert.deepEqual(r.crashes, []);
      assert.ok(r.findings.some((f) => /nests collections more than 256 levels/.test(f.message)));
    }
  });
  it('parses ordinary nesting as before', () => {
    const m = new YamlModel(nestedSeqs(100));
    assert.deepEqual(m.errors, []);
  });
});
