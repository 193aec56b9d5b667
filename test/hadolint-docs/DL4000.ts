import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL4000',
  source: 'hadolint test/Hadolint/Rule/DL4000Spec.hs',
  bad: [
    { dockerfile: 'FROM busybox\nMAINTAINER hudu@mail.com\n' },
    { dockerfile: 'FROM debian\nMAINTAINER Lukas\n' },
    { dockerfile: 'MAINTAINER Lukas\nFROM DEBIAN\n' },
  ],
  good: [{ dockerfile: 'FROM debian\n' }],
};
export default examples;
