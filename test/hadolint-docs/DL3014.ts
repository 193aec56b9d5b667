import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM debian:12\n${run}\n` },
  { dockerfile: `FROM debian:12\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3014',
  source: 'hadolint wiki DL3014; test/Hadolint/Rule/DL3014Spec.hs',
  bad: [
    ...both('RUN apt-get install python'),
    ...both('RUN apt-get install -q python'),
    { dockerfile: 'FROM debian:12\nRUN apt-get install --quiet python\n' },
  ],
  good: [
    ...both('RUN apt-get install -yq python'),
    ...both('RUN apt-get install -y python'),
    ...both('RUN apt-get -y install python'),
    ...both('RUN apt-get --yes install python'),
    ...both('RUN apt-get --assume-yes install python'),
    ...both('RUN apt-get install -qq python'),
    ...both('RUN apt-get install -q -q python'),
    ...both('RUN apt-get install -q=2 python'),
    ...both('RUN apt-get install --quiet --quiet python'),
  ],
};
export default examples;
