import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, hasFlag, insertAfter, type ShellCommand } from '../shell';
import { imageRefs } from '../image';

function quiet(cmd: ShellCommand): boolean {
  return (
    hasFlag(cmd, ['q', 'o', 'a'], ['progress', 'quiet', 'output-file', 'append-output', 'no-verbose']) ||
    cmd.args.some((a) => a.value === '-nv')
  );
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3047',
  language: 'dockerfile',
  severity: 'info',
  options: ['buildArgs'],
  compat: { hadolint: 'DL3047' },
  fix: { safety: 'unsafe', why: 'Which flag suits depends on the wget in the image (GNU or BusyBox), which the fix can only guess.' },
  docs: {
    summary: 'Use `wget --progress=dot:giga` (or `-q` / `-nv`) in RUN.',
    why:
      "Without a terminal, wget's default progress output prints a line every few kilobytes: downloading a large " +
      'file writes thousands of lines into the build log. `--progress=dot:giga` prints one dot per megabyte-sized chunk.',
    bad: 'FROM debian:bookworm\nRUN wget https://example.com/big.tar.gz\n',
    good: 'FROM debian:bookworm\nRUN wget --progress=dot:giga https://example.com/big.tar.gz\n',
  },
  check({ model, report, options }) {
    const refs = new Map(imageRefs(model, options.buildArgs).map((r) => [r.stage, r]));
    for (const run of allRuns(model)) {
      // BusyBox wget (Alpine) has no --progress; -q works everywhere.
      const ref = run.ins.stage && refs.get(run.ins.stage);
      const busybox = /alpine|busybox/i.test(ref?.resolved ?? '');
      for (const cmd of run.commands) {
        if (cmd.name !== 'wget' || quiet(cmd)) continue;
        const progress = { title: 'Add `--progress=dot:giga`', edits: [insertAfter(cmd.nameWord, '--progress=dot:giga')] };
        const q = { title: 'Add `-q`', edits: [insertAfter(cmd.nameWord, '-q')] };
        report({
          message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)',
          range: cmd.nameWord.range,
          fixes: busybox ? [{ ...q, preferred: true }, progress] : [{ ...progress, preferred: true }, q],
        });
      }
    }
  },
  tests: [
    {
      name: 'plain wget',
      input: 'FROM debian\nRUN wget https://example.com/a.tgz\n',
      expect: [{ line: 2, col: 5, message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)' }],
      fixed: 'FROM debian\nRUN wget --progress=dot:giga https://example.com/a.tgz\n',
    },
    { name: 'alpine prefers -q', input: 'FROM alpine:3.20\nRUN wget -O /a https://example.com/a\n', expect: [{ line: 2, col: 5, message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)' }], fixed: 'FROM alpine:3.20\nRUN wget -q -O /a https://example.com/a\n' },
    { name: '--progress', input: 'FROM debian\nRUN wget --progress=dot:giga https://example.com/a.tgz\n', expect: [] },
    { name: '-q, -qO-, -nv, --no-verbose', input: 'FROM debian\nRUN wget -q a && wget -qO- b && wget -nv c && wget --no-verbose d\n', expect: [] },
    { name: '-o log file', input: 'FROM debian\nRUN wget -o /tmp/log https://example.com/a\n', expect: [] },
    { name: '-O is not -o', input: 'FROM debian\nRUN wget -O a.tgz https://example.com/a.tgz\n', expect: [{ line: 2, col: 5, message: 'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`)' }] },
    { name: 'curl', input: 'FROM debian\nRUN curl -fsSLO https://example.com/a\n', expect: [] },
  ],
};

export default rule;
