import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3071',
  source: 'hadolint test/Hadolint/Rule/DL3071Spec.hs',
  bad: [
    { dockerfile: 'FROM maven:3.9\nRUN mvn install\n' },
    { dockerfile: 'FROM maven:3.9\nRUN mvn compile\n' },
    { dockerfile: 'FROM maven:3.9\nONBUILD RUN mvn install\n' },
    { dockerfile: 'FROM maven:3.9\nRUN --mount=type=cache,target=/wrong/path mvn install\n' },
  ],
  good: [
    { dockerfile: 'FROM maven:3.9\nRUN echo hello\n' },
    { dockerfile: 'FROM maven:3.9\nRUN --mount=type=cache,target=/root/.m2 mvn install\n' },
    { dockerfile: 'FROM maven:3.9\nRUN --mount=type=tmpfs,target=/root/.m2 mvn install\n' },
  ],
};
export default examples;
