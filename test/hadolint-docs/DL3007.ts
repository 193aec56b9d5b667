import type { HadolintDocExamples } from './types';

const SHA = 'sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb';

const examples: HadolintDocExamples = {
  id: 'DL3007',
  source: 'hadolint wiki DL3007; test/Hadolint/Rule/DL3007Spec.hs',
  bad: [{ dockerfile: 'FROM debian:latest\n' }, { dockerfile: 'FROM debian:latest AS builder\n' }],
  good: [
    { dockerfile: 'FROM debian:jessie\n' },
    { dockerfile: `FROM hub.docker.io/debian@${SHA}\n` },
    { dockerfile: `FROM hub.docker.io/debian:latest@${SHA}\n` },
    { dockerfile: 'FROM debian:jessie AS builder\n' },
  ],
};
export default examples;
