import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM alpine:3.20\n${run}\n` },
  { dockerfile: `FROM alpine:3.20\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3018',
  source: 'hadolint wiki DL3018; test/Hadolint/Rule/DL3018Spec.hs',
  bad: [
    ...both('RUN apk add flex'),
    ...both('RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5'),
  ],
  good: [
    ...both('RUN apk add flex=2.6.4-r1'),
    ...both('RUN apk add --no-cache git~2.52.0'),
    ...both('RUN apk add --no-cache flex=2.6.4-r1 \\\n && pip install -r requirements.txt'),
    ...both('RUN apk add --no-cache \\\nflex=2.6.4-r1 \\\nlibffi=3.2.1-r3 \\\npython2=2.7.13-r1 \\\nlibbz2=1.0.6-r5'),
    ...both(
      'RUN apk add \\\n--virtual build-dependencies \\\npython-dev=1.1.1 build-base=2.2.2 wget=3.3.3 \\\n' +
        '&& pip install -r requirements.txt \\\n&& python setup.py install \\\n&& apk del build-dependencies',
    ),
    ...both('RUN apk add --no-cache \\\n--repository https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0'),
    ...both('RUN apk add --no-cache \\\n--repository=https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0'),
    ...both('RUN apk add --no-cache \\\n-X https://nl.alpinelinux.org/alpine/edge/testing \\\nflow=0.78.0-r0'),
    ...both('RUN apk add mypackage-1.1.1.apk'),
  ],
};
export default examples;
