import type { HadolintDocExamples } from './types';

// Cases without a FROM get one (a stage without a name, so the `--from` still names nothing defined before it).
const examples: HadolintDocExamples = {
  id: 'DL3022',
  source: 'hadolint wiki DL3022; test/Hadolint/Rule/DL3022Spec.hs',
  bad: [
    { dockerfile: 'FROM debian:12\nCOPY --from=foo bar .\n' },
    { dockerfile: 'FROM scratch\nCOPY --from=build foo .\nFROM node as build\nRUN baz\n' },
    {
      dockerfile: 'FROM debian:12\nCOPY --from=0 bar .\n',
      differs: 'stage 0 is the stage of this COPY: Slipway reports the reference to its own stage once, as DL3023 (an error)',
    },
  ],
  good: [
    { dockerfile: 'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=build foo .\nRUN baz\n' },
    { dockerfile: 'FROM debian:12\nCOPY --from=haskell:latest bar .\n' },
    { dockerfile: 'FROM scratch as build\nRUN foo\nFROM node\nCOPY --from=0 foo .\n' },
    { dockerfile: 'FROM scratch\nRUN foo\nFROM node\nCOPY --from=0 foo .\n' },
  ],
};
export default examples;
