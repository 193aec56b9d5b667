import type { Range, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyArgs } from '../packages';
import { allRuns, basename, parseRun } from '../shell';
import type { ShellCommand } from '../shell';
import { parseInstruction } from '../syntax';

/** Tar archives, plain or compressed as ADD unpacks them (gzip, bzip2, xz). A zip file is copied as it is. */
const TAR_ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2|tbz|tar\.xz|txz)$/i;

/** tar options that ADD cannot reproduce: extracting with them is not what ADD does. */
const NOT_LIKE_ADD = /^--(strip-components|strip|exclude|exclude-from|transform|xform|wildcards|to-stdout|to-command)(=|$)/;

/** Whether a command is `tar` extracting (`-x`, `xzf`, `--extract`, `--get`), and not in a way ADD cannot. */
function tarExtracts(cmd: ShellCommand): boolean {
  if (cmd.name !== 'tar') return false;
  let extract = false;
  for (const [i, w] of cmd.args.entries()) {
    const v = w.value;
    if (NOT_LIKE_ADD.test(v) || v === '-O') return false;
    if (v === '--extract' || v === '--get') extract = true;
    else if (/^-[A-Za-z]+$/.test(v) && v.includes('x')) extract = true;
    // Old-style options: the first word, without a dash (`tar xzf app.tar.gz`).
    else if (i === 0 && /^[A-Za-z]+$/.test(v) && v.includes('x')) extract = true;
  }
  return extract;
}

interface Archive {
  /** File name the archive has in the image. */
  name: string;
  range: Range;
  written: string;
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3010',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3010' },
  docs: {
    summary: 'Use ADD to put the contents of a local tar archive into the image, instead of COPY and a RUN that extracts it.',
    why:
      'COPY keeps the archive in a layer of its own, and the RUN that extracts it adds the contents in another: the ' +
      'image carries both, even if the RUN deletes the archive. `ADD app.tar.gz /opt/app/` unpacks a local tar ' +
      'archive (plain, gzip, bzip2 or xz) in one step. Extractions ADD cannot do the same way (`--strip-components`, ' +
      '`--exclude`, zip files) are left alone.',
    bad: 'FROM debian:bookworm-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
    good: 'FROM debian:bookworm-slim\nADD app.tar.gz /opt/\n',
  },
  check({ model, report }) {
    if (!allRuns(model).some((r) => r.commands.some((c) => c.name === 'tar'))) return;
    for (const stage of model.stages) {
      const archives: Archive[] = [];
      for (const ins of stage.instructions) {
        if (ins.keyword === 'COPY') {
          if (parseInstruction(model, ins).flags.some((f) => f.name === 'from')) continue;
          const a = copyArgs(model, ins);
          if (!a || a.values.length < 2) continue;
          const dest = a.values[a.values.length - 1];
          const sources = a.values.slice(0, -1);
          for (const [i, src] of sources.entries()) {
            if (src.includes('$') || !TAR_ARCHIVE.test(src)) continue;
            // `COPY x.tar /y.tar` renames the file; `COPY x.tar /dir/` keeps its name.
            const renamed = sources.length === 1 && !/[/\\]$/.test(dest) && TAR_ARCHIVE.test(dest);
            archives.push({ name: basename(renamed ? dest : src), range: a.ranges[i], written: src });
          }
          continue;
        }
        if (ins.keyword !== 'RUN' || !archives.length) continue;
        const run = parseRun(model, ins);
        if (!run) continue;
        for (const cmd of run.commands) {
          if (!tarExtracts(cmd)) continue;
          const names = new Set(cmd.args.filter((w) => !w.dynamic).map((w) => basename(w.value.replace(/^--file=/, ''))));
          for (let k = archives.length - 1; k >= 0; k--) {
            const arc = archives[k];
            if (!names.has(arc.name)) continue;
            archives.splice(k, 1);
            report({
              message: `Use \`ADD\` for extracting archives into an image: \`${arc.written}\` is copied here and extracted by \`tar\` on line ${cmd.nameWord.range.start.line + 1}`,
              range: arc.range,
            });
          }
        }
      }
    }
  },
  tests: [
    {
      name: 'hadolint: copy archive then extract 1',
      input: 'FROM debian\nCOPY packaged-app.tar /usr/src/app\nRUN tar -xf /usr/src/app/packaged-app.tar\n',
      expect: [{ line: 2, col: 6, message: 'Use `ADD` for extracting archives into an image: `packaged-app.tar` is copied here and extracted by `tar` on line 3' }],
    },
    {
      name: 'hadolint: copy archive then extract 2',
      input: 'FROM debian\nCOPY packaged-app.tar /usr/src/app\nWORKDIR /usr/src/app\nRUN foo bar && echo something && tar -xf packaged-app.tar\n',
      expect: [{ line: 2, col: 6, message: 'Use `ADD` for extracting archives into an image: `packaged-app.tar` is copied here and extracted by `tar` on line 4' }],
    },
    { name: 'hadolint: copy archive then extract 3 (renamed)', input: 'FROM debian\nCOPY foo/bar/packaged-app.tar /foo.tar\nRUN tar -xf /foo.tar\n', expect: [{ line: 2, col: 6, message: 'Use `ADD` for extracting archives into an image: `foo/bar/packaged-app.tar` is copied here and extracted by `tar` on line 3' }] },
    { name: 'hadolint: copy archive without extract', input: 'FROM debian\nCOPY packaged-app.tar /usr/src/app\nFROM debian:11 as newstage\nRUN tar -xf /usr/src/app/packaged-app.tar\n', expect: [] },
    { name: 'hadolint: non archive', input: 'FROM debian\nCOPY package.json /usr/src/app\nRUN tar -xf package.json\n', expect: [] },
    { name: 'hadolint: copy from previous stage', input: 'FROM debian\nCOPY --from=builder /usr/local/share/some.tar /opt/some.tar\nRUN tar -xf /opt/some.tar\n', expect: [] },
    {
      name: 'old-style options, --extract and several sources',
      input: 'FROM debian\nCOPY a.tgz b.tar.xz c.txt /tmp/\nRUN tar xzf /tmp/a.tgz && tar --extract --file=/tmp/b.tar.xz\n',
      expect: [
        { line: 2, col: 6, message: 'Use `ADD` for extracting archives into an image: `a.tgz` is copied here and extracted by `tar` on line 3' },
        { line: 2, col: 12, message: 'Use `ADD` for extracting archives into an image: `b.tar.xz` is copied here and extracted by `tar` on line 3' },
      ],
    },
    { name: 'a zip file is not unpacked by ADD', input: 'FROM debian\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n', expect: [] },
    { name: 'an extraction ADD cannot do', input: 'FROM debian\nCOPY node.tar.xz /tmp/\nRUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1\n', expect: [] },
    { name: 'creating an archive is not extracting', input: 'FROM debian\nCOPY old.tar /tmp/\nRUN tar -cf /tmp/new.tar /tmp/old.tar\n', expect: [] },
  ],
};

export default rule;
