import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';
import { basename, commandsNamed, subcommand } from '../shell';
import { APT_VALUE_FLAGS } from '../packages';

/** apt subcommands with the same meaning in apt-get / apt-cache. */
const APT_GET = new Set(['install', 'remove', 'purge', 'update', 'upgrade', 'dist-upgrade', 'autoremove', 'autopurge', 'clean', 'autoclean', 'source', 'build-dep', 'download', 'changelog', 'satisfy', 'check']);
const APT_CACHE = new Set(['search', 'show', 'showsrc', 'policy', 'depends', 'rdepends']);

const rule: Rule<DockerfileModel> = {
  id: 'DL3027',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3027' },
  fix: { safety: 'unsafe', why: '`apt` and `apt-get` differ in some commands (`apt upgrade` installs new dependencies, `apt-get upgrade` does not).' },
  docs: {
    summary: 'Do not use `apt`; use `apt-get` or `apt-cache` in scripts.',
    why:
      '`apt` is meant for people at a terminal: its output and behaviour may change between releases and it ' +
      'warns "apt does not have a stable CLI interface". `apt-get` and `apt-cache` are the stable interfaces for scripts.',
    bad: 'FROM debian:bookworm\nRUN apt update && apt install -y curl\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'apt')) {
      if (cmd.nameWord.quoted) continue;
      const sub = subcommand(cmd, APT_VALUE_FLAGS)?.value ?? '';
      const replacement = APT_GET.has(sub) ? 'apt-get' : APT_CACHE.has(sub) ? 'apt-cache' : undefined;
      const w = cmd.nameWord;
      const dir = w.value.slice(0, w.value.length - basename(w.value).length);
      report({
        message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead',
        range: w.range,
        fixes: replacement ? [replaceFix(w.range, dir + replacement, { shown: replacement })] : undefined,
      });
    }
  },
  tests: [
    {
      name: 'apt install',
      input: 'FROM debian\nRUN apt update && apt install -y curl\n',
      expect: [
        { line: 2, col: 5, message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead' },
        { line: 2, col: 19, message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead' },
      ],
      fixed: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
    },
    { name: 'apt search uses apt-cache', input: 'FROM debian\nRUN apt search curl\n', expect: [{ line: 2, col: 5, message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead' }], fixed: 'FROM debian\nRUN apt-cache search curl\n' },
    { name: 'apt list has no stable equivalent: no fix', input: 'FROM debian\nRUN apt list --installed\n', expect: [{ line: 2, col: 5, message: 'Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead' }], fixed: 'FROM debian\nRUN apt list --installed\n' },
    { name: 'apt-get and apt-cache are fine', input: 'FROM debian\nRUN apt-get update && apt-cache policy curl\n', expect: [] },
    { name: 'apt as an argument', input: 'FROM debian\nRUN echo apt && ls /etc/apt\n', expect: [] },
  ],
};

export default rule;
