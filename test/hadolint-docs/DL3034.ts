import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM opensuse/leap:15.6\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3034',
  source: 'hadolint test/Hadolint/Rule/DL3034Spec.hs',
  bad: [run('RUN zypper install httpd=2.4.24 && zypper clean'), onbuild('RUN zypper install httpd=2.4.24 && zypper clean')],
  good: [
    run('RUN zypper install -n httpd=2.4.24 && zypper clean'),
    run('RUN zypper install --non-interactive httpd=2.4.24 && zypper clean'),
    run('RUN zypper install -y httpd=2.4.24 && zypper clean'),
    run('RUN zypper install --no-confirm httpd=2.4.24 && zypper clean'),
    onbuild('RUN zypper install -n httpd=2.4.24 && zypper clean'),
    onbuild('RUN zypper install --non-interactive httpd=2.4.24 && zypper clean'),
    onbuild('RUN zypper install -y httpd=2.4.24 && zypper clean'),
    onbuild('RUN zypper install --no-confirm httpd=2.4.24 && zypper clean'),
  ],
};
export default examples;
