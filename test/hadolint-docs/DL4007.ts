import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1200).
const examples: HadolintDocExamples = {
  id: 'DL4007',
  source: 'hadolint test/Hadolint/Rule/DL4007Spec.hs',
  bad: [
    { dockerfile: 'FROM scratch\nCOPY . .\n' },
    { dockerfile: 'FROM scratch\nCOPY . /app\n' },
    { dockerfile: "FROM scratch\nCOPY './' /app\n" },
    { dockerfile: 'FROM node:18 as build\nCOPY . .\nRUN echo hello\n' },
  ],
  good: [
    { dockerfile: 'FROM scratch\nCOPY src/ .\n' },
    { dockerfile: 'FROM scratch\nCOPY package.json yarn.lock /app/\n' },
  ],
};
export default examples;
