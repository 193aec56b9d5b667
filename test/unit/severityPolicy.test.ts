// The severity policy (docs/rules/README.md) where it can be checked mechanically: error means "this will not work",
// so a working file never shows one, and a rule that gives advice is never an error.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import type { SeveritySetting } from '../../server/src/engine/types';
import { describeFinding, lintCase } from '../helpers/ruleHarness';

const rules = allRules();

/** Summaries that recommend rather than state a failure: "should", "avoid", "Use X", "Do not", "Always", … */
const ADVICE = /\bshould\b|\bavoid\b|\bprefer\b|\bconsider|\brecommended\b|^Use\b|^Do not\b|^Always\b/i;

describe('severity policy', () => {
  it('no rule whose summary gives advice is an error by default', () => {
    const advice = rules.filter((r) => ADVICE.test(r.docs.summary));
    // hadolint reports these two as errors; they are advice (ADD of a local file) and a risk (sudo) here.
    for (const id of ['DL3020', 'DL3004']) assert.ok(advice.some((r) => r.id === id), `${id}'s summary no longer reads as advice; check its severity by hand`);
    assert.deepEqual(
      advice.filter((r) => r.severity === 'error').map((r) => `${r.id}: ${r.docs.summary}`),
      [],
    );
  });

  it('no opt-in rule is an error (what is off by default cannot be something that breaks the file)', () => {
    assert.deepEqual(
      rules.filter((r) => r.optIn && r.severity === 'error').map((r) => r.id),
      [],
    );
  });

  for (const rule of rules) {
    it(`the documented good example of ${rule.id} shows no error of any rule`, () => {
      const errors = lintCase(rule, { files: rule.docs.files, options: rule.docs.options }, rule.docs.good).filter((f) => f.severity === 'error');
      assert.deepEqual(errors.map(describeFinding), []);
    });
  }
});

describe('severities set by the user', () => {
  const glob = rules.find((r) => r.id === 'glob-pattern')!;
  const text = "on:\n  push:\n    branches: ['[x]', 'v[9-0]']\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
  const run = (severities: [string, SeveritySetting][]) =>
    lint({ text, language: 'workflow', path: '/p/.github/workflows/ci.yml', config: mergeConfig(emptyConfig(), { severities: new Map(severities) }), only: new Set([glob.id]) })
      .findings.map((f) => `${f.range.start.character + 1} ${f.severity}`);

  it('keep a rule\'s milder variants by default', () => {
    // `[x]` is pointless but harmless (info); a range that ends before it starts never matches (error).
    assert.deepEqual(run([]), ['19 info', '28 error']);
  });

  it('apply to every finding of the rule, under its own id or a peer\'s', () => {
    assert.deepEqual(run([['glob-pattern', 'warning']]), ['19 warning', '28 warning']);
    assert.deepEqual(run([['glob', 'error']]), ['19 error', '28 error']);
  });
});
