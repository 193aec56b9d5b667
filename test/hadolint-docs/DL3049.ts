import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3049',
  source: 'hadolint test/Hadolint/Rule/DL3049Spec.hs',
  hadolintYaml: 'label-schema:\n  foo: text\n',
  bad: [
    { dockerfile: 'FROM baseimage\n' },
    { dockerfile: 'FROM baseimage\nLABEL bar="baz"\n' },
    { dockerfile: 'FROM stage1\nFROM stage2\n' },
    { dockerfile: 'FROM stage1\nLABEL bar="baz"\nFROM stage2\nLABEL buzz="fuzz"\n' },
    { dockerfile: 'FROM baseimage\nFROM newimage\nLABEL foo="bar"\n' },
    { dockerfile: 'FROM baseimage\nLABEL baz="bar"\nFROM newimage\nLABEL foo="bar"\n' },
    {
      dockerfile: 'FROM baseimage as base\nFROM base\nLABEL foo="bar"\n',
      differs:
        'the stage "base" is only a step of the build (the last stage builds on it): the image shipped is the last ' +
        'stage, which carries the label; Slipway asks the labels of the images a build produces, not of every stage',
    },
  ],
  good: [{ dockerfile: 'FROM baseimage\nLABEL foo="bar"\n' }, { dockerfile: 'FROM baseimage as base\nLABEL foo="bar"\nFROM base\n' }],
};
export default examples;
