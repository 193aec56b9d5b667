import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3025',
  source: 'hadolint wiki DL3025; test/Hadolint/Rule/DL3025Spec.hs',
  bad: [{ dockerfile: 'FROM node as foo\nENTRYPOINT something\n' }, { dockerfile: 'FROM node as foo\nCMD something\n' }],
  good: [
    { dockerfile: 'FROM scratch as build\nENTRYPOINT ["foo", "bar"]\n' },
    { dockerfile: 'FROM scratch as build\nCMD ["foo", "bar"]\nCMD [ "foo", "bar" ]\n' },
    // a JSON string broken over lines (the spec's case has no FROM)
    { dockerfile: 'FROM debian:12\nCMD [ "/bin/sh", "-c", \\\n      "echo foo && \\\n       echo bar" \\\n    ]\n' },
  ],
};
export default examples;
