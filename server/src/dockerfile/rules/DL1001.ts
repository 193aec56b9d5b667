import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { ignoreComments } from '../suppress';

const rule: Rule<DockerfileModel> = {
  id: 'DL1001',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL1001' },
  docs: {
    summary: 'Inline ignore comments (`# hadolint ignore=DLxxxx`, `# slipway ignore=…`) should not be used (opt-in).',
    why:
      'For teams that want every exception in one reviewed place (`ignored:` in `.hadolint.yaml`, `rules:` in ' +
      '`.slipway.yaml`) rather than scattered through Dockerfiles. `# hadolint global ignore=…` is not reported. Off ' +
      'unless you enable it.',
    bad: 'FROM debian:bookworm\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  check({ model, report }) {
    for (const { match, range } of ignoreComments(model)) {
      if (match[2]) continue; // global
      report({ message: `Please refrain from using inline ignore pragmas \`# ${match[1].toLowerCase()} ignore=DLxxxx\`: list the rule in the config file instead`, range });
    }
  },
  tests: [
    { name: 'hadolint: inline ignore pragma', input: 'FROM debian\n# hadolint ignore=DL3003\nRUN foo bar\n', expect: [{ line: 2, col: 1, message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`: list the rule in the config file instead' }] },
    { name: 'hadolint: other pragma', input: '# hadolint shell=powershell\nFROM debian\nRUN foo bar\n', expect: [] },
    { name: 'hadolint: other comment', input: 'FROM debian\n# foobar\nRUN foo bar\n', expect: [] },
    { name: 'hadolint: no pragma', input: 'FROM debian\nRUN foo bar\n', expect: [] },
    { name: 'on the first line, where it reads like a parser directive', input: '# hadolint ignore=DL3006\nFROM debian\n', expect: [{ line: 1, col: 1, message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`: list the rule in the config file instead' }] },
    { name: 'global ignore is configuration, not an inline pragma', input: '# hadolint global ignore=DL3003\nFROM debian\nRUN cd /x\n', expect: [] },
    {
      name: "Slipway's own, indented, and several ids",
      input: 'FROM debian\nRUN true\n  # slipway ignore=DL3059, DL3003\nRUN cd /x\n',
      expect: [{ line: 3, col: 3, message: 'Please refrain from using inline ignore pragmas `# slipway ignore=DLxxxx`: list the rule in the config file instead' }],
    },
  ],
};

export default rule;
