import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3075',
  source: 'hadolint test/Hadolint/Rule/DL3075Spec.hs',
  bad: [
    { dockerfile: 'FROM node:20\nRUN pnpm install\n' },
    { dockerfile: 'FROM node:20\nRUN pnpm add lodash\n' },
    { dockerfile: 'FROM node:20\nONBUILD RUN pnpm install\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=cache,target=/wrong/path pnpm install\n' },
  ],
  good: [
    { dockerfile: 'FROM node:20\nRUN echo hello\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=tmpfs,target=/root/.local/share/pnpm/store pnpm install\n' },
  ],
};
export default examples;
