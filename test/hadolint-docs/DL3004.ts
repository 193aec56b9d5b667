import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches cases lint the same file with the RUN wrapped in ONBUILD.
const examples: HadolintDocExamples = {
  id: 'DL3004',
  source: 'hadolint wiki DL3004; test/Hadolint/Rule/DL3004Spec.hs',
  bad: [
    { dockerfile: 'FROM debian:12\nRUN sudo apt-get update\n' },
    { dockerfile: 'FROM debian:12\nONBUILD RUN sudo apt-get update\n' },
    { dockerfile: 'FROM debian:12\nRUN apt-get update && sudo apt-get install\n' },
    { dockerfile: 'FROM debian:12\nONBUILD RUN apt-get update && sudo apt-get install\n' },
  ],
  good: [
    { dockerfile: 'FROM debian:12\nRUN apt-get install sudo\n' },
    { dockerfile: 'FROM debian:12\nONBUILD RUN apt-get install sudo\n' },
  ],
};
export default examples;
