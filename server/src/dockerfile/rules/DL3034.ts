import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, hasFlag, insertAfter, positionals } from '../shell';
import { ZYPPER_VALUE_FLAGS } from '../packages';

const PROMPTING = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup'];

const rule: Rule<DockerfileModel> = {
  id: 'DL3034',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3034' },
  fix: { safety: 'safe', why: '`-y` only answers the confirmation prompt, which without a terminal aborts the build: wherever the RUN works today it does the same.' },
  docs: {
    summary: 'Non-interactive switch missing from `zypper` command: use `zypper install -y` (or `zypper -n`).',
    why: 'Without a terminal zypper cannot get an answer to its confirmation prompt and the build fails.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install httpd=2.4.58 && zypper clean\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'zypper')) {
      const sub = positionals(cmd, ZYPPER_VALUE_FLAGS)[0];
      if (!sub || !PROMPTING.includes(sub.value)) continue;
      if (hasFlag(cmd, ['y', 'n'], ['no-confirm', 'non-interactive'])) continue;
      report({
        message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`',
        range: sub.range,
        fixes: [{ title: 'Add `-y`', edits: [insertAfter(sub, '-y')], preferred: true }],
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM opensuse/leap\nRUN zypper install httpd\n', expect: [{ line: 2, col: 12, message: 'Non-interactive switch missing from `zypper` command: `zypper install -y`' }], fixed: 'FROM opensuse/leap\nRUN zypper install -y httpd\n' },
    { name: '-y, --no-confirm', input: 'FROM opensuse/leap\nRUN zypper in -y httpd && zypper rm --no-confirm vim\n', expect: [] },
    { name: 'global -n / --non-interactive', input: 'FROM opensuse/leap\nRUN zypper -n install httpd && zypper --non-interactive in git\n', expect: [] },
    { name: 'refresh does not prompt', input: 'FROM opensuse/leap\nRUN zypper refresh\n', expect: [] },
  ],
};

export default rule;
