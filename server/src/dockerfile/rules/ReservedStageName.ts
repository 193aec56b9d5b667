import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';

const RESERVED = new Set(['scratch', 'context']);

const rule: Rule<DockerfileModel> = {
  id: 'ReservedStageName',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'ReservedStageName', hadolint: 'DL3063' },
  docs: {
    summary: 'Stage names should not be `scratch` or `context`, which BuildKit reserves.',
    why: '`scratch` is the empty image and `context` names the build context: a stage with one of these names makes `FROM scratch` or `--from=context` ambiguous.',
    bad: 'FROM alpine AS scratch\nRUN touch /a\n',
    good: 'FROM alpine AS base\nRUN touch /a\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const name = stage.name?.toLowerCase();
      if (!name || !RESERVED.has(name)) continue;
      report({ message: `Stage name should not use the same name as reserved stage "${name}"`, range: stage.nameRange ?? stage.fromInstruction.keywordRange });
    }
  },
  tests: [
    {
      name: 'scratch and context',
      input: 'FROM scratch AS scratch\nFROM scratch AS context\n',
      expect: [
        { line: 1, col: 17, message: 'Stage name should not use the same name as reserved stage "scratch"' },
        { line: 2, col: 17, message: 'Stage name should not use the same name as reserved stage "context"' },
      ],
    },
    { name: 'case-insensitive', input: 'FROM alpine AS Context\n', expect: [{ line: 1, col: 16, message: 'Stage name should not use the same name as reserved stage "context"' }] },
    { name: 'using scratch as base is fine', input: 'FROM scratch\nFROM scratch AS a\n', expect: [] },
  ],
};

export default rule;
