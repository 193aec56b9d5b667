// Runs every rule's data-form cases (kept beside the rule, in its file) and its documented examples.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/text';
import type { Rule, RuleCase } from '../../server/src/engine/types';
import { isFindingOf } from '../../server/src/engine/types';
import { applyAllFixes, describeFinding, lintCase } from '../helpers/ruleHarness';

function matches(message: string, m: string | RegExp): boolean {
  return typeof m === 'string' ? message.includes(m) : m.test(message);
}

function checkCase(rule: Rule<unknown>, c: RuleCase): void {
  const all = lintCase(rule, c, c.input);
  const mine = all.filter((f) => isFindingOf(f, rule));
  const unmatched = [...mine];
  for (const e of c.expect) {
    const i = unmatched.findIndex(
      (f) =>
        f.range.start.line + 1 === e.line &&
        (e.col === undefined || f.range.start.character + 1 === e.col) &&
        (e.message === undefined || matches(f.message, e.message)) &&
        (e.severity === undefined || f.severity === e.severity) &&
        (e.rule === undefined || f.rule === e.rule),
    );
    assert.ok(i >= 0, `expected ${JSON.stringify({ ...e, message: String(e.message ?? '') })}; got:\n${mine.map(describeFinding).join('\n') || '(nothing)'}`);
    unmatched.splice(i, 1);
  }
  assert.deepEqual(unmatched.map(describeFinding), [], 'unexpected findings');

  // Every fix offered must remove its finding and must not add an error-severity finding of any rule.
  const errorsBefore = all.filter((f) => f.severity === 'error' && !isFindingOf(f, rule)).length;
  for (const f of mine) {
    for (const fix of f.fixes ?? []) {
      const fixed = applyEdits(c.input, fix.edits);
      const after = lintCase(rule, c, fixed);
      const mineAfter = after.filter((x) => isFindingOf(x, rule));
      assert.ok(mineAfter.length < mine.length, `fix "${fix.title}" left the finding:\n${fixed}`);
      const errorsAfter = after.filter((x) => x.severity === 'error' && !isFindingOf(x, rule)).length;
      assert.ok(errorsAfter <= errorsBefore, `fix "${fix.title}" introduced errors:\n${after.map(describeFinding).join('\n')}\n---\n${fixed}`);
    }
  }
  if (c.fixed !== undefined) assert.equal(applyAllFixes(rule, c), c.fixed);
}

const rules = allRules();

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = rules.map((r) => r.id.toLowerCase());
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });
  for (const rule of rules) {
    it(`${rule.id} is documented and tested`, () => {
      assert.ok(rule.docs.summary && rule.docs.why && rule.docs.bad && rule.docs.good, 'docs incomplete');
      assert.ok(rule.tests.some((t) => t.expect.length > 0), 'needs a case that triggers it');
      assert.ok(rule.tests.some((t) => t.expect.length === 0), 'needs a case that does not trigger it');
    });
  }
});

for (const rule of rules) {
  describe(`rule ${rule.id}`, () => {
    it('flags its documented bad example', () => {
      const found = lintCase(rule, { files: rule.docs.files, options: rule.docs.options }, rule.docs.bad).filter((f) => isFindingOf(f, rule));
      assert.ok(found.length > 0, 'the bad example produced no finding');
    });
    it('accepts its documented good example', () => {
      const found = lintCase(rule, { files: rule.docs.files, options: rule.docs.options }, rule.docs.good).filter((f) => isFindingOf(f, rule));
      assert.deepEqual(found.map(describeFinding), []);
    });
    for (const c of rule.tests) {
      it(c.name, () => checkCase(rule, c));
    }
  });
}
