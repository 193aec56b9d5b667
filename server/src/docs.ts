import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleLanguages } from './engine/lint';
import { ruleIds } from './engine/types';
import type { Rule, RuleOptions } from './engine/types';
import { HADOLINT_RULES } from './compat/hadolint';
import { ACTIONLINT_CHECKS } from './compat/actionlint';

const LANG_NAMES: Record<string, string> = { dockerfile: 'Dockerfile', workflow: 'GitHub Actions workflow', action: 'action.yml', compose: 'Compose', config: 'config files' };

function fence(lang: string, body: string): string {
  return '```' + lang + '\n' + body.replace(/\n?$/, '\n') + '```';
}

function codeLang(rule: Rule<unknown>): string {
  return ruleLanguages(rule)[0] === 'dockerfile' ? 'dockerfile' : 'yaml';
}

/** The Markdown page of one rule, generated from the registry (the single source). */
export function renderRuleDoc(rule: Rule<unknown>): string {
  const others = ruleIds(rule).filter((x) => x !== rule.id);
  const peers: string[] = [];
  if (rule.compat?.hadolint) peers.push(`hadolint \`${rule.compat.hadolint}\``);
  if (rule.compat?.buildkit) peers.push(`BuildKit check \`${rule.compat.buildkit}\``);
  if (rule.compat?.actionlint) peers.push(`actionlint \`${rule.compat.actionlint}\``);
  const lines = [
    `# ${rule.id}`,
    '',
    rule.docs.summary,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Applies to | ${ruleLanguages(rule).map((l) => LANG_NAMES[l]).join(', ')} |`,
    `| Default severity | ${rule.optIn ? `off (opt-in; ${rule.severity} when enabled)` : rule.severity} |`,
    `| Quick fix | ${!rule.fix ? 'no' : rule.fix.safety === 'safe' ? 'yes, safe: applied by `slipway lint --fix`' : 'yes, unsafe: offered in the editor only'} |`,
    ...(peers.length ? [`| Same check in | ${peers.join(', ')} |`] : []),
    ...(others.length ? [`| Also accepted as | ${others.map((o) => `\`${o}\``).join(', ')} |`] : []),
    '',
    '## Why',
    '',
    rule.docs.why,
    '',
    '## Problem',
    '',
    ...(rule.docs.options ? [`With the options \`${JSON.stringify(rule.docs.options)}\`:`, ''] : []),
    fence(codeLang(rule), rule.docs.bad),
    '',
    '## Fixed',
    '',
    fence(codeLang(rule), rule.docs.good),
    '',
    ...(rule.fix ? ['## Quick fix', '', `${rule.fix.safety === 'safe' ? '**Safe**: applied by `slipway lint --fix`.' : '**Unsafe**: offered in the editor only, never applied by `slipway lint --fix`.'} ${rule.fix.why}`, ''] : []),
    '## Configure',
    '',
    'Change the severity or turn the rule off in VS Code settings (`"slipway.rules": { "' + rule.id + '": "off" }`), in `.slipway.yaml` (`rules: { ' + rule.id + ': warning }`)' +
      (ruleLanguages(rule).includes('dockerfile')
        ? ', in `.hadolint.yaml` (`ignored: [' + rule.id + ']`), or for one instruction with a comment above it: `# hadolint ignore=' + rule.id + '`.'
        : '.'),
    '',
    ...(ruleLanguages(rule).some((l) => l === 'dockerfile' || l === 'config') ? [] : ['In the file itself: `# slipway-ignore: ' + rule.id + '` at the end of the line of a finding, or `# slipway-ignore-next-line: ' + rule.id + '` on the line above it.', '']),
    ...(rule.options?.length ? renderOptions(rule.options) : []),
    ...(rule.docs.extra ? [rule.docs.extra.trimEnd(), ''] : []),
  ];
  return lines.join('\n');
}

