import type { Rule } from '../../engine/types';
import { checkLabelFormat, isGitHash } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3055',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3055' },
  docs: {
    summary: 'A label of type `hash` in the `label-schema` is not a git commit hash.',
    why:
      'A label of type `hash` in the `label-schema` of `.hadolint.yaml` must hold a git commit id as git prints it: ' +
      'lower-case hex digits, the full 40 (or 64 in a SHA-256 repository) or an abbreviation of at least 7, the ' +
      'form of `org.opencontainers.image.revision`. A value taken from a variable (`$GIT_SHA`) is only known at ' +
      'build time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=main\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.revision=2f6e6c5b1c9d0e8a7b3f4d5c6e7f8a9b0c1d2e3f\n',
    options: { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'hash', isGitHash, (key) => `Label \`${key}\` is not a valid git hash`);
  },
  tests: [
    { name: 'a branch name', input: 'FROM alpine\nLABEL rev=main\n', options: { labelSchema: { rev: 'hash' } }, expect: [{ line: 2, col: 11, message: 'Label `rev` is not a valid git hash: `main`' }] },
    { name: 'full and abbreviated', input: 'FROM alpine\nLABEL rev=2f6e6c5b1c9d0e8a7b3f4d5c6e7f8a9b0c1d2e3f\nLABEL rev=2f6e6c5\nLABEL rev=2f6e6c5b1c\n', options: { labelSchema: { rev: 'hash' } }, expect: [] },
    {
      name: 'too short, upper case',
      input: 'FROM alpine\nLABEL rev=2f6e6c\nLABEL rev=2F6E6C5B\n',
      options: { labelSchema: { rev: 'hash' } },
      expect: [
        { line: 2, col: 11, message: 'Label `rev` is not a valid git hash: `2f6e6c`' },
        { line: 3, col: 11, message: 'Label `rev` is not a valid git hash: `2F6E6C5B`' },
      ],
    },
    { name: 'a variable', input: 'FROM alpine\nARG GIT_SHA\nLABEL rev=$GIT_SHA\n', options: { labelSchema: { rev: 'hash' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL rev=main\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL rev=main\n', options: { labelSchema: { rev: 'text' } }, expect: [] },
  ],
};

export default rule;
