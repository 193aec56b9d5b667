import type { Rule } from '../../engine/types';
import type { ConfigModel } from '../model';
import { reportConfigProblems } from '../report';

const SEVERITIES = 'expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false';

const rule: Rule<ConfigModel> = {
  id: 'config-invalid-value',
  language: 'config',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the rule id or severity it suggests is a guess.' },
  docs: {
    summary: 'A value a config file cannot use: an unknown rule id or severity, a label type hadolint does not have, a value of the wrong shape. It is ignored.',
    why: 'The rule it names keeps its default severity, or the option keeps its default, silently. Rule ids are those of Slipway and of its peers (hadolint, BuildKit, actionlint names, ShellCheck codes); severities are those of every config source (see the rules index).',
    bad: 'rules:\n  DL3008: of\n  JSONArgsRecomended: error\n',
    good: 'rules:\n  DL3008: off\n  JSONArgsRecommended: error\n',
  },
  check(ctx) {
    reportConfigProblems(ctx, 'config-invalid-value');
  },
  tests: [
    {
      name: '.slipway.yaml: a misspelt severity, at the value, with a fix',
      input: 'rules:\n  DL3008: eror\n',
      expect: [{ line: 2, col: 11, severity: 'warning', message: `rule DL3008: unknown severity "eror" (${SEVERITIES}); ignored. Did you mean "error"?` }],
      fixed: 'rules:\n  DL3008: error\n',
    },
    {
      name: '.slipway.yaml: a misspelt rule id, at the key, with a fix',
      input: 'rules:\n  JSONArgsRecomended: off\n',
      expect: [{ line: 2, col: 3, message: 'unknown rule "JSONArgsRecomended"; ignored. Did you mean "JSONArgsRecommended"?' }],
      fixed: 'rules:\n  JSONArgsRecommended: off\n',
    },
    {
      name: '.slipway.yaml: no rule id the rules have already (the fix would write it twice)',
      input: 'rules:\n  JSONArgsRecommended: error\n  JSONArgsRecomended: off\n',
      expect: [{ line: 3, col: 3, message: 'unknown rule "JSONArgsRecomended"; ignored' }],
    },
    {
      name: '.slipway.yaml: a number-like id is not guessed at',
      input: 'rules:\n  DL9999: off\n  DL3008: 3\n',
      expect: [
        { line: 2, col: 3, message: 'unknown rule "DL9999"; ignored' },
        { line: 3, col: 11, message: `rule DL3008: unknown severity "3" (${SEVERITIES}); ignored` },
      ],
      fixed: 'rules:\n  DL9999: off\n  DL3008: 3\n',
    },
    {
      name: '.slipway.yaml: every severity word, true and false, peers\' ids and ShellCheck codes',
      input:
        'rules:\n  DL3008: off\n  DL3009: none\n  DL3010: ignore\n  DL3059: style\n  DL3020: hint\n  DL3004: info\n  DL3003: information\n  DL3006: warn\n  DL3007: warning\n  DL3025: error\n  DL3057: true\n  DL3015: false\n  SC2086: off\n  JSONArgsRecommended: ERROR\n',
      expect: [],
    },
    {
      name: '.slipway.yaml: values of the wrong shape',
      input: 'trustedRegistries: {a: b}\nlabelSchema:\n  maintainer: emial\n  url: website\nstrictLabels: yes please\nbuildArgs: [A]\nfailureThreshold: warnig\nrules: [DL3008]\n',
      expect: [
        { line: 1, col: 20, message: 'trustedRegistries: expected a list of names; ignored' },
        { line: 3, col: 15, message: 'label-schema: label "maintainer" has unknown type "emial" (expected text, url, hash, rfc3339, spdx, semver, email); ignored. Did you mean "email"?' },
        { line: 4, col: 8, message: 'label-schema: label "url" has unknown type "website" (expected text, url, hash, rfc3339, spdx, semver, email); ignored' },
        { line: 5, col: 15, message: 'strict-labels: expected true or false; ignored' },
        { line: 6, col: 12, message: 'buildArgs: expected a mapping of build argument names to values; ignored' },
        { line: 7, col: 19, message: 'unknown failure-threshold "warnig" (expected error, warning, info or style); ignored. Did you mean "warning"?' },
        { line: 8, col: 8, message: 'rules: expected a mapping; ignored' },
      ],
      fixed: 'trustedRegistries: {a: b}\nlabelSchema:\n  maintainer: email\n  url: website\nstrictLabels: yes please\nbuildArgs: [A]\nfailureThreshold: warning\nrules: [DL3008]\n',
    },
    {
      name: '.hadolint.yaml: unknown ids in ignored and override lists',
      path: '.hadolint.yaml',
      input: 'ignored:\n  - DL3008\n  - DL9999\n  - JSONArgsRecomended\noverride:\n  error: [DL3020, no-such-rule]\nfailure-threshold: never\n',
      expect: [
        { line: 3, col: 5, message: 'unknown rule "DL9999"; ignored' },
        { line: 4, col: 5, message: 'unknown rule "JSONArgsRecomended"; ignored. Did you mean "JSONArgsRecommended"?' },
        { line: 6, col: 19, message: 'unknown rule "no-such-rule"; ignored' },
        { line: 7, col: 20, message: 'unknown failure-threshold "never" (expected error, warning, info or style); ignored' },
      ],
    },
    {
      name: '.hadolint.yaml: hadolint\'s never-failing threshold, which Slipway does not have',
      path: '.hadolint.yaml',
      input: 'failure-threshold: none\n',
      expect: [{ line: 1, col: 20, message: 'failure-threshold "none" (never fail) is not supported: the exit status follows findings of a severity (error, warning, info or style); ignored' }],
    },
    {
      name: '.hadolint.yaml: a mapping where a list of ids is expected',
      path: '.hadolint.yml',
      input: 'ignored:\n  DL3008: true\n',
      expect: [{ line: 2, col: 3, message: 'ignored: expected a list of rule ids; ignored' }],
    },
    {
      name: '.hadolint.yaml: everything hadolint accepts',
      path: '.hadolint.yaml',
      input: 'ignored: [DL3008, SC2086]\noverride:\n  error: [DL3020]\n  warning: [DL3025]\n  info: [DL3059]\n  style: [DL3003]\nlabel-schema:\n  maintainer: email\nstrict-labels: true\nfailure-threshold: style\n',
      expect: [],
    },
    {
      name: '.github/actionlint.yaml: labels that are not a list',
      path: '.github/actionlint.yaml',
      input: 'self-hosted-runner:\n  labels: {gpu: true}\n',
      expect: [{ line: 2, col: 11, message: 'runner labels: expected a list of names; ignored' }],
    },
    {
      name: '.github/actionlint.yaml: a file that is a list',
      path: '.github/actionlint.yaml',
      input: '- self-hosted-runner\n',
      expect: [{ line: 1, col: 1, message: 'the file: expected a mapping; ignored' }],
    },
    {
      name: '.github/actionlint.yaml: labels as a list, or one label',
      path: '.github/actionlint.yaml',
      input: 'self-hosted-runner:\n  labels: gpu\n',
      expect: [],
    },
  ],
};

export default rule;
