// The peer-compatibility lists (server/src/compat/) agree with the rule registry: each peer rule is answered by a
// Slipway rule or says why not, and every peer id a Slipway rule answers to is in the list.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules } from '../../server/src/engine/lint';
import { ruleIds, ruleKeys } from '../../server/src/engine/types';
import { HADOLINT_RULES } from '../../server/src/compat/hadolint';
import { ACTIONLINT_CHECKS } from '../../server/src/compat/actionlint';

const rules = allRules();
const answering = (id: string) => rules.filter((r) => ruleKeys(r).includes(id.toLowerCase()));

describe('hadolint compatibility list', () => {
  it('has each id once, in order', () => {
    const ids = HADOLINT_RULES.map((r) => r.id);
    assert.deepEqual(ids, [...new Set(ids)].sort());
  });
  for (const entry of HADOLINT_RULES) {
    it(`${entry.id}: a rule answers to it, or the list says why not`, () => {
      const by = answering(entry.id);
      if (entry.notImplemented) assert.deepEqual(by.map((r) => r.id), [], `${entry.id} is implemented by ${by.map((r) => r.id)} but listed as not`);
      else assert.equal(by.length, 1, `${entry.id}: answered by ${by.length} rules (${by.map((r) => r.id).join(', ')})`);
      assert.ok(entry.title.length > 0);
    });
  }
  it('lists every DL id a Slipway rule answers to', () => {
    const listed = new Set(HADOLINT_RULES.map((r) => r.id));
    const missing = rules.flatMap((r) => ruleIds(r).filter((id) => /^DL\d{4}$/.test(id) && !listed.has(id)));
    assert.deepEqual(missing, []);
  });
});

describe('actionlint compatibility list', () => {
  for (const entry of ACTIONLINT_CHECKS) {
    it(`${entry.kind}: its rules exist, or the list says why there are none`, () => {
      for (const id of entry.rules) assert.equal(answering(id).length, 1, `${entry.kind}: no rule ${id}`);
      if (entry.rules.length === 0) assert.ok(entry.notImplemented, `${entry.kind}: no rules and no reason`);
    });
  }
});
