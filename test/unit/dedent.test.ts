// dedent: the multi-line template text of rule cases (server/src/engine/dedent.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { dedent } from '../../server/src/engine/dedent';

describe('dedent', () => {
  it('drops the first line break and the closing indentation, and removes the common indentation', () => {
    const text = dedent`
      FROM alpine
      RUN echo a && \\
          echo b
    `;
    assert.equal(text, 'FROM alpine\nRUN echo a && \\\n    echo b\n');
  });
  it('ends without a line break when the backtick follows the last line', () => {
    const text = dedent`
      a
        b`;
    assert.equal(text, 'a\n  b');
  });
  it('keeps blank lines empty and ignores them for the indentation', () => {
    const text = dedent`
        a

          b
    `;
    assert.equal(text, 'a\n\n  b\n');
  });
  it('counts the indentation of a line that holds an interpolated value', () => {
    const text = dedent`
      a
   ${'x'}
      b
    `;
    assert.equal(text, '   a\nx\n   b\n');
  });
  it('keeps a first line written right after the backtick as it is', () => {
    assert.equal(dedent`one
      two
      three`, 'one\ntwo\nthree');
  });
  it('keeps tabs, and escapes work as in any template literal', () => {
    const text = dedent`
      steps:
      \t- run: echo \${{ github.sha }} \`date\`
    `;
    assert.equal(text, 'steps:\n\t- run: echo ${{ github.sha }} `date`\n');
  });
  it('inserts interpolated values as they are, after the indentation is removed', () => {
    const image = 'node:20';
    const text = dedent`
      FROM ${image}
      ${'RUN a\n  RUN b'}
    `;
    assert.equal(text, 'FROM node:20\nRUN a\n  RUN b\n');
  });
  it('returns text without line breaks unchanged', () => {
    assert.equal(dedent`FROM alpine`, 'FROM alpine');
    assert.equal(dedent``, '');
  });
});
