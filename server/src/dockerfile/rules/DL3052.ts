import type { Rule } from '../../engine/types';
import { checkLabelFormat, isUrl } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3052',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3052' },
  docs: {
    summary: 'A label of type `url` in the `label-schema` is not a valid URL.',
    why:
      'A label of type `url` in the `label-schema` of `.hadolint.yaml` must hold an absolute URL ' +
      '(`https://github.com/acme/app`): tools such as registries and scanners link to it. A value taken from a ' +
      'variable is only known at build time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=github.com/acme/app\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'url', isUrl, (key) => `Label \`${key}\` is not a valid URL`);
  },
  tests: [
    { name: 'no scheme', input: 'FROM alpine\nLABEL src=github.com/acme/app\n', options: { labelSchema: { src: 'url' } }, expect: [{ line: 2, col: 11, message: 'Label `src` is not a valid URL: `github.com/acme/app`' }] },
    { name: 'https', input: 'FROM alpine\nLABEL src="https://github.com/acme/app" other=nope\n', options: { labelSchema: { src: 'url' } }, expect: [] },
    { name: 'a space', input: 'FROM alpine\nLABEL src="https://example.com/a b"\n', options: { labelSchema: { src: 'url' } }, expect: [{ line: 2, col: 11, message: 'Label `src` is not a valid URL: `https://example.com/a b`' }] },
    { name: 'http without a host', input: 'FROM alpine\nLABEL src=http:foo\n', options: { labelSchema: { src: 'url' } }, expect: [{ line: 2, col: 11, message: 'Label `src` is not a valid URL: `http:foo`' }] },
    { name: 'other schemes', input: 'FROM alpine\nLABEL src=git+ssh://git@github.com/acme/app.git doc=urn:isbn:0451450523\n', options: { labelSchema: { src: 'url', doc: 'url' } }, expect: [] },
    { name: 'a variable', input: 'FROM alpine\nARG REPO\nLABEL src=$REPO\n', options: { labelSchema: { src: 'url' } }, expect: [] },
    { name: "an empty value is DL3051's", input: 'FROM alpine\nLABEL src=""\n', options: { labelSchema: { src: 'url' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL src=github.com/acme/app\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL src=github.com/acme/app\n', options: { labelSchema: { src: 'text' } }, expect: [] },
  ],
};

export default rule;
