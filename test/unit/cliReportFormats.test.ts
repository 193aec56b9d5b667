// The report formats of other CI systems: codeclimate (GitLab Code Quality), junit (Jenkins, Azure Pipelines,
// GitLab), sonarqube (generic issue import) and rdjson/rdjsonl (reviewdog). Each is checked against its published
// schema or its consumer's rules (test/fixtures/schemas/README.md says where each comes from), for exact output,
// severity mapping, stable fingerprints, hostile content and an empty run.
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import type { FileResult } from '../../server/src/cli/format';
import { formatReport, FORMATS, type Format, type ReportContext } from '../../server/src/cli/formats';
import { toCodeClimate } from '../../server/src/cli/formats/codeclimate';
import { CLEAN_TEST } from '../../server/src/cli/formats/junit';
import { fingerprints } from '../../server/src/cli/formats/locations';
import { sonarTextRange } from '../../server/src/cli/formats/sonarqube';
import { runLintJob } from '../../server/src/cli/run';
import type { Finding, Severity } from '../../server/src/engine/types';
import { foreignCommands } from '../helpers/workflowCommands';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');
const SCHEMAS = path.join(REPO, 'test/fixtures/schemas');
const DOCS = 'https://github.com/slipway-dev/slipway/blob/main/docs/rules/';
const xml2js = require('xml2js') as { parseStringPromise(xml: string): Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

const DOCKERFILE = 'FROM scratch\nEXPOSE 80800\nCMD echo hi\n';
const PORT_MESSAGE = 'Valid UNIX ports range from 0 to 65535 (got 80800)';
const CMD_MESSAGE = 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals';

function slipway(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function schema(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(SCHEMAS, name), 'utf8'));
}

/** A validator: undefined when valid, else the first errors. */
function validator(s: object, draft04 = false): (v: unknown) => string | undefined {
  const ajv = draft04 ? new AjvDraft04({ allErrors: true, strict: false }) : new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(s);
  return (v) => (validate(v) ? undefined : JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}

/** reviewdog's published schema with unknown fields refused, as its protojson parser refuses them; `root` picks Diagnostic for rdjsonl. */
function reviewdogValidator(root: 'DiagnosticResult' | 'reviewdog.rdf.Diagnostic') {
  const s = schema('reviewdog-DiagnosticResult.json') as { $ref: string; definitions: Record<string, { additionalProperties: boolean }> };
  for (const d of Object.values(s.definitions)) d.additionalProperties = false;
  s.$ref = `#/definitions/${root}`;
  return validator(s, true);
}

/** GitLab's parser schema for each entry, and the documented required fields for the whole report. */
function checkCodeClimate(report: unknown[]) {
  const entry = validator(schema('gitlab-codeclimate.json'));
  for (const e of report) assert.equal(entry(e), undefined);
  assert.equal(validator(schema('gitlab-code-quality-report.schema.json'))(report), undefined);
  const prints = report.map((e) => (e as { fingerprint: string }).fingerprint);
  assert.equal(new Set(prints).size, prints.length, 'GitLab keeps one entry per fingerprint: they must differ');
}

/** The documented schema, then what the scanner checks beyond it: rules known and unique, ranges it accepts. */
function checkSonar(report: { rules: { id: string }[]; issues: { ruleId: string; primaryLocation: { filePath: string; textRange?: Record<string, number> } }[] }, texts: Record<string, string> = {}) {
  assert.equal(validator(schema('sonarqube-generic-issues.schema.json'))(report), undefined);
  const ids = report.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const i of report.issues) {
    assert.ok(ids.includes(i.ruleId), `rule ${i.ruleId} is in the report`);
    const t = i.primaryLocation.textRange;
    const text = texts[i.primaryLocation.filePath];
    if (!t || t.startColumn === undefined || text === undefined) continue;
    const lines = text.split(/\r\n|\r|\n/);
    assert.ok(t.startColumn <= lines[t.startLine - 1].length && t.endColumn <= lines[t.endLine - 1].length, 'columns within their lines');
    assert.ok(t.startLine < t.endLine || t.startColumn < t.endColumn, 'start before end');
  }
}

