import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';
import { hasFlag } from '../shell';

/** dotnet commands that restore packages first (unless `--no-restore`). */
const RESTORES = new Set(['restore', 'build', 'publish', 'test', 'run', 'pack']);

export const NUGET: CacheMountTool = {
  key: 'DL3074',
  fills(c) {
    if (c.name === 'nuget') {
      const sub = firstOperand(c, []);
      return sub?.value.toLowerCase() === 'restore' ? commandRange(c, sub) : undefined;
    }
    if (c.name !== 'dotnet') return undefined;
    const sub = firstOperand(c, []);
    if (!sub || !RESTORES.has(sub.value)) return undefined;
    if (sub.value !== 'restore' && hasFlag(c, [], ['no-restore'])) return undefined;
    return commandRange(c, sub);
  },
  covers: (t) => /(^|\/)\.nuget(\/|$)/.test(t),
  envDirs: ['NUGET_PACKAGES'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3074',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3074' },
  docs: {
    summary: "Use a BuildKit cache mount for NuGet's global packages folder (`--mount=type=cache,target=/root/.nuget/packages`) (opt-in).",
    why:
      '`dotnet restore`, and `dotnet build`/`publish`/`test` which restore first, download every package into the ' +
      'global packages folder (`~/.nuget/packages`, `$NUGET_PACKAGES`). Without a cache mount that folder stays in ' +
      'the layer and each build downloads it again. A command with `--no-restore` downloads nothing. Cache mounts ' +
      'need BuildKit and are not carried by registry or CI layer caches, so this check is off unless you enable it.',
    bad: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /app\n',
    good: 'FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.nuget/packages dotnet publish -c Release -o /app\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, NUGET)) {
      report({
        message: 'Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) to speed up .NET dependency restoration',
        range,
      });
    }
  },
  tests: [
    {
      name: 'dotnet restore without a cache mount',
      input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet restore\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) to speed up .NET dependency restoration' }],
    },
    { name: 'dotnet publish restores first', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -c Release -o /app\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) to speed up .NET dependency restoration' }] },
    { name: 'nuget restore', input: 'FROM mono:6.12\nRUN nuget restore App.sln\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) to speed up .NET dependency restoration' }] },
    { name: '--no-restore', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish --no-restore -c Release -o /app\n', expect: [] },
    { name: 'cache mount on the global packages folder', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/root/.nuget/packages dotnet restore\n', expect: [] },
    { name: 'cache mount on NUGET_PACKAGES', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nENV NUGET_PACKAGES=/nuget\nRUN --mount=type=cache,target=/nuget dotnet restore\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/src/obj dotnet restore\n', expect: [{ line: 2, col: 40, message: 'Use a BuildKit cache mount for NuGet (`--mount=type=cache,target=/root/.nuget/packages`) to speed up .NET dependency restoration' }] },
    { name: 'other dotnet commands', input: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet --info && dotnet tool list\n', expect: [] },
  ],
};

export default rule;
