import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM fedora:40\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM fedora:40\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3040',
  source: 'hadolint test/Hadolint/Rule/DL3040Spec.hs',
  bad: [
    run('RUN dnf install -y mariadb-10.4'),
    run('RUN microdnf install -y mariadb-10.4'),
    onbuild('RUN dnf install -y mariadb-10.4'),
    onbuild('RUN dnf install -y mariadb-10.4 && microdnf clean all'),
    onbuild('RUN microdnf install -y mariadb-10.4'),
    // The spec's "clean before install" case.
    run('RUN microdnf clean all && dnf install -y mariadb-10.4'),
  ],
  good: [
    run('RUN dnf install -y mariadb-10.4 && dnf clean all'),
    run('RUN microdnf install -y mariadb-10.4 && microdnf clean all'),
    run('RUN notdnf install mariadb'),
    onbuild('RUN dnf install -y mariadb-10.4 && dnf clean all'),
    onbuild('RUN microdnf install -y mariadb-10.4 && microdnf clean all'),
    onbuild('RUN notdnf install mariadb'),
    run('RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*'),
    run('RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*'),
    onbuild('RUN dnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*'),
    onbuild('RUN microdnf install -y mariadb-10.4 && rm -rf /var/cache/yum/*'),
  ],
};
export default examples;
