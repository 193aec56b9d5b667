import type { HadolintDocExamples } from './types';

// hadolint's onBuildRuleCatches cases lint the same file with every RUN wrapped in ONBUILD; cases without a FROM get
// one. ONBUILD triggers run in whatever image builds FROM this one, so hadolint reports them in any stage.
const CACHE_LISTS = 'RUN --mount=type=cache,target=/var/lib/apt/lists \\\n    apt-get update && apt-get install python';
const CACHE_BOTH =
  'RUN --mount=type=cache,target=/var/lib/apt \\\n    --mount=type=cache,target=/var/cache/apt \\\n' +
  '    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n    apt-get update && apt-get install python';
const CACHE_BOTH_2 =
  'RUN rm -f /etc/apt/apt.conf.d/docker-clean\n' +
  'RUN --mount=type=cache,target=/var/cache/apt \\\n    --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install foo';
const CACHE_APT_ONLY =
  'RUN --mount=type=cache,target=/var/cache/apt \\\n    rm -f /etc/apt/apt.conf.d/docker-clean && \\\n' +
  '    apt-get update && apt-get install python';
const CACHE_LIB_ONLY = 'RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install python';
const onbuild = (dockerfile: string): string => dockerfile.replace(/^RUN /gm, 'ONBUILD RUN ');

const examples: HadolintDocExamples = {
  id: 'DL3009',
  source: 'hadolint wiki DL3009; test/Hadolint/Rule/DL3009Spec.hs',
  bad: [
    { dockerfile: 'FROM scratch\nRUN apt-get update && apt-get install python\n' },
    { dockerfile: 'FROM scratch\nONBUILD RUN apt-get update && apt-get install python\n' },
    // cleanup missing in a stage nobody builds on: hadolint reports the ONBUILD form only
    {
      dockerfile: 'FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nONBUILD RUN echo hey!\n',
      differs:
        'the triggers of stage `foo` run only in a build FROM the image of `foo`, which this file neither ships nor ' +
        'builds on: Slipway treats them as that stage\'s own RUNs, which hadolint does not report either',
    },
    { dockerfile: 'FROM ubuntu as foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n' },
    { dockerfile: 'FROM ubuntu as foo\nONBUILD RUN hey!\nFROM scratch\nONBUILD RUN apt-get update && apt-get install python\n' },
    { dockerfile: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n' },
    { dockerfile: 'FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python\nFROM foo\nONBUILD RUN hey!\n' },
    { dockerfile: `FROM debian:12\n${CACHE_APT_ONLY}\n` },
    { dockerfile: onbuild(`FROM debian:12\n${CACHE_APT_ONLY}\n`) },
    { dockerfile: `FROM debian:12\n${CACHE_LIB_ONLY}\n` },
    { dockerfile: onbuild(`FROM debian:12\n${CACHE_LIB_ONLY}\n`) },
  ],
  good: [
    { dockerfile: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n' },
    { dockerfile: 'FROM ubuntu as foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n' },
    {
      dockerfile:
        'FROM ubuntu as foo\nONBUILD RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nONBUILD RUN hey!\n',
    },
    { dockerfile: 'FROM scratch\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n' },
    { dockerfile: 'FROM scratch\nONBUILD RUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\n' },
    { dockerfile: `FROM debian:12\n${CACHE_LISTS}\n` },
    { dockerfile: onbuild(`FROM debian:12\n${CACHE_LISTS}\n`) },
    { dockerfile: `FROM debian:12\n${CACHE_BOTH}\n` },
    { dockerfile: onbuild(`FROM debian:12\n${CACHE_BOTH}\n`) },
    { dockerfile: `FROM debian:12\n${CACHE_BOTH_2}\n` },
    { dockerfile: onbuild(`FROM debian:12\n${CACHE_BOTH_2}\n`) },
  ],
};
export default examples;
