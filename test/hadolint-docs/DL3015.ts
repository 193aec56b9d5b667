import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM debian:12\n${run}\n` },
  { dockerfile: `FROM debian:12\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3015',
  source: 'hadolint wiki DL3015; test/Hadolint/Rule/DL3015Spec.hs',
  bad: [...both('RUN apt-get install python'), ...both('RUN apt-get -y install python')],
  good: [
    ...both('RUN apt-get install --no-install-recommends python'),
    ...both('RUN apt-get -o APT::Install-Recommends=false install python'),
  ],
};
export default examples;
