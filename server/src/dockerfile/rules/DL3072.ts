import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';

/** Gradle options that take the next word as their value. */
const GRADLE_VALUE_FLAGS = ['-p', '--project-dir', '-g', '--gradle-user-home', '-b', '--build-file', '-c', '--settings-file', '-x', '--exclude-task', '-I', '--init-script', '--include-build', '--project-cache-dir', '--max-workers', '--console', '--warning-mode'];

export const GRADLE: CacheMountTool = {
  key: 'DL3072',
  // A task (`build`, `bootJar` and so on) resolves dependencies into the Gradle user home; `gradle --version` does not.
  fills(c) {
    if (c.name !== 'gradle' && c.name !== 'gradlew') return undefined;
    const task = firstOperand(c, GRADLE_VALUE_FLAGS);
    return task ? commandRange(c, task) : undefined;
  },
  covers: (t) => /(^|\/)\.gradle(\/|$)/.test(t),
  envDirs: ['GRADLE_USER_HOME'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3072',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3072' },
  docs: {
    summary: 'Use a BuildKit cache mount for the Gradle user home (`--mount=type=cache,target=/root/.gradle`) (opt-in).',
    why:
      'Gradle downloads dependencies (and the wrapper its own distribution) into the Gradle user home (`~/.gradle`, ' +
      '`$GRADLE_USER_HOME`). Without a cache mount they stay in the layer and each build downloads them again; with ' +
      'one, they stay out of the image and are reused. Cache mounts need BuildKit and are not carried by registry or ' +
      'CI layer caches, so this check is off unless you enable it.',
    bad: 'FROM eclipse-temurin:21 AS build\nWORKDIR /src\nCOPY . .\nRUN ./gradlew --no-daemon bootJar\n',
    good: 'FROM eclipse-temurin:21 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.gradle ./gradlew --no-daemon bootJar\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, GRADLE)) {
      report({
        message: 'Use a BuildKit cache mount for Gradle (`--mount=type=cache,target=/root/.gradle`): the Gradle cache then stays out of the layer and is reused by the next build',
        range,
      });
    }
  },
  tests: [
    {
      name: 'gradle build without a cache mount',
      input: 'FROM gradle:8.10-jdk21\nRUN gradle build\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Gradle (`--mount=type=cache,target=/root/.gradle`): the Gradle cache then stays out of the layer and is reused by the next build' }],
    },
    { name: 'the Gradle wrapper, after options', input: 'FROM eclipse-temurin:21\nRUN ./gradlew --no-daemon -p app build\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Gradle (`--mount=type=cache,target=/root/.gradle`): the Gradle cache then stays out of the layer and is reused by the next build' }] },
    { name: 'cache mount on /root/.gradle', input: 'FROM eclipse-temurin:21\nRUN --mount=type=cache,target=/root/.gradle ./gradlew build\n', expect: [] },
    { name: 'cache mount on GRADLE_USER_HOME', input: 'FROM eclipse-temurin:21\nENV GRADLE_USER_HOME=/cache/gradle\nRUN --mount=type=cache,target=/cache/gradle ./gradlew build\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM eclipse-temurin:21\nRUN --mount=type=cache,target=/src/build ./gradlew build\n', expect: [{ line: 2, col: 42, message: 'Use a BuildKit cache mount for Gradle (`--mount=type=cache,target=/root/.gradle`): the Gradle cache then stays out of the layer and is reused by the next build' }] },
    { name: 'gradle --version', input: 'FROM gradle:8.10-jdk21\nRUN gradle --version\n', expect: [] },
  ],
};

export default rule;
