import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../../server/src/engine/lint';
import { renderActionlintCompat, renderHadolintCompat, renderIndex, renderRuleDoc } from '../../server/src/docs';

const DIR = path.resolve(__dirname, '../../../docs/rules');

describe('rule docs pages', () => {
  for (const rule of allRules()) {
    it(`docs/rules/${rule.id}.md is up to date (npm run docs)`, () => {
      const file = path.join(DIR, `${rule.id}.md`);
      assert.ok(fs.existsSync(file), `${file} missing: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), renderRuleDoc(rule));
    });
  }
  it('docs/rules/README.md indexes every rule', () => {
    assert.equal(fs.readFileSync(path.join(DIR, 'README.md'), 'utf8'), renderIndex(allRules()));
  });
  it('docs/rules/compat-hadolint.md and compat-actionlint.md are up to date', () => {
    assert.equal(fs.readFileSync(path.join(DIR, 'compat-hadolint.md'), 'utf8'), renderHadolintCompat(allRules()));
    assert.equal(fs.readFileSync(path.join(DIR, 'compat-actionlint.md'), 'utf8'), renderActionlintCompat(allRules()));
  });
});
