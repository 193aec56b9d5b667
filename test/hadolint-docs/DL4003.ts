import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL4003',
  source: 'hadolint test/Hadolint/Rule/DL4003Spec.hs',
  bad: [
    { dockerfile: 'FROM debian\nCMD bash\nRUN foo\nCMD another\n' },
    { dockerfile: 'FROM debian as distro1\nCMD bash\nRUN foo\nCMD another\nFROM debian as distro2\nCMD another\n' },
  ],
  good: [
    { dockerfile: 'FROM debian as distro1\nCMD bash\nRUN foo\nFROM debian as distro2\nCMD another\n' },
    { dockerfile: 'FROM debian\nCMD /bin/true\n' },
  ],
};
export default examples;
