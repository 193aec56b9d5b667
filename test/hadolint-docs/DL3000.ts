import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3000',
  source: 'hadolint wiki DL3000; test/Hadolint/Rule/DL3000Spec.hs',
  bad: [{ dockerfile: 'FROM busybox\nWORKDIR usr/src/app\n' }],
  good: [
    { dockerfile: 'FROM busybox\nWORKDIR /usr/src/app\n' },
    { dockerfile: 'FROM busybox\nWORKDIR $FOO\n' },
    { dockerfile: 'FROM busybox\nWORKDIR ${FOO}/app\n' },
    { dockerfile: 'FROM busybox\nWORKDIR "/usr/src/app"\n' },
    { dockerfile: 'FROM mcr.microsoft.com/windows/servercore\nWORKDIR C:\\\\app\n' },
  ],
};
export default examples;
