import type { Rule } from '../../engine/types';
import type { YamlModel } from '../model';

const rule: Rule<YamlModel> = {
  id: 'yaml-syntax',
  language: ['workflow', 'action', 'compose'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'The file must be valid YAML.',
    why: 'GitHub and Docker Compose refuse a file that does not parse; nothing else in it can be checked until it does.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "hi"\n',
  },
  check({ model, report }) {
    for (const e of model.errors) report({ message: `YAML: ${e.message}`, range: e.range });
  },
  tests: [
    {
      name: 'bad indentation',
      input: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps: []\n',
      expect: [{ line: 5 }],
    },
    { name: 'unterminated flow', input: 'on: [push\njobs: {}\n', expect: [{ line: 2, message: 'end with a ]' }] },
    { name: 'tab indentation', input: 'on: push\njobs:\n\tbuild: {}\n', expect: [{ line: 3 }] },
    { name: 'valid', input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', expect: [] },
  ],
};

export default rule;
