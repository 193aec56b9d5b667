import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';

/** Maven options that take the next word as their value. */
const MVN_VALUE_FLAGS = ['-f', '--file', '-s', '--settings', '-gs', '--global-settings', '-t', '--toolchains', '-pl', '--projects', '-rf', '--resume-from', '-T', '--threads', '-l', '--log-file', '-P', '--activate-profiles', '-b', '--builder', '-D', '--define'];

export const MAVEN: CacheMountTool = {
  key: 'DL3071',
  // Any phase or goal (`package`, `dependency:go-offline` and so on) resolves the project's dependencies into the local
  // repository; `mvn --version` alone does not.
  fills(c) {
    if (c.name !== 'mvn' && c.name !== 'mvnw') return undefined;
    const goal = firstOperand(c, MVN_VALUE_FLAGS);
    return goal ? commandRange(c, goal) : undefined;
  },
  covers: (t) => /(^|\/)\.m2(\/|$)/.test(t),
  envDirs: ['MAVEN_CONFIG'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3071',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3071' },
  docs: {
    summary: "Use a BuildKit cache mount for Maven's local repository (`--mount=type=cache,target=/root/.m2`) (opt-in).",
    why:
      'Maven downloads every dependency and plugin into its local repository (`~/.m2/repository`). Without a cache ' +
      'mount that repository stays in the layer and each build downloads it again; with one, it stays out of the ' +
      'image and is reused. Cache mounts need BuildKit and are not carried by registry or CI layer caches, so this ' +
      'check is off unless you enable it.',
    bad: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /src\nCOPY . .\nRUN mvn -B package\n',
    good: 'FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /src\nCOPY . .\nRUN --mount=type=cache,target=/root/.m2 mvn -B package\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, MAVEN)) {
      report({
        message: 'Use a BuildKit cache mount for Maven (`--mount=type=cache,target=/root/.m2`): the local repository then stays out of the layer and is reused by the next build',
        range,
      });
    }
  },
  tests: [
    {
      name: 'mvn package without a cache mount',
      input: 'FROM maven:3.9\nRUN mvn -B -DskipTests -f pom.xml package\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Maven (`--mount=type=cache,target=/root/.m2`): the local repository then stays out of the layer and is reused by the next build' }],
    },
    { name: 'the Maven wrapper and a plugin goal', input: 'FROM eclipse-temurin:21\nRUN ./mvnw dependency:go-offline\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Maven (`--mount=type=cache,target=/root/.m2`): the local repository then stays out of the layer and is reused by the next build' }] },
    { name: 'cache mount on /root/.m2', input: 'FROM maven:3.9\nRUN --mount=type=cache,target=/root/.m2 mvn -B package\n', expect: [] },
    { name: 'cache mount on the local repository itself', input: 'FROM maven:3.9\nRUN --mount=type=cache,target=/root/.m2/repository mvn install\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM maven:3.9\nRUN --mount=type=cache,target=/tmp/build mvn install\n', expect: [{ line: 2, col: 42, message: 'Use a BuildKit cache mount for Maven (`--mount=type=cache,target=/root/.m2`): the local repository then stays out of the layer and is reused by the next build' }] },
    { name: 'mvn --version', input: 'FROM maven:3.9\nRUN mvn --version\n', expect: [] },
  ],
};

export default rule;
