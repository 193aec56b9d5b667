// carryFindings: the previous version's script findings placed in the new text until the analysers answer.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { carryFindings } from '../../server/src/scripts/carry';
import type { Finding } from '../../server/src/engine/types';

const at = (line: number, character: number, endCharacter: number): Finding['range'] => ({ start: { line, character }, end: { line, character: endCharacter } });
const sc = (range: Finding['range']): Finding => ({
  rule: 'SC2086',
  message: 'Double quote to prevent globbing and word splitting.',
  severity: 'info',
  range,
  fixes: [{ title: "Apply ShellCheck's fix for SC2086", edits: [{ range, newText: '"$V"' }] }],
});
const where = (fs: Finding[]) => fs.map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

describe('carryFindings', () => {
  const text = 'FROM debian\nRUN echo $V\nRUN echo $V\n';
  const before = { text, findings: [sc(at(1, 9, 11)), sc(at(2, 9, 11))] };

  it('keeps findings before the edit, moves those after it, drops those it touches', () => {
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nLABEL a=b\nRUN echo $V\nRUN echo $V\n')), ['2:9-2:11', '3:9-3:11']);
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nRUN echo $V\nRUN echo "$V"\n')), ['1:9-1:11']);
    // appended right after the finding: touched
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nRUN echo $V\nRUN echo $V && true\n')), ['1:9-1:11']);
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nRUN echo $V\nRUN echo $V\nRUN true\n')), ['1:9-1:11', '2:9-2:11']);
    // on the same line, before the finding: moved along the line
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nRUN  echo $V\nRUN echo $V\n')), ['1:10-1:12', '2:9-2:11']);
    // typing right after a finding touches it
    assert.deepEqual(where(carryFindings(before, 'FROM debian\nRUN echo $VX\nRUN echo $V\n')), ['2:9-2:11']);
  });

  it('carries no fix (its edits are for the old text), and nothing when there was nothing', () => {
    const same = carryFindings(before, text);
    assert.deepEqual(where(same), ['1:9-1:11', '2:9-2:11']);
    assert.ok(same.every((f) => f.fixes === undefined && f.rule === 'SC2086' && f.severity === 'info'));
    assert.deepEqual(carryFindings({ text, findings: [] }, 'x'), []);
  });

  it('handles CRLF, deleting everything, and multi-line findings', () => {
    const crlf = { text: 'FROM debian\r\nRUN echo $V\r\n', findings: [sc(at(1, 9, 11))] };
    assert.deepEqual(where(carryFindings(crlf, 'FROM debian\r\n\r\nRUN echo $V\r\n')), ['2:9-2:11']);
    assert.deepEqual(carryFindings(before, ''), []);
    const multi = { text: 'a\nRUN x \\\n  y\n', findings: [{ ...sc(at(1, 4, 0)), range: { start: { line: 1, character: 4 }, end: { line: 2, character: 3 } } }] };
    assert.deepEqual(where(carryFindings(multi, 'a\nRUN x \\\n  z\n')), []);
    assert.deepEqual(where(carryFindings(multi, 'b\na\nRUN x \\\n  y\n')), ['2:4-3:3']);
  });
});
