// One reader, one vocabulary (configParse.ts): the same intent written in .slipway.yaml, .hadolint.yaml,
// .github/actionlint.yaml or the `slipway.rules` setting gives the same resolved config, and whatever a source says
// that is not understood is reported with its position instead of being dropped.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyConfig, mergeConfig, SEVERITY_WORDS, type ResolvedConfig } from '../../server/src/engine/config';
import { describeProblem, parseActionlintConfig, parseHadolintConfig, parseIgnoreList, parseRulesSetting, parseSlipwayConfig, type ParsedConfig } from '../../server/src/engine/configParse';
import { loadConfigFor } from '../../server/src/engine/configFiles';
import { allRules, lint } from '../../server/src/engine/lint';
import { renderRuleDoc } from '../../server/src/docs';
import { memoryFiles } from '../helpers/ruleHarness';
import { runLintJob } from '../../server/src/cli/run';
import { FORMATS, formatReport } from '../../server/src/cli/formats/index';
import * as os from 'node:os';
import type { RuleOptions } from '../../server/src/engine/types';

/** A reader's problems as the CLI and the server's log write them. */
const said = (r: ParsedConfig) => r.problems.map(describeProblem);

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

  it('the setting says what it does not understand, with the rule each problem is of', () => {
    const r = parseRulesSetting({ DL3008: 'loud', NoSuchRule: 'off', DL3059: 'stlye', JSONArgsRecomended: 'off' });
    assert.deepEqual(said(r), [
      'setting slipway.rules: rule DL3008: unknown severity "loud" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored',
      'setting slipway.rules: unknown rule "NoSuchRule"; ignored',
      'setting slipway.rules: rule DL3059: unknown severity "stlye" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored. Did you mean "style"?',
      'setting slipway.rules: unknown rule "JSONArgsRecomended"; ignored. Did you mean "JSONArgsRecommended"?',
    ]);
    assert.deepEqual(
      r.problems.map((p) => [p.rule, p.range]),
      [
        ['config-invalid-value', undefined],
        ['config-invalid-value', undefined],
        ['config-invalid-value', undefined],
        ['config-invalid-value', undefined],
      ],
    );
    assert.deepEqual(resolved(r.config).severities, []);
    assert.deepEqual(said(parseRulesSetting(['DL3008'])), ['setting slipway.rules: expected an object of rule ids to severities; ignored']);
    assert.deepEqual(said(parseRulesSetting('off')), ['setting slipway.rules: expected an object of rule ids to severities; ignored']);
  });

  it('the setting accepts every rule id and severity .slipway.yaml accepts, with the same result', () => {
    // Every severity word of the vocabulary, true and false, a rule's own id, peers' ids, an alias, a ShellCheck code.
    const rules: Record<string, unknown> = { DL3008: 'off', DL3009: 'none', DL3010: 'ignore', DL3059: 'style', DL3020: 'hint', DL3004: 'info', DL3003: 'information', DL3006: 'warn', DL3007: 'warning', JSONArgsRecommended: 'ERROR', DL3057: true, DL3015: false, SC2086: 'off', 'untrusted-input': 'error', 'config-unknown-key': 'error' };
    const yaml = 'rules:\n' + Object.entries(rules).map(([k, v]) => `  ${k}: ${String(v)}\n`).join('');
    const file = parseSlipwayConfig(yaml, '.slipway.yaml');
    const setting = parseRulesSetting(rules);
    assert.deepEqual(said(file), []);
    assert.deepEqual(said(setting), []);
    assert.deepEqual(resolved(setting.config), resolved(file.config));
    assert.equal(resolved(setting.config).severities.length, 14);
  });

  it('package.json offers the setting every severity word of the vocabulary', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'));
    const offered = pkg.contributes.configuration.properties['slipway.rules'].additionalProperties.enum;
    assert.deepEqual([...offered].map(String).sort(), [...Object.keys(SEVERITY_WORDS), 'true', 'false'].sort());
  });

  it('the CLI --ignore reads ids through the same registry', () => {
    const r = parseIgnoreList(['DL3025', 'nope', 'DL3O08']);
    assert.deepEqual(resolved(r.config).severities, [['jsonargsrecommended', 'off']]);
    assert.deepEqual(said(r), ['--ignore: unknown rule "nope"; ignored', '--ignore: unknown rule "DL3O08"; ignored. Did you mean "DL3008"?']);
  });
});

