import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3003',
  source: 'hadolint wiki DL3003; test/Hadolint/Rule/DL3003Spec.hs',
  bad: [{ dockerfile: 'FROM debian:12\nRUN cd /opt\n' }],
  good: [{ dockerfile: 'FROM debian:12\nWORKDIR /opt\n' }],
};
export default examples;
