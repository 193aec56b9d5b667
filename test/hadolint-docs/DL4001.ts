import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL4001',
  source: 'hadolint test/Hadolint/Rule/DL4001Spec.hs',
  bad: [
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\n' },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz && curl localhost\n' },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl localhost\nFROM scratch\nRUN curl localhost\n' },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\n' },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nRUN curl my.xyz\nRUN echo hello\nRUN wget foo.com\n' },
  ],
  good: [
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\n' },
    { dockerfile: 'FROM node as foo\nRUN wget my.xyz\nFROM scratch\nRUN curl localhost\n' },
  ],
};
export default examples;
