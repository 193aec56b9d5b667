import type { HadolintDocExamples } from './types';

const examples: HadolintDocExamples = {
  id: 'DL3063',
  source: 'hadolint test/Hadolint/Rule/DL3063Spec.hs (the stage-name rule of hadolint PR #1183)',
  bad: [{ dockerfile: 'FROM foo:bar AS scratch\n' }, { dockerfile: 'FROM foo:bar AS context\n' }],
  good: [{ dockerfile: 'FROM foo:bar AS foobar\n' }],
};
export default examples;
