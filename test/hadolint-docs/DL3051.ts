import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3051',
  source: 'hadolint test/Hadolint/Rule/DL3051Spec.hs',
  hadolintYaml: 'label-schema:\n  emptylabel: text\n',
  bad: [df('LABEL emptylabel=""')],
  good: [df('LABEL emptylabel="foo"'), df('LABEL emptylabel="bar"'), df('LABEL other=""')],
};
export default examples;
