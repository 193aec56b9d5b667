import type { Rule } from '../../engine/types';
import { checkLabelFormat, isSpdx } from '../labels';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3054',
  language: 'dockerfile',
  severity: 'warning',
  options: ['labelSchema'],
  compat: { hadolint: 'DL3054' },
  docs: {
    summary: 'A label of type `spdx` in the `label-schema` is not an SPDX license identifier or expression.',
    why:
      'A label of type `spdx` in the `label-schema` of `.hadolint.yaml` must hold a license of the SPDX License ' +
      'List (`MIT`, `Apache-2.0`) or an SPDX license expression (`MIT OR Apache-2.0`, `LicenseRef-Proprietary`), as ' +
      '`org.opencontainers.image.licenses` specifies. Scanners match licenses by these identifiers. Identifiers are ' +
      'matched without regard to case, as SPDX specifies.',
    bad: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses="Apache 2"\n',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.licenses=Apache-2.0\n',
    options: { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
  },
  check(ctx) {
    checkLabelFormat(ctx, 'spdx', isSpdx, (key) => `Label \`${key}\` is not a valid SPDX identifier`);
  },
  tests: [
    { name: 'not an identifier', input: 'FROM alpine\nLABEL license=BSD\n', options: { labelSchema: { license: 'spdx' } }, expect: [{ line: 2, col: 15, message: 'Label `license` is not a valid SPDX identifier: `BSD`' }] },
    { name: 'identifiers', input: 'FROM alpine\nLABEL license=MIT\nLABEL license=apache-2.0\nLABEL license=GPL-2.0+\n', options: { labelSchema: { license: 'spdx' } }, expect: [] },
    { name: 'expressions', input: 'FROM alpine\nLABEL license="(MIT OR Apache-2.0) AND BSD-3-Clause"\nLABEL license="GPL-2.0-only WITH Classpath-exception-2.0"\nLABEL license=LicenseRef-Proprietary\n', options: { labelSchema: { license: 'spdx' } }, expect: [] },
    {
      name: 'a broken expression',
      input: 'FROM alpine\nLABEL license="MIT OR"\nLABEL license="MIT WITH Nothing-1.0"\nLABEL license="(MIT"\n',
      options: { labelSchema: { license: 'spdx' } },
      expect: [
        { line: 2, col: 15, message: 'Label `license` is not a valid SPDX identifier: `MIT OR`' },
        { line: 3, col: 15, message: 'Label `license` is not a valid SPDX identifier: `MIT WITH Nothing-1.0`' },
        { line: 4, col: 15, message: 'Label `license` is not a valid SPDX identifier: `(MIT`' },
      ],
    },
    { name: 'a variable', input: 'FROM alpine\nLABEL license=$LICENSE\n', options: { labelSchema: { license: 'spdx' } }, expect: [] },
    { name: 'without a schema', input: 'FROM alpine\nLABEL license=BSD\n', expect: [] },
    { name: 'a label of another type', input: 'FROM alpine\nLABEL license=BSD\n', options: { labelSchema: { license: 'text' } }, expect: [] },
  ],
};

export default rule;
