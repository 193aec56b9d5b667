import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyArgs, nearestBefore, rootStage } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3045',
  language: 'dockerfile',
  // Info, not hadolint's warning: BuildKit resolves a relative destination against the image's working directory
  // (`/` when it sets none), the same on every build, so the files land where they did when the author tried it.
  // Real projects lay files out under `/` on purpose (kserve: 198 findings on 22 of 41 Dockerfiles, all working).
  severity: 'info',
  compat: { hadolint: 'DL3045' },
  docs: {
    summary: '`COPY` to a relative destination without `WORKDIR` set.',
    why:
      'A relative destination is resolved against the working directory, which the base image chooses (often `/`). ' +
      'Set WORKDIR in the stage (or a stage it builds on) so the files land where you expect. Reported as info: ' +
      'the destination is the same on every build of the same base image, so this is about saying where, not a mistake.',
    bad: 'FROM node:20-slim\nCOPY package.json app/\n',
    good: 'FROM node:20-slim\nWORKDIR /usr/src\nCOPY package.json app/\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'COPY' || !ins.stage) continue;
      const a = copyArgs(model, ins);
      if (!a || a.values.length < 2) continue;
      const dest = a.values[a.values.length - 1];
      if (dest.startsWith('/') || dest.startsWith('$') || /^[A-Za-z]:[\\/]/.test(dest) || dest.startsWith('\\')) continue;
      if (nearestBefore(model, ins, 'WORKDIR', (x) => x.keyword === 'WORKDIR')) continue;
      // `scratch` has no image config: its working directory is `/`, so a relative destination is unambiguous.
      if (rootStage(model, ins.stage).imageName?.toLowerCase() === 'scratch') continue;
      report({ message: '`COPY` to a relative destination without `WORKDIR` set', range: a.ranges[a.ranges.length - 1] });
    }
  },
  tests: [
    {
      name: 'relative without WORKDIR, as info',
      input: 'FROM node\nCOPY a.txt app/\n',
      expect: [{ line: 2, col: 12, severity: 'info', message: '`COPY` to a relative destination without `WORKDIR` set' }],
    },
    { name: 'scratch works in /', input: 'FROM scratch\nCOPY app .\n', expect: [] },
    { name: 'dot destination', input: 'FROM node\nCOPY . .\n', expect: [{ line: 2, col: 8, message: '`COPY` to a relative destination without `WORKDIR` set' }] },
    { name: 'WORKDIR set', input: 'FROM node\nWORKDIR /app\nCOPY . .\n', expect: [] },
    { name: 'WORKDIR in the parent stage', input: 'FROM node AS base\nWORKDIR /app\nFROM base\nCOPY . .\n', expect: [] },
    { name: 'WORKDIR after the COPY does not count', input: 'FROM node\nCOPY . .\nWORKDIR /app\n', expect: [{ line: 2, col: 8, message: '`COPY` to a relative destination without `WORKDIR` set' }] },
    { name: 'absolute, variable, Windows', input: 'FROM node\nCOPY a /app/\nCOPY b $DIR\nCOPY c C:\\\\app\n', expect: [] },
    { name: 'quoted absolute and variable destinations', input: 'FROM golang\nCOPY "go.mod" "/src/"\nCOPY b "${DIR}"\nCOPY c \'/opt\'\n', expect: [] },
    { name: 'quoted relative destination', input: 'FROM golang\nCOPY "go.mod" "go.sum" "./"\n', expect: [{ line: 2, col: 24, message: '`COPY` to a relative destination without `WORKDIR` set' }] },
  ],
};

export default rule;
