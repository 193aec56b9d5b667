import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, uncachedRuns, type CacheMountTool } from '../cacheMounts';
import { positionals } from '../shell';

/** go subcommands that download modules or compile (filling the module cache or the build cache). */
const FILLS = new Set(['build', 'install', 'get', 'test', 'run', 'vet', 'generate']);
/** `go mod` subcommands that download modules. */
const MOD_FILLS = new Set(['download', 'tidy', 'vendor', 'verify', 'graph', 'why']);

export const GO: CacheMountTool = {
  key: 'DL3070',
  fills(c) {
    if (c.name !== 'go') return undefined;
    const [sub, next] = positionals(c, ['C']);
    if (!sub) return undefined;
    if (FILLS.has(sub.value)) return commandRange(c, sub);
    return sub.value === 'mod' && next && MOD_FILLS.has(next.value) ? commandRange(c, next) : undefined;
  },
  // The build cache (`~/.cache/go-build`, GOCACHE) or the module cache (`$GOPATH/pkg/mod`, GOMODCACHE).
  covers: (t) => /(^|\/)\.cache\/go-build(\/|$)|(^|\/)go\/pkg\/mod(\/|$)|(^|\/)pkg\/mod$/.test(t) || t === '/root/.cache' || t === '/go' || t === '/go/pkg',
  envDirs: ['GOCACHE', 'GOMODCACHE'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3070',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3070' },
  docs: {
    summary: "Use BuildKit cache mounts for Go's module and build caches (`/go/pkg/mod`, `/root/.cache/go-build`) (opt-in).",
    why:
      '`go build`, `go mod download` and friends download modules into the module cache (`$GOPATH/pkg/mod`, `/go/pkg/mod` ' +
      'in the golang images) and keep compiled packages in the build cache (`/root/.cache/go-build`). With cache mounts ' +
      'on those folders a rebuild after a source change downloads nothing and recompiles only what changed. Either ' +
      'mount counts here. Cache mounts need BuildKit and are not carried by registry or CI layer caches, so this ' +
      'check is off unless you enable it.',
    bad: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n',
    good:
      'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/go/pkg/mod \\\n' +
      '    --mount=type=cache,target=/root/.cache/go-build \\\n    go build -o /out/app .\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, GO)) {
      report({
        message: 'Use BuildKit cache mounts for Go (`--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod`) to speed up Go builds',
        range,
      });
    }
  },
  tests: [
    {
      name: 'go build without a cache mount',
      input: 'FROM golang:1.23\nRUN go build -o /app .\n',
      expect: [{ line: 2, col: 5, message: 'Use BuildKit cache mounts for Go (`--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod`) to speed up Go builds' }],
    },
    { name: 'go mod download', input: 'FROM golang:1.23\nRUN go mod download\n', expect: [{ line: 2, col: 5, message: 'Use BuildKit cache mounts for Go (`--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod`) to speed up Go builds' }] },
    { name: 'the module cache mounted', input: 'FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n', expect: [] },
    { name: 'the build cache mounted', input: 'FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go build ./...\n', expect: [] },
    { name: 'GOMODCACHE set by ENV', input: 'FROM golang:1.23\nENV GOMODCACHE=/cache/mod\nRUN --mount=type=cache,target=/cache/mod go mod download\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM golang:1.23\nRUN --mount=type=cache,target=/var/cache/apt go build ./...\n', expect: [{ line: 2, col: 46, message: 'Use BuildKit cache mounts for Go (`--mount=type=cache,target=/root/.cache/go-build --mount=type=cache,target=/go/pkg/mod`) to speed up Go builds' }] },
    { name: 'other go commands', input: 'FROM golang:1.23\nRUN go version && go env GOPATH && go mod init example.com/app && go fmt ./...\n', expect: [] },
  ],
};

export default rule;
