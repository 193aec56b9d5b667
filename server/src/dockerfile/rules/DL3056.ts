import type { Rule } from '../../engine/types';
import { checkLabelFormat, isSemver } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3056',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3056' },
  docs: {
    summary: 'A label of type `semver` in the `label-schema` is not a semantic version.',
    why:
      'A label of type `semver` in the `label-schema` of `.hadolint.yaml` must hold a Semantic Versioning 2.0.0 ' +
      'version: `1.4.2`, `2.0.0-rc.1`, `1.0.0+build.7`; not `v1.4`, not `latest`. A value taken from a variable is ' +
      'only known at build time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=v1.4\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.0\n',
    options: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'semver', isSemver, (key) => `Label \`${key}\` does not conform to semantic versioning`);
  },
  tests: [
    { name: 'a v prefix', input: 'FROM alpine\nLABEL version=v1.2.3\n', options: { labelSchema: { version: 'semver' } }, expect: [{ line: 2, col: 15, message: 'Label `version` does not conform to semantic versioning: `v1.2.3`' }] },
    { name: 'versions', input: 'FROM alpine\nLABEL version=1.2.3\nLABEL version=1.0.0-rc.1+build.5\nLABEL version=0.0.0-alpha-1\n', options: { labelSchema: { version: 'semver' } }, expect: [] },
    {
      name: 'two parts, leading zero',
      input: 'FROM alpine\nLABEL version=1.2\nLABEL version=01.2.3\nLABEL version=1.2.3-01\n',
      options: { labelSchema: { version: 'semver' } },
      expect: [
        { line: 2, col: 15, message: 'Label `version` does not conform to semantic versioning: `1.2`' },
        { line: 3, col: 15, message: 'Label `version` does not conform to semantic versioning: `01.2.3`' },
        { line: 4, col: 15, message: 'Label `version` does not conform to semantic versioning: `1.2.3-01`' },
      ],
    },
    { name: 'a variable', input: 'FROM alpine\nARG VERSION\nLABEL version=${VERSION}\n', options: { labelSchema: { version: 'semver' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL version=v1.2.3\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL version=v1.2.3\n', options: { labelSchema: { version: 'text' } }, expect: [] },
  ],
};

export default rule;
