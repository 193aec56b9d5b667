import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, hasFlag, insertAfter, positionals } from '../shell';
import { RPM_VALUE_FLAGS } from '../packages';

const DNF = ['dnf', 'dnf5', 'microdnf'];

const rule: Rule<DockerfileModel> = {
  id: 'DL3038',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3038' },
  docs: {
    summary: 'Use the `-y` switch with `dnf install`.',
    why: 'A build has no terminal: dnf asks "Is this ok [y/N]", reads end-of-file and aborts the install, failing the build.',
    bad: 'FROM fedora:40\nRUN dnf install httpd-2.4.59 && dnf clean all\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59 && dnf clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        if (!DNF.includes(cmd.name)) continue;
        const sub = positionals(cmd, RPM_VALUE_FLAGS)[0];
        if (!sub || !['install', 'groupinstall', 'localinstall', 'reinstall'].includes(sub.value)) continue;
        if (hasFlag(cmd, ['y'], ['assumeyes'])) continue;
        report({
          message: `Use the -y switch to avoid manual input \`${cmd.name} install -y <package>\``,
          range: sub.range,
          fixes: [{ title: 'Add `-y`', edits: [insertAfter(sub, '-y')], preferred: true }],
        });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM fedora\nRUN dnf install httpd\n', expect: [{ line: 2, col: 9 }], fixed: 'FROM fedora\nRUN dnf install -y httpd\n' },
    { name: 'microdnf', input: 'FROM ubi9-minimal\nRUN microdnf install httpd\n', expect: [{ line: 2 }] },
    { name: 'present', input: 'FROM fedora\nRUN dnf -y install httpd && dnf install --assumeyes git\n', expect: [] },
    { name: 'dnf module enable is not install', input: 'FROM fedora\nRUN dnf module enable -y nodejs:20\n', expect: [] },
  ],
};

export default rule;
