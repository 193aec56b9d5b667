import type { Rule } from '../../engine/types';
import { checkLabelFormat, isEmail } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3058',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3058' },
  docs: {
    summary: 'A label of type `email` in the `label-schema` is not an e-mail address.',
    why:
      'A label of type `email` in the `label-schema` of `.hadolint.yaml` must hold an e-mail address ' +
      '(`team@example.com`), without a display name around it. A value taken from a variable is only known at build ' +
      'time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL maintainer="Jane Doe"\n',
    good: 'FROM alpine:3.20\nLABEL maintainer=jane@example.com\n',
    options: { labelSchema: { maintainer: 'email' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'email', isEmail, (key) => `Label \`${key}\` is not a valid email format - must be conform to RFC5322`);
  },
  tests: [
    { name: 'a name', input: 'FROM alpine\nLABEL maintainer="Jane Doe"\n', options: { labelSchema: { maintainer: 'email' } }, expect: [{ line: 2, col: 18, message: 'Label `maintainer` is not a valid email format - must be conform to RFC5322: `Jane Doe`' }] },
    { name: 'addresses', input: 'FROM alpine\nLABEL maintainer=jane.doe+docker@mail.example.com\nLABEL maintainer="ops@[192.0.2.1]"\n', options: { labelSchema: { maintainer: 'email' } }, expect: [] },
    {
      name: 'a display name, no domain',
      input: 'FROM alpine\nLABEL maintainer="Jane <jane@example.com>"\nLABEL maintainer=jane@\nLABEL maintainer=a..b@example.com\n',
      options: { labelSchema: { maintainer: 'email' } },
      expect: [
        { line: 2, col: 18, message: 'Label `maintainer` is not a valid email format - must be conform to RFC5322: `Jane <jane@example.com>`' },
        { line: 3, col: 18, message: 'Label `maintainer` is not a valid email format - must be conform to RFC5322: `jane@`' },
        { line: 4, col: 18, message: 'Label `maintainer` is not a valid email format - must be conform to RFC5322: `a..b@example.com`' },
      ],
    },
    { name: 'a variable', input: 'FROM alpine\nLABEL maintainer=$MAINTAINER\n', options: { labelSchema: { maintainer: 'email' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL maintainer="Jane Doe"\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL maintainer="Jane Doe"\n', options: { labelSchema: { maintainer: 'text' } }, expect: [] },
  ],
};

export default rule;
