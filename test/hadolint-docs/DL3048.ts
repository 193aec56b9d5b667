import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only RUN instructions in ONBUILD; its "ONBUILD" variants of these LABEL cases
// are the plain instruction again, kept here where their value differs from the plain case.
const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3048',
  source: 'hadolint test/Hadolint/Rule/DL3048Spec.hs',
  bad: [
    df('LABEL com.docker.label="foo"'),
    df('LABEL io.docker.label="foo"'),
    df('LABEL org.dockerproject.label="foo"'),
    {
      ...df('LABEL invalid$character="foo"'),
      differs:
        'the builder substitutes variables in a label key (`$character`, unset here, makes the key `invalid`), so the ' +
        'key is not known from the text; Slipway judges only keys without variables',
    },
    df('LABEL .invalid ="foo"'),
    df('LABEL -invalid ="foo"'),
    df('LABEL 1invalid ="foo"'),
    df('LABEL .invalid="foo"'),
    df('LABEL -invalid="foo"'),
    df('LABEL 1invalid="foo"'),
    df('LABEL invalid..character="foo"'),
    df('LABEL invalid--character="foo"'),
  ],
  good: [df('LABEL org.valid-key.label3="foo"'), df('LABEL validlabel="foo"')],
};
export default examples;
