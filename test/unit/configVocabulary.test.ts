// One reader, one vocabulary (configParse.ts): the same intent written in .slipway.yaml, .hadolint.yaml,
// .github/actionlint.yaml or the `slipway.rules` setting gives the same resolved config, and whatever a source says
// that is not understood is reported with its position instead of being dropped.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyConfig, mergeConfig, type ResolvedConfig } from '../../server/src/engine/config';
import { parseActionlintConfig, parseHadolintConfig, parseIgnoreList, parseRulesSetting, parseSlipwayConfig } from '../../server/src/engine/configParse';
import { loadConfigFor } from '../../server/src/engine/configFiles';
import { allRules, lint } from '../../server/src/engine/lint';
import { renderRuleDoc } from '../../server/src/docs';
import { memoryFiles } from '../helpers/ruleHarness';
import { runLintJob } from '../../server/src/cli/run';
import * as os from 'node:os';
import type { RuleOptions } from '../../server/src/engine/types';

function resolved(partial: Partial<ResolvedConfig>): { severities: [string, string][]; enabled: string[]; options: RuleOptions; failureThreshold: string } {
  const c = mergeConfig(emptyConfig(), partial);
  return { severities: [...c.severities].sort(), enabled: [...c.enabled].sort(), options: c.options, failureThreshold: c.failureThreshold };
}

describe('config: one vocabulary for every source', () => {
  it('the same severities from .slipway.yaml, .hadolint.yaml and the slipway.rules setting', () => {
    const slipway = parseSlipwayConfig('rules:\n  DL3008: off\n  DL3059: style\n  DL3020: error\n  JSONArgsRecommended: warning\n', '.slipway.yaml');
    const hadolint = parseHadolintConfig('ignored: [DL3008]\noverride:\n  style: [DL3059]\n  error: [DL3020]\n  warning: [DL3025]\n', '.hadolint.yaml');
    const setting = parseRulesSetting({ DL3008: 'ignore', DL3059: 'style', DL3020: 'error', DL3025: 'warn' });
    for (const r of [slipway, hadolint, setting]) assert.deepEqual(r.problems, []);
    const want = resolved(slipway.config);
    assert.deepEqual(want.severities, [
      ['dl3008', 'off'],
      ['dl3020', 'error'],
      ['dl3059', 'hint'],
      ['jsonargsrecommended', 'warning'],
    ]);
    assert.deepEqual(resolved(hadolint.config), want);
    assert.deepEqual(resolved(setting.config), want);
  });

  it('the same options from .slipway.yaml and .hadolint.yaml', () => {
    const slipway = parseSlipwayConfig(
      'trustedRegistries: [docker.io]\nlabelSchema:\n  maintainer: email\nstrictLabels: true\nfailureThreshold: warning\n',
      '.slipway.yaml',
    );
    const hadolint = parseHadolintConfig('trustedRegistries: [docker.io]\nlabel-schema:\n  maintainer: email\nstrict-labels: true\nfailure-threshold: warning\n', '.hadolint.yaml');
    assert.deepEqual(slipway.problems, []);
    assert.deepEqual(hadolint.problems, []);
    const want = resolved(slipway.config);
    assert.deepEqual(want.options.trustedRegistries, ['docker.io']);
    assert.deepEqual(want.options.labelSchema, { maintainer: 'email' });
    assert.equal(want.options.strictLabels, true);
    assert.equal(want.failureThreshold, 'warning');
    assert.deepEqual(resolved(hadolint.config), want);
  });

  it('the same runner labels from .github/actionlint.yaml and .github/slipway.yaml', () => {
    const actionlint = parseActionlintConfig('self-hosted-runner:\n  labels: [gpu, arm64-large]\nconfig-variables: [ENV]\npaths:\n  .github/workflows/**/*.yml:\n    ignore: [x]\n', '.github/actionlint.yaml');
    const slipway = parseSlipwayConfig('runnerLabels: [gpu, arm64-large]\n', '.github/slipway.yaml');
    assert.deepEqual(actionlint.problems, []);
    assert.deepEqual(slipway.problems, []);
    assert.deepEqual(resolved(actionlint.config), resolved(slipway.config));
    assert.deepEqual(resolved(actionlint.config).options.runnerLabels, ['gpu', 'arm64-large']);
  });

  it('YAML aliases read as the values they name', () => {
    const r = parseSlipwayConfig('rules:\n  DL3008: &o off\n  DL3009: *o\n', '.slipway.yaml');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(resolved(r.config).severities, [
      ['dl3008', 'off'],
      ['dl3009', 'off'],
    ]);
  });

  it('buildArgs in .slipway.yaml reach the rules that read them', () => {
    const r = parseSlipwayConfig('buildArgs:\n  BASE: ubuntu\n', '.slipway.yaml');
    assert.deepEqual(r.problems, []);
    const config = mergeConfig(emptyConfig(), r.config);
    const findings = lint({ text: 'ARG BASE=debian:12\nFROM $BASE\n', language: 'dockerfile', path: '/p/Dockerfile', config }).findings.filter((f) => f.rule === 'DL3006');
    assert.deepEqual(findings.map((f) => f.range.start.line), [1]);
  });

  it('an alias in the setting wins over the rule id in a config file (both resolve to the rule)', () => {
    const files = memoryFiles({ '.slipway.yaml': 'rules:\n  JSONArgsRecommended: error\n', 'Dockerfile': '' });
    const loaded = loadConfigFor('/project/Dockerfile', 'dockerfile', files);
    const config = mergeConfig(loaded.config, parseRulesSetting({ DL3025: 'off' }).config);
    const findings = lint({ text: 'FROM alpine\nCMD echo hi\n', language: 'dockerfile', path: '/project/Dockerfile', config, files }).findings;
    assert.deepEqual(findings.filter((f) => f.rule === 'JSONArgsRecommended'), []);
  });

  it('the setting accepts style, ignore, true and false; ShellCheck codes and hadolint ids Slipway lacks are known', () => {
    const r = parseRulesSetting({ DL3059: 'style', DL3008: 'ignore', DL3057: true, DL3004: false, SC2086: 'off', DL3060: 'off' });
    assert.deepEqual(r.problems, []);
    assert.deepEqual(resolved(r.config).severities, [
      ['dl3004', 'off'],
      ['dl3008', 'off'],
      ['dl3059', 'hint'],
      ['dl3060', 'off'],
      ['sc2086', 'off'],
    ]);
    assert.ok(r.config.enabled!.has('dl3057'));
  });

  it('the setting says what it does not understand', () => {
    const r = parseRulesSetting({ DL3008: 'loud', NoSuchRule: 'off' });
    assert.deepEqual(r.problems, [
      'setting slipway.rules: rule DL3008: unknown severity "loud" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored',
      'setting slipway.rules: unknown rule "NoSuchRule"; ignored',
    ]);
    assert.deepEqual(resolved(r.config).severities, []);
    assert.deepEqual(parseRulesSetting(['DL3008']).problems, ['setting slipway.rules: expected an object of rule ids to severities; ignored']);
  });

  it('the CLI --ignore reads ids through the same registry', () => {
    const r = parseIgnoreList(['DL3025', 'nope']);
    assert.deepEqual(resolved(r.config).severities, [['jsonargsrecommended', 'off']]);
    assert.deepEqual(r.problems, ['--ignore: unknown rule "nope"; ignored']);
  });
});

