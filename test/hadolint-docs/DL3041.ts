import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM fedora:40\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM fedora:40\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3041',
  source: 'hadolint test/Hadolint/Rule/DL3041Spec.hs',
  bad: [
    run('RUN dnf install -y tomcat && dnf clean all'),
    run('RUN microdnf install -y tomcat && microdnf clean all'),
    onbuild('RUN dnf install -y tomcat && dnf clean all'),
    run('RUN dnf install -y rpm-sign && dnf clean all'),
    run('RUN microdnf install -y rpm-sign && microdnf clean all'),
    onbuild('RUN dnf install -y rpm-sign && dnf clean all'),
    run('RUN dnf module install -y tomcat && dnf clean all'),
    run('RUN microdnf module install -y tomcat && microdnf clean all'),
    onbuild('RUN dnf module install -y tomcat && dnf clean all'),
  ],
  good: [
    run('RUN dnf install -y tomcat-9.0.1 && dnf clean all'),
    run('RUN microdnf install -y tomcat-9.0.1 && microdnf clean all'),
    onbuild('RUN dnf install -y tomcat-9.0.1 && dnf clean all'),
    onbuild('RUN microdnf install -y tomcat-9.0.1 && microdnf clean all'),
    run('RUN notdnf install openssl-1:1.1.1k'),
    onbuild('RUN notdnf install openssl-1:1.1.1k'),
    run('RUN notdnf install tomcat'),
    onbuild('RUN notdnf install tomcat'),
    run('RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all'),
    run('RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all'),
    onbuild('RUN dnf install -y rpm-sign-4.16.1.3 && dnf clean all'),
    onbuild('RUN microdnf install -y rpm-sign-4.16.1.3 && microdnf clean all'),
    run('RUN dnf install -y gcc-c++-1.1.1'),
    run('RUN microdnf install -y gcc-c++-1.1.1'),
    onbuild('RUN dnf install -y gcc-c++-1.1.1'),
    onbuild('RUN microdnf install -y gcc-c++-1.1.1'),
    run('RUN dnf install -y openssl-1:1.1.1k'),
    run('RUN microdnf install -y openssl-1:1.1.1k'),
    onbuild('RUN dnf install -y openssl-1:1.1.1k'),
    onbuild('RUN microdnf install -y openssl-1:1.1.1k'),
    run('RUN dnf module install -y tomcat:9 && dnf clean all'),
    run('RUN microdnf module install -y tomcat:9 && microdnf clean all'),
    run('RUN notdnf module install tomcat'),
    onbuild('RUN dnf module install -y tomcat:9 && dnf clean all'),
    onbuild('RUN microdnf module install -y tomcat:9 && microdnf clean all'),
    onbuild('RUN notdnf module install tomcat'),
    run('RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all'),
    run('RUN dnf install -y "rpm-sign-${VERSION}" && dnf clean all'),
    run('RUN dnf install -y tomcat-$VERSION && dnf clean all'),
    run('RUN microdnf install -y "git-core-${GIT_VER}" && microdnf clean all'),
    onbuild('RUN dnf install -y "git-core-${GIT_VER}" && dnf clean all'),
  ],
};
export default examples;