/** Where each rule option is written, in every config source that has it (configParse.ts reads them all). */
export const OPTION_DOCS: Record<keyof RuleOptions, { what: string; where: string }> = {
  trustedRegistries: { what: 'registries FROM may pull from (empty: any)', where: '`.slipway.yaml` `trustedRegistries: [docker.io, ghcr.io]`; `.hadolint.yaml` `trustedRegistries`' },
  runnerLabels: { what: 'labels of your self-hosted runners', where: '`.github/slipway.yaml` or `.slipway.yaml` `runnerLabels: [gpu]`; `.github/actionlint.yaml` `self-hosted-runner: { labels: [gpu] }`' },
  labelSchema: { what: 'labels every image must have, and their types', where: '`.slipway.yaml` `labelSchema: { maintainer: email }`; `.hadolint.yaml` `label-schema`' },
  strictLabels: { what: 'only the labels of the schema are allowed', where: '`.slipway.yaml` `strictLabels: true`; `.hadolint.yaml` `strict-labels`' },
  buildArgs: { what: 'values of build arguments, as `--build-arg` gives them', where: '`.slipway.yaml` `buildArgs: { BASE: alpine:3.20 }`' },
};

function renderOptions(options: (keyof RuleOptions)[]): string[] {
  return ['## Options', '', 'This rule reads:', '', '| Option | What | Where |', '| --- | --- | --- |', ...options.map((o) => `| \`${o}\` | ${OPTION_DOCS[o].what} | ${cell(OPTION_DOCS[o].where)} |`), ''];
}

/** The severity policy every rule's default follows; written at the top of docs/rules/README.md. */
export const SEVERITY_POLICY = [
  '## Severities',
  '',
  'Every rule has a default severity, chosen by one policy:',
  '',
  '- **error**: this will not work. The builder, Compose or GitHub rejects the file, or it certainly misbehaves at run time (a job that never starts, an expression that is always empty, a port out of range). A valid, working file never shows an error.',
  '- **warning**: probably a mistake, or a risk (security, reproducibility, a feature that is going away).',
  '- **info** (and **hint**): style and best practice; the file works as it is.',
  '',
  "Other tools' default severities are not ours: hadolint reports `DL3020` (ADD for a local file) and `DL3004` (sudo) as errors, Slipway as advice (info) and a risk (warning). " +
    'Some rules report a milder or a certain variant at another level than their default: in `job-needs` a job that does not exist is an error, a job listed twice a warning.',
  '',
  'You can change the severity of any rule, or turn it off (`off`); a rule answers to its own id and to the ids in its *Also known as* column:',
  '',
  'Every source below is read by one reader with one vocabulary of severities: `error`, `warning` (or `warn`), `info` (or `information`), `hint` (or `style`, hadolint\'s name), `off` (or `none`, `ignore`); `true` turns an opt-in rule on at its default, `false` turns a rule off. A rule id nobody knows, a severity outside this list or a key a file does not have is reported (with its file, line and column in the CLI\'s warnings and the server\'s log; for the setting, once in a window message), never dropped silently.',
  '',
  '- VS Code settings: `"slipway.rules": { "DL3008": "off", "JSONArgsRecommended": "error", "DL3059": "style" }`. Settings win over config files.',
  '- `.slipway.yaml` (or `.slipway.yml`; for workflows, actions and Compose files also `.github/slipway.yaml`), the nearest one above the file: `rules: { DL3004: error, untrusted-input: error, DL3057: true }`, and the options rules read (see each rule\'s *Options*): `trustedRegistries`, `runnerLabels`, `labelSchema`, `strictLabels`, `buildArgs`, `failureThreshold`.',
  "- `.hadolint.yaml` (or `.hadolint.yml`; Dockerfiles only): hadolint's `override: { error: [DL3020], warning: [...], info: [...], style: [...] }` (`style` is hint), `ignored: [DL3059]`, `trustedRegistries`, `label-schema`, `strict-labels`, `failure-threshold`.",
  "- `.github/actionlint.yaml` (workflows and actions): actionlint's `self-hosted-runner: { labels: [...] }` (`config-variables` and `paths` are accepted and not used).",
  '- In the file itself: a comment turns rules off on a line, an instruction or the whole file (see *Ignoring a finding in the file* below).',
  '- CLI: `--ignore DL3008,DL3059`; `--severity-threshold` (or `.hadolint.yaml`\'s `failure-threshold`) chooses which severities make the exit status 1 (default: error).',
  '',
  'A severity you set applies to every finding of the rule, including its milder or stronger variants.',
].join('\n');

