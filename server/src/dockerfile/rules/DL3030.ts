import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, insertAfter } from '../shell';
import { rpmAssumesYes, rpmCommand, rpmPrompts } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3030',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3030' },
  fix: { safety: 'safe', why: '`-y` only answers the confirmation prompt, which without a terminal aborts the build: wherever the RUN works today it does the same.' },
  docs: {
    summary: 'Use the `-y` switch with `yum install` (and other yum commands that ask for confirmation).',
    why:
      'A build has no terminal: yum asks "Is this ok [y/N]", reads end-of-file and aborts, failing the build. ' +
      'That holds for every command that changes the system (`install` and its aliases, `update`, `remove`, ' +
      '`reinstall`, `downgrade`, `groupinstall`…). `-y` may stand anywhere before `--`, also as `--assumeyes`.',
    bad: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'yum')) {
      const rpm = rpmCommand(cmd);
      if (!rpm || !rpmPrompts(rpm.command) || rpmAssumesYes(cmd)) continue;
      const sub = rpm.sub;
      report({
        message: `Use the -y switch to avoid manual input \`yum ${rpm.command === 'install' ? 'install' : sub.value} -y <package>\``,
        range: sub.range,
        fixes: [{ title: 'Add `-y`', edits: [insertAfter(sub, '-y')], preferred: true }],
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM centos:7\nRUN yum install httpd\n', expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `yum install -y <package>`' }], fixed: 'FROM centos:7\nRUN yum install -y httpd\n' },
    { name: 'present', input: 'FROM centos:7\nRUN yum -y install httpd && yum install --assumeyes git\n', expect: [] },
    { name: 'groupinstall', input: 'FROM centos:7\nRUN yum groupinstall "Development Tools"\n', expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `yum groupinstall -y <package>`' }] },
    { name: 'enablerepo value', input: 'FROM centos:7\nRUN yum --enablerepo epel install -y jq\n', expect: [] },
    {
      name: 'update and remove prompt too',
      input: 'FROM centos:7\nRUN yum update && yum remove vim\n',
      expect: [
        { line: 2, col: 9, message: 'Use the -y switch to avoid manual input `yum update -y <package>`' },
        { line: 2, col: 23, message: 'Use the -y switch to avoid manual input `yum remove -y <package>`' },
      ],
      fixed: 'FROM centos:7\nRUN yum update -y && yum remove -y vim\n',
    },
    { name: '-y before the subcommand, in a cluster, or as --setopt', input: 'FROM rockylinux:9\nRUN yum -y update && yum -qy install jq && yum --setopt=assumeyes=True in git\n', expect: [] },
    { name: 'the in alias (yum is dnf on EL 8 and later)', input: 'FROM rockylinux:9\nRUN yum in jq\n', expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `yum install -y <package>`' }] },
    { name: 'read-only commands do not prompt', input: 'FROM centos:7\nRUN yum makecache && yum list installed && yum clean all && yum info jq\n', expect: [] },
    { name: 'a y after a value-taking option is its value', input: 'FROM centos:7\nRUN yum -xyum-utils install jq\n', expect: [{ line: 2, col: 21, message: 'Use the -y switch to avoid manual input `yum install -y <package>`' }] },
  ],
};

export default rule;
