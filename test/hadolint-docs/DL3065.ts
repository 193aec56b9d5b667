import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3065',
  source: 'hadolint test/Hadolint/Rule/DL3065Spec.hs',
  bad: [{ dockerfile: 'FROM --platform=$TARGETPLATFORM alpine:3.24\n' }, { dockerfile: 'FROM --platform=${TARGETPLATFORM} alpine:3.24\n' }],
  good: [
    { dockerfile: 'FROM alpine:3.24\n' },
    { dockerfile: 'FROM --platform=$FOOBAR alpine:3.24\n' },
    { dockerfile: 'FROM --platform=foobar alpine:3.24\n' },
    { dockerfile: 'FROM --platform=foobar/arm64 alpine:3.24\n' },
  ],
};
export default examples;
