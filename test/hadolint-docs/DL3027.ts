import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches case lints the same file with the RUN wrapped in ONBUILD. The wiki's problematic and
// correct code (FROM busybox) as tally's hadolint rule pages reproduce it: the hadolint wiki is not stored itself.
const examples: HadolintDocExamples = {
  id: 'DL3027',
  source: 'hadolint wiki DL3027 (as reproduced on tally\'s rule page); test/Hadolint/Rule/DL3027Spec.hs',
  bad: [
    { dockerfile: 'FROM ubuntu\nRUN apt install python\n' },
    { dockerfile: 'FROM ubuntu\nONBUILD RUN apt install python\n' },
    { dockerfile: 'FROM busybox\nRUN apt install curl=1.1.0\n' },
  ],
  good: [{ dockerfile: 'FROM busybox\nRUN apt-get install curl=1.1.0\n' }],
};
export default examples;
