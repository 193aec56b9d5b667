import type { Rule } from '../../engine/types';
import type { ConfigModel } from '../model';
import { reportConfigProblems } from '../report';

const SLIPWAY_KNOWN = 'known: rules, trustedRegistries, runnerLabels, self-hosted-runner, labelSchema, strictLabels, buildArgs, failureThreshold';

const rule: Rule<ConfigModel> = {
  id: 'config-unknown-key',
  language: 'config',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the key it suggests is a guess.' },
  docs: {
    summary: 'A key a config file does not have (a misspelt `rules`, `ignored`, `override` level or `self-hosted-runner.labels`): it is ignored.',
    why: 'A misspelt key turns nothing off and sets nothing, silently: the rules it meant to configure keep reporting at their defaults. hadolint and actionlint keys Slipway has no use for (`format`, `no-color`, `paths`, `config-variables`…) are accepted as they are.',
    bad: 'rulez:\n  DL3008: off\n',
    good: 'rules:\n  DL3008: off\n',
  },
  check(ctx) {
    reportConfigProblems(ctx, 'config-unknown-key');
  },
  tests: [
    {
      name: '.slipway.yaml: a misspelt top-level key, with a fix',
      input: 'rulez:\n  DL3008: off\n',
      expect: [{ line: 1, col: 1, severity: 'warning', message: 'unknown key "rulez"; ignored. Did you mean "rules"?' }],
      fixed: 'rules:\n  DL3008: off\n',
    },
    {
      name: '.slipway.yaml: a quoted key keeps its quotes',
      input: '"trustedRegistry": [docker.io]\n',
      expect: [{ line: 1, col: 1, message: 'unknown key "trustedRegistry"; ignored. Did you mean "trustedRegistries"?' }],
      fixed: '"trustedRegistries": [docker.io]\n',
    },
    {
      name: '.slipway.yaml: no fix that would write a key twice',
      input: 'rules:\n  DL3008: off\nrulez:\n  DL3009: off\n',
      expect: [{ line: 3, col: 1, message: `unknown key "rulez" (${SLIPWAY_KNOWN}); ignored` }],
      fixed: 'rules:\n  DL3008: off\nrulez:\n  DL3009: off\n',
    },
    {
      name: '.hadolint.yaml: no override level the mapping has already',
      path: '.hadolint.yaml',
      input: 'override:\n  error: [DL3020]\n  eror: [DL3025]\n',
      expect: [{ line: 3, col: 3, message: 'unknown override level "eror" (expected error, warning, info or style); ignored' }],
    },
    {
      name: '.slipway.yaml: a key like none of them lists the known keys, no fix',
      input: 'colour: red\n',
      expect: [{ line: 1, col: 1, message: `unknown key "colour" (${SLIPWAY_KNOWN}); ignored` }],
      fixed: 'colour: red\n',
    },
    {
      name: '.slipway.yaml: hadolint spellings and every key',
      input: 'rules:\n  DL3008: off\ntrusted-registries: [docker.io]\nrunnerLabels: [gpu]\nlabel-schema:\n  maintainer: email\nstrict-labels: false\nbuildArgs:\n  BASE: alpine\nfailure-threshold: warning\n',
      expect: [],
    },
    {
      name: '.github/slipway.yaml: actionlint\'s self-hosted-runner, a misspelt labels',
      path: '.github/slipway.yaml',
      input: 'self-hosted-runner:\n  lables: [gpu]\n',
      expect: [{ line: 2, col: 3, message: 'unknown key "lables"; ignored. Did you mean "labels"?' }],
      fixed: 'self-hosted-runner:\n  labels: [gpu]\n',
    },
    {
      name: '.hadolint.yaml: ignore for ignored',
      path: '.hadolint.yaml',
      input: 'ignore:\n  - DL3059\n',
      expect: [{ line: 1, col: 1, message: 'unknown key "ignore"; ignored. Did you mean "ignored"?' }],
      fixed: 'ignored:\n  - DL3059\n',
    },
    {
      name: '.hadolint.yaml: an override level that is not one of hadolint\'s',
      path: '.hadolint.yaml',
      input: 'override:\n  eror: [DL3020]\n  fatal: [DL3025]\n',
      expect: [
        { line: 2, col: 3, message: 'unknown override level "eror" (expected error, warning, info or style); ignored. Did you mean "error"?' },
        { line: 3, col: 3, message: 'unknown override level "fatal" (expected error, warning, info or style); ignored' },
      ],
      fixed: 'override:\n  error: [DL3020]\n  fatal: [DL3025]\n',
    },
    {
      name: '.hadolint.yaml: hadolint\'s keys that change nothing in Slipway are accepted',
      path: '.hadolint.yaml',
      input: 'format: tty\nno-color: true\nno-fail: false\ndisable-ignore-pragma: false\nverbose: true\nignored: [DL3008]\noverride:\n  style: [DL3059]\ntrustedRegistries: [docker.io]\n',
      expect: [],
    },
    {
      name: '.github/actionlint.yaml: a key actionlint does not have',
      path: '.github/actionlint.yaml',
      input: 'self-hosted-runner:\n  labels: [gpu]\nshellcheck: off\n',
      expect: [{ line: 3, col: 1, message: 'unknown key "shellcheck" (known: self-hosted-runner, paths, config-variables); ignored' }],
    },
    {
      name: '.github/actionlint.yaml: a misspelt self-hosted-runner',
      path: '.github/actionlint.yml',
      input: 'self-hosted-runners:\n  labels: [gpu]\n',
      expect: [{ line: 1, col: 1, message: 'unknown key "self-hosted-runners"; ignored. Did you mean "self-hosted-runner"?' }],
      fixed: 'self-hosted-runner:\n  labels: [gpu]\n',
    },
    {
      name: '.github/actionlint.yaml: paths and config-variables are accepted',
      path: '.github/actionlint.yaml',
      input: 'self-hosted-runner:\n  labels: [gpu]\nconfig-variables: [ENV]\npaths:\n  .github/workflows/**/*.yml:\n    ignore: [x]\n',
      expect: [],
    },
  ],
};

export default rule;
