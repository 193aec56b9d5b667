import type { HadolintDocExamples } from './types';

const df = (lines: string) => ({ dockerfile: `FROM debian:bookworm\n${lines}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3044',
  source: 'hadolint test/Hadolint/Rule/DL3044Spec.hs',
  bad: [
    df('ENV BLA="blubb" BLUBB="$BLA/$BLAFOO/blubb"'),
    df('ENV PATH=/bla:${PATH} PATH=/blubb:${PATH}'),
    df('ENV BLA="blubb" BLUBB="${BLA}/blubb"'),
    df('ENV BLA="blubb" BLUBB="$BLA/blubb"'),
    df('ENV BLA="blubb" BLUBB="$BLA"'),
    df('ENV BLA="blubb" BLUBB="${BLA}"'),
  ],
  good: [
    df('ENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"'),
    df('ENV BLA="blubb" BLUBB="${FOOBLA}/blubb"'),
    df('ENV BLA="blubb" BLUBB="${BLAFOO}/blubb"'),
    df('ENV BLA="blubb" BLUBB="$FOOBLA/blubb"'),
    df('ENV BLA="blubb" BLUBB="$BLAFOO/blubb"'),
    df('ENV BLA="blubb" BLUBB="BLA/$BLAFOO/BLA"'),
    df('ARG BLA\nENV BLA=${BLA}'),
    df('ENV BLA blubb\nENV BLA=${BLA}'),
    df('ENV PATH=/bla:${PATH}'),
    df('ENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}'),
  ],
};
export default examples;
