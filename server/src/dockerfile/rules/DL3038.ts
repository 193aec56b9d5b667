import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, insertAfter } from '../shell';
import { DNF_TOOLS, rpmAssumesYes, rpmCommand, rpmPrompts } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3038',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3038' },
  fix: { safety: 'safe', why: '`-y` only answers the confirmation prompt, which without a terminal aborts the build: wherever the RUN works today it does the same.' },
  docs: {
    summary: 'Use the `-y` switch with `dnf install` (and other dnf commands that ask for confirmation).',
    why:
      'A build has no terminal: dnf (and microdnf 3.9 and later) asks "Is this ok [y/N]", reads end-of-file and ' +
      'aborts, failing the build. That holds for every command that changes the system (`install` and its alias ' +
      '`in`, `upgrade`/`up`/`update`, `remove`/`rm`, `reinstall`, `downgrade`, `distro-sync`, `autoremove`, ' +
      '`group install`…). `-y` may stand anywhere before `--`, also as `--assumeyes`.',
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.59 && dnf clean all\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59 && dnf clean all\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, DNF_TOOLS)) {
      const rpm = rpmCommand(cmd);
      if (!rpm || !rpmPrompts(rpm.command) || rpmAssumesYes(cmd)) continue;
      const sub = rpm.sub;
      report({
        message: `Use the -y switch to avoid manual input \`${cmd.name} ${rpm.command === 'install' ? 'install' : sub.value} -y <package>\``,
        range: sub.range,
        fixes: [{ title: 'Add `-y`', edits: [insertAfter(sub, '-y')], preferred: true }],
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM fedora\nRUN dnf install httpd\n', expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `dnf install -y <package>`' }], fixed: 'FROM fedora\nRUN dnf install -y httpd\n' },
    { name: 'microdnf', input: 'FROM ubi9-minimal\nRUN microdnf install httpd\n', expect: [{ line: 2, col: 14, message: 'Use the -y switch to avoid manual input `microdnf install -y <package>`' }] },
    { name: 'present', input: 'FROM fedora\nRUN dnf -y install httpd && dnf install --assumeyes git\n', expect: [] },
    { name: 'dnf module enable is not install', input: 'FROM fedora\nRUN dnf module enable -y nodejs:20\n', expect: [] },
    {
      name: 'the in alias',
      input: 'FROM fedora\nRUN dnf in jq\n',
      expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `dnf install -y <package>`' }],
      fixed: 'FROM fedora\nRUN dnf in -y jq\n',
    },
    { name: '-y before upgrade', input: 'FROM fedora\nRUN dnf -y upgrade && dnf -y in jq && dnf5 --assumeyes up\n', expect: [] },
    {
      name: 'upgrade, up and rm prompt too',
      input: 'FROM fedora\nRUN dnf upgrade && dnf up && dnf rm vim\n',
      expect: [
        { line: 2, col: 9, message: 'Use the -y switch to avoid manual input `dnf upgrade -y <package>`' },
        { line: 2, col: 24, message: 'Use the -y switch to avoid manual input `dnf up -y <package>`' },
        { line: 2, col: 34, message: 'Use the -y switch to avoid manual input `dnf rm -y <package>`' },
      ],
    },
    { name: 'group install', input: 'FROM fedora\nRUN dnf group install "Development Tools"\n', expect: [{ line: 2, col: 9, message: 'Use the -y switch to avoid manual input `dnf group -y <package>`' }] },
    { name: 'read-only commands do not prompt', input: 'FROM fedora\nRUN dnf makecache && dnf repoquery jq && dnf clean all && dnf5 info jq\n', expect: [] },
  ],
};

export default rule;
