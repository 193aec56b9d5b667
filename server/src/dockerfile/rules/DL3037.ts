import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';
import { checkablePackage, ZYPPER_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3037',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3037' },
  docs: {
    summary: 'Specify versions with `zypper install -y <package>=<version>`.',
    why: 'Unpinned packages make every build depend on what the repositories hold that day; a rebuild can silently upgrade and break the image.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd && zypper clean\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'zypper')) {
      const pos = positionals(cmd, ZYPPER_VALUE_FLAGS);
      if (!pos[0] || !['install', 'in'].includes(pos[0].value)) continue;
      const loose = pos.slice(1).filter((p) => checkablePackage(p) && !/[=<>]/.test(p.value) && !p.value.endsWith('.rpm'));
      if (!loose.length) continue;
      report({ message: `Specify version with \`zypper install -y <package>=<version>\`: ${loose.map((p) => p.value).join(', ')}`, range: loose[0].range });
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM opensuse/leap\nRUN zypper install -y httpd\n', expect: [{ line: 2, col: 23, message: 'Specify version with `zypper install -y <package>=<version>`: httpd' }] },
    { name: 'pinned', input: 'FROM opensuse/leap\nRUN zypper install -y httpd=2.4.58 "git>=2.40" ./x.rpm\n', expect: [] },
    { name: 'type value', input: 'FROM opensuse/leap\nRUN zypper install -y -t pattern devel_basis=1\n', expect: [] },
  ],
};

export default rule;
