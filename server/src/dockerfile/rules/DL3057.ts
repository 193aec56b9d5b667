import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3057',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3057' },
  docs: {
    summary: 'HEALTHCHECK instruction missing (opt-in).',
    why:
      'Without a HEALTHCHECK, Docker and Compose only know whether the process runs, not whether it answers; a ' +
      'hung server stays "healthy". Many images (CLIs, build images, services probed by Kubernetes) need none, so ' +
      'this check is off unless you enable it. `HEALTHCHECK NONE` counts as a deliberate choice.',
    bad: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n',
    good: 'FROM nginx:1.27\nCOPY site /usr/share/nginx/html\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1\n',
  },
  check({ model, report }) {
    const last = model.stages[model.stages.length - 1];
    if (!last) return;
    const seen = new Set<unknown>();
    for (let s: typeof last | undefined = last; s && !seen.has(s); s = model.parentStage(s)) {
      seen.add(s);
      if (s.instructions.some((i) => i.keyword === 'HEALTHCHECK')) return;
    }
    report({ message: '`HEALTHCHECK` instruction missing', range: last.fromInstruction.range });
  },
  tests: [
    { name: 'missing', input: 'FROM nginx\nCOPY a /b\n', expect: [{ line: 1, col: 1, message: '`HEALTHCHECK` instruction missing' }] },
    { name: 'in the final stage only', input: 'FROM a AS x\nHEALTHCHECK CMD true\nFROM nginx\n', expect: [{ line: 3, col: 1, message: '`HEALTHCHECK` instruction missing' }] },
    { name: 'present', input: 'FROM nginx\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/\n', expect: [] },
    { name: 'NONE', input: 'FROM nginx\nHEALTHCHECK NONE\n', expect: [] },
    { name: 'inherited from the parent stage', input: 'FROM nginx AS base\nHEALTHCHECK CMD true\nFROM base\n', expect: [] },
  ],
};

export default rule;
