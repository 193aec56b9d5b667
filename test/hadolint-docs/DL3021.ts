import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3021',
  source: 'hadolint wiki DL3021; test/Hadolint/Rule/DL3021Spec.hs',
  bad: [{ dockerfile: 'FROM debian:12\nCOPY foo bar baz\n' }],
  good: [{ dockerfile: 'FROM debian:12\nCOPY foo bar\n' }, { dockerfile: 'FROM debian:12\nCOPY foo bar baz/\n' }],
};
export default examples;
