import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed } from '../shell';
import { checkablePackage, DNF_TOOLS, rpmCommand, rpmVersionPinned } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3041',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3041' },
  docs: {
    summary: 'Specify versions with `dnf install -y <package>-<version>`.',
    why: 'Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59 && dnf clean all\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, DNF_TOOLS)) {
      const rpm = rpmCommand(cmd);
      // `install` and its aliases (`in`, `localinstall`); groups have no version to pin.
      const isModule = rpm?.command === 'module install';
      if (!rpm || (rpm.command !== 'install' && !isModule)) continue;
      const loose = rpm.args.filter((p) => checkablePackage(p) && (isModule ? !p.value.includes(':') : !rpmVersionPinned(p.value)));
      if (!loose.length) continue;
      report({ message: `Specify version with \`${cmd.name} install -y <package>-<version>\`: ${loose.map((p) => p.value).join(', ')}`, range: loose[0].range });
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM fedora\nRUN dnf install -y httpd python3-pip\n', expect: [{ line: 2, col: 20, message: 'Specify version with `dnf install -y <package>-<version>`: httpd, python3-pip' }] },
    { name: 'pinned', input: 'FROM fedora\nRUN dnf install -y httpd-2.4.59 "git-2.45*" ./x.rpm\n', expect: [] },
    { name: 'module stream', input: 'FROM fedora\nRUN dnf module install -y nodejs:20/common\n', expect: [] },
    { name: 'groups are not pinnable', input: 'FROM fedora\nRUN dnf group install -y "Development Tools" && dnf install -y @c-development\n', expect: [] },
    { name: 'the in alias, after -y', input: 'FROM fedora\nRUN dnf -y in jq\n', expect: [{ line: 2, col: 15, message: 'Specify version with `dnf install -y <package>-<version>`: jq' }] },
    { name: 'microdnf', input: 'FROM ubi9-minimal\nRUN microdnf install -y shadow-utils\n', expect: [{ line: 2, col: 25, message: 'Specify version with `microdnf install -y <package>-<version>`: shadow-utils' }] },
  ],
};

export default rule;
