import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import { serviceDockerfiles, stageNames, targetNode } from '../buildDockerfile';
import type { ComposeModel } from '../model';
import { isInterpolated } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-unknown-target',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the stage it suggests is a guess.' },
  docs: {
    summary: 'A service\'s `build.target` must name a stage (`FROM … AS <name>`) of the Dockerfile it builds.',
    why: 'The build stops with "target stage \\"prod\\" could not be found" once the Dockerfile\'s stages are renamed or the target is misspelt; BuildKit matches stage names case-insensitively, and only by name.',
    bad: 'services:\n  api:\n    build:\n      context: ./api\n      target: prod\n',
    good: 'services:\n  api:\n    build:\n      context: ./api\n      target: production\n',
    files: { 'api/Dockerfile': 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS production\nCOPY --from=build /app /app\n' },
  },
  check({ model, report, path, files }) {
    for (const [service, df] of serviceDockerfiles(model, path, files)) {
      const node = targetNode(model, service);
      if (!node) continue;
      const target = String(node.value);
      if (!target || isInterpolated(target) || df.dockerfile.stageNamed(target)) continue;
      const names = stageNames(df.dockerfile);
      const suggestion = target.length > 2 ? closest(target, names) : undefined;
      const range = model.rangeOf(node);
      const list = names.length ? ` (its stages: ${names.join(', ')})` : ' (it has no named stage)';
      report({
        message: `service "${service}": target stage "${target}" could not be found in ${df.label}` + (suggestion ? didYouMean(suggestion, 'yaml') : list),
        range,
        fixes: suggestionFix(range, suggestion),
      });
    }
  },
  tests: [
    {
      name: 'misspelt target, unknown target, no named stage',
      input: dedent`
        services:
          api:
            build:
              context: ./api
              target: prodution
          web:
            build:
              context: ./web
              dockerfile: web.Dockerfile
              target: dev
          plain:
            build:
              context: ./plain
              target: final
      `,
      files: {
        'api/Dockerfile': 'FROM node:22 AS build\nFROM node:22-slim AS production\n',
        'web/web.Dockerfile': 'FROM nginx AS base\nFROM base AS release\n',
        'plain/Dockerfile': 'FROM alpine\n',
      },
      expect: [
        { line: 5, col: 15, message: 'service "api": target stage "prodution" could not be found in api/Dockerfile. Did you mean "production"?', severity: 'error' },
        { line: 10, col: 15, message: 'service "web": target stage "dev" could not be found in web/web.Dockerfile (its stages: base, release)' },
        { line: 14, col: 15, message: 'service "plain": target stage "final" could not be found in plain/Dockerfile (it has no named stage)' },
      ],
    },
    {
      name: 'typo fix',
      input: 'services:\n  api:\n    build:\n      context: .\n      target: buil\n',
      files: { Dockerfile: 'FROM golang:1.24 AS build\nFROM scratch\n' },
      expect: [{ line: 5, col: 15, message: 'service "api": target stage "buil" could not be found in Dockerfile. Did you mean "build"?' }],
      fixed: 'services:\n  api:\n    build:\n      context: .\n      target: build\n',
    },
    {
      name: 'inline Dockerfile',
      input: 'services:\n  app:\n    build:\n      dockerfile_inline: |\n        FROM alpine AS base\n      target: bse\n',
      expect: [{ line: 6, col: 15, message: 'service "app": target stage "bse" could not be found in the inline Dockerfile. Did you mean "base"?' }],
    },
    {
      name: 'existing stages (any case), interpolation, remote and missing Dockerfiles, contexts from elsewhere',
      input: dedent`
        services:
          api:
            build:
              context: ./api
              target: Production
          vars:
            build:
              context: ./api
              target: \${TARGET:-dev}
          remote:
            build:
              context: https://github.com/docker/rootfs.git#main
              target: x
          missing:
            build:
              context: ./nowhere
              target: x
          base:
            build: ./api
          child:
            extends: base
            build:
              target: test
      `,
      files: { 'api/Dockerfile': 'FROM node:22 AS build\nFROM node:22-slim AS production\n', Dockerfile: 'FROM alpine\n' },
      expect: [],
    },
    {
      name: 'an override file without its own context is not judged',
      path: 'compose.override.yaml',
      input: 'services:\n  api:\n    build:\n      target: dev\n',
      files: { 'compose.yaml': 'services:\n  api:\n    build: ./api\n', 'api/Dockerfile': 'FROM node AS dev\n', Dockerfile: 'FROM alpine\n' },
      expect: [],
    },
  ],
};

export default rule;
