import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandEdit, hasCacheMount, positionals } from '../shell';
import { RPM_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3032',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3032' },
  docs: {
    summary: '`yum clean all` missing after `yum install`.',
    why: 'yum keeps downloaded packages and metadata in `/var/cache/yum`; unless it is cleaned in the same RUN, that cache stays in the layer.',
    bad: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      const install = run.commands.find((c) => c.name === 'yum' && positionals(c, RPM_VALUE_FLAGS)[0]?.value === 'install');
      if (!install) continue;
      const cleaned = run.commands.some(
        (c) =>
          (c.name === 'yum' && c.args.some((a, i) => a.value === 'clean' && c.args[i + 1]?.value === 'all')) ||
          (c.name === 'rm' && c.args.some((a) => /^\/var\/cache\/yum(\/\*?)?$/.test(a.value))),
      );
      if (cleaned || hasCacheMount(model, run.ins, '/var/cache/yum')) continue;
      const edit = appendCommandEdit(model, run, 'yum clean all');
      report({
        message: '`yum clean all` missing after yum command',
        range: install.nameWord.range,
        fixes: edit ? [{ title: 'Append `yum clean all`', edits: [edit], preferred: true }] : undefined,
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM centos:7\nRUN yum install -y httpd\n', expect: [{ line: 2, col: 5 }], fixed: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n' },
    { name: 'cleaned', input: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n', expect: [] },
    { name: 'rm of the cache', input: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n', expect: [] },
    { name: 'cache mount', input: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n', expect: [] },
  ],
};

export default rule;
