// Runs every rule's data-form cases (kept beside the rule, in its file) and its documented examples.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules } from '../../server/src/engine/lint';
import { applyEdits } from '../../server/src/engine/text';
import type { ExpectedFinding, Finding, Rule, RuleCase } from '../../server/src/engine/types';
import { isFindingOf } from '../../server/src/engine/types';
import { applyAllFixes, describeFinding, lintCase } from '../helpers/ruleHarness';

/** Whether finding `f` is the one expectation `e` describes: same start, same message, and the end, severity and rule when given. */
function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.range.start.line + 1 === e.line &&
    f.range.start.character + 1 === e.col &&
    (typeof e.message === 'string' ? f.message === e.message : e.message.test(f.message)) &&
    (e.endLine === undefined || f.range.end.line + 1 === e.endLine) &&
    (e.endCol === undefined || f.range.end.character + 1 === e.endCol) &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.rule === undefined || f.rule === e.rule)
  );
}

const byPosition = (a: { line: number; col: number }, b: { line: number; col: number }): number => a.line - b.line || a.col - b.col;

/** A finding written as the expectation that pins it (what a case would say), for failure messages. */
function asExpectation(f: Finding, rule: Rule<unknown>): string {
  const extra = [f.rule !== rule.id ? `rule: ${JSON.stringify(f.rule)}` : '', `severity: ${JSON.stringify(f.severity)}`].filter(Boolean);
  return `{ line: ${f.range.start.line + 1}, col: ${f.range.start.character + 1}, message: ${JSON.stringify(f.message)}, ${extra.join(', ')} }`;
}

function describeExpectation(e: ExpectedFinding): string {
  const message = typeof e.message === 'string' ? JSON.stringify(e.message) : String(e.message);
  const extra = [e.rule ? `rule: ${JSON.stringify(e.rule)}` : '', e.severity ? `severity: ${JSON.stringify(e.severity)}` : '', e.endLine ? `endLine: ${e.endLine}` : '', e.endCol ? `endCol: ${e.endCol}` : ''];
  return `{ line: ${e.line}, col: ${e.col}, message: ${message}${extra.filter(Boolean).map((x) => `, ${x}`).join('')} } (not found)`;
}

function checkCase(rule: Rule<unknown>, c: RuleCase): void {
  const all = lintCase(rule, c, c.input);
  const mine = all.filter((f) => isFindingOf(f, rule));
  // Each expectation takes the first finding it matches; whatever is left on either side is shown as a diff of
  // expectations (sorted by position), the findings written as they would be expected.
  const unmatched = [...mine];
  const missing: ExpectedFinding[] = [];
  const matched: Finding[] = [];
  for (const e of c.expect) {
    const i = unmatched.findIndex((f) => matches(f, e));
    if (i < 0) missing.push(e);
    else matched.push(...unmatched.splice(i, 1));
  }
  if (missing.length || unmatched.length) {
    const pos = (f: Finding) => ({ line: f.range.start.line + 1, col: f.range.start.character + 1 });
    const actual = [...mine].sort((a, b) => byPosition(pos(a), pos(b))).map((f) => asExpectation(f, rule));
    const expected = [
      ...matched.map((f) => ({ at: pos(f), text: asExpectation(f, rule) })),
      ...missing.map((e) => ({ at: e, text: describeExpectation(e) })),
    ]
      .sort((a, b) => byPosition(a.at, b.at))
      .map((x) => x.text);
    assert.deepEqual(actual, expected, `findings of ${rule.id} differ from the case's expectations`);
  }

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

describe('rule case harness', () => {
  const rule = rules.find((r) => r.id === 'DL3007')!;
  const input = 'FROM node:16\nFROM node:latest\n';
  const message = 'Using latest is prone to errors if the image will ever update. Pin the version explicitly to a release tag';
  const run = (...expect: ExpectedFinding[]) => checkCase(rule, { name: 'harness', input, expect });
  it('accepts the finding at its line and column with its whole message', () => {
    run({ line: 2, col: 11, message });
    run({ line: 2, col: 11, message, endLine: 2, endCol: 17, severity: 'warning' });
  });
  it('refuses part of the message, another column or another end', () => {
    assert.throws(() => run({ line: 2, col: 11, message: 'Using latest' }), /differ from the case's expectations/);
    assert.throws(() => run({ line: 2, col: 12, message }), /differ/);
    assert.throws(() => run({ line: 2, col: 11, message, endCol: 16 }), /differ/);
    assert.throws(() => run({ line: 2, col: 11, message, severity: 'error' }), /differ/);
  });
  it('matches a pattern only when it is given as one', () => {
    run({ line: 2, col: 11, message: /^Using latest is prone/ });
    assert.throws(() => run({ line: 2, col: 11, message: /^Pin the version/ }), /differ/);
  });
  it('refuses a finding the case does not expect, and an expectation nothing matches', () => {
    assert.throws(() => run(), /differ/);
    assert.throws(() => run({ line: 2, col: 11, message }, { line: 1, col: 6, message }), /differ/);
  });
});
