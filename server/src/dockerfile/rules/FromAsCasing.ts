import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';
import { fromParts } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'FromAsCasing',
  language: 'dockerfile',
  severity: 'info',
  compat: { buildkit: 'FromAsCasing' },
  fix: { safety: 'safe', why: 'Keywords are case-insensitive: only the spelling changes.' },
  docs: {
    summary: "The 'AS' keyword should match the casing of the 'FROM' keyword.",
    why: 'Keywords in one instruction written in different casings (`FROM x as y`) read as a typo and are reported by `docker build --check`.',
    bad: 'FROM node:20 as build\nRUN npm ci\n',
    good: 'FROM node:20 AS build\nRUN npm ci\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const { asWord, asRange } = fromParts(model, stage);
      if (!asWord || !asRange) continue;
      const from = stage.fromInstruction.written;
      const lower = from === from.toLowerCase();
      const upper = from === from.toUpperCase();
      if (!lower && !upper) continue; // mixed-case FROM: ConsistentInstructionCasing reports it
      const want = lower ? asWord.toLowerCase() : asWord.toUpperCase();
      if (want === asWord) continue;
      report({
        message: `'${asWord}' and '${from}' keywords' casing do not match`,
        range: asRange,
        fixes: [replaceFix(asRange, want)],
      });
    }
  },
  tests: [
    { name: 'lowercase as', input: 'FROM scratch as base\n', expect: [{ line: 1, col: 14, message: "'as' and 'FROM' keywords' casing do not match" }], fixed: 'FROM scratch AS base\n' },
    { name: 'uppercase AS with lowercase from', input: 'from scratch AS base\n', expect: [{ line: 1, col: 14, message: "'AS' and 'from' keywords' casing do not match" }], fixed: 'from scratch as base\n' },
    { name: 'matching casing', input: 'FROM scratch AS a\nfrom scratch as b\n', expect: [] },
    { name: 'mixed-case FROM is left to ConsistentInstructionCasing', input: 'From scratch as base\n', expect: [] },
    { name: 'no stage name', input: 'FROM scratch\n', expect: [] },
  ],
};

export default rule;
