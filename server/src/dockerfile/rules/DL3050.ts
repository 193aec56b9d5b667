import type { Rule } from '../../engine/types';
import { labelPairs } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3050',
  language: 'dockerfile',
  severity: 'info',
  options: ['labelSchema', 'strictLabels'],
  compat: { hadolint: 'DL3050' },
  docs: {
    summary: 'With `strict-labels: true`, a label the `label-schema` does not name.',
    why:
      'Some teams allow only the labels of their schema (no leaked build details, nothing that confuses tools ' +
      'reading labels). With `strict-labels: true` in `.hadolint.yaml`, every other label is reported; with no ' +
      '`label-schema` at all, every label is. Does nothing unless `strict-labels` is set.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app build-host=ci-42\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source=https://github.com/acme/app\n',
    options: { labelSchema: { 'org.opencontainers.image.source': 'url' }, strictLabels: true },
  },
  check({ model, options, report }) {
    if (!options.strictLabels) return;
    const schema = options.labelSchema ?? {};
    for (const p of labelPairs(model)) {
      if (p.key.includes('$') || Object.prototype.hasOwnProperty.call(schema, p.key)) continue;
      report({ message: `Superfluous label \`${p.key}\` present: it is not in the label-schema`, range: p.keyRange });
    }
  },
  tests: [
    {
      name: 'label outside the schema',
      input: 'FROM alpine\nLABEL author=me other=x\n',
      options: { labelSchema: { author: 'text' }, strictLabels: true },
      expect: [{ line: 2, col: 17, message: 'Superfluous label `other` present: it is not in the label-schema' }],
    },
    {
      name: 'no schema: every label',
      input: 'FROM alpine\nLABEL a=1\nLABEL b 2\n',
      options: { strictLabels: true },
      expect: [
        { line: 2, col: 7, message: 'Superfluous label `a` present: it is not in the label-schema' },
        { line: 3, col: 7, message: 'Superfluous label `b` present: it is not in the label-schema' },
      ],
    },
    { name: 'not strict', input: 'FROM alpine\nLABEL author=me other=x\n', options: { labelSchema: { author: 'text' } }, expect: [] },
    { name: 'all in the schema', input: 'FROM alpine\nLABEL "author"=me\n', options: { labelSchema: { author: 'text' }, strictLabels: true }, expect: [] },
    { name: 'a key made of a variable is not known', input: 'FROM alpine\nLABEL ${NS}.author=me\n', options: { labelSchema: { author: 'text' }, strictLabels: true }, expect: [] },
  ],
};

export default rule;
