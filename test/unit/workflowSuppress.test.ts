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

describe('zizmor ignore comments', () => {
  const UNSECURE = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n';
  const STEPS = '    steps:\n      - run: echo\n';
  it('reports without a comment', () => {
    assert.deepEqual(rulesOf(UNSECURE + '      ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n' + STEPS), ['6:insecure-commands']);
  });
  it('ignores the named audit on the line of the finding, with a reason after it', () => {
    assert.deepEqual(rulesOf(UNSECURE + '      ACTIONS_ALLOW_UNSECURE_COMMANDS: true # zizmor: ignore[insecure-commands] an old tool\n' + STEPS), []);
  });
  it('takes several audits, and a Slipway rule by the zizmor audit it answers to', () => {
    const run = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.issue.title }}';
    assert.deepEqual(rulesOf(run + '\n'), ['6:untrusted-input']);
    assert.deepEqual(rulesOf(run + '  # zizmor: ignore[artipacked, template-injection]\n'), []);
    assert.deepEqual(rulesOf(run + '  #zizmor:ignore[Template-Injection]\n'), []);
  });
  it('keeps other audits and rules, and findings on other lines', () => {
    assert.deepEqual(rulesOf(UNSECURE + '      ACTIONS_ALLOW_UNSECURE_COMMANDS: true # zizmor: ignore[artipacked]\n' + STEPS), ['6:insecure-commands']);
    assert.deepEqual(rulesOf(UNSECURE + '      # zizmor: ignore[insecure-commands]\n      ACTIONS_ALLOW_UNSECURE_COMMANDS: true\n' + STEPS), ['7:insecure-commands']);
    assert.deepEqual(rulesOf(UNSECURE + '      ACTIONS_ALLOW_UNSECURE_COMMANDS: true # zizmor: ignore[]\n' + STEPS), ['6:insecure-commands']);
  });
  it('is a comment after the header of a block scalar', () => {
    const cond = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        if: |';
    assert.deepEqual(rulesOf(cond + '\n          ${{ success() }}\n'), ['7:if-always-true']);
    assert.deepEqual(rulesOf(cond + ' # zizmor: ignore[unsound-condition]\n          ${{ success() }}\n'), []);
  });
  it('is not a comment inside a string or a script', () => {
    const script = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo ${{ github.event.issue.title }} # zizmor: ignore[template-injection]\n';
    assert.deepEqual(rulesOf(script), ['7:untrusted-input']);
    const quoted = 'on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo ${{ github.event.issue.title }} # zizmor: ignore[template-injection]"\n';
    assert.deepEqual(rulesOf(quoted), ['6:untrusted-input']);
  });
  it('works in action metadata', () => {
    const action = 'name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n      env:\n        ACTIONS_ALLOW_UNSECURE_COMMANDS: true';
    const lintAction = (text: string) => lint({ text, language: 'action', path: '/project/action.yml', files: memoryFiles({}) }).findings.map((f) => `${f.range.start.line + 1}:${f.rule}`);
    assert.deepEqual(lintAction(action + '\n'), ['9:insecure-commands']);
    assert.deepEqual(lintAction(action + ' # zizmor: ignore[insecure-commands]\n'), []);
  });
});
