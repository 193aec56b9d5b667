import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3061',
  source: 'hadolint test/Hadolint/Rule/DL3061Spec.hs',
  bad: [{ dockerfile: 'LABEL foo=bar\nFROM foo\n' }],
  good: [
    { dockerfile: 'FROM foo\nLABEL foo=bar\n' },
    { dockerfile: 'ARG A=B\nFROM foo\nLABEL foo=bar\n' },
    { dockerfile: '# syntax = docker/dockerfile:1.0-experimental\nFROM node:16-alpine3.13\n' },
    { dockerfile: 'FROM foo\nARG A=B\nRUN echo bla\n' },
    { dockerfile: 'FROM foo\nARG A=B\nONBUILD RUN echo bla\n' },
  ],
};
export default examples;
