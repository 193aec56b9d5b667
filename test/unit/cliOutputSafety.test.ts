// Output must not let file content act: no control sequence reaches the terminal from a file, no line of any format
// becomes a GitHub workflow command we did not write, and the machine formats stay well-formed and lossless.
import { describe, it, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatText, visible } from '../../server/src/cli/format';
import { formatReport, FORMATS } from '../../server/src/cli/formats';
import type { FileResult } from '../../server/src/cli/format';
import { lint } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';
import { foreignCommands } from '../helpers/workflowCommands';
import { parseXml } from '../helpers/xml';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'slipway.js');

function slipway(args: string[], cwd: string, color = false) {
  const env = { ...process.env };
  delete env.NO_COLOR;
  if (!color) env.NO_COLOR = '1';
  const r = spawnSync(process.execPath, [BIN, ...args, ...(color ? ['--color'] : [])], { cwd, encoding: 'utf8', input: '', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Characters that act on a terminal or hide text: C0 and C1 controls, DEL, bidi overrides and isolates, line and paragraph separators. */
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;


// A workflow key that the unknown-key message quotes: a terminal title (OSC), a bell, a newline followed by a
// workflow command, the legacy command form, a C1 CSI, a right-to-left override, markdown and HTML, a CR.
const HOSTILE_KEY = 'k\\e]0;t\\a\\n::error::pwned ##[stop-commands]tok \\x9b \\u202e |<img src=x>` [a](http://e) \\r\\n  ::warning::w';
const WORKFLOW = `on: push\n"${HOSTILE_KEY}": 1\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n`;
// A Dockerfile whose EXPOSE message quotes the value: a screen clear, then a command after a space.
const DOCKERFILE = 'FROM scratch\nEXPOSE 8080\x1b[2J ::error::x\n';
// File names that are themselves hostile: a newline and a command, a leading command, a leading space and the
// legacy form, a right-to-left override.
const NAMES = ['x\n::error file=a::pwned.Dockerfile', '::warning::y.Dockerfile', ' ::notice::z ##[error]q.Dockerfile', 'bidi\u202eelif.Dockerfile', 'esc\x1b[31mred.Dockerfile'];

describe('CLI output: file content cannot act', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-hostile-'));
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github/workflows/ci.yml'), WORKFLOW);
    fs.writeFileSync(path.join(dir, 'Dockerfile'), DOCKERFILE);
    // A config problem quotes the bad value: it goes to standard error, which the runner reads for commands too.
    fs.writeFileSync(path.join(dir, '.hadolint.yaml'), 'failure-threshold: "x\\n::error::t ##[warning]w \\e[2J"\n');
    for (const n of NAMES) fs.writeFileSync(path.join(dir, n), 'FROM scratch\nEXPOSE 80800\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('visible() shows every control, DEL, C1, bidi and separator character as an escape, and the legacy command prefix', () => {
    assert.equal(visible('a\x1b]0;t\x07\nb\r\tc\x00\x7f\x9b\u202e\u2066\u2028d'), 'a\\x1b]0;t\\x07\\nb\\r\\tc\\x00\\x7f\\x9b\\u202e\\u2066\\u2028d');
    assert.equal(visible('##[error]x ##[stop-commands]'), '##\\x5berror]x ##\\x5bstop-commands]');
    assert.equal(visible('plain: a "quoted" <tag> \u00e9 \u4e2d'), 'plain: a "quoted" <tag> \u00e9 \u4e2d', 'printable text is left as it is');
  });

  it('text: escapes controls in paths and messages, one line per finding; only our colour codes reach the terminal', () => {
    const finding: Finding = {
      rule: 'unknown-key',
      severity: 'error',
      message: 'unexpected key "k\x1b]0;t\x07\n::error::pwned \x9b\u202e\r"',
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } },
    };
    const results: FileResult[] = [{ path: path.join(dir, 'a\n::error::b\x1b.yml'), language: 'workflow', findings: [finding] }];
    for (const color of [false, true]) {
      const out = formatText(results, dir, color);
      const lines = out.split('\n');
      assert.equal(lines.length, 3, out);
      const plain = lines[0].replace(/\x1b\[(?:3[136]|2|0)m/g, '');
      assert.equal(plain, 'a\\n::error::b\\x1b.yml:2:1: error unexpected key "k\\x1b]0;t\\x07\\n::error::pwned \\x9b\\u202e\\r" [unknown-key]');
      assert.doesNotMatch(plain, ACTIVE);
      assert.equal(lines[0].includes('\x1b[31merror\x1b[0m'), color);
    }
  });

  it('text: a path that starts with a command, white space or a colon is shown as ./path', () => {
    const r = (name: string): FileResult => ({ path: path.join(dir, name), language: 'dockerfile', findings: [] , error: 'x' });
    const out = formatText([r('::error::a'), r(' ::warning::b'), r(':c'), r('ok')], dir, false);
    assert.deepEqual(out.split('\n').slice(0, 4), ['./::error::a: error: x', './ ::warning::b: error: x', './:c: error: x', 'ok: error: x']);
  });

  for (const format of FORMATS) {
    it(`${format}: no output line (stdout or stderr) is a workflow command that file content wrote`, () => {
      for (const color of format === 'text' ? [false, true] : [false]) {
        const r = slipway(['lint', '-f', format, '.'], dir, color);
        assert.equal(r.code, 1, r.err);
        assert.deepEqual(foreignCommands(r.out, format === 'github'), [], `${format} stdout:\n${r.out}`);
        assert.deepEqual(foreignCommands(r.err, false), [], `${format} stderr:\n${r.err}`);
        // The config file's problem is a finding of that file, in the report (escaped as every message is), not on stderr.
        assert.doesNotMatch(r.err, /failure-threshold/);
        if (format === 'text') assert.match(r.out, /^\.hadolint\.yaml:1:20: .*unknown failure-threshold "x\\n::error::t ##\\x5bwarning\]w \\x1b\[2J"/m, 'the config problem is shown, escaped');
        else assert.match(r.out, /config-invalid-value/);
        assert.doesNotMatch(r.err.replace(/\n/g, ''), ACTIVE);
        // Every hostile file is in the report (nothing was dropped to be safe).
        for (const n of [...NAMES, 'Dockerfile', '.github/workflows/ci.yml']) {
          const shown = format === 'text' ? visible(n).replace(/^(?=[\s:])/, './') : n;
          if (format === 'text' || format === 'github') assert.ok(r.out.includes(format === 'github' ? shown.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C') : shown), `${format}: ${JSON.stringify(n)}\n${r.out}`);
        }
        if (format === 'text') {
          const stripped = r.out.replace(/\x1b\[(?:3[136]|2|0)m/g, '');
          assert.doesNotMatch(stripped.replace(/\n/g, ''), ACTIVE, 'no control character from a file reaches the terminal');
        }
      }
    });
  }

  it('the hostile messages come through JSON, SARIF and checkstyle unchanged (XML: U+FFFD for what XML 1.0 cannot carry)', () => {
    const wfPath = path.join(dir, '.github/workflows/ci.yml');
    const expected = lint({ text: WORKFLOW, language: 'workflow', path: wfPath }).findings.find((f) => f.rule === 'unknown-key')!.message;
    assert.match(expected, /\x1b\]0;t\x07\n::error::pwned ##\[stop-commands\]tok \x9b \u202e \|<img src=x>` \[a\]\(http:\/\/e\) \r\n {2}::warning::w/);
    const json = JSON.parse(slipway(['lint', '-f', 'json', '.'], dir).out) as { file: string; findings: { rule: string; message: string }[] }[];
    assert.equal(json.find((f) => f.file === '.github/workflows/ci.yml')!.findings.find((f) => f.rule === 'unknown-key')!.message, expected);
    assert.deepEqual(json.map((f) => f.file).sort(), [...NAMES, 'Dockerfile', '.github/workflows/ci.yml', '.hadolint.yaml'].sort());
    const sarif = JSON.parse(slipway(['lint', '-f', 'sarif', '.'], dir).out);
    const results = sarif.runs[0].results as { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    assert.equal(results.find((x) => x.ruleId === 'unknown-key')!.message.text, expected);
    const uris = new Set(results.map((x) => decodeURIComponent(x.locations[0].physicalLocation.artifactLocation.uri)));
    for (const n of NAMES) assert.ok(uris.has(n), n);
    const els = parseXml(slipway(['lint', '-f', 'checkstyle', '.'], dir).out);
    const xmlMessage = els.find((e) => e.name === 'error' && e.attributes.source === 'unknown-key')!.attributes.message;
    assert.equal(xmlMessage, expected.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '\uFFFD'));
    const names = els.filter((e) => e.name === 'file').map((e) => e.attributes.name);
    assert.deepEqual(names.sort(), [...NAMES.map((n) => n.replace(/\x1b/g, '\uFFFD')), 'Dockerfile', '.github/workflows/ci.yml', '.hadolint.yaml'].sort());
  });

  it('JSON, SARIF and checkstyle stay well-formed and lossless for every character class', () => {
    // Quotes, markup, a CDATA end, every C0 control, DEL, C1, bidi, separators, a lone surrogate, U+FFFE, astral.
    let all = '"\'<>&]]><![CDATA[ ##[error]x ::warning::y \\ ';
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    all += '\x7f\x85\x9b\u2028\u2029\u202a\u202e\u2066\u2069 \ud800 \ufffe \u{1f600}';
    const results: FileResult[] = [
      { path: path.join(dir, `name ${all}.Dockerfile`), language: 'dockerfile', findings: [{ rule: 'DL3011', severity: 'error', message: all, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] },
    ];
    const ctx = { cwd: dir, color: false, errors: [`bad path ${all}`], version: '0.1.0' };
    const json = formatReport('json', results, ctx);
    assert.deepEqual(foreignCommands(json, false), []);
    assert.doesNotMatch(json.replace(/\n/g, ''), ACTIVE, 'JSON escapes them all (\\u00XX)');
    const parsed = JSON.parse(json);
    assert.equal(parsed[0].findings[0].message, all);
    assert.equal(parsed[0].file, `name ${all}.Dockerfile`);
    const sarifText = formatReport('sarif', results, ctx);
    assert.deepEqual(foreignCommands(sarifText, false), []);
    assert.doesNotMatch(sarifText.replace(/\n/g, ''), ACTIVE);
    const sarif = JSON.parse(sarifText);
    assert.equal(sarif.runs[0].results[0].message.text, all);
    assert.equal(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, `bad path ${all}`);
    const xml = formatReport('checkstyle', results, ctx);
    assert.deepEqual(foreignCommands(xml, false), []);
    assert.doesNotMatch(xml.replace(/\n/g, ''), ACTIVE, 'XML: character references or U+FFFD');
    const els = parseXml(xml);
    // XML 1.0 carries TAB, LF, CR (as references), DEL, C1, bidi and separators; not the other C0 controls, lone
    // surrogates or U+FFFE, which become U+FFFD.
    const xmlAll = all.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ud800\ufffe]/g, '\uFFFD');
    const finding = els.find((e) => e.name === 'error' && e.attributes.source === 'DL3011')!;
    assert.equal(finding.attributes.message, xmlAll);
    assert.equal(els.find((e) => e.name === 'file' && e.attributes.name.startsWith('name '))!.attributes.name, `name ${xmlAll}.Dockerfile`);
    assert.equal(els.filter((e) => e.name === 'error')[0].attributes.message, `bad path ${xmlAll}`);
  });

  it('github: `::` in messages and file names stays inside the data and properties', () => {
    const results: FileResult[] = [
      {
        path: path.join(dir, '::error::a.Dockerfile'),
        language: 'dockerfile',
        findings: [{ rule: 'DL3011', severity: 'warning', message: 'got ::error file=x::pwned\n::warning::y ##[error]z', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
      },
    ];
    const out = formatReport('github', results, { cwd: dir, color: false, errors: ['::error::from a path'], version: '0.1.0' });
    const lines = out.trimEnd().split('\n');
    assert.deepEqual(lines, [
      '::error title=Slipway::::error::from a path',
      '::warning file=%3A%3Aerror%3A%3Aa.Dockerfile,line=1,col=1,endLine=1,endColumn=2,title=DL3011 (Slipway)::got ::error file=x::pwned%0A::warning::y ##[error]z%0Ahttps://github.com/slipway-dev/slipway/blob/main/docs/rules/DL3011.md',
      '1 file checked: 0 errors, 1 warning, 0 info, 0 hints',
    ]);
    assert.deepEqual(foreignCommands(out, true), []);
  });
});
