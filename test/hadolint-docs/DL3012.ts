import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3012',
  source: 'hadolint wiki DL3012; test/Hadolint/Rule/DL3012Spec.hs',
  bad: [{ dockerfile: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nHEALTHCHECK CMD /bin/bla2\n' }],
  good: [
    { dockerfile: 'FROM scratch\n' },
    { dockerfile: 'FROM scratch\nHEALTHCHECK CMD /bin/bla\n' },
    { dockerfile: 'FROM scratch\nHEALTHCHECK CMD /bin/bla1\nFROM scratch\nHEALTHCHECK CMD /bin/bla2\n' },
  ],
};
export default examples;
