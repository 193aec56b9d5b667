// Compose corpus: realistic valid Compose files (test/fixtures/compose/*.yaml) must give no error or warning
// finding (no false positives on valid Compose), and the invalid ones (test/fixtures/compose/invalid/) give
// exactly the findings their `# expect: rule-id` comments announce, line by line.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/lint';
import type { FileHost, Finding } from '../../server/src/engine/types';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'test/fixtures/compose');

/** Every path exists (build contexts, include targets) but no file can be read: cross-file rules stay quiet. */
const everythingExists: FileHost = { exists: () => true, readFile: () => undefined };

function lintFixture(file: string): Finding[] {
  const text = fs.readFileSync(file, 'utf8');
  const res = lint({ text, language: 'compose', path: file, files: everythingExists });
  assert.deepEqual(res.crashes, [], 'a rule crashed');
  return res.findings;
}

const show = (f: Finding) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`;

const valid = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const invalid = fs.readdirSync(path.join(DIR, 'invalid')).filter((f) => /\.ya?ml$/.test(f)).sort();

describe('Compose corpus', () => {
  it('has at least 20 valid files', () => assert.ok(valid.length >= 20, `${valid.length} files`));
  for (const f of valid) {
    it(`${f}: no errors or warnings`, () => {
      const bad = lintFixture(path.join(DIR, f)).filter((x) => x.severity === 'error' || x.severity === 'warning');
      assert.deepEqual(bad.map(show), []);
    });
  }
  for (const f of invalid) {
    it(`invalid/${f}: the announced findings, and only those`, () => {
      const file = path.join(DIR, 'invalid', f);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const expected: string[] = [];
      lines.forEach((l, i) => {
        const m = /#\s*expect:\s*([\w\-, ]+)$/.exec(l);
        if (m && !l.trimStart().startsWith('#')) for (const id of m[1].split(',').map((s) => s.trim()).filter(Boolean)) expected.push(`${i + 1} ${id}`);
      });
      assert.ok(expected.length > 0, 'no expectations in the file');
      const got = lintFixture(file)
        .filter((x) => x.severity === 'error' || x.severity === 'warning')
        .map((x) => `${x.range.start.line + 1} ${x.rule}`);
      assert.deepEqual(got.sort(), expected.sort(), lintFixture(file).map(show).join('\n'));
    });
  }
});
