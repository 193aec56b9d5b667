import type { Rule } from '../../engine/types';
import { labelPairs, labelSchema } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3051',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3051' },
  docs: {
    summary: 'A label the `label-schema` names is empty.',
    why:
      'A label of the `label-schema` in `.hadolint.yaml` is there to be read: `LABEL version=""` satisfies the ' +
      'schema on paper but tells nothing, often because a build argument was not passed. A value taken from a ' +
      'variable is only known at build time and is not checked.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=""\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.4.2\n',
    options: { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
  },
  check({ model, options, report }) {
    const schema = labelSchema(options.labelSchema);
    if (!schema.size) return;
    for (const p of labelPairs(model)) {
      if (!schema.has(p.key) || p.dynamic || p.value !== '') continue;
      report({ message: `Label \`${p.key}\` is empty`, range: p.keyRange });
    }
  },
  tests: [
    { name: 'empty quotes', input: 'FROM alpine\nLABEL author=""\n', options: { labelSchema: { author: 'text' } }, expect: [{ line: 2, col: 7, message: 'Label `author` is empty' }] },
    { name: 'nothing after =', input: 'FROM alpine\nLABEL version= author=me\n', options: { labelSchema: { author: 'text', version: 'text' } }, expect: [{ line: 2, col: 7, message: 'Label `version` is empty' }] },
    { name: 'labels outside the schema', input: 'FROM alpine\nLABEL other=""\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    { name: 'a variable', input: 'FROM alpine\nARG AUTHOR\nLABEL author=$AUTHOR\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL author=""\n', expect: [] },
  ],
};

export default rule;
