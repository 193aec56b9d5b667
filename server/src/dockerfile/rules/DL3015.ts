import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, insertAfter, type ShellCommand } from '../shell';
import { aptGet, aptOption, aptSimulates } from '../packages';

function noRecommends(cmd: ShellCommand): boolean {
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v === '--no-install-recommends' || v === '--install-recommends=false' || v === '--install-recommends=no') return true;
    const opt = aptOption(cmd, i);
    if (/^APT::Install-Recommends=(0|false|no)$/i.test(opt) || /^APT::Install-Recommends=(0|false|no)$/i.test(v)) return true;
  }
  return false;
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3015',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3015' },
  fix: { safety: 'unsafe', why: 'It changes which packages are installed (the recommended ones no longer are).' },
  docs: {
    summary: 'Avoid additional packages by specifying `--no-install-recommends`.',
    why:
      'By default apt-get also installs every "recommended" package, which often doubles the size of an install ' +
      '(documentation, GUI helpers, extra tools) and widens the attack surface.',
    bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const apt = aptGet(cmd);
        // A simulation (`apt-get install -s`) installs nothing, recommended or not.
        if (!apt || apt.sub.value !== 'install' || noRecommends(cmd) || aptSimulates(cmd)) continue;
        report({
          message: 'Avoid additional packages by specifying `--no-install-recommends`',
          range: apt.sub.range,
          fixes: [{ title: 'Add `--no-install-recommends`', edits: [insertAfter(apt.sub, '--no-install-recommends')], preferred: true }],
        });
      }
    }
  },
  tests: [
    {
      name: 'missing',
      input: 'FROM debian\nRUN apt-get install -y curl\n',
      expect: [{ line: 2, col: 13, message: 'Avoid additional packages by specifying `--no-install-recommends`' }],
      fixed: 'FROM debian\nRUN apt-get install --no-install-recommends -y curl\n',
    },
    { name: 'present', input: 'FROM debian\nRUN apt-get install -y --no-install-recommends curl\n', expect: [] },
    { name: 'APT option', input: 'FROM debian\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n', expect: [] },
    { name: 'update only', input: 'FROM debian\nRUN apt-get update\n', expect: [] },
    { name: 'a simulation installs nothing', input: 'FROM debian\nRUN apt-get install -s curl && apt-get install -y --dry-run git\n', expect: [] },
    { name: 'in a heredoc RUN', input: 'FROM debian\nRUN <<EOF\nset -e\napt-get install -y curl\nEOF\n', expect: [{ line: 4, col: 9, message: 'Avoid additional packages by specifying `--no-install-recommends`' }] },
  ],
};

export default rule;
