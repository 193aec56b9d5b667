// The one suggestion helper every rule uses (server/src/engine/suggest.ts): the closest candidate, the
// "did you mean" tail of each file family, and the `Change to "X"` fix.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { closest, didYouMean, editDistance, replaceFix, suggestionFix } from '../../server/src/engine/suggest';

const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 9 } };

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions, and a swap of neighbours as one edit', () => {
    assert.equal(editDistance('biuld', 'build'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
  });

  it('stops at the bound with bound + 1', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.equal(editDistance('a', 'abcdefgh', 3), 4);
    assert.equal(editDistance('biuld', 'build', 1), 1);
  });
});

describe('closest', () => {
  it('finds a typo within a third of the word (at least one edit), case-insensitively by default', () => {
    assert.equal(closest('enviroment', ['image', 'environment', 'ports']), 'environment');
    assert.equal(closest('SCHEDULE', ['push', 'schedule']), 'schedule');
    assert.equal(closest('CPOY', ['RUN', 'COPY', 'ADD']), 'COPY');
    assert.equal(closest('abc', ['xyz', 'uvw']), undefined);
    // "prodution" (9 letters) may be 3 edits away; "dev" (3 letters) only 1.
    assert.equal(closest('prodution', ['production']), 'production');
    assert.equal(closest('dev', ['prod']), undefined);
  });

  it('suggests nothing when the word is itself a candidate', () => {
    assert.equal(closest('build', ['build', 'built']), undefined);
  });

  it('takes the first of equally close candidates', () => {
    assert.equal(closest('bsh', ['bash', 'sh']), 'bash');
    assert.equal(closest('bsh', ['sh', 'bash']), 'sh');
  });

  it('compares case-sensitively and with a given bound when asked (BuildKit variable names)', () => {
    assert.equal(closest('path', ['PATH'], { caseSensitive: true, maxDistance: 2 }), undefined);
    assert.equal(closest('PAHT', ['PATH'], { caseSensitive: true, maxDistance: 2 }), 'PATH');
    assert.equal(closest('GOPAHT', ['HOME', 'GOPATH'], { caseSensitive: true, maxDistance: 2 }), 'GOPATH');
    assert.equal(closest('ab', ['abcde'], { maxDistance: 2 }), undefined);
  });
});

describe('didYouMean', () => {
  it('is a parenthesised tail in Dockerfiles and a last sentence in YAML files', () => {
    assert.equal(didYouMean('--chown', 'dockerfile'), ' (did you mean --chown?)');
    assert.equal(didYouMean('jobs', 'yaml'), '. Did you mean "jobs"?');
    assert.equal(didYouMean(undefined, 'yaml'), '');
    assert.equal(didYouMean(undefined, 'dockerfile'), '');
  });
});

describe('replaceFix and suggestionFix', () => {
  it('titles a one-word fix Change to "X" and prefers it', () => {
    assert.deepEqual(replaceFix(range, 'read'), { title: 'Change to "read"', preferred: true, edits: [{ range, newText: 'read' }] });
    assert.deepEqual(replaceFix(range, 'chown', { shown: '--chown' }).title, 'Change to "--chown"');
    assert.deepEqual(replaceFix(range, 'LABEL a=b', { title: 'Change to LABEL a', preferred: false }), {
      title: 'Change to LABEL a',
      preferred: false,
      edits: [{ range, newText: 'LABEL a=b' }],
    });
  });

  it('gives no fix without a suggestion', () => {
    assert.equal(suggestionFix(range, undefined), undefined);
    assert.deepEqual(suggestionFix(range, 'db'), [{ title: 'Change to "db"', preferred: true, edits: [{ range, newText: 'db' }] }]);
  });
});
