import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches[Not] wrap only the RUN of these cases (`RUN foobar`), which plays no part in the rule.
const examples: HadolintDocExamples = {
  id: 'DL3064',
  source: 'hadolint test/Hadolint/Rule/DL3064Spec.hs',
  bad: [
    { dockerfile: 'ARG AWS_ACCESS_KEY_ID\nFROM debian:bullseye\nRUN foobar\n' },
    { dockerfile: 'ARG openai_api_key\nFROM debian:bullseye\nRUN foobar\n' },
    { dockerfile: 'FROM debian:bullseye\nENV AWS_ACCESS_KEY_ID=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n' },
    { dockerfile: 'FROM debian:bullseye\nENV my_password=abcdefghijklmnopqrstuvwxyz\nRUN foobar\n' },
  ],
  good: [
    { dockerfile: 'FROM debian:bullseye\nRUN foobar\n' },
    { dockerfile: 'ARG foobar\nFROM debian:bullseye\nRUN foobar\n' },
    { dockerfile: 'FROM debian:bullseye\nENV foobar=barfoo\nRUN foobar\n' },
  ],
};
export default examples;
