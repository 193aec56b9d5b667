import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyFromReferences } from '../syntax';

const rule: Rule<DockerfileModel> = {
  id: 'DL3023',
  language: 'dockerfile',
  severity: 'error',
  compat: { hadolint: 'DL3023' },
  docs: {
    summary: '`COPY --from` cannot reference the stage it is in.',
    why: 'A stage cannot copy from itself: the builder fails with a circular dependency. Copy from an earlier stage, or copy without --from.',
    bad: 'FROM node:22 AS build\nRUN npm ci\nCOPY --from=build /app/dist /srv\n',
    good: 'FROM node:22 AS build\nRUN npm ci\nRUN cp -r /app/dist /srv\n',
  },
  check({ model, report }) {
    for (const { ins, value: v, range } of copyFromReferences(model)) {
      const own = /^\d+$/.test(v) ? Number(v) === ins.stage.index : ins.stage.name?.toLowerCase() === v.toLowerCase();
      if (own) report({ message: `COPY --from=${v} references its own stage`, range });
    }
  },
  tests: [
    { name: 'own stage by name', input: 'FROM alpine AS a\nCOPY --from=a /x /y\n', expect: [{ line: 2, col: 13, message: 'COPY --from=a references its own stage' }] },
    { name: 'own stage by index', input: 'FROM alpine\nFROM alpine\nCOPY --from=1 /x /y\n', expect: [{ line: 3, col: 13, message: 'COPY --from=1 references its own stage' }] },
    { name: 'own stage other case', input: 'FROM alpine AS Build\nCOPY --from=build /x /y\n', expect: [{ line: 2, col: 13, message: 'COPY --from=build references its own stage' }] },
    { name: 'earlier stage', input: 'FROM alpine AS a\nFROM alpine AS b\nCOPY --from=a /x /y\nCOPY --from=0 /x /y\n', expect: [] },
  ],
};

export default rule;
