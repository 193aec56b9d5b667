import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM node:20\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM node:20\nONBUILD ${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3060',
  source: 'hadolint test/Hadolint/Rule/DL3060Spec.hs',
  bad: [
    run('RUN yarn install foo'),
    onbuild('RUN yarn install foo'),
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN hey!\nFROM scratch\nRUN yarn install\n' },
    { dockerfile: 'FROM node:lts-alpine as foo\nONBUILD RUN hey!\nFROM scratch\nONBUILD RUN yarn install\n' },
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install\nFROM foo\nRUN hey!\n' },
    { dockerfile: 'FROM node:lts-alpine as foo\nONBUILD RUN yarn install\nFROM foo\nONBUILD RUN hey!\n' },
    // In an ONBUILD trigger the install runs in every image built FROM this one, reused or not.
    { dockerfile: 'FROM node:lts-alpine as foo\nONBUILD RUN yarn install foo\nFROM scratch\nONBUILD RUN hey!\n' },
  ],
  good: [
    run('RUN foo'),
    onbuild('RUN foo'),
    run('RUN yarn install bar && yarn cache clean'),
    onbuild('RUN yarn install bar && yarn cache clean'),
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install && yarn cache clean\nFROM foo\nRUN hey!\n' },
    { dockerfile: 'FROM node:lts-alpine as foo\nONBUILD RUN yarn install && yarn cache clean\nFROM foo\nONBUILD RUN hey!\n' },
    { dockerfile: 'FROM node:lts-alpine as foo\nRUN yarn install foo\nFROM scratch\nRUN hey!\n' },
  ],
};
export default examples;
