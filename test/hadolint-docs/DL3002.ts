import type { HadolintDocExamples } from './types';

// The first bad and good examples are the wiki's (as tally's hadolint rule pages reproduce it: the hadolint wiki is not
// stored itself), the others the spec's cases.
const examples: HadolintDocExamples = {
  id: 'DL3002',
  source: 'hadolint wiki DL3002 (as reproduced on tally\'s rule page); test/Hadolint/Rule/DL3002Spec.hs',
  bad: [
    { dockerfile: 'FROM busybox\nUSER root\nRUN ...\n' },
    { dockerfile: 'FROM scratch\nUSER root\n' },
    { dockerfile: 'FROM scratch\nUSER 0\n' },
    { dockerfile: 'FROM scratch\nUSER root:root\n' },
    { dockerfile: 'FROM scratch\nUSER 0:0\n' },
    // transitive root user: the last stage inherits root from `base`
    { dockerfile: 'FROM debian as base\nUSER root\nRUN something\nFROM base\nRUN something else\n' },
    // multiple stages
    {
      dockerfile: 'FROM debian as base\nUSER root\nRUN something\nFROM scratch\nUSER foo\nRUN something else\n',
      differs:
        'only the user the image runs as counts: `base` is a build stage the final image does not build on, and a build ' +
        'stage running as root ships nothing (hadolint reports the last USER of every stage)',
    },
  ],
  good: [
    { dockerfile: 'FROM busybox\nUSER root\nRUN ...\nUSER guest\n' },
    { dockerfile: 'FROM scratch\nUSER foo\n' },
    { dockerfile: 'FROM scratch\nUSER root\nRUN something\nUSER foo\n' },
    { dockerfile: 'FROM debian as base\nUSER root\nRUN something\nUSER foo\nFROM scratch\nRUN something else\n' },
  ],
};
export default examples;
