// The CLI's machine-readable outputs for CI pipelines: SARIF 2.1.0, GitHub workflow commands, checkstyle XML,
// standard input, --output-file and exit codes.
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty, formatGithub } from '../../server/src/cli/formats/github';
import { escapeXmlAttribute, formatCheckstyle } from '../../server/src/cli/formats/checkstyle';
import { toSarif } from '../../server/src/cli/formats/sarif';
import { allRules } from '../../server/src/engine/lint';
import { formatJson, type FileResult } from '../../server/src/cli/format';
import type { Finding } from '../../server/src/engine/types';
import { parseXml } from '../helpers/xml';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');
// The OASIS SARIF 2.1.0 schema (its final "rtm.5" text), shipped inside an npm package so the test runs offline.
const SARIF_SCHEMA = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function slipway(args: string[], cwd = REPO, input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: input ?? '', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A validator for the SARIF 2.1.0 schema: returns undefined when valid, else the first errors. */
function sarifValidator(): (log: unknown) => string | undefined {
  // The schema is draft-04; its `language` pattern has a stray `]` that only a non-unicode RegExp accepts.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')));
  return (log) => (validate(log) ? undefined : JSON.stringify(validate.errors?.slice(0, 5), null, 2));
}


const tricky = 'a "quoted" <tag> & 100% done: a,b\nsecond line\r\u0001end';

function finding(partial: Partial<Finding>): Finding {
  return {
    rule: 'DL3011',
    message: 'm',
    severity: 'error',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
    ...partial,
  };
}

describe('CLI formats', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-fmt-'));
    fs.mkdirSync(path.join(dir, 'svc dir'));
    fs.writeFileSync(path.join(dir, 'svc dir', 'Dockerfile'), 'FROM scratch\nEXPOSE 80800\nCMD echo hi\n');
    fs.writeFileSync(path.join(dir, 'clean.Dockerfile'), 'FROM scratch\nCMD ["/app"]\n');
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github/workflows/ci.yml'), 'on: push\npermision: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('sarif', () => {
    it('validates against the SARIF 2.1.0 schema, with rules from the registry and 1-based regions', () => {
      const r = slipway(['lint', '-f', 'sarif', '.'], dir);
      assert.equal(r.code, 1, r.err);
      const log = JSON.parse(r.out);
      const validate = sarifValidator();
      assert.equal(validate(log), undefined);
      assert.equal(log.version, '2.1.0');
      const run = log.runs[0];
      assert.equal(run.tool.driver.name, 'Slipway');
      const rules = run.tool.driver.rules as { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
      const dl3011 = rules.find((x) => x.id === 'DL3011')!;
      assert.ok(dl3011.shortDescription.text.length > 0);
      assert.match(dl3011.helpUri, /^https:\/\/.*DL3011\.md$/);
      assert.equal(dl3011.defaultConfiguration.level, 'error');
      assert.equal(rules.find((x) => x.id === 'DL3047')?.defaultConfiguration.level, 'note', 'info maps to note');
      const expose = run.results.find((x: { ruleId: string }) => x.ruleId === 'DL3011');
      assert.equal(expose.level, 'error');
      assert.equal(rules[expose.ruleIndex].id, 'DL3011');
      assert.match(expose.message.text, /80800/);
      const loc = expose.locations[0].physicalLocation;
      assert.deepEqual(loc.artifactLocation, { uri: 'svc%20dir/Dockerfile', uriBaseId: 'SRCROOT' });
      assert.deepEqual(loc.region, { startLine: 2, startColumn: 8, endLine: 2, endColumn: 13 });
      assert.match(run.originalUriBaseIds.SRCROOT.uri, /^file:\/\/.*\/$/);
      const cmd = run.results.find((x: { ruleId: string }) => x.ruleId === 'JSONArgsRecommended');
      assert.equal(cmd.level, 'warning');
      assert.ok(cmd.fixes?.[0]?.artifactChanges?.[0]?.replacements?.length, 'quick fixes are carried as SARIF fixes');
      const wf = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-key');
      assert.equal(wf.locations[0].physicalLocation.artifactLocation.uri, '.github/workflows/ci.yml');
      assert.equal(run.invocations[0].executionSuccessful, true);
    });

    it('is valid with no findings, and reports unreadable paths as notifications', () => {
      const clean = slipway(['lint', '-f', 'sarif', 'clean.Dockerfile'], dir);
      assert.equal(clean.code, 0, clean.err);
      const log = JSON.parse(clean.out);
      const validate = sarifValidator();
      assert.equal(validate(log), undefined);
      assert.deepEqual(log.runs[0].results, []);
      const missing = slipway(['lint', '-f', 'sarif', 'clean.Dockerfile', 'nope/Dockerfile'], dir);
      assert.equal(missing.code, 2);
      const bad = JSON.parse(missing.out);
      assert.equal(validate(bad), undefined);
      assert.equal(bad.runs[0].invocations[0].executionSuccessful, false);
      assert.match(bad.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /nope\/Dockerfile/);
    });

    it('links ShellCheck codes to their wiki page in JSON and GitHub annotations, rules to their docs page', () => {
      const at = (line: number) => ({ start: { line, character: 9 }, end: { line, character: 11 } });
      const results: FileResult[] = [
        {
          path: path.join(dir, 'a', 'Dockerfile'),
          language: 'dockerfile',
          findings: [finding({ rule: 'SC2086', severity: 'info', message: 'Double quote to prevent globbing and word splitting.', range: at(1) }), finding({ rule: 'DL3011', range: at(2) })],
        },
      ];
      const json = JSON.parse(formatJson(results, dir)) as { findings: { rule: string; docs: string }[] }[];
      assert.deepEqual(
        json[0].findings.map((f) => [f.rule, f.docs]),
        [
          ['SC2086', 'https://www.shellcheck.net/wiki/SC2086'],
          ['DL3011', 'https://github.com/slipway-dev/slipway/blob/main/docs/rules/DL3011.md'],
        ],
      );
      const annotations = formatGithub(results, { cwd: dir, color: false, errors: [], version: '0.1.0' });
      assert.match(annotations, /Double quote to prevent globbing and word splitting\.%0Ahttps:\/\/www\.shellcheck\.net\/wiki\/SC2086/);
    });

    it('describes the ShellCheck codes a run reports, and only those, with the wiki page and the bundled level', () => {
      const at = (line: number) => ({ start: { line, character: 9 }, end: { line, character: 11 } });
      const results: FileResult[] = [
        {
          path: path.join(dir, 'a', 'Dockerfile'),
          language: 'dockerfile',
          findings: [
            finding({ rule: 'SC2164', severity: 'warning', message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", range: at(1) }),
            finding({ rule: 'SC2086', severity: 'error', message: 'Double quote to prevent globbing and word splitting.', range: at(2) }),
            finding({ rule: 'DL3011', range: at(3) }),
          ],
        },
        { path: path.join(dir, 'b', 'Dockerfile'), language: 'dockerfile', findings: [finding({ rule: 'SC2999', severity: 'info', message: 'Something about frob.', range: at(0) }), finding({ rule: 'SC2086', severity: 'info', message: 'Double quote to prevent globbing and word splitting.', range: at(4) })] },
      ];
      type Descriptor = { id: string; shortDescription: { text: string }; helpUri: string; help: { markdown: string }; defaultConfiguration?: { level: string } };
      const log = toSarif(results, { cwd: dir, color: false, errors: [], version: '0.1.0' }) as { runs: { tool: { driver: { rules: Descriptor[] } }; results: { ruleId: string; ruleIndex?: number; level: string }[] }[] };
      assert.equal(sarifValidator()(log), undefined);
      const run = log.runs[0];
      const rules = run.tool.driver.rules;
      const sc = rules.filter((r) => /^SC\d{4}$/.test(r.id));
      assert.deepEqual(sc.map((r) => r.id), ['SC2086', 'SC2164', 'SC2999']);
      assert.deepEqual(sc[0], {
        id: 'SC2086',
        shortDescription: { text: 'Double quote to prevent globbing and word splitting.' },
        helpUri: 'https://www.shellcheck.net/wiki/SC2086',
        help: {
          text: 'ShellCheck SC2086: Double quote to prevent globbing and word splitting.\n\nSee https://www.shellcheck.net/wiki/SC2086',
          markdown: 'ShellCheck SC2086: Double quote to prevent globbing and word splitting.\n\n[ShellCheck wiki: SC2086](https://www.shellcheck.net/wiki/SC2086)',
        },
        defaultConfiguration: { level: 'note' },
        properties: { tags: ['shellcheck'] },
      });
      assert.equal(sc[1].defaultConfiguration?.level, 'warning');
      assert.equal(sc[2].shortDescription.text, 'Something about frob.', "a code not bundled: ShellCheck's message");
      assert.equal(sc[2].defaultConfiguration, undefined);
      assert.deepEqual(rules.slice(0, -3).map((r) => r.id), allRules().map((r) => r.id), 'appended after the registry');
      for (const res of run.results) assert.equal(rules[res.ruleIndex!].id, res.ruleId);
      assert.deepEqual(run.results.map((r) => [r.ruleId, r.level]), [['SC2164', 'warning'], ['SC2086', 'error'], ['DL3011', 'error'], ['SC2999', 'note'], ['SC2086', 'note']]);
      const none = toSarif([{ path: path.join(dir, 'Dockerfile'), language: 'dockerfile', findings: [finding({})] }], { cwd: dir, color: false, errors: [], version: '0.1.0' }) as typeof log;
      assert.equal(none.runs[0].tool.driver.rules.length, allRules().length);
    });

    it('carries the findings of the installed ShellCheck with their descriptors', () => {
      // A folder of its own: the other tests lint everything under `dir`.
      const own = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-sc-'));
      fs.writeFileSync(path.join(own, 'Dockerfile'), 'FROM debian:bookworm\nARG V\nRUN echo $V\n');
      const r = slipway(['lint', '-f', 'sarif', 'Dockerfile'], own);
      fs.rmSync(own, { recursive: true, force: true });
      assert.equal(r.code, 0, r.err);
      const log = JSON.parse(r.out);
      assert.equal(sarifValidator()(log), undefined);
      const run = log.runs[0];
      const res = run.results.find((x: { ruleId: string }) => x.ruleId === 'SC2086');
      assert.deepEqual(res.locations[0].physicalLocation.region, { startLine: 3, startColumn: 10, endLine: 3, endColumn: 12 });
      const d = run.tool.driver.rules[res.ruleIndex];
      assert.equal(d.id, 'SC2086');
      assert.equal(d.helpUri, 'https://www.shellcheck.net/wiki/SC2086');
      assert.deepEqual(run.tool.driver.rules.filter((x: { id: string }) => x.id.startsWith('SC')).map((x: { id: string }) => x.id), ['SC2086']);
    });

    it('clamps reversed ranges and uses file URIs outside the working directory', () => {
      const results: FileResult[] = [
        { path: path.join(os.tmpdir(), 'elsewhere', 'Dockerfile'), language: 'dockerfile', findings: [finding({ range: { start: { line: 3, character: 5 }, end: { line: 1, character: 0 } }, message: tricky })] },
      ];
      const log = toSarif(results, { cwd: dir + '/sub', color: false, errors: [], version: '0.1.0' }) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[] }[] }[] };
      const validate = sarifValidator();
      assert.equal(validate(log), undefined);
      const loc = log.runs[0].results[0].locations[0].physicalLocation;
      assert.match(loc.artifactLocation.uri, /^file:\/\/\/.*\/elsewhere\/Dockerfile$/);
      assert.deepEqual(loc.region, { startLine: 4, startColumn: 6, endLine: 4, endColumn: 6 });
    });
  });

  describe('github', () => {
    it('escapes data and properties as @actions/core does', () => {
      assert.equal(escapeData('100% a\r\nb: c, d'), '100%25 a%0D%0Ab: c, d');
      assert.equal(escapeProperty('100% a\r\nb: c, d'), '100%25 a%0D%0Ab%3A c%2C d');
    });

    it('writes one workflow command per finding with file, line, col, endLine, endColumn and title', () => {
      const r = slipway(['lint', '-f', 'github', '.'], dir);
      assert.equal(r.code, 1);
      const lines = r.out.trimEnd().split('\n');
      assert.ok(
        lines.includes(
          '::error file=svc dir/Dockerfile,line=2,col=8,endLine=2,endColumn=13,title=DL3011 (Slipway)::Valid UNIX ports range from 0 to 65535 (got 80800)%0Ahttps://github.com/slipway-dev/slipway/blob/main/docs/rules/DL3011.md',
        ),
        r.out,
      );
      assert.ok(lines.some((l) => /^::warning file=svc dir\/Dockerfile,line=3,col=1,.*title=JSONArgsRecommended \(Slipway\)::/.test(l)), r.out);
      assert.ok(lines.some((l) => l.startsWith('::error file=.github/workflows/ci.yml,line=2,col=1,')), r.out);
      assert.match(lines.at(-1)!, /^3 files checked: 2 errors, 1 warning/);
      for (const l of lines.slice(0, -1)) assert.match(l, /^::(error|warning|notice) [^:]*::[^\r\n]*$/);
    });

    it('escapes messages and file names in the commands; info and hint become notices', () => {
      const results: FileResult[] = [
        {
          path: path.join(dir, 'a,b:c%.Dockerfile'),
          language: 'dockerfile',
          findings: [finding({ message: tricky, severity: 'info', rule: 'DL3047' }), finding({ severity: 'hint', rule: 'DL3048' })],
        },
      ];
      const out = formatGithub(results, { cwd: dir, color: false, errors: [], version: '0.1.0' }).split('\n');
      assert.equal(
        out[0],
        '::notice file=a%2Cb%3Ac%25.Dockerfile,line=1,col=1,endLine=1,endColumn=5,title=DL3047 (Slipway)::a "quoted" <tag> & 100%25 done: a,b%0Asecond line%0D\u0001end%0Ahttps://github.com/slipway-dev/slipway/blob/main/docs/rules/DL3047.md',
      );
      assert.match(out[1], /^::notice file=/);
    });
  });

  describe('checkstyle', () => {
    it('is well-formed XML with every file, line, column, severity, message and rule', () => {
      const r = slipway(['lint', '-f', 'checkstyle', '.'], dir);
      assert.equal(r.code, 1);
      const els = parseXml(r.out);
      assert.equal(els[0].name, 'checkstyle');
      const files = els.filter((e) => e.name === 'file').map((e) => e.attributes.name);
      assert.deepEqual(files.sort(), ['.github/workflows/ci.yml', 'clean.Dockerfile', 'svc dir/Dockerfile']);
      const errs = els.filter((e) => e.name === 'error');
      const expose = errs.find((e) => e.attributes.source === 'DL3011')!;
      assert.deepEqual(expose.attributes, { line: '2', column: '8', severity: 'error', message: 'Valid UNIX ports range from 0 to 65535 (got 80800)', source: 'DL3011' });
      assert.equal(errs.find((e) => e.attributes.source === 'JSONArgsRecommended')?.attributes.severity, 'warning');
    });

    it('escapes markup, quotes, newlines and characters XML cannot carry', () => {
      assert.equal(escapeXmlAttribute(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
      const results: FileResult[] = [{ path: path.join(dir, 'x&y<z>.Dockerfile'), language: 'dockerfile', findings: [finding({ message: tricky, severity: 'hint' })] }];
      const xml = formatCheckstyle(results, { cwd: dir, color: false, errors: [], version: '0.1.0' });
      const els = parseXml(xml);
      assert.equal(els[1].attributes.name, 'x&y<z>.Dockerfile');
      assert.equal(els[2].attributes.message, 'a "quoted" <tag> & 100% done: a,b\nsecond line\r\uFFFDend', 'newlines survive attribute normalisation');
      assert.equal(els[2].attributes.severity, 'info');
    });
  });

  describe('standard input', () => {
    it('lints stdin as --stdin-filename, finding its language and config from that name', () => {
      fs.writeFileSync(path.join(dir, 'svc dir', '.hadolint.yaml'), 'ignored: [JSONArgsRecommended]\n');
      const r = slipway(['lint', '-', '--stdin-filename', 'svc dir/Dockerfile'], dir, 'FROM scratch\nEXPOSE 70000\nCMD echo hi\n');
      assert.equal(r.code, 1, r.err);
      assert.match(r.out, /^svc dir\/Dockerfile:2:8: error .*70000.*\[DL3011\]$/m);
      assert.doesNotMatch(r.out, /JSONArgsRecommended/, 'the .hadolint.yaml beside the named path applies');
      const wf = slipway(['lint', '-', '--stdin-filename', '.github/workflows/x.yml', '-f', 'json'], dir, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
      const json = JSON.parse(wf.out);
      assert.equal(json[0].language, 'workflow');
      assert.equal(json[0].file, '.github/workflows/x.yml');
      fs.rmSync(path.join(dir, 'svc dir', '.hadolint.yaml'));
    });

    it('takes --language, guesses from the content, and names it <stdin>', () => {
      const forced = slipway(['lint', '-', '--language', 'compose'], dir, 'services:\n  web:\n    image: nginx\nvolume: {}\n');
      assert.equal(forced.code, 1, forced.out + forced.err);
      assert.match(forced.out, /^<stdin>:4:1: error .*"volume"/m);
      const guessed = slipway(['lint', '-'], dir, 'FROM scratch\nCMD ["/app"]\n');
      assert.equal(guessed.code, 0, guessed.out + guessed.err);
      assert.equal(guessed.out, '1 file checked, no problems\n');
      const unknown = slipway(['lint', '-'], dir, 'hello: world\n');
      assert.equal(unknown.code, 2);
      assert.match(unknown.err, /cannot tell the language of standard input/);
    });

    it('reads stdin alongside files', () => {
      const r = slipway(['lint', '-', 'clean.Dockerfile', '--stdin-filename', 'Dockerfile'], dir, 'FROM scratch\nEXPOSE 99999\n');
      assert.equal(r.code, 1);
      assert.match(r.out, /^Dockerfile:2:8: error/m);
      assert.match(r.out, /2 files checked/);
    });
  });

  describe('exit codes and output files', () => {
    it('0 clean, 1 at or above the threshold, 2 usage and file errors, whatever the format', () => {
      for (const f of ['text', 'json', 'sarif', 'github', 'checkstyle']) {
        assert.equal(slipway(['lint', '-f', f, 'clean.Dockerfile'], dir).code, 0, f);
        assert.equal(slipway(['lint', '-f', f, 'svc dir/Dockerfile'], dir).code, 1, f);
        assert.equal(slipway(['lint', '-f', f, '--ignore', 'DL3011', 'svc dir/Dockerfile'], dir).code, 0, `${f}: warnings only`);
        assert.equal(slipway(['lint', '-f', f, '-t', 'warning', '--ignore', 'DL3011', 'svc dir/Dockerfile'], dir).code, 1, `${f}: threshold`);
        assert.equal(slipway(['lint', '-f', f, 'missing/Dockerfile'], dir).code, 2, f);
      }
      const bad = slipway(['lint', '-f', 'xml', '.'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /unknown format "xml" \(text, json, sarif, github, checkstyle, codeclimate, junit, sonarqube, rdjson, rdjsonl\)/);
    });

    it('--output-file writes the report instead of standard output', () => {
      const r = slipway(['lint', '-f', 'sarif', '-o', 'reports/slipway.sarif', 'svc dir/Dockerfile'], dir);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      const log = JSON.parse(fs.readFileSync(path.join(dir, 'reports/slipway.sarif'), 'utf8'));
      assert.equal(log.runs[0].results.length, 2);
    });
  });
});
