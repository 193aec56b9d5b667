import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });
const onbuild = (line: string) => ({ dockerfile: `FROM debian:bookworm\nONBUILD ${line}\n` });
const both = (line: string) => [run(line), onbuild(line)];

const examples: HadolintDocExamples = {
  id: 'DL4005',
  source: 'hadolint test/Hadolint/Rule/DL4005Spec.hs',
  bad: [...both('RUN ln -sfv /bin/bash /bin/sh')],
  good: [...both('RUN ln -sf /bin/true /sbin/initctl'), ...both('RUN ln -s foo bar && unrelated && something_with /bin/sh')],
};
export default examples;
