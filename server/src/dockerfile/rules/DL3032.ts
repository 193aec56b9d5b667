import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandFix, hasCacheMount } from '../shell';
import { removesRpmCache, RPM_CACHE_DIRS, rpmCleansAll, rpmCommand, rpmFillsCache, uncleaned } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3032',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3032' },
  fix: { safety: 'unsafe', why: "It adds a command that deletes yum's cache, which a later instruction may still use." },
  docs: {
    summary: '`yum clean all` missing after `yum install`.',
    why:
      'yum keeps downloaded metadata (and packages) in `/var/cache/yum`, or `/var/cache/dnf` where yum is dnf (EL 8 and ' +
      'later); unless it is cleaned in the same RUN, after the last install or upgrade, that cache stays in the layer. ' +
      'A cache mount over the cache directory keeps it out of the layer too.',
    bad: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n',
    good: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      if (RPM_CACHE_DIRS.some((d) => hasCacheMount(model, run.ins, d))) continue;
      const idx = uncleaned(
        run.commands,
        (c) => c.name === 'yum' && rpmFillsCache(rpmCommand(c)?.command ?? ''),
        (c) => rpmCleansAll(c) || removesRpmCache(c),
      );
      if (idx < 0) continue;
      const install = run.commands[idx];
      report({
        message: '`yum clean all` missing after yum command',
        range: install.nameWord.range,
        fixes: appendCommandFix(model, run, 'yum clean all'),
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM centos:7\nRUN yum install -y httpd\n', expect: [{ line: 2, col: 5, message: '`yum clean all` missing after yum command' }], fixed: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n' },
    { name: 'cleaned', input: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n', expect: [] },
    { name: 'rm of the cache', input: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum\n', expect: [] },
    { name: 'cache mount', input: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n', expect: [] },
    { name: 'cache mount on the dnf cache (yum is dnf on EL 8)', input: 'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf yum install -y httpd\n', expect: [] },
    { name: 'a clean before the install is not a clean', input: 'FROM centos:7\nRUN yum clean all && yum install -y httpd\n', expect: [{ line: 2, col: 22, message: '`yum clean all` missing after yum command' }] },
    {
      name: 'an install after the clean fills the cache again',
      input: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b\n',
      expect: [{ line: 2, col: 42, message: '`yum clean all` missing after yum command' }],
      fixed: 'FROM centos:7\nRUN yum install -y a && yum clean all && yum install -y b && yum clean all\n',
    },
    { name: 'aliases and upgrades fill the cache', input: 'FROM rockylinux:9\nRUN yum -y update && yum in -y jq\n', expect: [{ line: 2, col: 5, message: '`yum clean all` missing after yum command' }] },
    { name: 'dnf clean all or rm of the dnf cache count', input: 'FROM rockylinux:9\nRUN yum install -y a && dnf clean all\nRUN yum install -y b && rm -rf /var/cache/dnf\n', expect: [] },
    { name: 'yum remove keeps nothing', input: 'FROM centos:7\nRUN yum remove -y vim\n', expect: [] },
  ],
};

export default rule;
