// hadolint's documented examples (test/hadolint-docs/DLxxxx.ts): every "bad" one gets a finding of the Slipway rule
// answering to the DL id, every "good" one none, except where an example says why Slipway differs.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { parseHadolintConfig } from '../../server/src/engine/configFiles';
import { ruleKeys } from '../../server/src/engine/types';
import { HADOLINT_RULES } from '../../server/src/compat/hadolint';
import type { HadolintDocExamples, HadolintExample } from '../hadolint-docs/types';

const DIR = path.join(__dirname, '..', 'hadolint-docs');

function loadAll(): HadolintDocExamples[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => /^DL\d{4}\.js$/.test(f))
    .sort()
    .map((f) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(DIR, f)) as { default: HadolintDocExamples };
      assert.equal(mod.default.id, f.slice(0, -3), `${f} describes ${mod.default.id}`);
      return mod.default;
    });
}

function ruleFor(id: string) {
  const key = id.toLowerCase();
  return allRules().find((r) => ruleKeys(r).includes(key));
}

function findingsOf(doc: HadolintDocExamples, ex: HadolintExample) {
  const rule = ruleFor(doc.id)!;
  let config = emptyConfig();
  const yaml = ex.hadolintYaml ?? doc.hadolintYaml;
  if (yaml) {
    const parsed = parseHadolintConfig(yaml, '.hadolint.yaml');
    assert.deepEqual(parsed.problems, [], `${doc.id}: the .hadolint.yaml of the examples reads without problems`);
    config = mergeConfig(config, parsed.config);
  }
  if (rule.optIn) config = mergeConfig(config, { enabled: new Set([rule.id]) });
  return lint({ text: ex.dockerfile, language: 'dockerfile', path: '/p/Dockerfile', config }).findings.filter((f) => f.rule === rule.id);
}

const all = loadAll();

describe("hadolint's documented examples", () => {
  it('cover every hadolint rule Slipway implements', () => {
    const have = new Set(all.map((d) => d.id));
    assert.deepEqual(HADOLINT_RULES.filter((r) => !r.notImplemented && !have.has(r.id)).map((r) => r.id), []);
  });

  for (const doc of all) {
    describe(doc.id, () => {
      it('is a hadolint rule Slipway implements', () => {
        const entry = HADOLINT_RULES.find((r) => r.id === doc.id);
        assert.ok(entry, `${doc.id} is not in server/src/compat/hadolint.ts`);
        assert.equal(entry.notImplemented, undefined, `${doc.id} is listed as not implemented`);
        assert.ok(ruleFor(doc.id), `no Slipway rule answers to ${doc.id}`);
        assert.ok(doc.bad.length + doc.good.length > 0, `${doc.id} has no examples`);
      });
      doc.bad.forEach((ex, i) => {
        it(`bad #${i + 1}${ex.differs ? ' (Slipway differs)' : ''}`, () => {
          const got = findingsOf(doc, ex);
          if (ex.differs) assert.deepEqual(got.map((f) => f.message), [], `Slipway is meant to stay silent here: ${ex.differs}`);
          else assert.ok(got.length > 0, `no ${doc.id} finding on:\n${ex.dockerfile}`);
        });
      });
      doc.good.forEach((ex, i) => {
        it(`good #${i + 1}${ex.differs ? ' (Slipway differs)' : ''}`, () => {
          const got = findingsOf(doc, ex);
          if (ex.differs) assert.ok(got.length > 0, `Slipway is meant to report here: ${ex.differs}`);
          else assert.deepEqual(got.map((f) => `${f.range.start.line + 1}: ${f.message}`), [], `unexpected ${doc.id} finding on:\n${ex.dockerfile}`);
        });
      });
    });
  }
});
