import * as path from 'node:path';
import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { buildInfos } from '../build';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-build-path',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'A service\'s `build` context folder and Dockerfile must exist (the context relative to the Compose file\'s folder, the Dockerfile relative to the context).',
    why: '`docker compose build` (and `up`) fails with "unable to prepare context: path not found" or "failed to read dockerfile" after a folder or file is renamed; nothing else checks this before you run it.',
    bad: 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.prod\n',
    good: 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile\n',
    files: { 'api/Dockerfile': 'FROM node:20\n' },
  },
  check({ model, report, files, path: docPath }) {
    if (!docPath) return;
    const dir = path.dirname(docPath);
    for (const b of buildInfos(model, docPath)) {
      if (!b.contextAbs) continue;
      const rel = (p: string) => path.relative(dir, p).split(path.sep).join('/') || '.';
      if (!files.exists(b.contextAbs)) {
        report({
          message: `service "${b.service}": build context "${b.context}" does not exist (looked for ${rel(b.contextAbs)} beside the Compose file)`,
          range: model.rangeOf(b.contextNode ?? b.buildKey),
        });
        continue;
      }
      if (!b.dockerfileAbs) continue;
      if (b.dockerfileGiven) {
        if (!files.exists(b.dockerfileAbs)) {
          report({
            message: `service "${b.service}": Dockerfile "${b.dockerfileNode!.value}" does not exist in the build context (looked for ${rel(b.dockerfileAbs)})`,
            range: model.rangeOf(b.dockerfileNode!),
          });
        }
      } else if (!['Dockerfile', 'dockerfile', 'Containerfile'].some((n) => files.exists(path.join(b.contextAbs!, n)))) {
        report({
          message: `service "${b.service}": the build context "${b.context}" has no Dockerfile (set build.dockerfile if it has another name)`,
          range: model.rangeOf(b.contextNode ?? b.buildKey),
        });
      }
    }
  },
  tests: [
    {
      name: 'missing context and Dockerfile',
      input: dedent`
        services:
          api:
            build: ./api
          web:
            build:
              context: ./web
              dockerfile: docker/Dockerfile.prod
          worker:
            build:
              context: ./worker
          root:
            build: {}
      `,
      files: { 'web/Dockerfile': 'FROM nginx\n', 'worker/main.py': 'print(1)\n' },
      expect: [
        { line: 3, col: 12, message: 'service "api": build context "./api" does not exist (looked for api beside the Compose file)' },
        { line: 7, col: 19, message: 'service "web": Dockerfile "docker/Dockerfile.prod" does not exist in the build context (looked for web/docker/Dockerfile.prod)' },
        { line: 10, col: 16, message: 'service "worker": the build context "./worker" has no Dockerfile (set build.dockerfile if it has another name)' },
        { line: 12, col: 5, message: 'service "root": the build context "." has no Dockerfile (set build.dockerfile if it has another name)' },
      ],
    },
    {
      name: 'existing paths, remote and interpolated contexts, inline Dockerfile',
      input: dedent`
        services:
          api:
            build: ./api
          web:
            build:
              context: web
              dockerfile: ../docker/web.Dockerfile
          remote:
            build: https://github.com/docker/rootfs.git#main
          env:
            build: \${CTX:-./api}
          inline:
            build:
              context: ./api
              dockerfile_inline: |
                FROM alpine
          podman:
            build: ./pod
          lower:
            build: ./lower
      `,
      files: { 'api/Dockerfile': 'FROM node\n', 'web/index.html': '', 'docker/web.Dockerfile': 'FROM nginx\n', 'pod/Containerfile': 'FROM alpine\n', 'lower/dockerfile': 'FROM alpine\n' },
      expect: [],
    },
  ],
};

export default rule;
