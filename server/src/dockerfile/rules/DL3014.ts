import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, insertAfter, type ShellCommand } from '../shell';
import { aptGet, aptOption, aptShortOptions, aptSimulates } from '../packages';

/** Subcommands that ask for confirmation (and abort the build without a terminal). */
const PROMPTS = new Set(['install', 'remove', 'purge', 'upgrade', 'dist-upgrade', 'full-upgrade', 'autoremove', 'build-dep']);

/** Whether the command answers yes itself: `-y` and its spellings, or quiet level 2 (`-qq`, `-q=2`), which implies -y. */
function assumesYes(cmd: ShellCommand): boolean {
  let q = 0;
  for (let i = 0; i < cmd.args.length; i++) {
    const v = cmd.args[i].value;
    if (v === '--') break;
    if (v === '--yes' || v === '--assume-yes' || v === '--force-yes' || /^--(yes|assume-yes)=(1|true|yes)$/i.test(v)) return true;
    const level = /^(?:--quiet|-q)=(\d+)$/.exec(v);
    if (level && Number(level[1]) >= 2) return true;
    if (v === '--quiet') q++;
    const short = aptShortOptions(v);
    if (short.includes('y')) return true;
    q += short.split('q').length - 1;
    const opt = aptOption(cmd, i);
    if (/^APT::Get::Assume-Yes=(1|true|yes)$/i.test(opt)) return true;
    const quiet = /^quiet=(\d+)$/i.exec(opt);
    if (quiet && Number(quiet[1]) >= 2) return true;
  }
  return q >= 2; // quiet level 2 implies -y
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3014',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3014' },
  fix: { safety: 'safe', why: '`-y` only answers the confirmation prompt, which without a terminal aborts the build: wherever the RUN works today it does the same.' },
  docs: {
    summary: 'Use the `-y` switch with `apt-get install` (and other apt-get commands that ask for confirmation).',
    why:
      'A build has no terminal: when apt-get asks "Do you want to continue? [Y/n]" it reads end-of-file and ' +
      'aborts, so the build fails as soon as the install needs more than the named packages. Quiet level 2 (`-qq`, ' +
      '`-q=2`) implies `-y`; a simulation (`-s`, `--dry-run` and their aliases) asks nothing: neither is reported.',
    bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get install --no-install-recommends curl\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const apt = aptGet(cmd);
        if (!apt || !PROMPTS.has(apt.sub.value) || assumesYes(cmd) || aptSimulates(cmd)) continue;
        report({
          message: `Use the \`-y\` switch to avoid manual input \`apt-get ${apt.sub.value} -y <package>\``,
          range: apt.sub.range,
          fixes: [{ title: 'Add `-y`', edits: [insertAfter(apt.sub, '-y')], preferred: true }],
        });
      }
    }
  },
  tests: [
    {
      name: 'install without -y',
      input: 'FROM debian\nRUN apt-get install curl\n',
      expect: [{ line: 2, col: 13, message: 'Use the `-y` switch to avoid manual input `apt-get install -y <package>`' }],
      fixed: 'FROM debian\nRUN apt-get install -y curl\n',
    },
    { name: '-y before the subcommand', input: 'FROM debian\nRUN apt-get -y install curl\n', expect: [] },
    { name: '--yes, --assume-yes, -qy', input: 'FROM debian\nRUN apt-get install --yes a && apt-get install --assume-yes b && apt-get install -qy c\n', expect: [] },
    { name: '-qq implies -y', input: 'FROM debian\nRUN apt-get -qq install curl\n', expect: [] },
    { name: 'a single -q does not', input: 'FROM debian\nRUN apt-get -q install curl\n', expect: [{ line: 2, col: 16, message: 'Use the `-y` switch to avoid manual input `apt-get install -y <package>`' }], fixed: 'FROM debian\nRUN apt-get -q install -y curl\n' },
    { name: 'APT::Get::Assume-Yes option', input: 'FROM debian\nRUN apt-get -o APT::Get::Assume-Yes=true install curl\n', expect: [] },
    {
      name: 'purge and autoremove prompt too',
      input: 'FROM debian\nRUN apt-get purge curl && apt-get autoremove\n',
      expect: [
        { line: 2, col: 13, message: 'Use the `-y` switch to avoid manual input `apt-get purge -y <package>`' },
        { line: 2, col: 35, message: 'Use the `-y` switch to avoid manual input `apt-get autoremove -y <package>`' },
      ],
      fixed: 'FROM debian\nRUN apt-get purge -y curl && apt-get autoremove -y\n',
    },
    { name: 'update does not prompt', input: 'FROM debian\nRUN apt-get update\n', expect: [] },
    {
      name: 'quiet level 2 implies -y (-q=2, --quiet=2, -o quiet=2)',
      input: 'FROM debian\nRUN apt-get -q=2 install a && apt-get --quiet=2 install b && apt-get -o quiet=2 install c && apt-get -q -q install d\n',
      expect: [],
    },
    { name: 'quiet level 1 does not', input: 'FROM debian\nRUN apt-get -q=1 install curl\n', expect: [{ line: 2, col: 18, message: 'Use the `-y` switch to avoid manual input `apt-get install -y <package>`' }], fixed: 'FROM debian\nRUN apt-get -q=1 install -y curl\n' },
    {
      name: 'a simulation installs nothing and asks nothing (-s and its aliases)',
      input:
        'FROM debian\nRUN apt-get install -s a && apt-get --simulate install b && apt-get install --just-print c \\\n' +
        ' && apt-get install --dry-run d && apt-get install --recon e && apt-get install --no-act f \\\n' +
        ' && apt-get -qs install g && apt-get -o APT::Get::Simulate=true install h\n',
      expect: [],
    },
    { name: 'an s inside an option value is not -s', input: 'FROM debian\nRUN apt-get install -tsid curl\n', expect: [{ line: 2, col: 13, message: 'Use the `-y` switch to avoid manual input `apt-get install -y <package>`' }], fixed: 'FROM debian\nRUN apt-get install -y -tsid curl\n' },
    {
      name: 'continuation lines',
      input: 'FROM debian\nRUN apt-get update && \\\n    apt-get install \\\n      curl\n',
      expect: [{ line: 3, col: 13, message: 'Use the `-y` switch to avoid manual input `apt-get install -y <package>`' }],
      fixed: 'FROM debian\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl\n',
    },
  ],
};

export default rule;
