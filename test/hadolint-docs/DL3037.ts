import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\nONBUILD ${line}\n` });

// The comparison operators are escaped for the shell (`tomcat\>=9.0`), as in hadolint's spec.
const pinned = [
  'RUN zypper install -y tomcat=9.0.39 && zypper clean',
  'RUN zypper install -y tomcat\\>=9.0 && zypper clean',
  'RUN zypper install -y tomcat\\>9.0 && zypper clean',
  'RUN zypper install -y tomcat\\<=9.0 && zypper clean',
  'RUN zypper install -y tomcat\\<9.0 && zypper clean',
  'RUN zypper install -y tomcat-9.0.39-1.rpm && zypper clean',
];

const examples: HadolintDocExamples = {
  id: 'DL3037',
  source: 'hadolint test/Hadolint/Rule/DL3037Spec.hs',
  bad: [run('RUN zypper install -y tomcat && zypper clean'), onbuild('RUN zypper install -y tomcat && zypper clean')],
  good: [...pinned.map(run), ...pinned.map(onbuild)],
};
export default examples;
