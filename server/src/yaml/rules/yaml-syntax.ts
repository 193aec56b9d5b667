import type { Rule } from '../../engine/types';
import type { YamlModel } from '../model';
import { dedent } from '../../engine/dedent';

const rule: Rule<YamlModel> = {
  id: 'yaml-syntax',
  language: ['workflow', 'action', 'compose'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'The file must be valid YAML, in UTF-8, with every alias naming an anchor above it. What GitHub and Compose read but stricter YAML tools refuse (a quoted string continued on a line indented no deeper than its key) is a warning.',
    why:
      'GitHub and Docker Compose refuse a file that does not parse; nothing else in it can be checked until it does. One problem gives one finding: the errors a stray quote causes further on are left out. ' +
      'Their loaders do not check how far the lines of a quoted string are indented; Slipway reads such a string as they do, and checks the rest of the file.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "hi"\n',
  },
  check({ model, report }) {
    for (const e of model.errors) report({ message: e.code === 'NOT_UTF8' ? e.message : `YAML: ${e.message}`, range: e.range });
    for (const w of model.warnings) report({ message: `YAML: ${w.message}`, range: w.range, severity: 'warning' });
  },
  tests: [
    {
      name: 'bad indentation',
      input: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n   steps: []\n',
      expect: [{ line: 5, col: 1, message: 'YAML: All mapping items must start at the same column' }],
    },
    { name: 'unterminated flow', input: 'on: [push\njobs: {}\n', expect: [{ line: 2, col: 1, message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' }] },
    { name: 'tab indentation', input: 'on: push\njobs:\n\tbuild: {}\n', expect: [{ line: 3, col: 1, message: 'YAML: Tabs are not allowed as indentation' }] },
    {
      name: 'a double-quoted string continued on a line indented less than its key: one warning there (GitHub reads it)',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo one\n two"\n      - run: echo three\n      - run: echo "four"\n',
      expect: [{ line: 7, col: 2, message: 'YAML: this line continues the quoted string of line 6 but is indented no deeper than its key: GitHub and Compose read it as one string, stricter YAML tools reject the file; indent it further', severity: 'warning' }],
    },
    {
      name: 'a single-quoted string continued at column 0, and one with a blank line',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - name: 'build\nall'\n        run: \"make\n\n  all\"\n",
      expect: [
        { line: 7, col: 1, message: 'YAML: this line continues the quoted string of line 6 but is indented no deeper than its key: GitHub and Compose read it as one string, stricter YAML tools reject the file; indent it further', severity: 'warning' },
        { line: 10, col: 3, message: 'YAML: this line continues the quoted string of line 8 but is indented no deeper than its key: GitHub and Compose read it as one string, stricter YAML tools reject the file; indent it further', severity: 'warning' },
      ],
    },
    { name: 'a quoted string continued deeper than its key', input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "echo one\n          two"\n', expect: [] },
    {
      name: 'a stray quote: one error, none of the errors it causes further on',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: "echo one
         two
              - run: echo three
              - run: echo "four"
              - name: x
                run: echo five
          b:
            runs-on: ubuntu-latest
            steps:
              - run: echo six
      `,
      expect: [{ line: 6, col: 23, message: 'YAML: Missing closing "quote', severity: 'error' }],
    },
    {
      name: 'two problems under different top-level keys: one error each',
      input: 'on: [push\nenv:\n  A: 1\njobs:\n  a:\n    runs-on: ubuntu-latest\n   steps: []\n',
      expect: [
        { line: 2, col: 1, message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' },
        { line: 7, col: 1, message: 'YAML: All mapping items must start at the same column' },
      ],
    },
    {
      name: 'an alias of an anchor defined nowhere',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: *creds\n    steps:\n      - run: echo\n',
      expect: [{ line: 5, col: 10, message: 'YAML: unknown anchor "creds": no "&creds" is defined before this alias', severity: 'error' }],
    },
    {
      name: 'an alias before its anchor',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env: *e\n    steps:\n      - run: echo\n        env: &e\n          A: 1\n',
      expect: [{ line: 5, col: 10, message: 'YAML: alias "*e" comes before its anchor "&e" (line 8): an alias can only refer to an anchor defined above it' }],
    },
    { name: 'CR line ends', input: 'on: push\rjobs:\r  a:\r    runs-on: ubuntu-latest\r    steps:\r      - run: |\r          echo hi\r', expect: [] },
    {
      name: 'CR line ends: errors on the lines editors show',
      input: 'on: push\rjobs:\r  a:\r    runs-on: ubuntu-latest\r   steps: []\r',
      expect: [{ line: 5, col: 1, message: 'YAML: All mapping items must start at the same column' }],
    },
    {
      name: 'UTF-16 read as UTF-8: one finding',
      input: '\uFFFD\uFFFDo\0n\0:\0 \0p\0u\0s\0h\0\n\0',
      expect: [{ line: 1, col: 1, message: 'The file is UTF-16, not UTF-8: GitHub and Docker Compose read YAML files as UTF-8; save it as UTF-8' }],
    },
    { name: 'a UTF-8 byte order mark', input: '\uFEFFon: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', expect: [] },
    { name: 'valid', input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n', expect: [] },
  ],
};

export default rule;
