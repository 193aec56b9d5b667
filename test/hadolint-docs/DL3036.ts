import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3036',
  source: 'hadolint test/Hadolint/Rule/DL3036Spec.hs',
  bad: [run('RUN zypper install -y mariadb=10.4'), onbuild('RUN zypper install -y mariadb=10.4')],
  good: [
    run('RUN zypper install -y mariadb=10.4 && zypper clean'),
    run('RUN zypper install -y mariadb=10.4 && zypper cc'),
    onbuild('RUN zypper install -y mariadb=10.4 && zypper clean'),
    onbuild('RUN zypper install -y mariadb=10.4 && zypper cc'),
  ],
};
export default examples;
