// Inline suppression comments in workflows and Compose files.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/lint';
import { memoryFiles } from '../helpers/ruleHarness';

function rulesOf(text: string, language: 'workflow' | 'compose' = 'workflow'): string[] {
  const path = language === 'workflow' ? '/project/.github/workflows/ci.yml' : '/project/compose.yaml';
  return lint({ text, language, path, files: memoryFiles({}) }).findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);
}

const BASE = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n';

describe('slipway-ignore comments', () => {
  it('reports without a comment', () => {
    assert.deepEqual(rulesOf(BASE + '        nme: x\n'), ['7:unknown-key']);
  });
  it('suppresses on the same line, by id', () => {
    assert.deepEqual(rulesOf(BASE + '        nme: x # slipway-ignore: unknown-key\n'), []);
  });
  it('keeps other rules on that line', () => {
    assert.deepEqual(rulesOf(BASE + '        nme: x # slipway-ignore: value-type\n'), ['7:unknown-key']);
  });
  it('suppresses the next line, with several ids or all rules', () => {
    assert.deepEqual(rulesOf(BASE + '        # slipway-ignore-next-line: value-type, unknown-key\n        nme: x\n'), []);
    assert.deepEqual(rulesOf(BASE + '        # slipway-ignore\n        nme: x\n'), []);
    assert.deepEqual(rulesOf(BASE + '        # slipway-ignore-next-line\n        nme: x\n        nam: y\n'), ['9:unknown-key']);
  });
  it('accepts the actionlint kind of a rule', () => {
    assert.deepEqual(rulesOf(BASE + '        nme: x # slipway-ignore: syntax-check\n'), []);
  });
});
