import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches cases lint the same file with the RUN wrapped in ONBUILD.
const examples: HadolintDocExamples = {
  id: 'DL3001',
  source: 'hadolint wiki DL3001; test/Hadolint/Rule/DL3001Spec.hs',
  bad: [{ dockerfile: 'FROM debian:12\nRUN top\n' }, { dockerfile: 'FROM debian:12\nONBUILD RUN top\n' }],
  good: [
    { dockerfile: 'FROM debian:12\nRUN apt-get install ssh\n' },
    { dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install ssh\n' },
  ],
};
export default examples;
