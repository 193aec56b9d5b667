import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3058',
  source: 'hadolint test/Hadolint/Rule/DL3058Spec.hs',
  hadolintYaml: 'label-schema:\n  maintainer: email\n',
  bad: [df('LABEL maintainer="not-email"')],
  good: [df('LABEL maintainer="abcd@google.com"'), df('LABEL other="doo"'), df('LABEL other="bar"')],
};
export default examples;
