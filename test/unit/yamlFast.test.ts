// The fast YAML parser (server/src/yaml/fastParse.ts) against yaml's parseDocument: for every document it accepts,
// the tree must be the one yaml builds (classes, values, scalar types and sources, all three range offsets, the
// document's range, options, directives, errors and warnings; comment strings aside, which it does not build), and
// it must decline everything else. Over the shared corpus, the fixtures, seeded mutations of them and generated
// documents that stress comments, blank lines, empty values and multi-line scalars. Also the helpers built with
// it: node guards, alias resolution, scalar source mapping without source tokens.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'yaml';
import { fastParseDocument } from '../../server/src/yaml/fastParse';
import * as guards from '../../server/src/yaml/nodes';
import { resolveAlias } from '../../server/src/yaml/aliases';
import { YamlModel } from '../../server/src/yaml/model';
import { mapScalar } from '../../server/src/workflow/expr/source';
import { CORPUS, REPO, Rng } from '../fuzz/fuzzer';
const OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: false, merge: true } as const;
/** Not built by the fast parser (nothing reads them). */
const UNBUILT = new Set(['comment', 'commentBefore', 'spaceBefore']);

/** Differences between two parsed trees (empty when equal). Collections must hold their own document's schema. */
function differences(a: unknown, b: unknown, at = 'doc', out: string[] = [], docs?: [unknown, unknown]): string[] {
  if (!docs && yaml.isDocument(a) && yaml.isDocument(b)) docs = [a.schema, b.schema];
  if (out.length > 5 || a === b) return out;
  // A merge key's value is a new Symbol('<<') at each parse.
  if (typeof a === 'symbol' && typeof b === 'symbol' && a.description === b.description) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (!(Number.isNaN(a) && Number.isNaN(b))) out.push(`${at}: ${String(a)} ≠ ${String(b)}`);
    return out;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    out.push(`${at}: ${a.constructor.name} ≠ ${b.constructor.name}`);
    return out;
  }
  const syms = (o: object) => Object.getOwnPropertySymbols(o).map((s) => `${String(s)}=${String((o as Record<symbol, unknown>)[s])}`).join();
  if (syms(a) !== syms(b)) out.push(`${at}: symbols ${syms(a)} ≠ ${syms(b)}`);
  const hidden = (o: object) => Object.getOwnPropertyNames(o).filter((k) => !Object.prototype.propertyIsEnumerable.call(o, k)).join();
  if (hidden(a) !== hidden(b)) out.push(`${at}: non-enumerable ${hidden(a)} ≠ ${hidden(b)}`);
  if (yaml.isCollection(a) && docs && ((a as { schema?: unknown }).schema !== docs[0] || (b as { schema?: unknown }).schema !== docs[1])) out.push(`${at}: schema`);
  const ka = Object.keys(a).filter((k) => !UNBUILT.has(k));
  const kb = Object.keys(b).filter((k) => !UNBUILT.has(k));
  if (ka.join() !== kb.join()) {
    out.push(`${at}: keys ${ka.join()} ≠ ${kb.join()}`);
    return out;
  }
  for (const k of ka) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (k === 'schema' || k === 'options' || k === 'directives') {
      if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${at}.${k} differs`);
    } else if (k === 'errors' || k === 'warnings') {
      if ((x as unknown[]).length || (y as unknown[]).length) out.push(`${at}.${k}: ${(x as unknown[]).length} ≠ ${(y as unknown[]).length}`);
    } else differences(x, y, `${at}.${k}`, out, docs);
  }
  return out;
}

/** Checks one text: returns whether the fast parser accepted it; fails when its tree differs from yaml's. */
function check(text: string, name: string): boolean {
  const fast = fastParseDocument(text, OPTIONS);
  if (!fast) return false;
  const diff = differences(fast, yaml.parseDocument(text, OPTIONS));
  assert.deepEqual(diff, [], `${name}: ${JSON.stringify(text.length > 2000 ? text.slice(0, 2000) + '…' : text)}`);
  return true;
}

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

const SNIPPETS = [':', ': ', '- ', '-', '#', ' #', ' # c', "'", '"', '[', ']', '{', '}', ',', '|', '>', '|-', '>-', '|+', '|2', '&a ', '*a', '!t ', '? ', '%', '@', '`', '\n', ' ', '  ', '\t', '\r', '\n\n', '\n  ', '\n    # x\n', 'x', 'true', '~', '1.50', '0x1F', '<<', '---', '...', '\\', '${{ x }}', '"a\\"b"', "'it''s'", '\\n'];

/** A few line edits of a real file: the kinds of breakage and odd layout an editor produces. */
function mutate(rng: Rng, text: string): string {
  let lines = text.split('\n');
  for (let j = 1 + rng.int(3); j > 0; j--) {
    const i = rng.int(lines.length);
    const l = lines[i] ?? '';
    switch (rng.int(14)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, l);
        break;
      case 2:
        if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
        break;
      case 3:
        lines[i] = ' '.repeat(1 + rng.int(3)) + l;
        break;
      case 4:
        lines[i] = l.replace(/^ {1,3}/, '');
        break;
      case 5:
        lines.splice(i, 0, ' '.repeat(rng.int(12)) + rng.pick(['# c', '#c', '#']) + rng.int(100));
        break;
      case 6:
        lines.splice(i, 0, ' '.repeat(rng.int(6)));
        break;
      case 7:
        lines[i] = l + rng.pick([' # trailing', '  ', ' #', '#x', ':', ': x']);
        break;
      case 8: {
        const at = rng.int(l.length + 1);
        lines[i] = l.slice(0, at) + rng.pick(SNIPPETS) + l.slice(at);
        break;
      }
      case 9: {
        const at = rng.int(l.length + 1);
        lines[i] = l.slice(0, at) + l.slice(at + 1 + rng.int(3));
        break;
      }
      case 10:
        if (i + 1 < lines.length) lines.splice(i, 2, l + ' ' + lines[i + 1].trimStart());
        break;
      case 11: {
        // A value continued on the next line (a multi-line plain scalar).
        const m = /^(\s*)(-\s+)?([\w-]+:\s+)(\S.*)$/.exec(l);
        if (m) lines.splice(i, 1, m[1] + (m[2] ?? '') + m[3] + m[4].split(' ')[0], m[1] + ' '.repeat(2 + rng.int(4)) + 'continued ' + rng.int(9));
        break;
      }
      case 12: {
        // A value moved to the line after its key.
        const m = /^(\s*)(-\s+)?([\w-]+:)\s+(\S.*)$/.exec(l);
        if (m) lines.splice(i, 1, m[1] + (m[2] ?? '') + m[3], m[1] + ' '.repeat(1 + rng.int(4)) + m[4]);
        break;
      }
      case 13:
        lines = lines.slice(0, rng.int(lines.length + 1));
        break;
    }
  }
  let s = lines.join('\n');
  if (rng.chance(0.1)) s = s.slice(0, rng.int(s.length + 1));
  if (rng.chance(0.05)) s = s.replace(/\n$/, '');
  if (rng.chance(0.03)) s = s.replace(/\n/g, '\r\n');
  return s;
}

