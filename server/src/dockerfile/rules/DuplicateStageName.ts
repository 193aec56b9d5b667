import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DuplicateStageName',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'DuplicateStageName', hadolint: 'DL3024' },
  docs: {
    summary: 'Stage names should be unique (compared case-insensitively).',
    why: 'With two stages of the same name, `--from=name` and `--target name` silently refer to only one of them.',
    bad: 'FROM node:20 AS build\nRUN npm ci\nFROM node:20 AS build\nRUN npm run build\n',
    good: 'FROM node:20 AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build\n',
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const stage of model.stages) {
      if (!stage.name) continue;
      const name = stage.name.toLowerCase();
      if (seen.has(name)) {
        report({ message: `Duplicate stage name "${name}", stage names should be unique`, range: stage.nameRange ?? stage.fromInstruction.keywordRange });
      }
      seen.add(name);
    }
  },
  tests: [
    { name: 'same name twice', input: 'FROM scratch AS b\nFROM scratch AS b\n', expect: [{ line: 2, col: 17, message: 'Duplicate stage name "b", stage names should be unique' }] },
    {
      name: 'case-insensitive',
      input: 'FROM scratch AS build\nFROM scratch AS Build\nFROM scratch AS BUILD\n',
      expect: [
        { line: 2, col: 17, message: 'Duplicate stage name "build", stage names should be unique' },
        { line: 3, col: 17, message: 'Duplicate stage name "build", stage names should be unique' },
      ],
    },
    { name: 'distinct names', input: 'FROM scratch AS b1\nFROM scratch AS b2\nFROM scratch\nFROM scratch\n', expect: [] },
  ],
};

export default rule;
