import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3054',
  source: 'hadolint test/Hadolint/Rule/DL3054Spec.hs',
  hadolintYaml: 'label-schema:\n  spdxlabel: spdx\n',
  bad: [df('LABEL spdxlabel="not-spdx"')],
  good: [df('LABEL spdxlabel="BSD-3-Clause"'), df('LABEL spdxlabel="MIT"'), df('LABEL other="fooo"'), df('LABEL other="bar"')],
};
export default examples;