describe('config: unknown keys and values are reported with their positions', () => {
  it('.slipway.yaml', () => {
    const text = ['rules:', '  DL3008: loud', '  NoSuchRule: off', 'rulez:', '  DL3008: off', 'labelSchema:', '  a: number', 'buildArgs: [A]', ''].join('\n');
    assert.deepEqual(parseSlipwayConfig(text, '/p/.slipway.yaml').problems, [
      '/p/.slipway.yaml:2:3: rule DL3008: unknown severity "loud" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored',
      '/p/.slipway.yaml:3:3: unknown rule "NoSuchRule"; ignored',
      '/p/.slipway.yaml:4:1: unknown key "rulez" (known: rules, trustedRegistries, runnerLabels, self-hosted-runner, labelSchema, strictLabels, buildArgs, failureThreshold); ignored',
      '/p/.slipway.yaml:7:3: label-schema: label "a" has unknown type "number" (expected text, url, hash, rfc3339, spdx, semver, email); ignored',
      '/p/.slipway.yaml:8:12: buildArgs: expected a mapping of build argument names to values; ignored',
    ]);
  });

  it('.hadolint.yaml', () => {
    const text = ['ignored:', '  - DL3008', '  - DL9999', 'override:', '  fatal: [DL3020]', 'no-color: true', 'ignore: [DL3059]', 'failure-threshold: never', ''].join('\n');
    assert.deepEqual(parseHadolintConfig(text, '/p/.hadolint.yaml').problems, [
      '/p/.hadolint.yaml:3:5: unknown rule "DL9999"; ignored',
      '/p/.hadolint.yaml:5:3: unknown override level "fatal" (expected error, warning, info or style); ignored',
      '/p/.hadolint.yaml:7:1: unknown key "ignore" (known: ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold); ignored',
      '/p/.hadolint.yaml:8:20: unknown failure-threshold "never"',
    ]);
  });

  it('.github/actionlint.yaml', () => {
    const text = ['self-hosted-runner:', '  label: [gpu]', 'shellcheck: off', ''].join('\n');
    assert.deepEqual(parseActionlintConfig(text, '/p/.github/actionlint.yaml').problems, [
      '/p/.github/actionlint.yaml:2:3: unknown key "label" (known: labels); ignored',
      '/p/.github/actionlint.yaml:3:1: unknown key "shellcheck" (known: self-hosted-runner, paths, config-variables); ignored',
    ]);
  });

  it('YAML that does not parse is reported at its error', () => {
    const r = parseSlipwayConfig('rules:\n  DL3008: [off\n', '/p/.slipway.yaml');
    assert.deepEqual(r.problems, ['/p/.slipway.yaml:3:1: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); ignored']);
  });

  it('loadConfigFor reads .github/actionlint.yaml with its own reader', () => {
    const files = memoryFiles({ '.github/actionlint.yaml': 'self-hosted-runner:\n  labels: [gpu]\nrules:\n  x: off\n', '.github/workflows/ci.yml': '' });
    const r = loadConfigFor('/project/.github/workflows/ci.yml', 'workflow', files);
    assert.deepEqual(r.config.options.runnerLabels, ['gpu']);
    assert.deepEqual(r.problems, ['/project/.github/actionlint.yaml:3:1: unknown key "rules" (known: self-hosted-runner, paths, config-variables); ignored']);
  });
});

