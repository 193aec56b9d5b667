// The caret and range marks of protocol tests (test/helpers/caret.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { at, caret, marked, rangeAt, ranges } from '../helpers/caret';

describe('caret marks', () => {
  it('caret: removes the marker and gives its position', () => {
    assert.deepEqual(caret('FROM node AS b|uilder\n'), { text: 'FROM node AS builder\n', position: { line: 0, character: 14 } });
    assert.deepEqual(caret('a\nbc\n|d'), { text: 'a\nbc\nd', position: { line: 2, character: 0 } });
    assert.deepEqual(caret('run: |\n  echo ^x\n', '^'), { text: 'run: |\n  echo x\n', position: { line: 1, character: 7 } });
  });
  it('caret: refuses a text without a marker or with two', () => {
    assert.throws(() => caret('FROM node'), /expected one "\|" in the text, found 0/);
    assert.throws(() => caret('run: |\n  a |b'), /expected one "\|" in the text, found 2/);
  });
  it('ranges: removes the marks and gives each range in order', () => {
    assert.deepEqual(ranges('FROM «node» AS «b\nx»'), {
      text: 'FROM node AS b\nx',
      ranges: [
        { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } },
        { start: { line: 0, character: 13 }, end: { line: 1, character: 1 } },
      ],
    });
    assert.deepEqual(ranges('«»').ranges, [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]);
  });
  it('ranges: refuses no mark, an unclosed, a stray and a nested one', () => {
    assert.throws(() => ranges('FROM node'), /no «» in the text/);
    assert.throws(() => ranges('FROM «node'), /« at line 0, character 5 is not closed/);
    assert.throws(() => ranges('FROM node»'), /» without « at line 0, character 9/);
    assert.throws(() => ranges('«a «b» c»'), /nested «/);
  });
  it('marked: a caret and ranges in one text, each counted without the other marks', () => {
    assert.deepEqual(marked('FROM alpine\n«CO|»\n'), {
      text: 'FROM alpine\nCO\n',
      position: { line: 1, character: 2 },
      ranges: [{ start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }],
    });
    assert.deepEqual(marked('«a» b|'), { text: 'a b', position: { line: 0, character: 3 }, ranges: [{ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }] });
    assert.deepEqual(marked('a|').ranges, []);
    assert.throws(() => marked('«a»'), /expected one "\|"/);
  });
  it('at and rangeAt: find a marked snippet in a shared text', () => {
    const doc = 'ARG X\nFROM node AS builder\nCOPY --from=builder /a /b\n';
    assert.deepEqual(at(doc, 'AS b|uilder'), { line: 1, character: 14 });
    assert.deepEqual(at(doc, 'builder\nC|OPY'), { line: 2, character: 1 });
    assert.deepEqual(rangeAt(doc, '--from=«builder»'), { start: { line: 2, character: 12 }, end: { line: 2, character: 19 } });
  });
  it('at and rangeAt: refuse a snippet that is missing or occurs twice, or has no mark', () => {
    const doc = 'FROM node AS builder\nCOPY --from=builder /a /b\n';
    assert.throws(() => at(doc, 'AS b|ilder'), /"AS bilder" occurs 0 times/);
    assert.throws(() => at(doc, 'b|uilder'), /"builder" occurs 2 times/);
    assert.throws(() => at(doc, 'builder'), /found 0/);
    assert.throws(() => rangeAt(doc, '«builder»'), /occurs 2 times/);
    assert.throws(() => rangeAt(doc, '«AS» «builder»'), /expected one «» in/);
  });
});
