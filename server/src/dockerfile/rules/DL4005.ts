import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';

/** ln's options that take a value. */
const LN_VALUE_FLAGS = new Set(['S', 't', 'suffix', 'target-directory']);
const SHELLS = new Set(['/bin/sh', '/usr/bin/sh']);

const rule: Rule<DockerfileModel> = {
  id: 'DL4005',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL4005' },
  docs: {
    summary: 'Use SHELL to change the shell of RUN, instead of linking another shell to `/bin/sh`.',
    why:
      'Replacing `/bin/sh` with a link to bash changes the shell of every script in the image, the system\'s own ' +
      'included, and hides from readers that the RUNs need bash. `SHELL ["/bin/bash", "-c"]` says so in the ' +
      'Dockerfile and changes only the RUNs that follow.',
    bad: 'FROM debian:bookworm\nRUN ln -sf /bin/bash /bin/sh\nRUN source /etc/profile && echo "$PATH"\n',
    good: 'FROM debian:bookworm\nSHELL ["/bin/bash", "-c"]\nRUN source /etc/profile && echo "$PATH"\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'ln')) {
      const pos = positionals(cmd, LN_VALUE_FLAGS);
      const link = pos.length >= 2 ? pos[pos.length - 1] : undefined;
      if (!link || !SHELLS.has(link.value.replace(/\/+$/, ''))) continue;
      report({ message: `Use SHELL to change the default shell: this \`ln\` replaces \`${link.value}\` for every program in the image`, range: link.range });
    }
  },
  tests: [
    {
      name: 'hadolint: RUN ln',
      input: 'FROM debian\nRUN ln -sfv /bin/bash /bin/sh\n',
      expect: [{ line: 2, col: 23, message: 'Use SHELL to change the default shell: this `ln` replaces `/bin/sh` for every program in the image' }],
    },
    { name: 'hadolint: unrelated symlinks', input: 'FROM debian\nRUN ln -sf /bin/true /sbin/initctl\n', expect: [] },
    { name: 'hadolint: multiple acceptable commands', input: 'FROM debian\nRUN ln -s foo bar && unrelated && something_with /bin/sh\n', expect: [] },
    { name: 'a relative target and /usr/bin/sh', input: 'FROM debian\nRUN rm /usr/bin/sh && ln -s bash /usr/bin/sh\n', expect: [{ line: 2, col: 34, message: 'Use SHELL to change the default shell: this `ln` replaces `/usr/bin/sh` for every program in the image' }] },
    { name: 'linking sh elsewhere is fine', input: 'FROM debian\nRUN ln -s /bin/sh /usr/local/bin/shell\n', expect: [] },
    { name: 'a link named by -t is not /bin/sh', input: 'FROM debian\nRUN ln -s -t /usr/local/bin /bin/sh\n', expect: [] },
  ],
};

export default rule;
