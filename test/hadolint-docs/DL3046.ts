import type { HadolintDocExamples } from './types';

const run = (line: string) => ({ dockerfile: `FROM debian:bookworm\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3046',
  source: 'hadolint test/Hadolint/Rule/DL3046Spec.hs',
  bad: [run('RUN useradd -u 123456 luser')],
  good: [
    run('RUN useradd luser'),
    run('RUN useradd -u 12345 luser'),
    run('RUN useradd -l -u 123456 luser'),
    run('RUN useradd -l luser'),
  ],
};
export default examples;
