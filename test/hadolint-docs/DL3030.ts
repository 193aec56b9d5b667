import type { HadolintDocExamples, HadolintExample } from './types';

// hadolint's cases have no FROM; each gets one. Its onBuildRuleCatches cases lint the same file with the RUN wrapped
// in ONBUILD: both forms are listed.
const both = (run: string): HadolintExample[] => [
  { dockerfile: `FROM centos:7\n${run}\n` },
  { dockerfile: `FROM centos:7\nONBUILD ${run}\n` },
];

const examples: HadolintDocExamples = {
  id: 'DL3030',
  source: 'hadolint wiki DL3030; test/Hadolint/Rule/DL3030Spec.hs',
  bad: [...both('RUN yum install httpd-2.4.24 && yum clean all')],
  good: [...both('RUN yum install -y httpd-2.4.24 && yum clean all'), ...both('RUN bash -c `# not even a yum command`')],
};
export default examples;
