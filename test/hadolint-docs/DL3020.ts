import type { HadolintDocExamples } from './types';

// hadolint's cases have no FROM; each gets one.
const from = (line: string): string => `FROM debian:12\n${line}\n`;

const examples: HadolintDocExamples = {
  id: 'DL3020',
  source: 'hadolint wiki DL3020; test/Hadolint/Rule/DL3020Spec.hs',
  bad: [
    { dockerfile: from('ADD file /usr/src/app/') },
    { dockerfile: from('ADD file.zip /usr/src/app/') },
    { dockerfile: from('ADD "file.zip" /usr/src/app/') },
  ],
  good: [
    { dockerfile: from('ADD file.tar /usr/src/app/') },
    { dockerfile: from('ADD file.gz /usr/src/app/') },
    { dockerfile: from('ADD file.bz2 /usr/src/app/') },
    { dockerfile: from('ADD file.xz /usr/src/app/') },
    { dockerfile: from('ADD file.tgz /usr/src/app/') },
    { dockerfile: from('ADD http://file.com /usr/src/app/') },
    { dockerfile: from('ADD "file.tgz" /usr/src/app/') },
    { dockerfile: from('ADD "http://file.com" /usr/src/app/') },
  ],
};
export default examples;