/** A documented ignore comment, shown in docs/rules/README.md and linted by a unit test (test/unit/ignoreComments.test.ts). */
export interface IgnoreExample {
  title: string;
  /** Where the file is, relative to its project (it decides the language). */
  path: string;
  /** The rule the comment turns off: a finding of it in `without`, none in `with`. */
  rule: string;
  without: string;
  with: string;
}

export const IGNORE_EXAMPLES: IgnoreExample[] = [
  {
    title: 'Dockerfile: the next instruction, whatever lines it spans',
    path: 'Dockerfile',
    rule: 'DL3008',
    without: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n',
    with: 'FROM debian:12\n# hadolint ignore=DL3008,DL3015\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl\n',
  },
  {
    title: 'Dockerfile: the whole file',
    path: 'Dockerfile',
    rule: 'JSONArgsRecommended',
    without: 'FROM alpine\nCMD echo hello\n',
    with: '# hadolint global ignore=DL3025\nFROM alpine\nCMD echo hello\n',
  },
  {
    title: 'Dockerfile: a BuildKit check, with BuildKit\'s own directive',
    path: 'Dockerfile',
    rule: 'JSONArgsRecommended',
    without: 'FROM alpine\nCMD echo hello\n',
    with: '# check=skip=JSONArgsRecommended\nFROM alpine\nCMD echo hello\n',
  },
  {
    title: 'Workflow: the rest of the line',
    path: '.github/workflows/greet.yml',
    rule: 'untrusted-input',
    without: 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    with: 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"  # slipway-ignore: untrusted-input\n',
  },
  {
    title: 'Workflow: the next line, several rules',
    path: '.github/workflows/ci.yml',
    rule: 'unknown-key',
    without: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n        timeout: 5\n',
    with: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n        # slipway-ignore-next-line: unknown-key, value-type\n        timeout: 5\n',
  },
  {
    title: 'action.yml: every rule on the next line (no ids)',
    path: 'action.yml',
    rule: 'missing-key',
    without: 'name: hello\ndescription: Says hello\nruns:\n  using: composite\n  steps:\n    - run: echo hello\n',
    with: 'name: hello\ndescription: Says hello\nruns:\n  using: composite\n  steps:\n    # slipway-ignore\n    - run: echo hello\n',
  },
  {
    title: 'Compose file: the rest of the line',
    path: 'compose.yaml',
    rule: 'compose-port-mapping',
    without: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80000"\n',
    with: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80000"  # slipway-ignore: compose-port-mapping\n',
  },
  {
    title: "Workflow: zizmor's comment, by the audit's name",
    path: '.github/workflows/greet.yml',
    rule: 'untrusted-input',
    without: 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    with: 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"  # zizmor: ignore[template-injection]\n',
  },
];

/** How a finding is turned off in the file itself; written in docs/rules/README.md from the code's behaviour. */
export function renderIgnoreComments(): string {
  return [
    '## Ignoring a finding in the file',
    '',
    'A comment turns rules off where it stands and nowhere else. Rule ids are matched without regard to case, and a rule answers to its own id and to every id in its *Also known as* column (its hadolint, BuildKit or actionlint name, its aliases); a ShellCheck finding answers to its code (`SC2086`) and to `ShellCheck`. To turn a rule off everywhere, set its severity to `off` (above).',
    '',
    '**Dockerfiles** (hadolint\'s comments; `slipway` may stand for `hadolint`):',
    '',
    '- `# hadolint ignore=DL3008,DL3015` on a line of its own: the rules named are off on every line of the next instruction (comments and blank lines may come between).',
    '- `# hadolint global ignore=DL3008` anywhere in the file: off in the whole file.',
    "- BuildKit's `# check=skip=JSONArgsRecommended` (or `skip=all`) as a parser directive at the top of the file turns BuildKit checks (the rules with a BuildKit name) off in the whole file; in the comments right above an instruction, for that instruction only.",
    '',
    '**Workflows, action.yml and Compose files** (`# slipway-ignore`):',
    '',
    '- `# slipway-ignore: untrusted-input` at the end of a line: the rules named are off for the findings that start on that line.',
    '- `# slipway-ignore-next-line: unknown-key, value-type`: off for the findings that start on the next line. `# slipway-ignore` on a line of its own means the same.',
    '- Without ids (`# slipway-ignore`, `# slipway-ignore-next-line`), every rule is off there. Ids are separated by commas or spaces; `=` may stand for `:`.',
    '- The comment is looked for in the text of the line, so it also works at the end of a line of a `run: |` script, where it is a shell comment.',
    "- zizmor's `# zizmor: ignore[template-injection, artipacked]` (a reason may follow) turns off the rules named after those audits on the lines of their findings; there it must be a YAML comment, not text inside a string or a script.",
    '',
    'Config files (`.slipway.yaml`, `.hadolint.yaml`, `.github/actionlint.yaml`) have no ignore comment: set the severity of the `config-…` rules instead.',
    '',
    'Examples (a unit test lints each: the rule named reports the example without its comment, and not with it):',
    '',
    ...IGNORE_EXAMPLES.flatMap((e) => [`${e.title} (\`${e.path}\`, \`${e.rule}\`):`, '', fence(e.path.endsWith('Dockerfile') ? 'dockerfile' : 'yaml', e.with), '']),
  ].join('\n');
}

