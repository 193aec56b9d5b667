import type { Rule } from '../../engine/types';
import type { ConfigModel } from '../model';
import { reportConfigProblems } from '../report';

const rule: Rule<ConfigModel> = {
  id: 'config-syntax',
  language: 'config',
  severity: 'error',
  docs: {
    summary: 'A config file (`.slipway.yaml`, `.github/slipway.yaml`, `.hadolint.yaml`, `.github/actionlint.yaml`) that is not valid YAML: the whole file is ignored.',
    why: 'Nothing in the file applies until the YAML is repaired: every rule runs at its default severity, with none of the options the file sets.',
    bad: 'rules:\n  DL3008: [off\n',
    good: 'rules:\n  DL3008: off\n',
  },
  check(ctx) {
    reportConfigProblems(ctx, 'config-syntax');
  },
  tests: [
    {
      name: '.slipway.yaml: an unclosed flow sequence',
      input: 'rules:\n  DL3008: [off\n',
      expect: [{ line: 3, col: 1, severity: 'error', message: 'not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); the file is ignored' }],
    },
    {
      name: '.hadolint.yaml: a tab for indentation',
      path: '.hadolint.yaml',
      input: 'ignored:\n\t- DL3008\n',
      expect: [{ line: 2, col: 1, message: 'not valid YAML (Tabs are not allowed as indentation); the file is ignored' }],
    },
    {
      name: '.github/actionlint.yaml: an unclosed quote',
      path: '.github/actionlint.yaml',
      input: 'self-hosted-runner:\n  labels: ["gpu]\n',
      expect: [{ line: 3, col: 1, message: 'not valid YAML (Missing closing "quote); the file is ignored' }],
    },
    {
      name: 'valid YAML',
      input: 'rules:\n  DL3008: off\n',
      expect: [],
    },
    { name: 'an empty file', path: '.hadolint.yaml', input: '', expect: [] },
    { name: 'only comments', path: '.github/slipway.yaml', input: '# nothing yet\n', expect: [] },
  ],
};

export default rule;
