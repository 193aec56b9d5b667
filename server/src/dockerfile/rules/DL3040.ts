import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandFix, hasCacheMount } from '../shell';
import { DNF_TOOLS, removesRpmCache, RPM_CACHE_DIRS, rpmCleansAll, rpmCommand, rpmFillsCache, uncleaned } from '../packages';

/**
 * Whether `cleaner`'s `clean all` empties the cache `tool` fills: dnf, dnf5 and yum (dnf under that name where dnf
 * is installed) share one; microdnf keeps its own, so `microdnf clean all` leaves dnf's behind, and the reverse.
 */
function cleansCacheOf(tool: string, cleaner: string): boolean {
  return (tool === 'microdnf') === (cleaner === 'microdnf');
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3040',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3040' },
  fix: { safety: 'unsafe', why: "It adds a command that deletes dnf's cache, which a later instruction may still use." },
  docs: {
    summary: '`dnf clean all` missing after `dnf install`.',
    why:
      'dnf keeps repository metadata and packages in its cache (`/var/cache/dnf` for dnf 4, `/var/cache/libdnf5` for ' +
      'dnf5, `/var/cache/yum` for microdnf); clean it in the same RUN, after the last install or upgrade, or it stays ' +
      'in the layer. A cache mount over the cache directory keeps it out of the layer too.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59\n',
    good: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.59 && dnf clean all\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      if (RPM_CACHE_DIRS.some((d) => hasCacheMount(model, run.ins, d))) continue;
      for (const tool of DNF_TOOLS) {
        const idx = uncleaned(
          run.commands,
          (c) => c.name === tool && rpmFillsCache(rpmCommand(c)?.command ?? ''),
          (c) => (rpmCleansAll(c) && cleansCacheOf(tool, c.name)) || removesRpmCache(c),
        );
        if (idx < 0) continue;
        report({
          message: `\`${tool} clean all\` missing after ${tool} command`,
          range: run.commands[idx].nameWord.range,
          fixes: appendCommandFix(model, run, `${tool} clean all`),
        });
      }
    }
  },
  tests: [
    { name: 'missing', input: 'FROM fedora\nRUN dnf install -y httpd\n', expect: [{ line: 2, col: 5, message: '`dnf clean all` missing after dnf command' }], fixed: 'FROM fedora\nRUN dnf install -y httpd && dnf clean all\n' },
    { name: 'microdnf', input: 'FROM ubi9-minimal\nRUN microdnf install -y httpd\n', expect: [{ line: 2, col: 5, message: '`microdnf clean all` missing after microdnf command' }], fixed: 'FROM ubi9-minimal\nRUN microdnf install -y httpd && microdnf clean all\n' },
    { name: 'cleaned', input: 'FROM fedora\nRUN dnf install -y httpd && dnf clean all\n', expect: [] },
    { name: 'rm of the cache', input: 'FROM fedora\nRUN dnf install -y httpd && rm -rf /var/cache/yum/*\n', expect: [] },
    { name: 'cache mount', input: 'FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd\n', expect: [] },
    { name: 'dnf5 cache mount', input: 'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf5 install -y httpd\n', expect: [] },
    { name: 'cache mount on a parent directory', input: 'FROM fedora:41\nRUN --mount=type=cache,target=/var/cache dnf install -y httpd\n', expect: [] },
    { name: 'rm of the dnf5 cache', input: 'FROM fedora:41\nRUN dnf5 install -y httpd && rm -rf /var/cache/libdnf5/*\n', expect: [] },
    { name: 'a clean before the install is not a clean', input: 'FROM fedora\nRUN dnf clean all && dnf install -y httpd\n', expect: [{ line: 2, col: 22, message: '`dnf clean all` missing after dnf command' }] },
    {
      name: 'the in alias and upgrade fill the cache',
      input: 'FROM fedora\nRUN dnf -y upgrade && dnf in -y jq\n',
      expect: [{ line: 2, col: 5, message: '`dnf clean all` missing after dnf command' }],
      fixed: 'FROM fedora\nRUN dnf -y upgrade && dnf in -y jq && dnf clean all\n',
    },
    {
      name: 'microdnf clean all does not clean the cache of dnf, nor the reverse',
      input: 'FROM fedora\nRUN dnf install -y httpd && microdnf clean all\nRUN microdnf install -y jq && dnf clean all\nRUN dnf5 install -y git && yum clean all\n',
      expect: [
        { line: 2, col: 5, message: '`dnf clean all` missing after dnf command' },
        { line: 3, col: 5, message: '`microdnf clean all` missing after microdnf command' },
      ],
    },
    { name: 'dnf remove and dnf module enable fill nothing', input: 'FROM fedora\nRUN dnf remove -y vim && dnf module enable -y nodejs:20\n', expect: [] },
  ],
};

export default rule;
