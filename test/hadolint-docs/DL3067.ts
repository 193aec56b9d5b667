import type { HadolintDocExamples } from './types';

// The spec's COPY cases name a stage `build`; it is written here as the first stage.
const df = (line: string) => ({ dockerfile: `FROM alpine:3.20 AS build\nFROM scratch\n${line}\n` });

const examples: HadolintDocExamples = {
  id: 'DL3067',
  source: 'hadolint test/Hadolint/Rule/DL3067Spec.hs',
  bad: [df('COPY --from=build / /'), df('COPY --from=build "/" "/"')],
  good: [df('COPY / /'), df('COPY --from=build /app /'), df('COPY --from=build / /app')],
};
export default examples;
