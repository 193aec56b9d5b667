import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clampPosition } from '../../server/src/features/positions';

describe('clampPosition (positions outside the document, as the LSP specification reads them)', () => {
  const doc = TextDocument.create('file:///x/Dockerfile', 'dockerfile', 1, 'FROM a\r\nRUN b\nCMD c');
  it('keeps positions inside the document', () => {
    assert.deepEqual(clampPosition(doc, { line: 1, character: 2 }), { line: 1, character: 2 });
    assert.deepEqual(clampPosition(doc, { line: 2, character: 5 }), { line: 2, character: 5 });
  });
  it('a line past the end is the end of the document; a character past the line is its end', () => {
    assert.deepEqual(clampPosition(doc, { line: 2 ** 31 - 1, character: 4 }), { line: 2, character: 5 });
    assert.deepEqual(clampPosition(doc, { line: 0, character: 99 }), { line: 0, character: 6 });
    assert.deepEqual(clampPosition(doc, { line: 1, character: 99 }), { line: 1, character: 5 });
  });
  it('negative and non-numeric values are 0', () => {
    assert.deepEqual(clampPosition(doc, { line: -1, character: 3 }), { line: 0, character: 3 });
    assert.deepEqual(clampPosition(doc, { line: 1, character: -7 }), { line: 1, character: 0 });
    assert.deepEqual(clampPosition(doc, { line: NaN, character: 2 }), { line: 0, character: 2 });
  });
});
