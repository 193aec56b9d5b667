import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3011',
  source: 'hadolint wiki DL3011; test/Hadolint/Rule/DL3011Spec.hs',
  bad: [{ dockerfile: 'FROM debian:12\nEXPOSE 80000\n' }, { dockerfile: 'FROM debian:12\nEXPOSE 40000-80000/tcp\n' }],
  good: [
    { dockerfile: 'FROM debian:12\nEXPOSE 60000\n' },
    { dockerfile: 'FROM debian:12\nEXPOSE ${FOOBAR}\n' },
    { dockerfile: 'FROM debian:12\nEXPOSE 40000-60000/tcp\n' },
    { dockerfile: 'FROM debian:12\nEXPOSE 40000-${FOOBAR}\n' },
  ],
};
export default examples;
