import type { HadolintDocExamples } from './types';

const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3066',
  source: 'hadolint test/Hadolint/Rule/DL3066Spec.hs',
  bad: [df('USER foobar'), df('USER foobar:barfoo')],
  good: [df('USER 12345'), df('USER 1234:5678')],
};
export default examples;
