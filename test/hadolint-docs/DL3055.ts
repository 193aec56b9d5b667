import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3055',
  source: 'hadolint test/Hadolint/Rule/DL3055Spec.hs',
  hadolintYaml: 'label-schema:\n  githash: hash\n',
  bad: [df('LABEL githash="not-git-hash"')],
  good: [df('LABEL githash="2dbfae9"'), df('LABEL githash="43c572f1272b6b3171dd1db9e41b7027128ce080"'), df('LABEL other="foo"'), df('LABEL other="bar"')],
};
export default examples;
