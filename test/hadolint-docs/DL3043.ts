import type { HadolintDocExamples } from './types';

const df = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3043',
  source: 'hadolint test/Hadolint/Rule/DL3043Spec.hs',
  bad: [df('ONBUILD ONBUILD RUN anything'), df('ONBUILD FROM debian:buster'), df('ONBUILD MAINTAINER "BoJack Horseman"')],
  good: [
    df('ONBUILD ADD anything anywhere'),
    df('ONBUILD USER anything'),
    df('ONBUILD LABEL bla="blubb"'),
    df('ONBUILD STOPSIGNAL anything'),
    df('ONBUILD COPY anything anywhere'),
    df('ONBUILD RUN anything'),
    df('ONBUILD CMD anything'),
    df('ONBUILD SHELL anything'),
    df('ONBUILD WORKDIR anything'),
    df('ONBUILD EXPOSE 69'),
    df('ONBUILD VOLUME anything'),
    df('ONBUILD ENTRYPOINT anything'),
    df('ONBUILD ENV MYVAR="bla"'),
    df('ONBUILD ARG anything'),
    df('ONBUILD HEALTHCHECK NONE'),
    { dockerfile: 'FROM debian:buster\n' },
    df('MAINTAINER "Some Guy"'),
  ],
};
export default examples;
