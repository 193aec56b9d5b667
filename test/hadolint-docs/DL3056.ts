import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3056',
  source: 'hadolint test/Hadolint/Rule/DL3056Spec.hs',
  hadolintYaml: 'label-schema:\n  semver: semver\n',
  bad: [df('LABEL semver="not-sem-ver"')],
  good: [df('LABEL semver="1.0.0"'), df('LABEL semver="2.0.1-rc1"'), df('LABEL other="foo"'), df('LABEL other="bar"')],
};
export default examples;
