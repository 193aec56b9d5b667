import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { expandWord, fromLookup, fromParts, globalArgs, isImplicitArg, undefinedRefs } from '../scope';
import { closest, didYouMean } from '../../engine/suggest';

const rule: Rule<DockerfileModel> = {
  id: 'UndefinedArgInFrom',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'UndefinedArgInFrom' },
  docs: {
    summary: 'Variables in FROM must be ARGs declared before the first FROM (or predefined platform ARGs).',
    why:
      'FROM only sees global ARGs; an undeclared or misspelled name expands to an empty string, which gives a wrong image ' +
      'tag or a confusing "invalid reference format" error.',
    bad: 'FROM node:${NODE_VERSION}-alpine\n',
    good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine\n',
  },
  check({ model, report }) {
    const lookup = fromLookup(model);
    const names = globalArgs(model).names;
    for (const stage of model.stages) {
      const { image, platform } = fromParts(model, stage);
      const missing: string[] = [];
      for (const word of [platform, image]) {
        if (!word || !word.includes('$')) continue;
        const e = expandWord(word, lookup, model.escape);
        for (const n of undefinedRefs(e)) if (!missing.includes(n) && !isImplicitArg(n)) missing.push(n);
      }
      for (const n of missing) {
        const s = closest(n, names, { caseSensitive: true, maxDistance: 2 });
        report({
          message: `FROM argument '${n}' is not declared${didYouMean(s, 'dockerfile')}`,
          range: stage.fromInstruction.range,
        });
      }
    }
  },
  tests: [
    { name: 'misspelled platform arg', input: '\nFROM --platform=$BULIDPLATFORM scratch\n', expect: [{ line: 2, col: 1, message: "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)" }] },
    { name: 'suggests a declared arg', input: 'ARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\n', expect: [{ line: 3, col: 1, message: "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)" }] },
    { name: 'no suggestion', input: 'ARG tag=latest\nFROM busybox:${tag}${version} AS b\n', expect: [{ line: 2, col: 1, message: "FROM argument 'version' is not declared" }] },
    { name: 'ARG declared in an earlier stage does not count', input: 'FROM alpine\nARG V=1\nFROM alpine:$V\n', expect: [{ line: 3, col: 1, message: "FROM argument 'V' is not declared" }] },
    {
      name: 'declared and predefined args',
      input: 'ARG base=scratch\nARG DEBUG\nFROM $base\nFROM --platform=$BUILDPLATFORM scratch${DEBUG}\nFROM scra${DEBUG:-tch}\nFROM alpine:${UNSET:-3.19}\n',
      expect: [],
    },
  ],
};

export default rule;
