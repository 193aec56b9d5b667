// The YAML helpers our analyses use on yaml's documents, each against yaml's own answer: the node guards
// (server/src/yaml/nodes.ts), alias resolution from one walk (server/src/yaml/aliases.ts), and a scalar's
// characters mapped from the text without source tokens (server/src/workflow/expr/source.ts), over the shared
// corpus, the fixtures and the examples.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'yaml';
import * as guards from '../../server/src/yaml/nodes';
import { resolveAlias } from '../../server/src/yaml/aliases';
import { mapScalar } from '../../server/src/workflow/expr/source';
import { CORPUS, REPO } from '../fuzz/fuzzer';
const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false, merge: true } as const;

function walk(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(p)) out.push(p);
  }
  return out;
}

const files = [...walk(path.join(CORPUS, 'actionlint')), ...walk(path.join(CORPUS, 'starter-workflows')), ...walk(path.join(REPO, 'test/fixtures')), ...walk(path.join(REPO, 'examples'))];
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));

describe('YAML helpers', () => {
  const docs = texts.map((t) => yaml.parseDocument(t, { ...OPTIONS, keepSourceTokens: true }));

  it('node guards answer as yaml’s do', () => {
    const doc = yaml.parseDocument('a: &x [1, {b: 2}]\nc: *x\n', OPTIONS);
    const values: unknown[] = [null, undefined, 0, '', 'a', {}, [], doc, doc.contents, new yaml.Pair(1, 2)];
    yaml.visit(doc, (_k, n) => void values.push(n));
    for (const v of values) {
      for (const g of ['isAlias', 'isDocument', 'isMap', 'isPair', 'isScalar', 'isSeq', 'isCollection'] as const) {
        const ours = guards[g] as (v: unknown) => boolean;
        const theirs = yaml[g] as (v: unknown) => boolean;
        assert.equal(ours(v), theirs(v), `${g}(${String(v)})`);
      }
    }
  });

  it('resolves every alias of the corpus as Alias.resolve does', () => {
    let n = 0;
    for (const doc of docs) {
      yaml.visit(doc, {
        Alias(_k, a) {
          n++;
          assert.equal(resolveAlias(doc, a), a.resolve(doc));
        },
      });
    }
    assert.ok(n > 10, `${n} aliases`);
  });

  it('maps a scalar’s characters from the text as from its source token', () => {
    let n = 0;
    docs.forEach((doc, i) => {
      yaml.visit(doc, {
        Scalar(_k, s) {
          if (typeof s.value !== 'string') return;
          n++;
          const fromText = mapScalar(s, texts[i])!;
          const fromToken = mapScalar(s)!;
          const what = `${files[i]}: ${JSON.stringify(s.value)}`;
          assert.equal(fromText.value, fromToken.value, what);
          assert.equal(fromText.exact, fromToken.exact, what);
          assert.deepEqual(fromText.offsets, fromToken.offsets, what);
        },
      });
    });
    assert.ok(n > 10000, `${n} scalars`);
  });
});
