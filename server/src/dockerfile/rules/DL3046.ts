import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, insertAfter } from '../shell';
import type { ShellCommand, ShellWord } from '../shell';

/** useradd's short options that take a value (shadow-utils). */
const VALUE_SHORT = new Set(['b', 'c', 'd', 'e', 'f', 'g', 'G', 'k', 'K', 'p', 'P', 'R', 's', 'u', 'Z']);
const VALUE_LONG = new Set([
  'base-dir', 'btrfs-subvolume-home', 'comment', 'home-dir', 'expiredate', 'inactive', 'gid', 'groups', 'skel', 'key',
  'password', 'prefix', 'root', 'shell', 'uid', 'selinux-user', 'selinux-range',
]);

/** The options of a useradd command as getopt reads them: whether `-l` is given, and the UID value. */
function useraddOptions(cmd: ShellCommand): { noLogInit: boolean; uid?: string } {
  let noLogInit = false;
  let uid: string | undefined;
  const args: ShellWord[] = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = v.slice(2, eq < 0 ? undefined : eq);
      const value = eq >= 0 ? v.slice(eq + 1) : VALUE_LONG.has(name) ? args[++i]?.value : undefined;
      if (name === 'no-log-init') noLogInit = true;
      else if (name === 'uid') uid = value;
      continue;
    }
    if (!v.startsWith('-') || v.length < 2) continue;
    for (let j = 1; j < v.length; j++) {
      const c = v[j];
      if (VALUE_SHORT.has(c)) {
        const value = j + 1 < v.length ? v.slice(j + 1) : args[++i]?.value;
        if (c === 'u') uid = value;
        break;
      }
      if (c === 'l') noLogInit = true;
    }
  }
  return { noLogInit, uid };
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3046',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3046' },
  fix: { safety: 'unsafe', why: 'It changes the files useradd writes (`/var/log/lastlog` and `faillog` no longer record the user).' },
  docs: {
    summary: '`useradd` with a high UID (six digits or more) should have `-l` (`--no-log-init`).',
    why:
      'useradd records each new user in `/var/log/lastlog` and `/var/log/faillog`, files as large as the UID ' +
      'requires. On disk they are sparse, but image layers do not keep sparse files: a UID of 1000000 adds hundreds ' +
      'of megabytes of zeros to the image. `-l` (`--no-log-init`) skips these records.',
    bad: 'FROM debian:bookworm\nRUN useradd -u 123456 app\n',
    good: 'FROM debian:bookworm\nRUN useradd --no-log-init -u 123456 app\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'useradd')) {
      if (cmd.nameWord.dynamic) continue;
      const { noLogInit, uid } = useraddOptions(cmd);
      if (noLogInit || uid === undefined || !/^\d{6,}$/.test(uid)) continue;
      report({
        message: `\`useradd\` without flag \`-l\` and high UID will result in excessively large Image: the UID ${uid} makes \`/var/log/lastlog\` and \`/var/log/faillog\` hundreds of megabytes unless \`--no-log-init\` is given`,
        range: cmd.nameWord.range,
        fixes: [{ title: 'Add --no-log-init', edits: [insertAfter(cmd.nameWord, '--no-log-init')], preferred: true }],
      });
    }
  },
  tests: [
    { name: 'hadolint: useradd alone', input: 'FROM debian\nRUN useradd luser\n', expect: [] },
    { name: 'hadolint: short uid', input: 'FROM debian\nRUN useradd -u 12345 luser\n', expect: [] },
    { name: 'hadolint: long uid and -l', input: 'FROM debian\nRUN useradd -l -u 123456 luser\n', expect: [] },
    { name: 'hadolint: just -l', input: 'FROM debian\nRUN useradd -l luser\n', expect: [] },
    {
      name: 'hadolint: long uid without -l',
      input: 'FROM debian\nRUN useradd -u 123456 luser\n',
      expect: [{ line: 2, col: 5, message: '`useradd` without flag `-l` and high UID will result in excessively large Image: the UID 123456 makes `/var/log/lastlog` and `/var/log/faillog` hundreds of megabytes unless `--no-log-init` is given' }],
      fixed: 'FROM debian\nRUN useradd --no-log-init -u 123456 luser\n',
    },
    {
      name: 'uid given as --uid=, --uid and attached -u',
      input: 'FROM debian\nRUN useradd --uid=1000000 a && useradd --uid 200000 b && useradd -mu300000 c\n',
      expect: [
        { line: 2, col: 5, message: '`useradd` without flag `-l` and high UID will result in excessively large Image: the UID 1000000 makes `/var/log/lastlog` and `/var/log/faillog` hundreds of megabytes unless `--no-log-init` is given' },
        { line: 2, col: 32, message: '`useradd` without flag `-l` and high UID will result in excessively large Image: the UID 200000 makes `/var/log/lastlog` and `/var/log/faillog` hundreds of megabytes unless `--no-log-init` is given' },
        { line: 2, col: 58, message: '`useradd` without flag `-l` and high UID will result in excessively large Image: the UID 300000 makes `/var/log/lastlog` and `/var/log/faillog` hundreds of megabytes unless `--no-log-init` is given' },
      ],
    },
    { name: '-l in a cluster and --no-log-init', input: 'FROM debian\nRUN useradd -rlu 123456 a && useradd --no-log-init --uid 123456 b\n', expect: [] },
    { name: 'the uid is not a letter cluster (-u lrich)', input: 'FROM debian\nRUN useradd -ulrich 123456\n', expect: [] },
    { name: 'a uid from a variable is not known', input: 'FROM debian\nARG UID=123456\nRUN useradd -u "$UID" app\n', expect: [] },
    { name: 'adduser is another program', input: 'FROM alpine\nRUN adduser -D -u 123456 app\n', expect: [] },
    { name: 'a comment value with an -l in it', input: 'FROM debian\nRUN useradd -c -l -u 123456 app\n', expect: [{ line: 2, col: 5, message: '`useradd` without flag `-l` and high UID will result in excessively large Image: the UID 123456 makes `/var/log/lastlog` and `/var/log/faillog` hundreds of megabytes unless `--no-log-init` is given' }] },
  ],
};

export default rule;
