import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL4004',
  source: 'hadolint test/Hadolint/Rule/DL4004Spec.hs',
  bad: [
    { dockerfile: 'FROM debian\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\n' },
    { dockerfile: 'FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nENTRYPOINT another\nFROM debian as distro2\nENTRYPOINT another\n' },
  ],
  good: [
    { dockerfile: 'FROM busybox\n' },
    { dockerfile: 'FROM debian as distro1\nENTRYPOINT bash\nRUN foo\nFROM debian as distro2\nENTRYPOINT another\n' },
    { dockerfile: 'FROM debian\nENTRYPOINT /bin/true\n' },
  ],
};
export default examples;
