import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyArgs, shippedStages } from '../packages';
import { parseInstruction } from '../syntax';

const rule: Rule<DockerfileModel> = {
  id: 'DL4007',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL4007' },
  docs: {
    summary: 'COPY of the whole build context (`COPY . .`) into the final image (opt-in).',
    why:
      '`COPY . .` takes everything in the build context that `.dockerignore` does not leave out: `.git`, `.env` files, ' +
      'local configuration, build output. Deleting a file in a later RUN does not take it out of the earlier layer. ' +
      'Copy the files the image needs, or keep a `.dockerignore` that leaves the rest out. Many projects do the ' +
      'latter on purpose, so this check is off unless you enable it. Only stages that end up in the final image are ' +
      'checked, and `COPY --from` (another stage or image, not the build context) is left alone.',
    bad: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
    good: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py requirements.txt ./\nCOPY src/ ./src/\nCMD ["python", "app.py"]\n',
  },
  check({ model, report }) {
    const shipped = shippedStages(model);
    for (const ins of model.instructions) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || !ins.stage || !shipped.has(ins.stage)) continue;
      if (parseInstruction(model, ins).flags.some((f) => f.name === 'from')) continue;
      const a = copyArgs(model, ins);
      if (!a || a.values.length < 2) continue;
      const i = a.values.slice(0, -1).findIndex((v) => v === '.' || v === './');
      if (i < 0) continue;
      report({
        message: `${ins.keyword} with '.' as source can leak sensitive files like .git, .env, or local configs into your image. Prefer copying only the files you actually need.`,
        range: a.ranges[i],
      });
    }
  },
  tests: [
    {
      name: 'COPY . .',
      input: 'FROM python:3.12\nCOPY . .\n',
      expect: [{ line: 2, col: 6, message: "COPY with '.' as source can leak sensitive files like .git, .env, or local configs into your image. Prefer copying only the files you actually need." }],
    },
    { name: 'quoted ./ among other sources, with flags', input: "FROM python:3.12\nCOPY --chown=app:app requirements.txt './' /app/\n", expect: [{ line: 2, col: 39, message: "COPY with '.' as source can leak sensitive files like .git, .env, or local configs into your image. Prefer copying only the files you actually need." }] },
    { name: 'JSON form and ADD', input: 'FROM python:3.12\nADD [".", "/app"]\n', expect: [{ line: 2, col: 6, message: "ADD with '.' as source can leak sensitive files like .git, .env, or local configs into your image. Prefer copying only the files you actually need." }] },
    { name: 'a folder of the context', input: 'FROM python:3.12\nCOPY src/ .\nCOPY ./app.py /app/\n', expect: [] },
    { name: 'COPY --from another stage', input: 'FROM node:20 AS build\nWORKDIR /app\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist .\nCOPY --from=build . /srv\n', expect: [] },
    { name: 'a build stage that is not shipped', input: 'FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\n', expect: [] },
    { name: 'the stage the final stage builds on', input: 'FROM python:3.12 AS base\nCOPY . /app\nFROM base\n', expect: [{ line: 2, col: 6, message: "COPY with '.' as source can leak sensitive files like .git, .env, or local configs into your image. Prefer copying only the files you actually need." }] },
  ],
};

export default rule;
