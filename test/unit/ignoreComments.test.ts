// The in-file ignore comments docs/rules/README.md documents (IGNORE_EXAMPLES in server/src/docs.ts) do what it says:
// each example's rule reports the text without the comment and not the text with it, and the comment adds nothing.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IGNORE_EXAMPLES } from '../../server/src/docs';
import { lint } from '../../server/src/engine/lint';
import { detectLanguage } from '../../server/src/engine/languages';
import { memoryFiles } from '../helpers/ruleHarness';

function findings(rel: string, text: string): string[] {
  const abs = `/project/${rel}`;
  const language = detectLanguage(abs)!;
  return lint({ text, language, path: abs, files: memoryFiles({ [rel]: text }) }).findings.map((f) => `${f.rule} ${f.message}`);
}

describe('documented ignore comments', () => {
  const readme = fs.readFileSync(path.join(__dirname, '../../../docs/rules/README.md'), 'utf8');
  for (const e of IGNORE_EXAMPLES) {
    it(e.title, () => {
      const before = findings(e.path, e.without);
      const after = findings(e.path, e.with);
      assert.ok(
        before.some((f) => f.startsWith(`${e.rule} `)),
        `${e.rule} reports the text without the comment:\n${before.join('\n')}`,
      );
      assert.deepEqual(
        after.filter((f) => f.startsWith(`${e.rule} `)),
        [],
        'the comment turns it off',
      );
      // The comment adds no finding of its own (every finding left was there before).
      assert.deepEqual(after, before.filter((f) => !f.startsWith(`${e.rule} `)).filter((f) => after.includes(f)));
      assert.ok(readme.includes(e.with.trimEnd()), 'the README shows the example (npm run docs)');
    });
  }

  it('an id that names another rule leaves the finding', () => {
    const e = IGNORE_EXAMPLES.find((x) => x.rule === 'untrusted-input' && x.with.includes('slipway-ignore'))!;
    const other = e.with.replace('slipway-ignore: untrusted-input', 'slipway-ignore: unknown-key');
    assert.ok(findings(e.path, other).some((f) => f.startsWith('untrusted-input ')));
  });

  it('slipway-ignore-next-line reaches one line only', () => {
    const text = 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n        # slipway-ignore-next-line: unknown-key\n        timeout: 5\n        retries: 2\n';
    assert.deepEqual(
      findings('.github/workflows/ci.yml', text).filter((f) => f.startsWith('unknown-key ')).map((f) => /"(\w+)"/.exec(f)![1]),
      ['retries'],
    );
  });

  it('at the end of a line of a run: | script (a shell comment there)', () => {
    const head = 'on: issues\njobs:\n  greet:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo "${{ github.event.issue.title }}"';
    assert.ok(findings('.github/workflows/greet.yml', head + '\n').some((f) => f.startsWith('untrusted-input ')));
    assert.deepEqual(findings('.github/workflows/greet.yml', head + '  # slipway-ignore: untrusted-input\n').filter((f) => f.startsWith('untrusted-input ')), []);
  });

  it('= for :, and ids separated by spaces', () => {
    const e = IGNORE_EXAMPLES.find((x) => x.rule === 'compose-port-mapping')!;
    for (const comment of ['# slipway-ignore=compose-port-mapping', '# slipway-ignore: unknown-key compose-port-mapping', '#slipway-ignore:COMPOSE-PORT-MAPPING']) {
      const text = e.with.replace('# slipway-ignore: compose-port-mapping', comment);
      assert.deepEqual(findings(e.path, text).filter((f) => f.startsWith('compose-port-mapping ')), [], comment);
    }
  });
});
