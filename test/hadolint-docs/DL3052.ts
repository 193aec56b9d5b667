import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3052',
  source: 'hadolint test/Hadolint/Rule/DL3052Spec.hs',
  hadolintYaml: 'label-schema:\n  urllabel: url\n',
  bad: [df('LABEL urllabel="not-url"')],
  good: [df('LABEL urllabel="http://example.com"'), df('LABEL other="foo"'), df('LABEL other="bar"')],
};
export default examples;
