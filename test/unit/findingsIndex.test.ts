// The index code actions use to find the findings a range touches (features/codeActions.ts): the same answer as a
// scan of every finding, in lint order, for findings of one line, of many lines, and ranges of every shape.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { findingsIn } from '../../server/src/features/codeActions';
import type { Finding } from '../../server/src/engine/types';

type Pos = { line: number; character: number };
const before = (p: Pos, q: Pos) => p.line < q.line || (p.line === q.line && p.character < q.character);
const overlaps = (a: Finding['range'], b: Finding['range']) => !before(a.end, b.start) && !before(b.end, a.start);

/** mulberry32: the same cases on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function randomRange(int: (n: number) => number, lines: number): Finding['range'] {
  const a = { line: int(lines), character: int(40) };
  const span = int(10) === 0 ? int(lines) : int(3);
  const b = { line: a.line + span, character: int(40) };
  return before(b, a) ? { start: b, end: a } : { start: a, end: b };
}

describe('findingsIn (code actions: findings under a range)', () => {
  it('lists what a scan of every finding lists, in lint order', () => {
    const int = rng(7);
    for (let round = 0; round < 200; round++) {
      const lines = 1 + int(60);
      const findings: Finding[] = Array.from({ length: int(80) }, (_, i) => ({ rule: `R${i}`, message: '', severity: 'warning', range: randomRange(int, lines) }));
      for (let q = 0; q < 30; q++) {
        const range = randomRange(int, lines + 2);
        const expected = findings.flatMap((f, i) => (overlaps(f.range, range) ? [i] : []));
        assert.deepEqual(findingsIn(findings, range), expected, JSON.stringify({ range, findings: findings.map((f) => f.range) }));
      }
    }
  });

  it('includes findings that touch the range at either end, and empty findings and ranges', () => {
    const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
    const findings: Finding[] = [r(0, 0, 0, 4), r(1, 2, 1, 2), r(2, 0, 9, 0), r(5, 5, 5, 9)].map((range, i) => ({ rule: `R${i}`, message: '', severity: 'error', range }));
    assert.deepEqual(findingsIn(findings, r(0, 4, 0, 4)), [0]);
    assert.deepEqual(findingsIn(findings, r(1, 2, 1, 2)), [1]);
    assert.deepEqual(findingsIn(findings, r(5, 0, 5, 5)), [2, 3]);
    assert.deepEqual(findingsIn(findings, r(10, 0, 11, 0)), []);
    assert.deepEqual(findingsIn([], r(0, 0, 1, 0)), []);
  });
});
