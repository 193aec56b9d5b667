import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3072',
  source: 'hadolint test/Hadolint/Rule/DL3072Spec.hs',
  bad: [
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN gradle build\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN ./gradlew build\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nONBUILD RUN gradle build\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN --mount=type=cache,target=/wrong/path gradle build\n' },
  ],
  good: [
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN echo hello\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN --mount=type=cache,target=/root/.gradle gradle build\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN --mount=type=tmpfs,target=/root/.gradle gradle build\n' },
    { dockerfile: 'FROM gradle:8.10-jdk21\nRUN --mount=type=cache,target=/root/.gradle ./gradlew build\n' },
  ],
};
export default examples;
