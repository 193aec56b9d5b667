import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3053',
  source: 'hadolint test/Hadolint/Rule/DL3053Spec.hs',
  hadolintYaml: 'label-schema:\n  datelabel: rfc3339\n',
  bad: [df('LABEL datelabel="not-date"')],
  good: [df('LABEL datelabel="2021-03-10T10:26:33.564595127+01:00"'), df('LABEL other="doo"'), df('LABEL other="bar"')],
};
export default examples;
