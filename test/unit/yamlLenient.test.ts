// YAML read as GitHub and Compose read it (issue 14): quoted strings continued on lines indented too little are one
// string with one warning, one problem gives one finding, aliases must name an anchor above them, CR-only line ends
// are line ends, and a UTF-16 file gets one clear finding. Every rule runs here (the rule's own data-form cases only
// look at yaml-syntax): what matters is that nothing else reports the consequences of a broken parse.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { allRules, lint } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { ruleIds } from '../../server/src/engine/types';
import { readRegularFile } from '../../server/src/engine/regularFile';
import type { Language } from '../../server/src/engine/types';
import { YamlModel } from '../../server/src/yaml/model';
import { getPair, asMap } from '../../server/src/yaml/model';

const config = mergeConfig(emptyConfig(), { enabled: new Set(allRules().flatMap((r) => ruleIds(r))) });
const PATHS: Record<string, string> = { workflow: '/repo/.github/workflows/ci.yml', compose: '/repo/compose.yaml' };

function findings(text: string, language: Language = 'workflow'): string[] {
  const r = lint({ text, language, path: PATHS[language], config, files: { readFile: () => undefined, exists: () => false } });
  assert.deepEqual(r.crashes, []);
  return r.findings.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.rule} ${f.message}`);
}

const CONTINUED = 'this line continues the quoted string of line';

describe('a quoted string continued on a line indented less than its key', () => {
  const text = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo one\n two"\n      - run: echo three\n';

  it('gives one warning at that line and nothing else', () => {
    const f = findings(text);
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], new RegExp(`^7:2 warning yaml-syntax YAML: ${CONTINUED} 6 but is indented no deeper than its key`));
  });

  it('reads the string as GitHub does, with ranges in the text as written', () => {
    const m = new YamlModel(text);
    assert.deepEqual(m.errors, []);
    assert.deepEqual(m.doc.toJS(), { on: 'push', jobs: { a: { 'runs-on': 'ubuntu-latest', steps: [{ run: 'echo one two' }, { run: 'echo three' }] } } });
    const steps = asMap(asMap(getPair(m.root, 'jobs')?.value)?.items[0].value);
    const run = (getPair(steps, 'steps')?.value as unknown as { items: { items: { value: { range: number[] } }[] }[] }).items[0].items[0].value;
    assert.equal(text.slice(run.range[0], run.range[1]), '"echo one\n two"');
  });

  it('keeps analysing the rest of the file (a bad key after the string, a bad expression in it)', () => {
    const t = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo ${{ foo }}\n two ${{ bar }}\n\n  three ${{ baz }}"\n        shel: bash\n';
    const f = findings(t);
    assert.equal(f.length, 5, f.join('\n'));
    assert.match(f[0], /^6:24 error undefined-reference undefined variable "foo"/);
    assert.match(f[1], new RegExp(`^7:2 warning yaml-syntax YAML: ${CONTINUED} 6`));
    assert.match(f[2], /^7:10 error undefined-reference undefined variable "bar"/);
    assert.match(f[3], /^9:13 error undefined-reference undefined variable "baz"/);
    assert.match(f[4], /^10:9 error unknown-key unexpected key "shel"/);
  });

  it('in a Compose file too', () => {
    const t = 'services:\n  web:\n    image: nginx\n    command: "echo one\n two"\n    ports:\n      - "80:80"\n';
    const f = findings(t, 'compose');
    assert.deepEqual(f.map((x) => x.split(' ').slice(0, 3).join(' ')), ['5:2 warning yaml-syntax'], f.join('\n'));
    assert.deepEqual(new YamlModel(t).doc.toJS().services.web.command, 'echo one two');
  });
});

describe('one problem, one finding', () => {
  // A long workflow with one stray quote: yaml reports the structure it no longer recognises on every line after.
  const jobs = Array.from({ length: 30 }, (_, i) => `  job${i}:\n    runs-on: ubuntu-latest\n    steps:\n      - name: step ${i}\n        run: echo "${i}"\n`).join('');
  const stray = `on: push\njobs:\n  first:\n    runs-on: ubuntu-latest\n    steps:\n      - name: "Build\n        run: make\n      - name: Test\n        run: make test\n${jobs}`;

  it('reports a stray quote in a long workflow once, and no other rule reports its consequences', () => {
    const f = findings(stray);
    assert.equal(f.length, 1, f.join('\n'));
    assert.match(f[0], /^6:\d+ error yaml-syntax YAML: /);
  });

  it('reports an unterminated quote that yaml follows with a dozen errors once', () => {
    const t = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo one\n two\n      - run: echo three\n      - run: echo "four"\n      - name: x\n        run: echo five\n';
    assert.deepEqual(findings(t), ['6:23 error yaml-syntax YAML: Missing closing "quote']);
  });

  it('still reports problems under different top-level keys', () => {
    const t = 'on: [push\nenv:\n  A: "x\njobs:\n  a:\n    runs-on: ubuntu-latest\n   steps: []\n';
    const f = findings(t).filter((x) => x.includes('yaml-syntax'));
    assert.equal(f.length, 2, f.join('\n'));
  });
});

