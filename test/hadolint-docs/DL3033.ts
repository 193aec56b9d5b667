import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM centos:7\n${run}\n` },
  { dockerfile: `FROM centos:7\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3033',
  source: 'hadolint wiki DL3033; test/Hadolint/Rule/DL3033Spec.hs',
  bad: [...both('RUN yum install -y tomcat && yum clean all'), ...both('RUN yum module install -y tomcat && yum clean all')],
  good: [
    ...both('RUN yum install -y tomcat-9.2 && yum clean all'),
    ...both('RUN bash -c `# not even a yum command`'),
    ...both('RUN yum module install -y tomcat:9 && yum clean all'),
  ],
};
export default examples;