describe('config: unknown keys and values are reported with their positions', () => {
  it('.slipway.yaml', () => {
    const text = ['rules:', '  DL3008: loud', '  NoSuchRule: off', 'rulez:', '  DL3008: off', 'labelSchema:', '  a: number', 'buildArgs: [A]', ''].join('\n');
    const r = parseSlipwayConfig(text, '/p/.slipway.yaml');
    assert.deepEqual(said(r), [
      '/p/.slipway.yaml:2:11: rule DL3008: unknown severity "loud" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored',
      '/p/.slipway.yaml:3:3: unknown rule "NoSuchRule"; ignored',
      // `rules` is there already: not offered, as the fix would write it twice.
      '/p/.slipway.yaml:4:1: unknown key "rulez" (known: rules, trustedRegistries, runnerLabels, self-hosted-runner, labelSchema, strictLabels, buildArgs, failureThreshold); ignored',
      '/p/.slipway.yaml:7:6: label-schema: label "a" has unknown type "number" (expected text, url, hash, rfc3339, spdx, semver, email); ignored',
      '/p/.slipway.yaml:8:12: buildArgs: expected a mapping of build argument names to values; ignored',
    ]);
    // Exact ranges (0-based, end exclusive): the value or key as written, and the rule each problem is of.
    assert.deepEqual(
      r.problems.map((p) => [p.rule, p.range!.start.line, p.range!.start.character, p.range!.end.line, p.range!.end.character, p.replacement]),
      [
        ['config-invalid-value', 1, 10, 1, 14, undefined],
        ['config-invalid-value', 2, 2, 2, 12, undefined],
        ['config-unknown-key', 3, 0, 3, 5, undefined],
        ['config-invalid-value', 6, 5, 6, 11, undefined],
        ['config-invalid-value', 7, 11, 7, 14, undefined],
      ],
    );
  });

  it('.hadolint.yaml', () => {
    const text = ['ignore:', '  - DL3008', '  - DL9999', 'override:', '  fatal: [DL3020]', 'no-color: true', 'ignored: [DL3059]', 'failure-threshold: never', ''].join('\n');
    assert.deepEqual(said(parseHadolintConfig(text, '/p/.hadolint.yaml')), [
      '/p/.hadolint.yaml:1:1: unknown key "ignore" (known: ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold); ignored',
      '/p/.hadolint.yaml:5:3: unknown override level "fatal" (expected error, warning, info or style); ignored',
      '/p/.hadolint.yaml:8:20: unknown failure-threshold "never" (expected error, warning, info or style); ignored',
    ]);
  });

  it('.github/actionlint.yaml', () => {
    const text = ['self-hosted-runner:', '  label: [gpu]', 'shellcheck: off', ''].join('\n');
    assert.deepEqual(said(parseActionlintConfig(text, '/p/.github/actionlint.yaml')), [
      '/p/.github/actionlint.yaml:2:3: unknown key "label"; ignored. Did you mean "labels"?',
      '/p/.github/actionlint.yaml:3:1: unknown key "shellcheck" (known: self-hosted-runner, paths, config-variables); ignored',
    ]);
  });

  it('YAML that does not parse is reported at its error', () => {
    const r = parseSlipwayConfig('rules:\n  DL3008: [off\n', '/p/.slipway.yaml');
    assert.deepEqual(said(r), ['/p/.slipway.yaml:3:1: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); the file is ignored']);
    assert.equal(r.problems[0].rule, 'config-syntax');
  });

  it('loadConfigFor reads .github/actionlint.yaml with its own reader', () => {
    const files = memoryFiles({ '.github/actionlint.yaml': 'self-hosted-runner:\n  labels: [gpu]\nrules:\n  x: off\n', '.github/workflows/ci.yml': '' });
    const r = loadConfigFor('/project/.github/workflows/ci.yml', 'workflow', files);
    assert.deepEqual(r.config.options.runnerLabels, ['gpu']);
    assert.deepEqual(r.problems.map(describeProblem), ['/project/.github/actionlint.yaml:3:1: unknown key "rules" (known: self-hosted-runner, paths, config-variables); ignored']);
  });
});

