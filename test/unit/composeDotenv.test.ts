// The .env reader Compose completion and hover use, and the `${VAR}` references found on a line.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { dotenvMap, parseDotenv } from '../../server/src/compose/dotenv';
import { variablesInLine } from '../../server/src/compose/features/variables';

describe('Compose .env reader', () => {
  it('reads plain, exported, quoted, multi-line, commented and bare entries', () => {
    const text = [
      '# a comment', // 0
      'PLAIN=value # inline comment', // 1
      'export EXPORTED=yes', // 2
      "SINGLE='kept $AS #written'", // 3
      'DOUBLE="a\\nb \\"q\\""', // 4
      'MULTI="line one', // 5
      'line two"', // 6
      'YAML_STYLE: colon', // 7
      'HASH=a#b', // 8
      'INHERITED', // 9
      'EMPTY=', // 10
      "ESCAPED_SINGLE='Let\\'s go!'", // 11
      'TAB="a\\tb \\\\n"', // 12
      'not a statement', // 13
      'UNTERMINATED="oops', // 14
    ].join('\n');
    assert.deepEqual(parseDotenv(text), [
      { name: 'PLAIN', value: 'value', line: 1 },
      { name: 'EXPORTED', value: 'yes', line: 2 },
      { name: 'SINGLE', value: 'kept $AS #written', line: 3 },
      { name: 'DOUBLE', value: 'a\nb "q"', line: 4 },
      { name: 'MULTI', value: 'line one\nline two', line: 5 },
      { name: 'YAML_STYLE', value: 'colon', line: 7 },
      { name: 'HASH', value: 'a#b', line: 8 },
      { name: 'INHERITED', value: undefined, line: 9 },
      { name: 'EMPTY', value: '', line: 10 },
      { name: 'ESCAPED_SINGLE', value: "Let's go!", line: 11 },
      { name: 'TAB', value: 'a\tb \\n', line: 12 },
    ]);
  });

  it('keeps the last value of a name', () => {
    assert.deepEqual(dotenvMap('A=1\r\nA=2\r\n').get('A'), { name: 'A', value: '2', line: 1 });
  });
});

describe('${VAR} references on a line', () => {
  it('finds braced, unbraced, nested and escaped references with their columns', () => {
    const uses = variablesInLine('x: ${A:-${B}} $C $${D} $$$E ${F?no}');
    assert.deepEqual(
      uses.map((u) => [u.name, u.modifier, u.arg, u.escaped, u.start, u.end]),
      [
        ['A', ':-', '${B}', false, 3, 13],
        ['B', '', '', false, 8, 12],
        ['C', '', '', false, 14, 16],
        ['D', '', '', true, 18, 22],
        ['E', '', '', false, 25, 27],
        ['F', '?', 'no', false, 28, 35],
      ],
    );
  });
});
