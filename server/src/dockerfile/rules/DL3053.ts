import type { Rule } from '../../engine/types';
import { checkLabelFormat, isRfc3339 } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3053',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3053' },
  docs: {
    summary: 'A label of type `rfc3339` in the `label-schema` is not an RFC 3339 date and time.',
    why:
      'A label of type `rfc3339` in the `label-schema` of `.hadolint.yaml` must hold an RFC 3339 date and time with ' +
      'its offset (`2024-05-01T12:30:00Z`), the format of `org.opencontainers.image.created`. A value taken from a ' +
      'variable (`$BUILD_DATE`, the usual way) is only known at build time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-05-01 12:30"\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.created=2024-05-01T12:30:00Z\n',
    options: { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'rfc3339', isRfc3339, (key) => `Label \`${key}\` is not a valid time format - must be conform to RFC3339`);
  },
  tests: [
    { name: 'a word', input: 'FROM alpine\nLABEL created=today\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [{ line: 2, col: 15, message: 'Label `created` is not a valid time format - must be conform to RFC3339: `today`' }] },
    { name: 'UTC, offset, fraction, space', input: 'FROM alpine\nLABEL created=2021-03-23T13:04:29Z\nLABEL created="2021-03-23 13:04:29.300508335+01:00"\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [] },
    { name: 'no offset', input: 'FROM alpine\nLABEL created=2021-03-23T13:04:29\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [{ line: 2, col: 15, message: 'Label `created` is not a valid time format - must be conform to RFC3339: `2021-03-23T13:04:29`' }] },
    { name: 'a date alone', input: 'FROM alpine\nLABEL created=2021-03-23\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [{ line: 2, col: 15, message: 'Label `created` is not a valid time format - must be conform to RFC3339: `2021-03-23`' }] },
    { name: 'no such day', input: 'FROM alpine\nLABEL created=2023-02-29T00:00:00Z\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [{ line: 2, col: 15, message: 'Label `created` is not a valid time format - must be conform to RFC3339: `2023-02-29T00:00:00Z`' }] },
    { name: 'a leap day', input: 'FROM alpine\nLABEL created=2024-02-29T00:00:00Z\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [] },
    { name: 'a variable', input: 'FROM alpine\nARG BUILD_DATE\nLABEL created=${BUILD_DATE}\n', options: { labelSchema: { created: 'rfc3339' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL created=today\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL created=today\n', options: { labelSchema: { created: 'text' } }, expect: [] },
  ],
};

export default rule;
