import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import type { Label } from 'dockerfile-ast';

function invalid(key: string): string | undefined {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or digit';
  if (/[^a-z0-9.-]/.test(key)) return 'may only contain lower-case letters, digits, `.` and `-`';
  if (/\.\.|--/.test(key)) return 'must not contain consecutive `.` or `-`';
  if (/^(com\.docker\.|io\.docker\.|org\.dockerproject\.)/.test(key)) return 'uses a namespace reserved by Docker';
  return undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3048',
  language: 'dockerfile',
  severity: 'hint',
  compat: { hadolint: 'DL3048' },
  docs: {
    summary: 'Invalid label key.',
    why:
      'Docker recommends label keys in reverse-DNS notation made of lower-case letters, digits, `.` and `-` ' +
      '(e.g. `org.opencontainers.image.source`); the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces are reserved.',
    bad: 'FROM alpine:3.20\nLABEL Maintainer="team@example.com"\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="team@example.com"\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'LABEL') continue;
      for (const p of (ins.node as Label).getProperties()) {
        const key = p.getName().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
        if (!key || key.includes('$')) continue;
        const why = invalid(key);
        if (why) report({ message: `Invalid label key \`${key}\`: ${why}`, range: p.getNameRange() });
      }
    }
  },
  tests: [
    { name: 'upper case', input: 'FROM alpine\nLABEL Maintainer=me version=1\n', expect: [{ line: 2, col: 7, message: 'Invalid label key `Maintainer`: must start with a lower-case letter' }] },
    { name: 'reserved namespace', input: 'FROM alpine\nLABEL com.docker.foo=1\n', expect: [{ line: 2, col: 7, message: 'Invalid label key `com.docker.foo`: uses a namespace reserved by Docker' }] },
    {
      name: 'underscore and double dot',
      input: 'FROM alpine\nLABEL my_label=1 a..b=2\n',
      expect: [
        { line: 2, col: 7, message: 'Invalid label key `my_label`: may only contain lower-case letters, digits, `.` and `-`' },
        { line: 2, col: 18, message: 'Invalid label key `a..b`: must not contain consecutive `.` or `-`' },
      ],
    },
    { name: 'quoted valid key', input: 'FROM alpine\nLABEL "org.opencontainers.image.title"="x" description="y"\n', expect: [] },
    { name: 'legacy form', input: 'FROM alpine\nLABEL maintainer me\n', expect: [] },
    { name: 'variable key', input: 'FROM alpine\nLABEL ${PREFIX}.version=1\n', expect: [] },
  ],
};

export default rule;