/** How findings are worded, per file family; written in docs/rules/README.md. Helpers: server/src/engine/suggest.ts. */
export const MESSAGE_GUIDELINE = [
  '## Messages',
  '',
  'Each family of files has one way of writing a finding, so that messages read alike and a search for one finds its kin. ' +
    "A rule that answers to a peer's id (hadolint, BuildKit, actionlint, the Compose schema) keeps that peer's wording, which users know and search for, even where it departs from the lines below.",
  '',
  '- **Dockerfiles** (hadolint and BuildKit style): sentence case, no final full stop. Instructions, flags and variables are written as in a Dockerfile, without quotes (`RUN`, `--chown`, `$HOME`); other words and values the file contains go in backticks (`` `tcp` ``), text to type too (`` `COPY --chown=app . /app` ``). ' +
    "A suggestion closes the sentence part it belongs to in parentheses: `(did you mean --chown?)`. Messages that carry BuildKit's own text keep its quotes (`Usage of undefined variable '$FOO' (did you mean $FOOD?)`).",
  '- **Workflows and actions** (actionlint style): lower case at the start, sentences joined with `. `, no final full stop. Keys, names, ids and values go in double quotes (`job "build"`, `input "tag"`). ' +
    'A suggestion is the last sentence: `. Did you mean "jobs"?`.',
  '- **Compose files**: as workflows, lower case at the start, and they say where first (`service "web": …`, `services.web.build: …`); keys, names and values in double quotes; a suggestion is the last sentence: `. Did you mean "environment"?`.',
  '',
  'A fix that writes one suggested word or value is titled `Change to "X"` (double quotes in every family, with the text as it reads after the fix, e.g. `Change to "--chown"`) and is the preferred fix when it is the only suggestion. ' +
    'Other fixes are titled with an imperative verb that says what they write (`Add --no-install-recommends`, `Continue line 3 with \\`).',
].join('\n');

/** What makes a quick fix safe, for the index page (each rule's page says which kind its fixes are). */
export const FIX_POLICY = [
  '## Safe and unsafe quick fixes',
  '',
  'Every quick fix is marked safe or unsafe in the rule registry (`fix` on the rule, or `safety` on one fix), and each rule\'s page says which. ' +
    '**Safe**: the fixed file does what the original does wherever the original works: a spelling the tool reads the same way (instruction or keyword casing, `ENV key=value`, exec form running the same program), text the tool ignores (a repeated CMD, an ignored flag, an empty continuation line), or the only reading of something the tool rejects (a trailing `/` on a COPY destination with several sources, a key in the wrong case). ' +
    '`slipway lint --fix` and the Action\'s `fix` input apply safe fixes only; a unit test applies every safe fix of every rule\'s cases and of the corpus and checks the file still parses, loses the finding and (for Dockerfiles) keeps its stages and effective instructions. ' +
    '**Unsafe**: anything that needs judgement: did-you-mean suggestions, new flags or commands that change what is installed, kept or run, new values. They are offered in the editor only. ShellCheck\'s fixes are unsafe (quoting or rewriting shell code changes how it splits and expands).',
].join('\n');

