import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandFix, hasCacheMount, positionals } from '../shell';
import { uncleaned, ZYPPER_VALUE_FLAGS } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3036',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3036' },
  fix: { safety: 'unsafe', why: "It adds a command that deletes zypper's cache, which a later instruction may still use." },
  docs: {
    summary: '`zypper clean` missing after `zypper install`.',
    why: 'zypper keeps repository metadata and packages in `/var/cache/zypp`; clean it in the same RUN or it stays in the layer.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58\n',
    good: 'FROM opensuse/leap:15.6\nRUN zypper install -y httpd=2.4.58 && zypper clean\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      const sub = (c: (typeof run.commands)[number]) => (c.name === 'zypper' ? positionals(c, ZYPPER_VALUE_FLAGS)[0]?.value : undefined);
      if (hasCacheMount(model, run.ins, '/var/cache/zypp')) continue;
      // A clean counts only after the last install.
      const installIdx = uncleaned(
        run.commands,
        (c) => ['install', 'in'].includes(sub(c) ?? ''),
        (c) => ['clean', 'cc'].includes(sub(c) ?? '') || (c.name === 'rm' && c.args.some((a) => /^\/var\/cache\/zypp/.test(a.value))),
      );
      if (installIdx < 0) continue;
      report({
        message: '`zypper clean` missing after zypper use',
        range: run.commands[installIdx].nameWord.range,
        fixes: appendCommandFix(model, run, 'zypper clean -a'),
      });
    }
  },
  tests: [
    { name: 'missing', input: 'FROM opensuse/leap\nRUN zypper install -y vim\n', expect: [{ line: 2, col: 5, message: '`zypper clean` missing after zypper use' }], fixed: 'FROM opensuse/leap\nRUN zypper install -y vim && zypper clean -a\n' },
    { name: 'cleaned', input: 'FROM opensuse/leap\nRUN zypper install -y vim && zypper clean\n', expect: [] },
    { name: 'zypper cc', input: 'FROM opensuse/leap\nRUN zypper -n in vim && zypper cc -a\n', expect: [] },
    { name: 'clean before install does not count', input: 'FROM opensuse/leap\nRUN zypper clean && zypper install -y vim\n', expect: [{ line: 2, col: 21, message: '`zypper clean` missing after zypper use' }] },
    { name: 'an install after the clean', input: 'FROM opensuse/leap\nRUN zypper in -y a && zypper cc -a && zypper in -y b\n', expect: [{ line: 2, col: 39, message: '`zypper clean` missing after zypper use' }] },
    { name: 'cache mount on /var/cache', input: 'FROM opensuse/leap\nRUN --mount=type=cache,target=/var/cache zypper install -y vim\n', expect: [] },
  ],
};

export default rule;
