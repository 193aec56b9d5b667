import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3068',
  source: 'hadolint test/Hadolint/Rule/DL3068Spec.hs',
  bad: [
    { dockerfile: 'FROM node:20\nRUN npm install\n' },
    { dockerfile: 'FROM node:20\nRUN npm ci\n' },
    { dockerfile: 'FROM node:20\nONBUILD RUN npm install\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=cache,target=/wrong/path npm install\n' },
  ],
  good: [
    { dockerfile: 'FROM node:20\nRUN echo hello\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm install\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=tmpfs,target=/root/.npm npm install\n' },
    { dockerfile: 'FROM node:20\nRUN --mount=type=cache,target=/home/node/.npm npm install\n' },
    { dockerfile: 'FROM node:20\nONBUILD RUN --mount=type=cache,target=/root/.npm npm install\n' },
  ],
};
export default examples;
