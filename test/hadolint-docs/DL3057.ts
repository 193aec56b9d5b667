import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3057',
  source: 'hadolint test/Hadolint/Rule/DL3057Spec.hs',
  bad: [{ dockerfile: 'FROM scratch\n' }, { dockerfile: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM scratch\n' }],
  good: [
    { dockerfile: 'FROM scratch\nHEALTHCHECK CMD /bin/bla\n' },
    { dockerfile: 'FROM scratch AS base\nHEALTHCHECK CMD /bin/bla\nFROM base\n' },
  ],
};
export default examples;
