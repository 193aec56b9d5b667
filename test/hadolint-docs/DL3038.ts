import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM fedora:40\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM fedora:40\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3038',
  source: 'hadolint test/Hadolint/Rule/DL3038Spec.hs',
  bad: [run('RUN dnf install httpd-2.4.24 && dnf clean all'), onbuild('RUN dnf install httpd-2.4.24 && dnf clean all')],
  good: [
    run('RUN dnf install -y httpd-2.4.24 && dnf clean all'),
    run('RUN notdnf install httpd'),
    onbuild('RUN dnf install -y httpd-2.4.24 && dnf clean all'),
    onbuild('RUN notdnf install httpd'),
  ],
};
export default examples;
