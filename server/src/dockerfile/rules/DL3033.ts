import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed } from '../shell';
import { checkablePackage, rpmCommand, rpmVersionPinned } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3033',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3033' },
  docs: {
    summary: 'Specify versions with `yum install -y <package>-<version>`.',
    why: 'Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.',
    bad: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'yum')) {
      const rpm = rpmCommand(cmd);
      // `install` and its aliases (`in`, `localinstall`); groups have no version to pin.
      const isModule = rpm?.command === 'module install';
      if (!rpm || (rpm.command !== 'install' && !isModule)) continue;
      const pkgs = rpm.args.filter(checkablePackage);
      const loose = pkgs.filter((p) => (isModule ? !p.value.includes(':') : !rpmVersionPinned(p.value)));
      if (!loose.length) continue;
      report({
        message: `Specify version with \`yum install -y <package>-<version>\`: ${loose.map((p) => p.value).join(', ')}`,
        range: loose[0].range,
      });
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM centos:7\nRUN yum install -y httpd python3-pip\n', expect: [{ line: 2, col: 20, message: 'Specify version with `yum install -y <package>-<version>`: httpd, python3-pip' }] },
    { name: 'pinned', input: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 git-1.8.3.1-25.el7 ./local.rpm\n', expect: [] },
    { name: 'module with stream', input: 'FROM centos:8\nRUN yum module install -y nodejs:20\n', expect: [] },
    { name: 'module without stream', input: 'FROM centos:8\nRUN yum module install -y nodejs\n', expect: [{ line: 2, col: 27, message: 'Specify version with `yum install -y <package>-<version>`: nodejs' }] },
    {
      name: 'in and localinstall are install',
      input: 'FROM rockylinux:9\nRUN yum in -y jq && yum localinstall -y ./a.rpm git\n',
      expect: [
        { line: 2, col: 15, message: 'Specify version with `yum install -y <package>-<version>`: jq' },
        { line: 2, col: 49, message: 'Specify version with `yum install -y <package>-<version>`: git' },
      ],
    },
    { name: 'provides and variables', input: 'FROM centos:7\nRUN yum install -y /usr/bin/ps "perl(Data::Dumper)" $PKGS\n', expect: [] },
  ],
};

export default rule;
