import type { Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';

function isRoot(user: string): boolean {
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3002',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3002' },
  docs: {
    summary: 'The last USER of the final image should not be root.',
    why:
      'Containers run as the image\'s last USER. Running as root means a compromise of the process is a root ' +
      'compromise of the container (and, with a misconfigured runtime, of the host). Only the stage that becomes ' +
      'the image is checked: a build stage running as root is harmless.',
    bad: 'FROM node:20-slim\nUSER root\nRUN npm ci\n',
    good: 'FROM node:20-slim\nUSER root\nRUN npm ci\nUSER node\n',
  },
  check({ model, report }) {
    let stage = model.stages[model.stages.length - 1];
    const seen = new Set<unknown>();
    while (stage && !seen.has(stage)) {
      seen.add(stage);
      let last: DfInstruction | undefined;
      for (const ins of stage.instructions) if (ins.keyword === 'USER') last = ins;
      if (last) {
        const user = last.argValues[0] ?? '';
        if (isRoot(user)) report({ message: 'Last USER should not be root', range: last.range });
        return;
      }
      const parent = model.parentStage(stage);
      if (!parent) return;
      stage = parent;
    }
  },
  tests: [
    { name: 'USER root last', input: 'FROM debian\nUSER root\nRUN id\n', expect: [{ line: 2, col: 1, message: 'Last USER should not be root' }] },
    { name: 'USER 0:0', input: 'FROM debian\nUSER 0:0\n', expect: [{ line: 2, col: 1, message: 'Last USER should not be root' }] },
    { name: 'root then app', input: 'FROM debian\nUSER root\nRUN id\nUSER app\n', expect: [] },
    { name: 'no USER at all', input: 'FROM debian\nRUN id\n', expect: [] },
    { name: 'build stage as root is fine', input: 'FROM debian AS build\nUSER root\nFROM debian\nUSER app\n', expect: [] },
    { name: 'inherited from the parent stage', input: 'FROM debian AS base\nUSER root\nFROM base\nRUN id\n', expect: [{ line: 2, col: 1, message: 'Last USER should not be root' }] },
    { name: 'root-like names', input: 'FROM debian\nUSER rootless\n', expect: [] },
    { name: 'quoted root (the builder removes the quotes)', input: 'FROM debian\nUSER "root"\n', expect: [{ line: 2, col: 1, message: 'Last USER should not be root' }] },
    { name: 'quoted user', input: 'FROM debian\nUSER "app:app"\n', expect: [] },
  ],
};

export default rule;
