import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3029',
  source: 'hadolint wiki DL3029; test/Hadolint/Rule/DL3029Spec.hs',
  bad: [{ dockerfile: 'FROM --platform=linux debian:jessie\n' }],
  good: [
    { dockerfile: 'FROM debian:jessie\n' },
    { dockerfile: 'FROM --platform=$BUILDPLATFORM debian:jessie\n' },
    { dockerfile: 'FROM --platform="$BUILDPLATFORM" debian:jessie\n' },
    { dockerfile: 'FROM --platform=${BUILDPLATFORM} debian:jessie\n' },
    { dockerfile: 'FROM --platform=${BUILDPLATFORM:-} debian:jessie\n' },
    { dockerfile: 'FROM --platform="${BUILDPLATFORM:-}" debian:jessie\n' },
    { dockerfile: 'FROM --platform=$TARGETPLATFORM debian:jessie\n' },
  ],
};
export default examples;
