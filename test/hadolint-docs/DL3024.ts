import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3024',
  source: 'hadolint wiki DL3024; test/Hadolint/Rule/DL3024Spec.hs',
  bad: [{ dockerfile: 'FROM node as foo\nRUN something\nFROM scratch as foo\nRUN something\n' }],
  good: [{ dockerfile: 'FROM scratch as build\nRUN foo\nFROM node as run\nRUN baz\n' }],
};
export default examples;
