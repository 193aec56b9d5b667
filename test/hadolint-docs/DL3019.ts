import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM alpine:3.20\n${run}\n` },
  { dockerfile: `FROM alpine:3.20\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3019',
  source: 'hadolint wiki DL3019; test/Hadolint/Rule/DL3019Spec.hs',
  bad: [...both('RUN apk add flex=2.6.4-r1'), ...both('RUN --mount=type=cache,target=/var/cache/foo apk add -U curl=7.77.0')],
  good: [
    ...both('RUN apk add --no-cache flex=2.6.4-r1'),
    ...both('RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=7.77.0'),
    ...both('RUN --mount=type=cache,target=/var/cache/foo apk add --no-cache -U curl=7.77.0'),
  ],
};
export default examples;