/** A random document of nested mappings and sequences with every kind of scalar, blank and comment lines anywhere. */
function generate(rng: Rng): string {
  const KEYS = ['a', 'b', 'key', 'on', 'true', '1', 'run', 'with', 'x y', '"q"', "'s'", 'k-1', 'null', '~', 'é', '<<'];
  const PLAIN = ['v', 'hello world', '1', '-2', '0x1F', '1.50', '.inf', 'true', 'False', 'null', '~', '', 'a:b', 'http://x', 'x#y', '${{ a.b }}', "it's", 'a "b"', '-x', '?y', ':z', '12:30', 'é ü', '0o17', '1e3'];
  const lines: string[] = [];
  const trivia = () => {
    for (let k = rng.int(4); k > 0; k--) lines.push(rng.chance(0.5) ? ' '.repeat(rng.int(9)) + rng.pick(['# c', '#c', '#', '## x']) + rng.int(9) : ' '.repeat(rng.chance(0.5) ? rng.int(3) : 0));
  };
  const anchor = () => (rng.chance(0.15) ? `&a${rng.int(4)} ` : '');
  const scalar = (ind: number, prefix: string) => {
    if (rng.chance(0.1)) {
      lines.push(prefix + `*a${rng.int(4)}` + (rng.chance(0.3) ? ' # t' : ''));
      return;
    }
    prefix += anchor();
    const r = rng.int(12);
    const tail = rng.chance(0.3) ? rng.pick([' # t', '  #t', ' #']) : rng.chance(0.1) ? '  ' : '';
    if (r < 5) lines.push(prefix + rng.pick(PLAIN) + tail);
    else if (r < 6) lines.push(prefix + "'" + rng.pick(PLAIN).replace(/'/g, "''") + "'" + tail);
    else if (r < 7) lines.push(prefix + '"' + rng.pick(['x', 'a\\tb', '\\u00e9', 'q\\"', '\\\\', ' sp ', '\\x41']) + '"' + tail);
    else if (r < 8) lines.push(prefix + rng.pick(['[]', '[a, b]', '[ 1, "2" , x ]', '{}', '{a: 1}', '{ a: b, "c": d }', '[a,b]', '[a, [b]]', '[{x: y}, [] ]', '{a: [1, 2] , b: {}}']) + tail);
    else if (r < 10) {
      lines.push(prefix + rng.pick(['|', '|-', '>', '>-', '| # h', '|+']));
      const bi = ind + 1 + rng.int(3);
      for (let k = 1 + rng.int(4); k > 0; k--) {
        const rr = rng.int(6);
        if (rr === 0) lines.push('');
        else if (rr === 1) lines.push(' '.repeat(rng.int(bi + 3)));
        else if (rr === 2) lines.push(' '.repeat(bi + 2) + 'more ' + k);
        else lines.push(' '.repeat(bi) + rng.pick(['echo hi', '# not a comment', 'x: y', '- z', '${{ a }}']));
      }
    } else {
      lines.push(prefix + rng.pick(['one', 'a b', 'x']));
      for (let k = 1 + rng.int(3); k > 0; k--) lines.push(rng.chance(0.2) ? '' : ' '.repeat(ind + 1 + rng.int(3)) + rng.pick(['two', 'three four', '- five', '"six"', 'se#ven']));
    }
  };
  const node = (ind: number, prefix: string, depth: number) => {
    const r = depth > 4 ? 0 : rng.int(10);
    if (r < 4) scalar(ind, prefix);
    else if (r < 7) map(ind, prefix, depth);
    else seq(ind, prefix, depth);
  };
  const map = (ind: number, prefix: string, depth: number): void => {
    for (let i = 0, n = 1 + rng.int(4); i < n; i++) {
      const head = (i === 0 ? prefix : ' '.repeat(ind)) + (rng.chance(0.05) ? `&k${rng.int(3)} ` : '') + rng.pick(KEYS) + ':';
      if (i > 0 && rng.chance(0.3)) trivia();
      const r = rng.int(10);
      if (r < 5) node(ind, head + ' '.repeat(1 + (rng.chance(0.1) ? 1 : 0)), depth + 1);
      else if (r < 6) lines.push(head + rng.pick(['', ' # empty', '  ']));
      else {
        lines.push(head + (rng.chance(0.2) ? ` &a${rng.int(4)}` : '') + (rng.chance(0.2) ? ' # c' : ''));
        if (rng.chance(0.3)) trivia();
        const ci = rng.chance(0.3) ? ind : ind + 1 + rng.int(3);
        if (ci === ind) seq(ind, ' '.repeat(ind), depth + 1);
        else node(ci, ' '.repeat(ci), depth + 1);
      }
    }
    if (rng.chance(0.3)) trivia();
  };
  const seq = (ind: number, prefix: string, depth: number): void => {
    for (let i = 0, n = 1 + rng.int(3); i < n; i++) {
      const head = (i === 0 ? prefix : ' '.repeat(ind)) + '-' + ' '.repeat(1 + (rng.chance(0.1) ? 2 : 0));
      if (i > 0 && rng.chance(0.3)) trivia();
      if (rng.chance(0.1)) {
        // A bare dash (maybe with an anchor): the item on the next lines.
        lines.push(head.trimEnd() + (rng.chance(0.5) ? ` &a${rng.int(4)}` : '') + (rng.chance(0.2) ? ' # c' : ''));
        if (rng.chance(0.3)) trivia();
        const ci = ind + 1 + rng.int(3);
        if (rng.chance(0.5)) map(ci, ' '.repeat(ci), depth + 1);
        else seq(ci, ' '.repeat(ci), depth + 1);
      } else if (rng.chance(0.4)) map(head.length, head, depth + 1);
      else scalar(ind, head);
    }
    if (rng.chance(0.3)) trivia();
  };
  if (rng.chance(0.3)) trivia();
  if (rng.chance(0.15)) {
    lines.push(rng.pick(['---', '--- # s', '---  ']));
    if (rng.chance(0.3)) trivia();
  }
  if (rng.chance(0.8)) map(0, '', 0);
  else seq(0, '', 0);
  // A second document, an end marker (also where a scalar's next lines may take them in).
  if (rng.chance(0.05)) lines.push(rng.pick(['---', '...', '--- x']));
  const text = lines.join('\n') + (rng.chance(0.8) ? '\n' : '');
  return rng.chance(0.15) ? text.replace(/\n/g, () => (rng.chance(0.8) ? '\r\n' : '\n')) : text;
}

describe('fast YAML parser', () => {
  it('builds yaml’s own tree for most of the corpus and fixtures, and declines the rest', () => {
    assert.ok(files.length > 300, `${files.length} files under ${CORPUS}`);
    let accepted = 0;
    texts.forEach((t, i) => (accepted += check(t, path.relative(REPO, files[i])) ? 1 : 0));
    assert.ok(accepted > 0.95 * files.length, `accepted ${accepted} of ${files.length}`);
    // And with CR LF line breaks.
    texts.forEach((t, i) => check(t.replace(/\r?\n/g, '\r\n'), `${path.relative(REPO, files[i])} with CR LF`));
  });

  it('builds yaml’s tree or declines, for seeded mutations of them', () => {
    const rng = new Rng(20240611);
    let accepted = 0;
    for (let c = 0; c < 6000; c++) accepted += check(mutate(rng, rng.pick(texts)), `mutation ${c}`) ? 1 : 0;
    assert.ok(accepted > 2000, `accepted ${accepted}`);
  });

  it('builds yaml’s tree or declines, for generated documents (comments and blank lines anywhere)', () => {
    const rng = new Rng(7);
    let accepted = 0;
    for (let c = 0; c < 20000; c++) accepted += check(generate(rng), `generated ${c}`) ? 1 : 0;
    assert.ok(accepted > 4000, `accepted ${accepted}`);
  });

  const cases: [string, string][] = [
    ['typed scalars', 'a: 1\nb: 1.50\nc: 0x1F\nd: 0o17\ne: 1e3\nf: .inf\ng: -.Inf\nh: .nan\ni: true\nj: False\nk: ~\nl: null\nm:\nn: 12345678901234567890\n1: x\ntrue: y\nnull: z\n'],
    ['quoted scalars and keys', `"a b": 'it''s'\n'c': "x\\ty\\u00e9\\x41\\"q\\\\"\nd: ''\ne: ""\n`],
    ['a comment indented under a value extends it, others end collections', 'a:\n  b: 1\n      # absorbed\n\n      # absorbed after a blank line\n  # stays with b\'s mapping\nc: 2\n'],
    ['comments after the last items of nested collections', 'jobs:\n  build:\n    steps:\n      - run: x\n    # at the steps level\n  # at the jobs level\n# at the root\n'],
    ['empty values and the comment lines after them', 'a:\nb: # c\nc:\n\n# c\nd:\n  # deeper\ne:\n# c\n\nf: 1\ng:\n'],
    ['a sequence at its key’s indentation', 'steps:\n- a\n- b: 1\n  c: 2\nnext: 1\n'],
    ['compact mappings in sequences', '- a: 1\n  b:\n    - x\n-   c: 2\n    d: [1, 2]\n'],
    ['multi-line plain scalars', 'a: one\n  two\n\n  three\nb:\n  four\n   - five\nc:\n- x\n  y\n-  z\n'],
    // yaml's lexer lowers the indentation a scalar's next lines need at `#c` (after a blank line): `world` continues it.
    ['a value on the line after its key, after a blank line and a comment', 'a:\n  b:\n\n#c\n    hello\n  world\n'],
    ['block scalars', 'a: |\n  one\n\n  two\n\nb: >-\n  folded\n  text\n\n   more indented\n\nc: |-\n    x\n  # not in c\nd: 1\n'],
    ['flow collections', 'a: []\nb: {}\nc: [a, b ,  c ]  # t\nd: { x: 1, "y": z }\ne: [1, "2", \'3\']\nf: [[1], {a: [b , c] }, { }]\n'],
    ['a document without a final line feed', 'a: 1\nb:\n  - x'],
    ['prelude comments and trailing lines', '# one\n\n# two\na: 1\n\n# end\n\n'],
    ['a document start marker', '# pre\n--- # c\n\n# c\na: 1\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x  # c\n    # absorbed\nc: &m\n  k: v\nd: &s\n- 1\ne: &n\n&k f: *m\n'],
    ['merge keys', 'base: &b\n  k: v\nother:\n  <<: *b\n  z: 1\n'],
    ['CR LF line breaks', 'a: 1\r\nb: |\r\n  x\r\n\r\n  y\r\nc: one\r\n  two\r\n# c\r\nd:\n  - e\r\n'],
    // With CR LF the blank line does not lower the indentation `hello`'s next lines need (with LF it would).
    ['CR LF before a value on the next line', 'a:\r\n  b:\r\n\r\n# c\r\n    hello\r\n  k: v\r\n'],
    ['anchored and bare dashes', 'steps:\n  - &s\n    run: x\n  - *s\n  -\n    uses: y\n  - &a key: v\n    k2: *a\n  -\n    - nested\n'],
  ];
  for (const [name, text] of cases) {
    it(`accepts and matches: ${name}`, () => {
      assert.equal(check(text, name), true, 'declined');
    });
  }

  const declined: [string, string][] = [
    ['tags', 'a: !!str 1\n'],
    ['aliases in flow collections', 'a: &x 1\nb: [*x]\n'],
    ['empty sequence items', 'a:\n  -\n  - x\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a document end marker', 'a: 1\n...\n'],
    // A scalar on the line after its key needs no indentation here (blank line, then `#`): `---` still ends it.
    ['a document marker ending a scalar', 'a:\n\n#c\n  x\n---\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['a CR alone', 'a: 1\rb: 2\n'],
    ['an error with CR LF where LF would parse', 'a:\r\n\r\n# c\r\n  hello\r\n- x\r\n'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n'],
    ['explicit indentation and keep chomping', 'a: |2\n   x\nb: |+\n  y\n'],
    ['errors', 'a: 1\n b: 2\n'],
    ['an empty document', '# nothing\n'],
  ];
  for (const [name, text] of declined) {
    it(`declines: ${name}`, () => {
      assert.equal(fastParseDocument(text, OPTIONS), undefined);
      new YamlModel(text); // and the model still reads it (through yaml)
    });
  }
});

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
