import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns } from '../shell';

const rule: Rule<DockerfileModel> = {
  id: 'DL3003',
  language: 'dockerfile',
  // Info, not hadolint's warning: `cd dir && cmd` does what it says within its RUN and breaks nothing; it is a
  // style choice (kserve: 87 findings on 22 of 41 Dockerfiles, all `RUN cd pkg && uv sync`).
  severity: 'info',
  compat: { hadolint: 'DL3003' },
  docs: {
    summary: 'Use WORKDIR to switch to a directory instead of `cd` in RUN.',
    why:
      'A `cd` only lasts until the end of its RUN, which is easy to forget when the next RUN assumes it; WORKDIR ' +
      'applies to every following instruction and documents where the build happens. `cd` inside `( … )` or ' +
      '`$( … )` does not leak and is not reported. Reported as info: the `cd` works as written within its RUN.',
    bad: 'FROM node:20-slim\nRUN cd /app && npm ci\n',
    good: 'FROM node:20-slim\nWORKDIR /app\nRUN npm ci\n',
  },
  check({ model, report }) {
    for (const run of allRuns(model)) {
      const cd = run.commands.find((c) => c.name === 'cd' && !c.substitution && !c.subshell);
      if (!cd) continue;
      report({ message: 'Use WORKDIR to switch to a directory', range: cd.nameWord.range });
    }
  },
  tests: [
    {
      name: 'cd then build, as info',
      input: 'FROM node:20\nRUN cd /app && npm ci\n',
      expect: [{ line: 2, col: 5, severity: 'info', message: 'Use WORKDIR to switch to a directory' }],
    },
    { name: 'one finding per RUN', input: 'FROM node:20\nRUN cd /a && make && cd /b && make\n', expect: [{ line: 2, col: 5, message: 'Use WORKDIR to switch to a directory' }] },
    { name: 'cd in a subshell', input: 'FROM node:20\nRUN (cd /app && npm ci) && echo done\n', expect: [] },
    { name: 'cd in a command substitution', input: 'FROM node:20\nRUN DIR="$(cd /app && pwd)" && echo "$DIR"\n', expect: [] },
    { name: 'cd as an argument', input: 'FROM node:20\nRUN echo cd /app\n', expect: [] },
    { name: 'WORKDIR', input: 'FROM node:20\nWORKDIR /app\nRUN npm ci\n', expect: [] },
  ],
};

export default rule;
