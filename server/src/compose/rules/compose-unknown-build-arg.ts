import { BUILDKIT_ARGS, PLATFORM_ARGS, PROXY_ARGS } from '../../dockerfile/features/data';
import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import { buildArgNames, declaredArgs, serviceDockerfiles } from '../buildDockerfile';
import type { ComposeModel } from '../model';
import { dedent } from '../../engine/dedent';

/** Build args every build accepts without an ARG: proxies, BuildKit settings, the platform ARGs. */
const PREDEFINED = new Set([...PROXY_ARGS, ...BUILDKIT_ARGS.map((a) => a.name), ...PLATFORM_ARGS.map((a) => a.name)]);

const rule: Rule<ComposeModel> = {
  id: 'compose-unknown-build-arg',
  language: 'compose',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the ARG it suggests is a guess.' },
  docs: {
    summary: 'Each name in a service\'s `build.args` should be declared by an `ARG` of the Dockerfile it builds (globally before the first FROM, or in a stage).',
    why: 'A build arg no ARG declares is ignored: BuildKit only warns "one or more build-args were not consumed", and the value the Compose file meant to pass never reaches the build (a misspelt or renamed ARG). Proxy, BuildKit and platform args are predefined and never reported.',
    bad: 'services:\n  api:\n    build:\n      context: ./api\n      args:\n        NODE_VERSON: "22"\n',
    good: 'services:\n  api:\n    build:\n      context: ./api\n      args:\n        NODE_VERSION: "22"\n',
    files: { 'api/Dockerfile': 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n' },
  },
  check({ model, report, path, files }) {
    for (const [service, df] of serviceDockerfiles(model, path, files)) {
      const declared = declaredArgs(df.dockerfile);
      for (const a of buildArgNames(model, service)) {
        if (declared.has(a.name) || PREDEFINED.has(a.name) || a.name.startsWith('BUILDKIT_')) continue;
        const suggestion = a.name.length > 2 ? closest(a.name, declared.keys()) : undefined;
        report({
          message: `service "${service}": build arg "${a.name}" is not declared by an ARG in ${df.label}, so the build ignores it` + didYouMean(suggestion, 'yaml'),
          range: a.range,
          fixes: suggestionFix(a.range, suggestion),
        });
      }
    }
  },
  tests: [
    {
      name: 'mapping and list forms',
      input: dedent`
        services:
          api:
            build:
              context: ./api
              args:
                NODE_VERSON: "22"
                APP_ENV: prod
                EXTRA: "1"
          web:
            build:
              context: ./api
              args:
                - NODE_VERSION=22
                - "UNUSED=1"
                - GIT_SHA
      `,
      files: { 'api/Dockerfile': 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION} AS build\nARG APP_ENV\nARG GIT_SHA=unknown\n' },
      expect: [
        { line: 6, col: 9, message: 'service "api": build arg "NODE_VERSON" is not declared by an ARG in api/Dockerfile, so the build ignores it. Did you mean "NODE_VERSION"?', severity: 'warning' },
        { line: 8, col: 9, message: 'service "api": build arg "EXTRA" is not declared by an ARG in api/Dockerfile, so the build ignores it' },
        { line: 14, col: 12, message: 'service "web": build arg "UNUSED" is not declared by an ARG in api/Dockerfile, so the build ignores it' },
      ],
    },
    {
      name: 'typo fix',
      input: 'services:\n  api:\n    build:\n      context: .\n      args: [VERSOIN=1]\n',
      files: { Dockerfile: 'FROM alpine\nARG VERSION\n' },
      expect: [{ line: 5, col: 14, message: 'service "api": build arg "VERSOIN" is not declared by an ARG in Dockerfile, so the build ignores it. Did you mean "VERSION"?' }],
      fixed: 'services:\n  api:\n    build:\n      context: .\n      args: [VERSION=1]\n',
    },
    {
      name: 'declared in any stage, predefined args, interpolated keys, unknown Dockerfiles',
      input: dedent`
        services:
          api:
            build:
              context: ./api
              target: build
              args:
                RUNTIME_ONLY: "1"
                HTTP_PROXY: http://proxy
                BUILDKIT_INLINE_CACHE: "1"
                BUILDKIT_SYNTAX: docker/dockerfile:1
                TARGETARCH: amd64
                \${DYNAMIC}: x
          inline:
            build:
              dockerfile_inline: |
                FROM alpine
                ARG A
              args: [A=1]
          missing:
            build:
              context: ./nowhere
              args: [B=1]
      `,
      files: { 'api/Dockerfile': 'FROM golang AS build\nFROM alpine AS runtime\nARG RUNTIME_ONLY\n' },
      expect: [],
    },
    {
      name: 'no suggestion for a name of one or two characters',
      input: 'services:\n  api:\n    build:\n      context: .\n      args:\n        V: "1"\n',
      files: { Dockerfile: 'FROM alpine\nARG X\n' },
      expect: [{ line: 6, col: 9, message: 'service "api": build arg "V" is not declared by an ARG in Dockerfile, so the build ignores it' }],
    },
    {
      name: 'inline Dockerfile',
      input: 'services:\n  app:\n    build:\n      dockerfile_inline: |\n        FROM alpine\n        ARG VERSION\n      args:\n        VERSOIN: "2"\n',
      expect: [{ line: 8, col: 9, message: 'service "app": build arg "VERSOIN" is not declared by an ARG in the inline Dockerfile, so the build ignores it. Did you mean "VERSION"?' }],
    },
  ],
};

export default rule;
