import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandEdit, hasCacheMount, positionals } from '../shell';
import { RPM_VALUE_FLAGS } from '../packages';

const DNF = ['dnf', 'dnf5', 'microdnf'];

const rule: Rule<DockerfileModel> = {
  id: 'DL3040',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3040' },
  docs: {
    summary: '`dnf clean all` missing after `dnf install`.',
    why: 'dnf keeps repository metadata and packages in `/var/cache/dnf`; clean it in the same RUN or it stays in the layer.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59 && dnf clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const tool of DNF) {
        const idx = run.commands.findIndex((c) => c.name === tool && positionals(c, RPM_VALUE_FLAGS)[0]?.value === 'install');
        if (idx < 0) continue;
        const cleaned = run.commands.some(
          (c, i) =>
            i > idx &&
            ((DNF.includes(c.name) && c.args.some((a, j) => a.value === 'clean' && c.args[j + 1]?.value === 'all')) ||
              (c.name === 'rm' && c.args.some((a) => /^\/var\/cache\/(yum|dnf)(\/\*?)?$/.test(a.value)))),
        );
        if (cleaned || hasCacheMount(model, run.ins, '/var/cache/dnf') || hasCacheMount(model, run.ins, '/var/cache/yum')) continue;
        const edit = appendCommandEdit(model, run, `${tool} clean all`);
        report({
          message: `\`${tool} clean all\` missing after ${tool} command`,
          range: run.commands[idx].nameWord.range,
          fixes: edit ? [{ title: `Append \`${tool} clean all\``, edits: [edit], preferred: true }] : undefined,
        });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM fedora\nRUN dnf install -y httpd\n', expect: [{ line: 2, col: 5 }], fixed: 'FROM fedora\nRUN dnf install -y httpd && dnf clean all\n' },
    { name: 'microdnf', input: 'FROM ubi9-minimal\nRUN microdnf install -y httpd\n', expect: [{ line: 2 }], fixed: 'FROM ubi9-minimal\nRUN microdnf install -y httpd && microdnf clean all\n' },
    { name: 'cleaned', input: 'FROM fedora\nRUN dnf install -y httpd && dnf clean all\n', expect: [] },
    { name: 'rm of the cache', input: 'FROM fedora\nRUN dnf install -y httpd && rm -rf /var/cache/yum/*\n', expect: [] },
    { name: 'cache mount', input: 'FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n', expect: [] },
  ],
};

export default rule;
