// A Dockerfile rule answers to its own id and to its peers' ids (hadolint's DLxxxx, BuildKit's name): in ignore
// comments, in `.hadolint.yaml` (`ignored`, `override`) and, for the BuildKit checks, in `# check=skip=`.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { parseHadolintConfig } from '../../server/src/engine/configFiles';
import { ruleIds } from '../../server/src/engine/types';
import type { Finding } from '../../server/src/engine/types';

interface Pair {
  rule: string;
  /** The peer ids that must reach the rule. */
  ids: string[];
  /** A Dockerfile with one finding of the rule, on `line` (1-based). */
  input: string;
  line: number;
}

const PAIRS: Pair[] = [
  { rule: 'DuplicateStageName', ids: ['DL3024'], input: 'FROM scratch AS b\nFROM scratch AS b\n', line: 2 },
  { rule: 'MultipleInstructionsDisallowed', ids: ['DL4003'], input: 'FROM scratch\nCMD ["a"]\nCMD ["b"]\n', line: 2 },
  { rule: 'MultipleInstructionsDisallowed', ids: ['DL4004'], input: 'FROM scratch\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n', line: 2 },
  { rule: 'MultipleInstructionsDisallowed', ids: ['DL3012'], input: 'FROM scratch\nHEALTHCHECK CMD ["a"]\nHEALTHCHECK CMD ["b"]\n', line: 2 },
  { rule: 'JSONArgsRecommended', ids: ['DL3025'], input: 'FROM scratch\nCMD echo hi\n', line: 2 },
  { rule: 'NoFromInstruction', ids: ['DL3061'], input: 'LABEL a=b\nFROM scratch\n', line: 1 },
  { rule: 'InvalidOnbuild', ids: ['DL3043'], input: 'FROM alpine\nONBUILD FROM alpine\n', line: 2 },
  { rule: 'ReservedStageName', ids: ['DL3063'], input: 'FROM alpine AS scratch\n', line: 1 },
  { rule: 'SecretsUsedInArgOrEnv', ids: ['DL3064'], input: 'FROM alpine\nARG GITHUB_TOKEN\n', line: 2 },
  { rule: 'RedundantTargetPlatform', ids: ['DL3065'], input: 'FROM --platform=$TARGETPLATFORM alpine\n', line: 1 },
  { rule: 'MaintainerDeprecated', ids: ['DL4000'], input: 'FROM alpine\nMAINTAINER me\n', line: 2 },
  { rule: 'WorkdirRelativePath', ids: ['DL3000'], input: 'FROM alpine\nWORKDIR app\n', line: 2 },
];

const byId = new Map(allRules().map((r) => [r.id, r]));

function findings(pair: Pair, text: string, hadolintYaml?: string): Finding[] {
  const config = hadolintYaml ? mergeConfig(emptyConfig(), parseHadolintConfig(hadolintYaml, '.hadolint.yaml').config) : emptyConfig();
  return lint({ text, language: 'dockerfile', path: '/p/Dockerfile', config }).findings.filter((f) => f.rule === pair.rule);
}

/** The input with `comment` on its own line above line `line`. */
function withLineAbove(text: string, line: number, comment: string): string {
  const lines = text.split('\n');
  lines.splice(line - 1, 0, comment);
  return lines.join('\n');
}

describe('rules answer to their peers\' ids', () => {
  for (const pair of PAIRS) {
    const rule = byId.get(pair.rule)!;
    for (const id of [pair.rule, ...pair.ids]) {
      describe(`${pair.rule} as ${id}`, () => {
        it('is one of the ids of the rule', () => {
          assert.ok(ruleIds(rule).includes(id), `${pair.rule} does not answer to ${id}: ${ruleIds(rule).join(', ')}`);
        });
        it('reports without a suppression', () => {
          assert.deepEqual(findings(pair, pair.input).map((f) => f.range.start.line + 1), [pair.line]);
        });
        it('# hadolint ignore= above the instruction', () => {
          assert.deepEqual(findings(pair, withLineAbove(pair.input, pair.line, `# hadolint ignore=${id}`)), []);
        });
        it('# hadolint global ignore=', () => {
          assert.deepEqual(findings(pair, `# hadolint global ignore=${id.toLowerCase()}\n${pair.input}`), []);
        });
        it('.hadolint.yaml ignored', () => {
          assert.deepEqual(findings(pair, pair.input, `ignored:\n  - ${id}\n`), []);
        });
        it('.hadolint.yaml override', () => {
          assert.deepEqual(findings(pair, pair.input, `override:\n  style:\n    - ${id}\n`).map((f) => f.severity), ['hint']);
        });
      });
    }
    const bk = rule.compat?.buildkit;
    if (bk) {
      it(`${pair.rule}: # check=skip=${bk} for the file and above the instruction`, () => {
        assert.deepEqual(findings(pair, `# check=skip=${bk}\n${pair.input}`), []);
        assert.deepEqual(findings(pair, withLineAbove(pair.input, pair.line, `# check=skip=${bk}`).replace(/^/, '# syntax=docker/dockerfile:1\n\n')), []);
      });
    }
  }

  it('an ignore comment on the first line counts, though dockerfile-ast reads it as a parser directive', () => {
    const rules = (text: string) => lint({ text, language: 'dockerfile', path: '/p/Dockerfile' }).findings.map((f) => f.rule);
    assert.deepEqual(rules('# hadolint global ignore=DL3024\nFROM scratch AS b\nFROM scratch AS b\n'), []);
    assert.deepEqual(rules('# hadolint ignore=DL3061\nLABEL a=b\nFROM scratch\n'), []);
    assert.deepEqual(rules('# hadolint ignore=DL3024\nFROM scratch AS b\nFROM scratch AS b\n'), ['DuplicateStageName'], 'an inline ignore applies to the next instruction only');
  });

  it('an ignore comment naming a peer id leaves the other rules alone', () => {
    const text = 'FROM scratch AS b\n# hadolint ignore=DL3024\nFROM scratch AS b\nCMD echo hi\n';
    const rules = lint({ text, language: 'dockerfile', path: '/p/Dockerfile' }).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);
    assert.ok(rules.includes('4 JSONArgsRecommended'), rules.join('\n'));
    assert.ok(!rules.some((r) => r.endsWith('DuplicateStageName')), rules.join('\n'));
  });
});