describe('config: the CLI reads --config and --ignore with the same reader', () => {
  it('an actionlint.yaml given to --config is read as actionlint\'s; its problems and --ignore\'s are warnings with positions', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-config-vocab-'));
    try {
      fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'actionlint.yaml'), 'self-hosted-runner:\n  labels: [gpu]\nshellcheck: off\n');
      fs.writeFileSync(path.join(dir, '.github/workflows/ci.yml'), 'on: push\njobs:\n  a:\n    runs-on: gpu\n    steps:\n      - run: echo hi\n');
      const warnings: string[] = [];
      const run = await runLintJob({ paths: ['.github/workflows/ci.yml'], cwd: dir, config: 'actionlint.yaml', ignore: ['nope'], warn: (m) => warnings.push(m), scripts: false });
      assert.deepEqual(warnings, [
        `${path.join(dir, 'actionlint.yaml')}:3:1: unknown key "shellcheck" (known: self-hosted-runner, paths, config-variables); ignored`,
        '--ignore: unknown rule "nope"; ignored',
      ]);
      assert.deepEqual(run.results[0].findings.filter((f) => f.rule === 'runner-label'), []);
      const without = await runLintJob({ paths: ['.github/workflows/ci.yml'], cwd: dir, ignore: [], warn: () => undefined, scripts: false });
      assert.deepEqual(without.results[0].findings.filter((f) => f.rule === 'runner-label').map((f) => f.range.start.line), [3], 'gpu is unknown without the config');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rules declare the options they read', () => {
  const sourceOf = (id: string, language: string) => {
    const dir = language === 'action' ? 'workflow' : language;
    const p = path.join(__dirname, '../../../server/src', dir, 'rules', `${id}.ts`);
    return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
  };
  const OPTIONS: (keyof RuleOptions)[] = ['trustedRegistries', 'runnerLabels', 'labelSchema', 'strictLabels', 'buildArgs'];

  it('a rule reading options.X in its check declares X, and its docs page lists it', () => {
    let checked = 0;
    for (const rule of allRules()) {
      const lang = Array.isArray(rule.language) ? rule.language[0] : rule.language;
      const src = sourceOf(rule.id, lang);
      if (!src) continue;
      checked++;
      const code = src.split(/\n  tests: \[/)[0];
      const reads = OPTIONS.filter((o) => new RegExp(`options\\.${o}\\b`).test(code) || (o === 'labelSchema' && /checkLabelFormat\(/.test(code)));
      assert.deepEqual([...(rule.options ?? [])].sort(), reads.sort(), `${rule.id}: options declared`);
      const page = renderRuleDoc(rule);
      for (const o of reads) assert.match(page, new RegExp(`\\| \`${o}\` \\|`), `${rule.id}: docs list ${o}`);
    }
    assert.ok(checked > 100);
  });
});