describe('config: the CLI reads --config and --ignore with the same reader', () => {
  const withDir = async (files: Record<string, string>, f: (dir: string) => Promise<void>) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-config-vocab-'));
    try {
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
      await f(dir);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const WORKFLOW = 'on: push\njobs:\n  a:\n    runs-on: gpu\n    steps:\n      - run: echo hi\n';

  it("an actionlint.yaml given to --config is read as actionlint's: its problems are findings of that file, --ignore's a warning", () =>
    withDir({ 'actionlint.yaml': 'self-hosted-runner:\n  labels: [gpu]\nshellcheck: off\n', '.github/workflows/ci.yml': WORKFLOW }, async (dir) => {
      const warnings: string[] = [];
      const run = await runLintJob({ paths: ['.github/workflows/ci.yml'], cwd: dir, config: 'actionlint.yaml', ignore: ['nope'], warn: (m) => warnings.push(m), scripts: false });
      assert.deepEqual(warnings, ['--ignore: unknown rule "nope"; ignored']);
      assert.deepEqual(run.results[0].findings.filter((f) => f.rule === 'runner-label'), []);
      assert.deepEqual(
        run.results.slice(1).map((r) => [r.path, r.language, r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`)]),
        [[path.join(dir, 'actionlint.yaml'), 'config', ['3:1 warning config-unknown-key unknown key "shellcheck" (known: self-hosted-runner, paths, config-variables); ignored']]],
      );
      assert.equal(run.exitCode, 0, 'a warning of a config file does not fail the run');
      const without = await runLintJob({ paths: ['.github/workflows/ci.yml'], cwd: dir, ignore: [], warn: () => undefined, scripts: false });
      assert.deepEqual(without.results[0].findings.filter((f) => f.rule === 'runner-label').map((f) => f.range.start.line), [3], 'gpu is unknown without the config');
    }));

  it('the nearest config files are reported against their own paths, once, and --ignore turns a config rule off', () =>
    withDir(
      {
        '.hadolint.yaml': 'ignore: [DL3059]\n',
        'a/Dockerfile': 'FROM scratch\n',
        'b/Dockerfile': 'FROM scratch\n',
        '.github/actionlint.yaml': 'self-hosted-runner:\n  labels: [gpu\n',
        '.github/workflows/ci.yml': WORKFLOW,
      },
      async (dir) => {
        const warnings: string[] = [];
        const run = await runLintJob({ paths: ['.'], cwd: dir, ignore: [], warn: (m) => warnings.push(m), scripts: false });
        assert.deepEqual(warnings, []);
        const configs = run.results.filter((r) => r.language === 'config');
        assert.deepEqual(
          configs.map((r) => [path.relative(dir, r.path), r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule}`)]),
          [
            ['.github/actionlint.yaml', ['3:1 error config-syntax']],
            ['.hadolint.yaml', ['1:1 warning config-unknown-key']],
          ],
        );
        assert.equal(run.exitCode, 1, 'a config file that cannot be read is an error');
        const quiet = await runLintJob({ paths: ['a/Dockerfile'], cwd: dir, ignore: ['config-unknown-key'], warn: () => undefined, scripts: false });
        assert.deepEqual(quiet.results.map((r) => path.relative(dir, r.path)), [path.join('a', 'Dockerfile')]);
      },
    ));

  it('a config file named on the command line is linted as one, and a clean config file read for a target is not listed', () =>
    withDir({ '.slipway.yaml': 'rules:\n  DL3008: eror\n', 'Dockerfile': 'FROM scratch\n', 'clean/.hadolint.yaml': 'ignored: [DL3008]\n', 'clean/Dockerfile': 'FROM scratch\n' }, async (dir) => {
      const run = await runLintJob({ paths: ['.slipway.yaml', 'clean/Dockerfile'], cwd: dir, ignore: [], warn: () => undefined, scripts: false });
      assert.deepEqual(
        run.results.map((r) => [path.relative(dir, r.path), r.language, r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.fixes?.[0]?.title ?? ''}`)]),
        [
          ['.slipway.yaml', 'config', ['2:11 config-invalid-value Change to "error"']],
          [path.join('clean', 'Dockerfile'), 'dockerfile', []],
        ],
      );
    }));

  it('--config reads a file by its name: hadolint\'s for a name that says hadolint, Slipway\'s otherwise', () =>
    withDir(
      {
        'ci/lint.hadolint.yaml': 'ignored: [DL3007]\nignore: [DL3006]\n',
        'ci/lint.yaml': 'rules:\n  DL3007: off\n  DL3006: eror\n',
        'Dockerfile': 'FROM node:latest\nFROM $BASE\n',
      },
      async (dir) => {
        const rulesOf = (r: Awaited<ReturnType<typeof runLintJob>>) =>
          r.results.map((x) => [path.relative(dir, x.path), x.findings.filter((f) => f.rule.startsWith('config-') || f.rule === 'DL3007').map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.message}`)]);
        const hadolint = await runLintJob({ paths: ['Dockerfile'], cwd: dir, config: 'ci/lint.hadolint.yaml', ignore: [], warn: () => undefined, scripts: false });
        assert.deepEqual(rulesOf(hadolint), [
          ['Dockerfile', []],
          [path.join('ci', 'lint.hadolint.yaml'), ['2:1 config-unknown-key unknown key "ignore" (known: ignored, override, trustedRegistries, label-schema, strict-labels, failure-threshold); ignored']],
        ]);
        const slipway = await runLintJob({ paths: ['Dockerfile'], cwd: dir, config: 'ci/lint.yaml', ignore: [], warn: () => undefined, scripts: false });
        assert.deepEqual(rulesOf(slipway), [
          ['Dockerfile', []],
          [path.join('ci', 'lint.yaml'), ['3:11 config-invalid-value rule DL3006: unknown severity "eror" (expected error, warning (warn), info (information), hint (style), off (none, ignore), true or false); ignored. Did you mean "error"?']],
        ]);
      },
    ));

  it('--ignore takes a rule\'s own id, its peers\' ids, ShellCheck codes and the config rules', () =>
    withDir({ '.hadolint.yaml': 'rulez: 1\n', 'Dockerfile': 'FROM node:latest\nCMD node app.js\n' }, async (dir) => {
      const warnings: string[] = [];
      const run = await runLintJob({ paths: ['Dockerfile'], cwd: dir, ignore: ['DL3025', 'dl3007', 'SC2086', 'config-unknown-key'], warn: (m) => warnings.push(m), scripts: false });
      assert.deepEqual(warnings, []);
      assert.deepEqual(run.results.map((r) => [path.relative(dir, r.path), r.findings.map((f) => f.rule)]), [['Dockerfile', []]]);
    }));

  it('standard input named as a config file is linted as one', async () => {
    const run = await runLintJob({ paths: ['-'], cwd: os.tmpdir(), stdin: { text: 'rules:\n  DL3008: of\n', filename: '.slipway.yaml' }, ignore: [], warn: () => undefined, scripts: false });
    assert.deepEqual(
      run.results.map((r) => [r.language, r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.rule} ${f.fixes?.[0]?.title}`)]),
      [['config', ['2:11 config-invalid-value Change to "off"']]],
    );
  });

  it('every output format reports a config file\'s findings against its path', () =>
    withDir({ '.hadolint.yaml': 'ignored: [DL3008]\noverride:\n  eror: [DL3020]\n', 'Dockerfile': 'FROM scratch\n' }, async (dir) => {
      const run = await runLintJob({ paths: ['Dockerfile'], cwd: dir, ignore: [], warn: () => undefined, scripts: false });
      for (const format of FORMATS) {
        const out = formatReport(format, run.results, { cwd: dir, color: false, errors: [], version: '0.0.0' });
        assert.match(out, /\.hadolint\.yaml/, `${format}: names the config file`);
        assert.match(out, /config-unknown-key/, `${format}: names the rule`);
        assert.match(out, /unknown override level/, `${format}: gives the message`);
      }
      const json = JSON.parse(formatReport('json', run.results, { cwd: dir, color: false, errors: [], version: '0.0.0' }));
      const entry = (Array.isArray(json) ? json : json.files ?? json.results).find((r: { file?: string; path?: string }) => /hadolint/.test(r.file ?? r.path ?? ''));
      assert.ok(entry, JSON.stringify(json));
    }));
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