function xmllint(xml: string): { ok: boolean; out: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-junit-')), 'report.xml');
  fs.writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--schema', path.join(SCHEMAS, 'jenkins-junit-10.xsd'), file], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** The fingerprint the codeclimate format documents: rule, path, trimmed line text and occurrence index. */
function fp(rule: string, file: string, line: string, n = 0): string {
  return createHash('sha256').update(`${JSON.stringify(['slipway', rule, file, line])}\n${n}`).digest('hex');
}

function finding(rule: string, severity: Severity, line: number, from: number, to: number, message = 'm', extra: Partial<Finding> = {}): Finding {
  return { rule, severity, message, range: { start: { line, character: from }, end: { line, character: to } }, ...extra };
}

describe('report formats for other CI systems', () => {
  let dir: string;
  let ctx: ReportContext;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-reports-'));
    fs.mkdirSync(path.join(dir, '.git'));
    fs.mkdirSync(path.join(dir, 'svc dir'));
    fs.writeFileSync(path.join(dir, 'svc dir', 'Dockerfile'), DOCKERFILE);
    fs.writeFileSync(path.join(dir, 'clean.Dockerfile'), 'FROM scratch\nCMD ["/app"]\n');
    ctx = { cwd: dir, color: false, errors: [], version: '0.1.0' };
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => slipway(['lint', '--no-scripts', ...args, 'svc dir/Dockerfile', 'clean.Dockerfile'], dir);

  describe('codeclimate (GitLab Code Quality)', () => {
    it('writes one Code Climate issue per finding, valid for GitLab, with severities mapped and paths from the repository root', () => {
      const r = run('-f', 'codeclimate');
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out);
      checkCodeClimate(report);
      assert.deepEqual(report, [
        {
          type: 'issue',
          check_name: 'DL3011',
          description: PORT_MESSAGE,
          content: { body: `${PORT_MESSAGE}\n\n[DL3011](${DOCS}DL3011.md)` },
          categories: ['Bug Risk'],
          severity: 'critical',
          fingerprint: fp('DL3011', 'svc dir/Dockerfile', 'EXPOSE 80800'),
          engine_name: 'slipway',
          location: { path: 'svc dir/Dockerfile', lines: { begin: 2, end: 2 } },
        },
        {
          type: 'issue',
          check_name: 'JSONArgsRecommended',
          description: CMD_MESSAGE,
          content: { body: `${CMD_MESSAGE}\n\n[JSONArgsRecommended](${DOCS}JSONArgsRecommended.md)` },
          categories: ['Bug Risk'],
          severity: 'major',
          fingerprint: fp('JSONArgsRecommended', 'svc dir/Dockerfile', 'CMD echo hi'),
          engine_name: 'slipway',
          location: { path: 'svc dir/Dockerfile', lines: { begin: 3, end: 3 } },
        },
      ]);
      // From a folder inside the repository, paths stay relative to its root (GitLab's view of the files).
      const sub = slipway(['lint', '--no-scripts', '-f', 'codeclimate', 'Dockerfile'], path.join(dir, 'svc dir'));
      assert.deepEqual(JSON.parse(sub.out).map((e: { location: { path: string } }) => e.location.path), ['svc dir/Dockerfile', 'svc dir/Dockerfile']);
    });

    it('maps error, warning, info and hint to critical, major, minor and info', () => {
      const results: FileResult[] = [
        { path: path.join(dir, 'x.Dockerfile'), language: 'dockerfile', text: 'a\nb\nc\nd\n', findings: (['error', 'warning', 'info', 'hint'] as Severity[]).map((s, i) => finding('DL3011', s, i, 0, 1)) },
      ];
      const report = toCodeClimate(results, ctx);
      checkCodeClimate(report);
      const lines = (range: Finding['range']) => toCodeClimate([{ ...results[0], findings: [{ ...results[0].findings[0], range }] }], ctx)[0].location.lines;
      assert.deepEqual(lines({ start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }), { begin: 2, end: 2 }, 'a whole line with its end');
      assert.deepEqual(lines({ start: { line: 1, character: 0 }, end: { line: 2, character: 1 } }), { begin: 2, end: 3 });
      assert.deepEqual(lines({ start: { line: 2, character: 1 }, end: { line: 1, character: 0 } }), { begin: 3, end: 3 }, 'reversed');
      assert.deepEqual(
        report.map((e) => [e.severity, e.categories[0]]),
        [
          ['critical', 'Bug Risk'],
          ['major', 'Bug Risk'],
          ['minor', 'Style'],
          ['info', 'Style'],
        ],
      );
    });

    it('keeps fingerprints across runs and edits above the finding; identical lines and findings on one line still differ', async () => {
      const file = path.join(dir, 'fp', 'Dockerfile');
      fs.mkdirSync(path.dirname(file));
      const report = async (text: string) => {
        fs.writeFileSync(file, text);
        const r = await runLintJob({ paths: ['fp/Dockerfile'], cwd: dir, ignore: ['JSONArgsRecommended'], warn: () => undefined, scripts: false });
        return toCodeClimate(r.results, ctx).map((e) => ({ rule: e.check_name, line: e.location.lines.begin, fingerprint: e.fingerprint }));
      };
      const first = await report('FROM scratch\nEXPOSE 80800\nEXPOSE 70000\nEXPOSE 80800\n');
      assert.deepEqual(first, await report('FROM scratch\nEXPOSE 80800\nEXPOSE 70000\nEXPOSE 80800\n'), 'the same on every run');
      assert.equal(new Set(first.map((f) => f.fingerprint)).size, 3, 'two identical lines: two fingerprints');
      assert.deepEqual(first[0].fingerprint, fp('DL3011', 'fp/Dockerfile', 'EXPOSE 80800', 0));
      assert.deepEqual(first[2].fingerprint, fp('DL3011', 'fp/Dockerfile', 'EXPOSE 80800', 1));
      const moved = await report('# a comment\nFROM scratch\nLABEL a=b\n\n  EXPOSE 80800\nEXPOSE 70000\nEXPOSE 80800\n');
      assert.deepEqual(moved.map((f) => f.line), [5, 6, 7], 'the lines moved');
      assert.deepEqual(moved.map((f) => f.fingerprint), first.map((f) => f.fingerprint), 'lines added above and re-indenting keep the fingerprints');
      const changed = await report('FROM scratch\nEXPOSE 80801\nEXPOSE 70000\nEXPOSE 80800\n');
      assert.notEqual(changed[0].fingerprint, first[0].fingerprint, 'a changed line is a new finding');
      assert.equal(changed[2].fingerprint, fp('DL3011', 'fp/Dockerfile', 'EXPOSE 80800', 0));
      // Two findings of one rule on one line: the occurrence index tells them apart.
      const two = fingerprints([finding('SC2086', 'info', 0, 5, 7), finding('SC2086', 'info', 0, 9, 11)], 'Dockerfile', ['RUN a $X $Y']);
      assert.deepEqual(two, [fp('SC2086', 'Dockerfile', 'RUN a $X $Y', 0), fp('SC2086', 'Dockerfile', 'RUN a $X $Y', 1)]);
    });
  });

  describe('junit', () => {
    it('writes a suite per file, a failure per finding and a passing test for a clean file, valid against the JUnit XSD', async () => {
      const r = run('-f', 'junit');
      assert.equal(r.code, 1, r.err);
      const lint = xmllint(r.out);
      assert.ok(lint.ok, lint.out);
      assert.equal(
        r.out,
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<testsuites name="Slipway" tests="3" failures="2" errors="0" time="0">',
          '  <testsuite name="svc dir/Dockerfile" tests="2" failures="2" errors="0" skipped="0" time="0">',
          '    <testcase name="DL3011 at 2:8" classname="svc dir/Dockerfile" time="0">',
          `      <failure message="${PORT_MESSAGE}" type="error">svc dir/Dockerfile:2:8: error ${PORT_MESSAGE} [DL3011]`,
          `${DOCS}DL3011.md</failure>`,
          '    </testcase>',
          '    <testcase name="JSONArgsRecommended at 3:1" classname="svc dir/Dockerfile" time="0">',
          `      <failure message="${CMD_MESSAGE}" type="warning">svc dir/Dockerfile:3:1: warning ${CMD_MESSAGE} [JSONArgsRecommended]`,
          `${DOCS}JSONArgsRecommended.md</failure>`,
          '    </testcase>',
          '  </testsuite>',
          '  <testsuite name="clean.Dockerfile" tests="1" failures="0" errors="0" skipped="0" time="0">',
          `    <testcase name="${CLEAN_TEST}" classname="clean.Dockerfile" time="0"/>`,
          '  </testsuite>',
          '</testsuites>',
          '',
        ].join('\n'),
      );
      const doc = await xml2js.parseStringPromise(r.out);
      const suites = doc.testsuites.testsuite;
      assert.deepEqual(suites.map((s: { $: { name: string } }) => s.$.name), ['svc dir/Dockerfile', 'clean.Dockerfile']);
      assert.equal(suites[0].testcase[0].failure[0].$.message, PORT_MESSAGE);
      assert.equal(suites[1].testcase[0].failure, undefined, 'the clean file passes');
    });

    it('reports unreadable files and unmatched paths as errors; the severity is the failure type', async () => {
      const results: FileResult[] = [
        { path: path.join(dir, 'gone.Dockerfile'), language: 'dockerfile', findings: [], error: 'permission denied' },
        { path: path.join(dir, 'x.Dockerfile'), language: 'dockerfile', findings: (['error', 'warning', 'info', 'hint'] as Severity[]).map((s, i) => finding('DL3011', s, i, 0, 1)) },
      ];
      const xml = formatReport('junit', results, { ...ctx, errors: ['nope/Dockerfile: no such file or directory'] });
      const lint = xmllint(xml);
      assert.ok(lint.ok, lint.out);
      const doc = await xml2js.parseStringPromise(xml);
      assert.deepEqual({ ...doc.testsuites.$ }, { name: 'Slipway', tests: '6', failures: '4', errors: '2', time: '0' });
      const [cli, gone, x] = doc.testsuites.testsuite;
      assert.equal(cli.testcase[0].error[0].$.message, 'nope/Dockerfile: no such file or directory');
      assert.deepEqual({ ...gone.$ }, { name: 'gone.Dockerfile', tests: '1', failures: '0', errors: '1', skipped: '0', time: '0' });
      assert.equal(gone.testcase[0].error[0].$.message, 'cannot read: permission denied');
      assert.deepEqual(x.testcase.map((t: { failure: { $: { type: string } }[] }) => t.failure[0].$.type), ['error', 'warning', 'info', 'hint']);
    });

    it('escapes hostile content: markup, a CDATA end, </failure>, control characters and emoji stay text', async () => {
      const hostile = 'a </failure></testcase><x y="1"> ]]> <![CDATA[ & \'q\' "d"\n::error::pwned ##[stop]\r\x00\x1b[31m\x7f\u202e 😀 é';
      const results: FileResult[] = [{ path: path.join(dir, '</testsuite> 😀 & "x".Dockerfile'), language: 'dockerfile', findings: [finding('DL3011', 'error', 0, 0, 1, hostile)] }];
      const xml = formatReport('junit', results, ctx);
      const lint = xmllint(xml);
      assert.ok(lint.ok, lint.out);
      assert.deepEqual(foreignCommands(xml, false), [], 'no line starts with file content');
      assert.doesNotMatch(xml, /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/, 'no raw control characters');
      const doc = await xml2js.parseStringPromise(xml);
      const suite = doc.testsuites.testsuite[0];
      const name = '</testsuite> 😀 & "x".Dockerfile';
      assert.equal(suite.$.name, name);
      const expected = hostile.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '\uFFFD');
      const failure = suite.testcase[0].failure[0];
      assert.equal(failure.$.message, expected);
      assert.equal(failure._, `${name}:1:1: error ${expected} [DL3011]\n${DOCS}DL3011.md`);
    });
  });

  describe('sonarqube (generic issue import)', () => {
    it('writes the rules it reports and an issue per finding in the 10.3+ form, with 0-based columns', () => {
      const r = run('-f', 'sonarqube');
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out);
      checkSonar(report, { 'svc dir/Dockerfile': DOCKERFILE });
      assert.deepEqual(
        report.rules.map((x: { id: string; name: string; engineId: string; cleanCodeAttribute: string; impacts: object[] }) => [x.id, x.engineId, x.cleanCodeAttribute, x.impacts]),
        [
          ['DL3011', 'slipway', 'LOGICAL', [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }]],
          ['JSONArgsRecommended', 'slipway', 'LOGICAL', [{ softwareQuality: 'RELIABILITY', severity: 'MEDIUM' }]],
        ],
      );
      assert.equal(report.rules[0].name, 'EXPOSE ports must be between 0 and 65535.');
      assert.match(report.rules[0].description, new RegExp(`\n\n${DOCS}DL3011\\.md$`));
      assert.deepEqual(report.issues, [
        { ruleId: 'DL3011', primaryLocation: { message: PORT_MESSAGE, filePath: 'svc dir/Dockerfile', textRange: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 12 } } },
        { ruleId: 'JSONArgsRecommended', primaryLocation: { message: CMD_MESSAGE, filePath: 'svc dir/Dockerfile', textRange: { startLine: 3, startColumn: 0, endLine: 3, endColumn: 11 } } },
      ]);
    });

    it('maps severities to impacts (a rule takes its most severe finding) and names ShellCheck codes', () => {
      const results: FileResult[] = [
        {
          path: path.join(dir, 'x.Dockerfile'),
          language: 'dockerfile',
          text: 'a\nb\nc\nd\ne\n',
          findings: [finding('DL3047', 'info', 0, 0, 1), finding('DL3048', 'hint', 1, 0, 1), finding('DL3047', 'warning', 2, 0, 1), finding('SC2086', 'info', 3, 0, 1, 'Double quote to prevent globbing and word splitting.')],
        },
      ];
      const report = JSON.parse(formatReport('sonarqube', results, ctx));
      checkSonar(report);
      assert.deepEqual(
        report.rules.map((x: { id: string; engineId: string; cleanCodeAttribute: string; impacts: { softwareQuality: string; severity: string }[] }) => [x.id, x.engineId, x.cleanCodeAttribute, x.impacts[0].softwareQuality, x.impacts[0].severity]),
        [
          ['DL3047', 'slipway', 'LOGICAL', 'RELIABILITY', 'MEDIUM'],
          ['DL3048', 'slipway', 'CONVENTIONAL', 'MAINTAINABILITY', 'LOW'],
          ['SC2086', 'shellcheck', 'CONVENTIONAL', 'MAINTAINABILITY', 'LOW'],
        ],
      );
      assert.equal(report.rules[2].name, 'SC2086: Double quote to prevent globbing and word splitting.');
      assert.equal(report.issues.length, 4);
    });

    it('gives the scanner only ranges it accepts: empty or reversed ranges are the line, columns clamped to the line', () => {
      const lines = ['FROM scratch', 'EXPOSE 1', ''];
      const at = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
      assert.deepEqual(sonarTextRange(at(1, 3, 1, 3), lines), { startLine: 2 }, 'empty');
      assert.deepEqual(sonarTextRange(at(1, 5, 0, 2), lines), { startLine: 2 }, 'reversed');
      assert.deepEqual(sonarTextRange(at(1, 0, 1, 99), lines), { startLine: 2, startColumn: 0, endLine: 2, endColumn: 8 }, 'past the end of the line');
      assert.deepEqual(sonarTextRange(at(0, 0, 2, 0), lines), { startLine: 1, startColumn: 0, endLine: 3, endColumn: 0 }, 'to the start of the last line');
      assert.deepEqual(sonarTextRange(at(1, 8, 9, 0), lines), { startLine: 2, startColumn: 8, endLine: 3, endColumn: 0 }, 'past the last line');
    });
  });

  describe('rdjson and rdjsonl (reviewdog)', () => {
    it('writes a DiagnosticResult valid for reviewdog, with rule codes, severities and a quick fix as a suggestion', () => {
      const r = run('-f', 'rdjson');
      assert.equal(r.code, 1, r.err);
      const report = JSON.parse(r.out);
      assert.equal(reviewdogValidator('DiagnosticResult')(report), undefined);
      const source = { name: 'slipway', url: 'https://github.com/slipway-dev/slipway' };
      assert.deepEqual(report, {
        source,
        diagnostics: [
          {
            message: PORT_MESSAGE,
            location: { path: 'svc dir/Dockerfile', range: { start: { line: 2, column: 8 }, end: { line: 2, column: 13 } } },
            severity: 'ERROR',
            code: { value: 'DL3011', url: `${DOCS}DL3011.md` },
          },
          {
            message: CMD_MESSAGE,
            location: { path: 'svc dir/Dockerfile', range: { start: { line: 3, column: 1 }, end: { line: 3, column: 12 } } },
            severity: 'WARNING',
            code: { value: 'JSONArgsRecommended', url: `${DOCS}JSONArgsRecommended.md` },
            suggestions: [{ range: { start: { line: 3, column: 5 }, end: { line: 3, column: 12 } }, text: '["echo", "hi"]' }],
          },
        ],
      });
      const lines = run('-f', 'rdjsonl').out.split('\n');
      assert.equal(lines.pop(), '', 'every line ends');
      assert.deepEqual(
        lines.map((l) => JSON.parse(l)),
        report.diagnostics.map((d: object) => ({ ...d, source })),
      );
      const line = reviewdogValidator('reviewdog.rdf.Diagnostic');
      for (const l of lines) assert.equal(line(JSON.parse(l)), undefined);
    });

    it('counts columns in UTF-8 bytes, maps severities, and offers no suggestion where a finding has a choice of fixes', () => {
      const text = 'LABEL x="é😀" y=1\n';
      const edit = (from: number, to: number, newText: string) => ({ title: 't', edits: [{ range: { start: { line: 0, character: from }, end: { line: 0, character: to } }, newText }] });
      const results: FileResult[] = [
        {
          path: path.join(dir, 'u.Dockerfile'),
          language: 'dockerfile',
          text,
          findings: [
            // `y` is at UTF-16 offset 14 (é is 1 unit, 😀 2) and after 17 UTF-8 bytes (é is 2 bytes, 😀 4): column 18.
            finding('DL3011', 'error', 0, 14, 15, 'm', { fixes: [edit(14, 15, 'z')] }),
            finding('DL3012', 'warning', 0, 9, 12, 'm', { fixes: [edit(9, 12, 'a'), edit(9, 12, 'b')] }),
            finding('DL3047', 'info', 0, 0, 5),
            finding('DL3048', 'hint', 0, 5, 3),
          ],
        },
      ];
      const report = JSON.parse(formatReport('rdjson', results, ctx));
      assert.equal(reviewdogValidator('DiagnosticResult')(report), undefined);
      const d = report.diagnostics;
      assert.deepEqual(d[0].location.range, { start: { line: 1, column: 18 }, end: { line: 1, column: 19 } });
      assert.deepEqual(d[0].suggestions, [{ range: { start: { line: 1, column: 18 }, end: { line: 1, column: 19 } }, text: 'z' }]);
      assert.deepEqual(d[1].location.range, { start: { line: 1, column: 10 }, end: { line: 1, column: 16 } }, 'é😀 is 6 bytes');
      assert.equal(d[1].suggestions, undefined);
      assert.deepEqual(d.map((x: { severity: string }) => x.severity), ['ERROR', 'WARNING', 'INFO', 'INFO']);
      assert.deepEqual(d[3].location.range, { start: { line: 1, column: 6 }, end: { line: 1, column: 6 } }, 'a reversed range is its start');
    });
  });

  it('the schemas refuse what the consumers refuse (so that passing them means something)', () => {
    const issue = { description: 'd', check_name: 'c', fingerprint: 'f', severity: 'major', location: { path: 'a/Dockerfile', lines: { begin: 1 } } };
    const docs = validator(schema('gitlab-code-quality-report.schema.json'));
    assert.equal(docs([issue]), undefined);
    assert.notEqual(docs([{ ...issue, severity: 'error' }]), undefined, 'a severity GitLab does not know');
    assert.notEqual(docs([{ ...issue, location: { path: '/abs/Dockerfile', lines: { begin: 1 } } }]), undefined, 'an absolute path');
    assert.notEqual(docs([{ ...issue, location: { path: 'a/Dockerfile' } }]), undefined, 'no line');
    assert.notEqual(validator(schema('gitlab-codeclimate.json'))({ ...issue, fingerprint: undefined }), undefined, 'no fingerprint');
    const sonar = validator(schema('sonarqube-generic-issues.schema.json'));
    const rule = { id: 'r', name: 'n', engineId: 'e', cleanCodeAttribute: 'LOGICAL', impacts: [{ softwareQuality: 'RELIABILITY', severity: 'HIGH' }] };
    const ok = { ruleId: 'r', primaryLocation: { message: 'm', filePath: 'f' } };
    assert.equal(sonar({ rules: [rule], issues: [ok] }), undefined);
    assert.notEqual(sonar({ rules: [rule], issues: [{ ...ok, severity: 'MAJOR', type: 'BUG' }] }), undefined, 'the deprecated issue fields');
    assert.notEqual(sonar({ rules: [{ ...rule, impacts: [] }], issues: [] }), undefined, 'no impact');
    assert.notEqual(sonar({ issues: [ok] }), undefined, 'the deprecated form without rules');
    const rd = reviewdogValidator('DiagnosticResult');
    assert.notEqual(rd({ diagnostics: [{ message: 'm', severity: 'FATAL' }] }), undefined, 'an unknown severity');
    assert.notEqual(rd({ diagnostics: [{ message: 'm', rule: 'x' }] }), undefined, 'a field protojson does not know');
    assert.equal(xmllint('<testsuites><testsuite name="a" tests="1" failures="0" errors="0"><testcase classname="c"/></testsuite></testsuites>').ok, false, 'a test case needs a name');
  });

  it('every format is valid for an empty run', async () => {
    const empty = (f: Format) => formatReport(f, [], ctx);
    assert.deepEqual(JSON.parse(empty('codeclimate')), []);
    checkCodeClimate([]);
    const sonar = JSON.parse(empty('sonarqube'));
    assert.deepEqual(sonar, { rules: [], issues: [] });
    checkSonar(sonar);
    const rd = JSON.parse(empty('rdjson'));
    assert.deepEqual(rd.diagnostics, []);
    assert.equal(reviewdogValidator('DiagnosticResult')(rd), undefined);
    assert.equal(empty('rdjsonl'), '');
    const xml = empty('junit');
    assert.ok(xmllint(xml).ok, xmllint(xml).out);
    assert.deepEqual({ ...(await xml2js.parseStringPromise(xml)).testsuites.$ }, { name: 'Slipway', tests: '0', failures: '0', errors: '0', time: '0' });
    // A run of clean files only: GitLab, SonarQube and reviewdog get nothing to show, the dashboards a passing test.
    const clean = run('-f', 'junit');
    assert.equal(slipway(['lint', '-f', 'codeclimate', 'clean.Dockerfile'], dir).out, '[]\n');
    assert.match(clean.out, /<testcase name="no problems" classname="clean.Dockerfile" time="0"\/>/);
  });

  it('the JSON formats carry hostile content losslessly, with no raw control character', () => {
    let all = '"\'<>&]]> ##[error]x ::warning::y \\ 😀 ';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    all += '\x7f\x85\x9b\u2028\u2029\u202e\u2066';
    const results: FileResult[] = [{ path: path.join(dir, `n ${all}.Dockerfile`), language: 'dockerfile', text: `FROM ${all}\n`, findings: [finding('DL3011', 'error', 0, 0, 4, all)] }];
    for (const f of ['codeclimate', 'sonarqube', 'rdjson', 'rdjsonl'] as const) {
      const out = formatReport(f, results, ctx);
      assert.deepEqual(foreignCommands(out, false), [], f);
      assert.doesNotMatch(out.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/, f);
      const v = JSON.parse(f === 'rdjsonl' ? out.trimEnd() : out);
      const message = f === 'codeclimate' ? v[0].description : f === 'sonarqube' ? v.issues[0].primaryLocation.message : f === 'rdjson' ? v.diagnostics[0].message : v.message;
      assert.equal(message, all, f);
    }
  });

  it('the new formats are CLI formats with the usual exit codes', () => {
    for (const f of ['codeclimate', 'junit', 'sonarqube', 'rdjson', 'rdjsonl']) assert.ok((FORMATS as readonly string[]).includes(f), f);
    assert.equal(slipway(['lint', '-f', 'sonarqube', 'clean.Dockerfile'], dir).code, 0);
    assert.equal(slipway(['lint', '-f', 'rdjsonl', 'missing/Dockerfile'], dir).code, 2);
  });
});
