import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3035',
  source: 'hadolint test/Hadolint/Rule/DL3035Spec.hs',
  bad: [
    run('RUN zypper dist-upgrade'),
    run('RUN zypper dup'),
    onbuild('RUN zypper dist-upgrade'),
    onbuild('RUN zypper dup'),
  ],
  good: [],
};
export default examples;
