import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, positionals, runMounts } from '../shell';

/** Commands that do nothing useful while an image is built, and why. */
const POINTLESS: Record<string, string> = {
  ssh: 'a build has no one to log in for it, and keys it needs would stay in the image (use `RUN --mount=type=ssh` for git over ssh)',
  vim: 'an interactive editor needs a terminal, which a build does not have (edit files with `sed` or COPY them)',
  shutdown: 'there is no system to shut down in a build container',
  service: 'a service started in RUN is stopped when the RUN ends (start it from CMD or ENTRYPOINT)',
  ps: 'it only lists the processes of the build container, and nothing of it is kept in the image',
  free: 'it only shows the memory of the build container, and nothing of it is kept in the image',
  top: 'it is interactive and only shows the build container, and nothing of it is kept in the image',
  kill: 'the processes of a RUN end with it',
  mount: 'a mount made in RUN is not kept in the image (use `RUN --mount` or VOLUME)',
  ifconfig: 'it only shows the network of the build container, and nothing of it is kept in the image',
};

const MOUNT_LISTING = 'it only lists the mounts of the build container, and nothing of it is kept in the image';
const MOUNT_VALUE_FLAGS = new Set(['t', 'types', 'o', 'options', 'O', 'test-opts', 'L', 'label', 'U', 'uuid', 'N', 'namespace']);

const rule: Rule<DockerfileModel> = {
  id: 'DL3001',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3001' },
  docs: {
    summary: 'Commands that make no sense while an image is built (`ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`) should not be in RUN.',
    why:
      'A RUN runs once, without a terminal, in a throw-away container whose processes end with it: interactive tools, ' +
      'services started there and reports on the build container do nothing for the image. `ssh` in a RUN that has ' +
      '`--mount=type=ssh` is left alone (that is how a build reaches a private git server).',
    bad: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends nginx && service nginx start\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      let sshMount: boolean | undefined;
      for (const cmd of run.commands) {
        const why = Object.prototype.hasOwnProperty.call(POINTLESS, cmd.name) ? POINTLESS[cmd.name] : undefined;
        if (!why || cmd.nameWord.dynamic) continue;
        if (cmd.name === 'ssh' && (sshMount ??= runMounts(model, run.ins).some((m) => m.type === 'ssh'))) continue;
        // `mount` alone (or with only options) lists the mounts rather than making one.
        const listing = cmd.name === 'mount' && positionals(cmd, MOUNT_VALUE_FLAGS).length === 0;
        report({
          message: `\`${cmd.name}\` makes no sense in a RUN instruction: ${listing ? MOUNT_LISTING : why}`,
          range: cmd.nameWord.range,
        });
      }
    }
  },
  tests: [
    { name: 'hadolint: invalid cmd', input: 'FROM debian\nRUN top\n', expect: [{ line: 2, col: 5, message: '`top` makes no sense in a RUN instruction: it is interactive and only shows the build container, and nothing of it is kept in the image' }] },
    { name: 'hadolint: installing ssh is fine', input: 'FROM debian\nRUN apt-get install ssh\n', expect: [] },
    {
      name: 'the command after a wrapper, an env prefix and an operator',
      input: 'FROM debian\nRUN make && sudo service nginx start\nRUN DEBUG=1 /usr/bin/vim -c wq file\n',
      expect: [
        { line: 2, col: 18, message: '`service` makes no sense in a RUN instruction: a service started in RUN is stopped when the RUN ends (start it from CMD or ENTRYPOINT)' },
        { line: 3, col: 13, message: '`vim` makes no sense in a RUN instruction: an interactive editor needs a terminal, which a build does not have (edit files with `sed` or COPY them)' },
      ],
    },
    {
      name: 'mount that mounts, and mount that lists',
      input: 'FROM debian\nRUN mount -t tmpfs tmpfs /mnt\nRUN mount -t proc | grep /proc\n',
      expect: [
        { line: 2, col: 5, message: '`mount` makes no sense in a RUN instruction: a mount made in RUN is not kept in the image (use `RUN --mount` or VOLUME)' },
        { line: 3, col: 5, message: '`mount` makes no sense in a RUN instruction: it only lists the mounts of the build container, and nothing of it is kept in the image' },
      ],
    },
    { name: 'ifconfig, which hadolint names', input: 'FROM debian\nRUN ifconfig -a\n', expect: [{ line: 2, col: 5, message: '`ifconfig` makes no sense in a RUN instruction: it only shows the network of the build container, and nothing of it is kept in the image' }] },
    { name: 'ssh with an ssh mount is how a build reaches a private server', input: 'FROM debian\nRUN --mount=type=ssh ssh -T git@example.com\n', expect: [] },
    { name: 'ssh without one', input: 'FROM debian\nRUN ssh -T git@example.com\n', expect: [{ line: 2, col: 5, message: '`ssh` makes no sense in a RUN instruction: a build has no one to log in for it, and keys it needs would stay in the image (use `RUN --mount=type=ssh` for git over ssh)' }] },
    { name: 'words that only contain the names', input: 'FROM debian\nRUN echo ps top && pkill -f x || true && ssh-keygen -A && mount-tool\n', expect: [] },
    { name: 'exec form', input: 'FROM debian\nRUN ["ps", "aux"]\n', expect: [{ line: 2, col: 6, message: '`ps` makes no sense in a RUN instruction: it only lists the processes of the build container, and nothing of it is kept in the image' }] },
    { name: 'PowerShell RUNs are not parsed', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN ps\n', expect: [] },
  ],
};

export default rule;
