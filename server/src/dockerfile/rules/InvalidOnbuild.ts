import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { INSTRUCTIONS, isInstruction, logicalRange, parseInstruction } from '../syntax';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';

const rule: Rule<DockerfileModel> = {
  id: 'InvalidOnbuild',
  language: 'dockerfile',
  severity: 'error',
  // hadolint's DL3043 reports the triggers that are rejected (ONBUILD, FROM, MAINTAINER).
  aliases: ['DL3043'],
  fix: { safety: 'unsafe', why: 'A did-you-mean, or removing a trigger whose intent is unclear.' },
  docs: {
    summary: 'An ONBUILD trigger is ONBUILD, FROM or MAINTAINER (rejected), or not an instruction at all.',
    why:
      '`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` stop `docker build`. A trigger that is not an ' +
      'instruction builds fine here but breaks every image built FROM this one.',
    bad: 'FROM python:3.12-slim\nONBUILD ONBUILD COPY requirements.txt /app/\n',
    good: 'FROM python:3.12-slim\nONBUILD COPY requirements.txt /app/\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'ONBUILD') continue;
      const p = parseInstruction(model, ins);
      const first = p.words[0];
      if (!first) continue;
      const trigger = first.raw.toUpperCase();
      const range = logicalRange(model, p.line, first.start, first.end);
      if (trigger === 'ONBUILD') {
        const next = p.words[1];
        const fixes: Fix[] | undefined = next
          ? [{ title: 'Remove the repeated ONBUILD', preferred: true, edits: [{ range: logicalRange(model, p.line, first.start, next.start), newText: '' }] }]
          : undefined;
        report({ message: 'Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', range, fixes });
      } else if (trigger === 'FROM' || trigger === 'MAINTAINER') {
        report({ message: `${trigger} isn't allowed as an ONBUILD trigger`, range });
      } else if (!isInstruction(trigger)) {
        const guess = /^[A-Za-z]+$/.test(first.raw) ? closest(trigger, INSTRUCTIONS) : undefined;
        report({
          message: `Unknown ONBUILD trigger ${trigger}${didYouMean(guess, 'dockerfile')}: builds FROM this image will fail`,
          range,
          severity: 'warning',
          fixes: suggestionFix(range, guess),
        });
      }
    }
  },
  tests: [
    {
      name: 'ONBUILD ONBUILD',
      input: 'FROM alpine\nONBUILD ONBUILD RUN echo\n',
      expect: [{ line: 2, col: 9, message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed" }],
      fixed: 'FROM alpine\nONBUILD RUN echo\n',
    },
    { name: 'ONBUILD FROM', input: 'FROM alpine\nONBUILD FROM alpine\n', expect: [{ line: 2, col: 9, message: "FROM isn't allowed as an ONBUILD trigger" }] },
    { name: 'ONBUILD maintainer', input: 'FROM alpine\nonbuild maintainer me\n', expect: [{ line: 2, col: 9, message: "MAINTAINER isn't allowed as an ONBUILD trigger" }] },
    {
      name: 'unknown trigger',
      input: 'FROM alpine\nONBUILD COPPY . /app\n',
      expect: [{ line: 2, col: 9, message: 'Unknown ONBUILD trigger COPPY (did you mean COPY?): builds FROM this image will fail', severity: 'warning' }],
      fixed: 'FROM alpine\nONBUILD COPY . /app\n',
    },
    {
      name: 'valid triggers',
      input: 'FROM alpine\nONBUILD COPY --from=builder . /app\nONBUILD RUN <<EOF\necho hi\nEOF\nONBUILD run echo\nONBUILD \\\n  ADD . /src\n',
      expect: [],
    },
    { name: 'empty ONBUILD', input: 'FROM alpine\nONBUILD\n', expect: [] },
  ],
};

export default rule;
