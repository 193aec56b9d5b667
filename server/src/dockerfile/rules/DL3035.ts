import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';
import { ZYPPER_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3035',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3035' },
  docs: {
    summary: 'Do not use `zypper dist-upgrade`.',
    why: 'A distribution upgrade inside an image build moves the whole system to whatever the repositories hold that day; use an up-to-date base image instead.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper -n install -y httpd=2.4.58 && zypper clean\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'zypper')) {
      const sub = positionals(cmd, ZYPPER_VALUE_FLAGS)[0];
      if (sub && (sub.value === 'dist-upgrade' || sub.value === 'dup')) report({ message: 'Do not use `zypper dist-upgrade`', range: sub.range });
    }
  },
  tests: [
    { name: 'dist-upgrade', input: 'FROM opensuse/leap\nRUN zypper -n dist-upgrade\n', expect: [{ line: 2, col: 15, message: 'Do not use `zypper dist-upgrade`' }] },
    { name: 'dup', input: 'FROM opensuse/leap\nRUN zypper dup -y\n', expect: [{ line: 2, col: 12, message: 'Do not use `zypper dist-upgrade`' }] },
    { name: 'install', input: 'FROM opensuse/leap\nRUN zypper -n install vim\n', expect: [] },
  ],
};

export default rule;
