import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';
import { keyValues, splitWords } from '../scope';

/** `key=value` text equal in meaning to the legacy `key value…`, or undefined when no safe rewrite exists. */
function rewrite(model: DockerfileModel, key: string, rest: string): string | undefined {
  if (rest === '') return `${key}=""`;
  if (splitWords(rest, model.escape).length === 1) return `${key}=${rest}`;
  // The legacy value is the rest of the line, spaces included; double quotes keep it one word. Only when the
  // rest has no quotes or escapes of its own, whose meaning would change inside quotes.
  if (/["'`\\]/.test(rest) || rest.includes(model.escape)) return undefined;
  return `${key}="${rest}"`;
}

function fixFor(model: DockerfileModel, ins: DfInstruction, key: string, rest: string): Fix[] | undefined {
  const args = ins.argsRange;
  if (!args || ins.range.start.line !== ins.range.end.line) return undefined;
  const text = rewrite(model, key, rest);
  if (text === undefined) return undefined;
  return [{ title: `Use ${ins.keyword} ${text}`, preferred: true, edits: [{ range: args, newText: text }] }];
}

const rule: Rule<DockerfileModel> = {
  id: 'LegacyKeyValueFormat',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'LegacyKeyValueFormat' },
  fix: { safety: 'safe', why: 'The `key=value` form sets the same key to the same value, quoted where needed.' },
  docs: {
    summary: 'ENV and LABEL should use `key=value`, not the legacy `key value` form.',
    why:
      'In the legacy form everything after the first space is the value, so `ENV A 1 B 2` sets one variable `A` to `1 B 2`; ' +
      'the form is deprecated and reported by `docker build --check`.',
    bad: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED 1\n',
    good: 'FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'LABEL') continue;
      const { pairs, legacy } = keyValues(model, ins);
      if (!legacy || pairs.length === 0) continue;
      const { key, value } = pairs[0];
      report({
        message: `"${ins.keyword} key=value" should be used instead of legacy "${ins.keyword} key value" format`,
        range: ins.range,
        fixes: fixFor(model, ins, key, value ?? ''),
      });
    }
  },
  tests: [
    {
      name: 'ENV and LABEL',
      input: 'FROM scratch\nENV testkey value\nLABEL key value\n',
      expect: [
        { line: 2, col: 1, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' },
        { line: 3, col: 1, message: '"LABEL key=value" should be used instead of legacy "LABEL key value" format' },
      ],
      fixed: 'FROM scratch\nENV testkey=value\nLABEL key=value\n',
    },
    { name: 'spaces in the value are quoted', input: 'FROM scratch\nENV MSG hello  world $USER\n', expect: [{ line: 2, col: 1, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' }], fixed: 'FROM scratch\nENV MSG="hello  world $USER"\n' },
    { name: 'a quoted value stays as written', input: 'FROM scratch\nENV MSG "hello world"\n', expect: [{ line: 2, col: 1, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' }], fixed: 'FROM scratch\nENV MSG="hello world"\n' },
    { name: 'mixed quotes get no automatic fix', input: 'FROM scratch\nENV MSG "a b" c\n', expect: [{ line: 2, col: 1, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' }], fixed: 'FROM scratch\nENV MSG "a b" c\n' },
    { name: 'key=value forms', input: 'FROM scratch\nENV testkey=value a="b c"\nLABEL key=value\nARG A B\n', expect: [] },
    { name: 'continuation', input: 'FROM scratch\nENV A \\\n  1\n', expect: [{ line: 2, col: 1, message: '"ENV key=value" should be used instead of legacy "ENV key value" format' }] },
    { name: 'local check=skip', input: 'FROM scratch\n# check=skip=LegacyKeyValueFormat\nENV testkey value\n', expect: [] },
  ],
};

export default rule;
