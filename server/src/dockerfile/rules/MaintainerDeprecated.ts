import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'MaintainerDeprecated',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'MaintainerDeprecated', hadolint: 'DL4000' },
  fix: { safety: 'unsafe', why: "It moves the author from the image's Author field to a label: tools that read the field no longer find it." },
  docs: {
    summary: 'MAINTAINER is deprecated; use `LABEL org.opencontainers.image.authors=…`.',
    why: 'MAINTAINER has been deprecated since Docker 1.13 and only fills a legacy image field; the OCI authors label is what registries and tools read.',
    bad: 'FROM alpine:3.19\nMAINTAINER Jane Doe <jane@example.org>\n',
    good: 'FROM alpine:3.19\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.org>"\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'MAINTAINER') continue;
      const argsRange = ins.argsRange;
      const single = ins.range.start.line === ins.range.end.line;
      const value = (ins.rawArgsContent ?? '').trim();
      const esc = model.escape;
      // MAINTAINER's value is literal; inside LABEL's double quotes `"`, `$` and the escape character must be escaped.
      const quoted = value.replace(/[\\`"$]/g, (c) => (c === '"' || c === '$' || c === esc ? esc + c : c));
      const fixes =
        single && argsRange && value
          ? [
              replaceFix({ start: ins.range.start, end: argsRange.end }, `LABEL org.opencontainers.image.authors="${quoted}"`, {
                title: 'Change to LABEL org.opencontainers.image.authors',
              }),
            ]
          : undefined;
      report({ message: 'Maintainer instruction is deprecated in favor of using label', range: ins.range, fixes });
    }
  },
  tests: [
    {
      name: 'MAINTAINER',
      input: 'FROM scratch\nMAINTAINER me@example.org\n',
      expect: [{ line: 2, col: 1, message: 'Maintainer instruction is deprecated in favor of using label' }],
      fixed: 'FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n',
    },
    {
      name: 'quotes and dollars are escaped',
      input: 'FROM scratch\nmaintainer Jane "JD" Doe $5\n',
      expect: [{ line: 2, col: 1, message: 'Maintainer instruction is deprecated in favor of using label' }],
      fixed: 'FROM scratch\nLABEL org.opencontainers.image.authors="Jane \\"JD\\" Doe \\$5"\n',
    },
    { name: 'label is fine', input: 'FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n', expect: [] },
    { name: 'check=skip', input: 'FROM scratch\n# check=skip=MaintainerDeprecated\nMAINTAINER me@example.org\n', expect: [] },
  ],
};

export default rule;