describe('aliases', () => {
  it('an alias of no anchor is an error at the alias (workflow)', () => {
    const t = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: *creds\n    steps:\n      - run: echo\n';
    assert.deepEqual(findings(t), ['5:10 error yaml-syntax YAML: unknown anchor "creds": no "&creds" is defined before this alias']);
  });

  it('an alias of no anchor is an error at the alias (Compose)', () => {
    const t = 'services:\n  web:\n    image: nginx\n    environment: *creds\n';
    assert.deepEqual(findings(t, 'compose'), ['4:18 error yaml-syntax YAML: unknown anchor "creds": no "&creds" is defined before this alias']);
  });

  it('aliases of anchors above them are fine', () => {
    const t = 'x-env: &creds\n  A: 1\nservices:\n  web:\n    image: nginx\n    environment: *creds\n';
    assert.deepEqual(findings(t, 'compose'), []);
  });
});

describe('line ends and encodings', () => {
  it('reads CR-only line ends as line ends, with positions on the lines editors show', () => {
    const t = 'on: push\rjobs:\r  a:\r    runs-on: ubuntu-latest\r    steps:\r      - run: |\r          echo hi\r          echo ${{ bar }}\r      - run: echo ${{ foo }}\r      - run: "echo ${{ baz }}\r one"\r';
    const f = findings(t);
    assert.equal(f.length, 4, f.join('\n'));
    assert.match(f[0], /^8:20 error undefined-reference undefined variable "bar"/);
    assert.match(f[1], /^9:23 error undefined-reference undefined variable "foo"/);
    assert.match(f[2], /^10:24 error undefined-reference undefined variable "baz"/);
    assert.match(f[3], new RegExp(`^11:2 warning yaml-syntax YAML: ${CONTINUED} 10`));
    assert.equal(new YamlModel(t).doc.toJS().jobs.a.steps[0].run, 'echo hi\necho ${{ bar }}\n');
  });

  describe('files read from disk', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slipway-enc-'));
    const yaml = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
    const read = (name: string, bytes: Buffer): string => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, bytes);
      const r = readRegularFile(p, 1 << 20);
      assert.ok('text' in r);
      return r.text;
    };
    const le = Buffer.from(yaml, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases: [string, Buffer][] = [
      ['UTF-16 LE with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['UTF-16 BE with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['UTF-16 LE without one', le],
      ['UTF-16 BE without one', be],
    ];
    for (const [name, bytes] of cases) {
      it(`${name}: one finding, and no other rule runs on the garbage`, () => {
        for (const language of ['workflow', 'compose'] as const) {
          assert.deepEqual(findings(read('f.yml', bytes), language), ['1:1 error yaml-syntax The file is UTF-16, not UTF-8: GitHub and Docker Compose read YAML files as UTF-8; save it as UTF-8']);
        }
      });
    }
    it('UTF-8 with a byte order mark is fine', () => {
      assert.deepEqual(findings(read('bom.yml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(yaml)]))), []);
    });
  });
});
