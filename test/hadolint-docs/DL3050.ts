import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3050',
  source: 'hadolint test/Hadolint/Rule/DL3050Spec.hs',
  hadolintYaml: 'label-schema:\n  required: text\nstrict-labels: true\n',
  bad: [df('LABEL other="bar"'), df('LABEL required="foo" other="bar"')],
  // The spec's empty Dockerfile: no label at all.
  good: [{ dockerfile: 'FROM debian:bookworm\n' }, df('LABEL required="foo"'), df('LABEL required="bar"')],
};
export default examples;
