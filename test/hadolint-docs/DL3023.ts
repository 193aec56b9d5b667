import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3023',
  source: 'hadolint wiki DL3023; test/Hadolint/Rule/DL3023Spec.hs',
  bad: [{ dockerfile: 'FROM node as foo\nCOPY --from=foo bar .\n' }],
  good: [{ dockerfile: 'FROM scratch as build\nRUN foo\nFROM node as run\nCOPY --from=build foo .\nRUN baz\n' }],
};
export default examples;
