import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM centos:7\n${run}\n` },
  { dockerfile: `FROM centos:7\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3032',
  source: 'hadolint wiki DL3032; test/Hadolint/Rule/DL3032Spec.hs',
  bad: [...both('RUN yum install -y mariadb-10.4')],
  good: [
    ...both('RUN yum install -y mariadb-10.4 && yum clean all'),
    ...both('RUN bash -c `# not even a yum command`'),
    ...both('RUN yum install -y mariadb-10.4 && rm -rf /var/cache/yum/*'),
  ],
};
export default examples;
