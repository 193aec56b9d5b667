import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3074',
  source: 'hadolint test/Hadolint/Rule/DL3074Spec.hs',
  bad: [
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet restore\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet build\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN nuget restore\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nONBUILD RUN dotnet restore\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/wrong/path dotnet restore\n' },
  ],
  good: [
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN echo hello\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/root/.nuget/packages dotnet restore\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=tmpfs,target=/root/.nuget/packages dotnet restore\n' },
    { dockerfile: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN --mount=type=cache,target=/home/app/.nuget/packages dotnet restore\n' },
  ],
};
export default examples;
