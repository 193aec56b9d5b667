import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns } from '../shell';

const rule: Rule<DockerfileModel> = {
  id: 'DL3004',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3004' },
  docs: {
    summary: 'Do not use sudo in RUN.',
    why:
      'sudo has unpredictable TTY and signal-forwarding behaviour and usually is not installed. RUN already runs ' +
      'as the current USER: switch with `USER root` for the steps that need it, or use gosu/su-exec in an entrypoint.',
    bad: 'FROM debian:bookworm\nUSER app\nRUN sudo apt-get update\n',
    good: 'FROM debian:bookworm\nUSER root\nRUN apt-get update\nUSER app\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      for (const cmd of run.commands) {
        const sudo = [...cmd.wrappers, cmd.nameWord].find((w) => !w.dynamic && /(^|\/)sudo$/.test(w.value));
        if (sudo) report({ message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root', range: sudo.range });
      }
    }
  },
  tests: [
    { name: 'sudo wrapper', input: 'FROM debian\nRUN sudo apt-get update\n', expect: [{ line: 2, col: 5, message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root' }] },
    { name: 'sudo with options and env prefix', input: 'FROM debian\nRUN DEBIAN_FRONTEND=noninteractive sudo -E make install\n', expect: [{ line: 2, col: 36, message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root' }] },
    { name: 'sudo alone', input: 'FROM debian\nRUN echo ok && sudo\n', expect: [{ line: 2, col: 16, message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root' }] },
    { name: 'installing sudo is fine', input: 'FROM debian\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app\n', expect: [] },
    { name: 'gosu', input: 'FROM debian\nRUN gosu nobody true\n', expect: [] },
  ],
};

export default rule;
