import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, hasFlag, insertAfter, positionals } from '../shell';
import { RPM_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3030',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3030' },
  docs: {
    summary: 'Use the `-y` switch with `yum install`.',
    why: 'A build has no terminal: yum asks "Is this ok [y/N]", reads end-of-file and aborts the install, failing the build.',
    bad: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        if (cmd.name !== 'yum') continue;
        const sub = positionals(cmd, RPM_VALUE_FLAGS)[0];
        if (!sub || !['install', 'groupinstall', 'localinstall', 'reinstall'].includes(sub.value)) continue;
        if (hasFlag(cmd, ['y'], ['assumeyes'])) continue;
        report({
          message: 'Use the -y switch to avoid manual input `yum install -y <package>`',
          range: sub.range,
          fixes: [{ title: 'Add `-y`', edits: [insertAfter(sub, '-y')], preferred: true }],
        });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM centos:7\nRUN yum install httpd\n', expect: [{ line: 2, col: 9 }], fixed: 'FROM centos:7\nRUN yum install -y httpd\n' },
    { name: 'present', input: 'FROM centos:7\nRUN yum -y install httpd && yum install --assumeyes git\n', expect: [] },
    { name: 'groupinstall', input: 'FROM centos:7\nRUN yum groupinstall "Development Tools"\n', expect: [{ line: 2 }] },
    { name: 'enablerepo value', input: 'FROM centos:7\nRUN yum --enablerepo epel install -y jq\n', expect: [] },
  ],
};

export default rule;
