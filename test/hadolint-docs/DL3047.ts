import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM node as foo\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3047',
  source: 'hadolint test/Hadolint/Rule/DL3047Spec.hs',
  bad: [run('RUN wget my.xyz')],
  good: [
    run('RUN wget --progress=dot:giga my.xyz'),
    run('RUN wget -q my.xyz'),
    run('RUN wget --quiet my.xyz'),
    run('RUN wget -nv my.xyz'),
    run('RUN wget --no-verbose my.xyz'),
    run('RUN wget --output-file=/tmp/wget.log my.xyz'),
    run('RUN wget -o /tmp/wget.log my.xyz'),
    run('RUN wget --append-output=/tmp/wget.log my.xyz'),
    run('RUN wget -a /tmp/wget.log my.xyz'),
  ],
};
export default examples;
