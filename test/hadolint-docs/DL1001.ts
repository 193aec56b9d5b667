import type { HadolintDocExamples } from './types';

// hadolint's cases have no FROM; each gets one before its RUN (the pragma stays right above the RUN it ignores for).
const examples: HadolintDocExamples = {
  id: 'DL1001',
  source: 'hadolint wiki DL1001; test/Hadolint/Rule/DL1001Spec.hs',
  bad: [{ dockerfile: 'FROM debian:12\n# hadolint ignore=DL3003\nRUN foo bar\n' }],
  good: [
    { dockerfile: 'FROM debian:12\n# hadolint shell=powershell\nRUN foo bar\n' },
    { dockerfile: 'FROM debian:12\n# foobar\nRUN foo bar\n' },
    { dockerfile: 'FROM debian\nRUN foo bar\n' },
  ],
};
export default examples;