export function renderIndex(rules: Rule<unknown>[]): string {
  const rows = rules
    .slice()
    .sort((a, b) => ruleLanguages(a)[0].localeCompare(ruleLanguages(b)[0]) || a.id.localeCompare(b.id))
    .map((r) => `| [${r.id}](${r.id}.md) | ${ruleLanguages(r).map((l) => LANG_NAMES[l]).join(', ')} | ${r.optIn ? 'off' : r.severity} | ${ruleIds(r).filter((x) => x !== r.id).join(', ')} | ${r.docs.summary.replace(/\|/g, '\\|')} |`);
  return ['# Slipway rules', '', 'Generated from the rule registry by `npm run docs`.', '', SEVERITY_POLICY, '', renderIgnoreComments(), MESSAGE_GUIDELINE, '', FIX_POLICY, '', '## Rules', '', '| Rule | Applies to | Default | Also known as | What it reports |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The rules Slipway answers to a peer id with (links to their pages). */
function answeringLinks(rules: Rule<unknown>[], id: string): string {
  const key = id.toLowerCase();
  return rules
    .filter((r) => ruleIds(r).some((x) => x.toLowerCase() === key))
    .map((r) => `[${r.id}](${r.id}.md)`)
    .join(', ');
}

/** docs/rules/compat-hadolint.md: every hadolint rule and what Slipway does for it. */
export function renderHadolintCompat(rules: Rule<unknown>[]): string {
  const rows = HADOLINT_RULES.map((e) => {
    const by = answeringLinks(rules, e.id);
    const status = e.notImplemented ? `not implemented: ${e.notImplemented}` : by === `[${e.id}](${e.id}.md)` ? 'implemented' : `implemented as ${by}`;
    return `| ${e.id} | ${cell(e.title)} | ${cell(status)} |`;
  });
  const done = HADOLINT_RULES.filter((e) => !e.notImplemented).length;
  return [
    '# hadolint rules in Slipway',
    '',
    'Generated by `npm run docs` from server/src/compat/hadolint.ts and the rule registry. Every Slipway rule in this list answers to its hadolint id in `# hadolint ignore=`, `.hadolint.yaml` and settings; ShellCheck\'s `SC` codes are not in this list.',
    '',
    `${done} of ${HADOLINT_RULES.length} hadolint rules are implemented.`,
    '',
    '| hadolint | What it reports | Slipway |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** docs/rules/compat-actionlint.md: every actionlint check kind and the Slipway rules that cover it. */
export function renderActionlintCompat(rules: Rule<unknown>[]): string {
  const rows = ACTIONLINT_CHECKS.map((e) => {
    const by = e.rules.map((id) => answeringLinks(rules, id)).join(', ');
    const status = [by, e.notImplemented ? `not implemented: ${e.notImplemented}` : ''].filter(Boolean).join('; ');
    return `| ${e.kind} | ${cell(e.title)} | ${cell(status)} |`;
  });
  return [
    '# actionlint checks in Slipway',
    '',
    'Generated by `npm run docs` from server/src/compat/actionlint.ts and the rule registry.',
    '',
    '| actionlint kind | What it checks | Slipway |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Writes docs/rules/*.md; returns the files written. */
export function writeDocs(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const rules = allRules();
  const written: string[] = [];
  const keep = new Set<string>(['README.md']);
  for (const r of rules) {
    const file = path.join(dir, `${r.id}.md`);
    keep.add(`${r.id}.md`);
    fs.writeFileSync(file, renderRuleDoc(r));
    written.push(file);
  }
  fs.writeFileSync(path.join(dir, 'README.md'), renderIndex(rules));
  fs.writeFileSync(path.join(dir, 'compat-hadolint.md'), renderHadolintCompat(rules));
  fs.writeFileSync(path.join(dir, 'compat-actionlint.md'), renderActionlintCompat(rules));
  keep.add('compat-hadolint.md').add('compat-actionlint.md');
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !keep.has(f)) fs.rmSync(path.join(dir, f));
  return written;
}
