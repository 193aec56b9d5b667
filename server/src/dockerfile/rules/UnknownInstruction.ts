import type { Fix, Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { INSTRUCTIONS, isInstruction } from '../syntax';
import { closest, didYouMean, replaceFix } from '../../engine/suggest';

const rule: Rule<DockerfileModel> = {
  id: 'UnknownInstruction',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean, or a guess that a line lost its continuation.' },
  docs: {
    summary: 'A line starts with a word that is not a Dockerfile instruction.',
    why:
      '`docker build` stops with `unknown instruction` before building anything. The usual causes are a typo ' +
      '(`RUNN`, `COPPY`) or a missing line continuation, which turns the next line of a RUN into an instruction of its own.',
    bad: 'FROM python:3.12-slim\nRUNN pip install flask\n',
    good: 'FROM python:3.12-slim\nRUN pip install flask\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (isInstruction(ins.keyword)) continue;
      const fixes: Fix[] = [];
      const guess = /^[A-Za-z]+$/.test(ins.written) ? closest(ins.keyword, INSTRUCTIONS) : undefined;
      if (guess) {
        const newText = ins.written === ins.written.toLowerCase() ? guess.toLowerCase() : guess;
        fixes.push(replaceFix(ins.keywordRange, newText));
      }
      // An indented line right after another instruction usually lost the continuation of that instruction.
      const prev = model.instructions[ins.index - 1];
      let hint = '';
      if (!guess && prev && prev.range.end.line === ins.range.start.line - 1 && ins.keywordRange.start.character > 0) {
        const line = prev.range.end.line;
        const text = model.lines.lineText(line);
        if (!text.trimEnd().endsWith(model.escape)) {
          hint = ` (missing \`${model.escape}\` at the end of line ${line + 1}?)`;
          const at = { line, character: text.length };
          fixes.push({
            title: `Continue line ${line + 1} with ${model.escape}`,
            edits: [{ range: { start: at, end: at }, newText: ` ${model.escape}` }],
          });
        }
      }
      report({
        message: `Unknown instruction: ${ins.keyword}${guess ? didYouMean(guess, 'dockerfile') : hint}`,
        range: ins.keywordRange,
        fixes: fixes.length ? fixes : undefined,
      });
    }
  },
  tests: [
    {
      name: 'typo of RUN',
      input: 'FROM alpine\nRUNN echo hi\n',
      expect: [{ line: 2, col: 1, message: 'Unknown instruction: RUNN (did you mean RUN?)' }],
      fixed: 'FROM alpine\nRUN echo hi\n',
    },
    {
      name: 'typo of COPY keeps lower case',
      input: 'FROM alpine\ncoppy a /a\n',
      expect: [{ line: 2, col: 1, message: 'Unknown instruction: COPPY (did you mean COPY?)' }],
      fixed: 'FROM alpine\ncopy a /a\n',
    },
    { name: 'ENTRYPONT', input: 'FROM alpine\nENTRYPONT ["sh"]\n', expect: [{ line: 2, col: 1, message: 'Unknown instruction: ENTRYPONT (did you mean ENTRYPOINT?)' }], fixed: 'FROM alpine\nENTRYPOINT ["sh"]\n' },
    {
      name: 'missing continuation',
      input: 'FROM debian\nRUN apt-get update\n    && apt-get install -y curl\n',
      expect: [{ line: 3, col: 5, message: 'Unknown instruction: && (missing `\\` at the end of line 2?)' }],
      fixed: 'FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\n',
    },
    { name: 'far from anything', input: 'FROM alpine\nFOOBARBAZ x\n', expect: [{ line: 2, col: 1, message: 'Unknown instruction: FOOBARBAZ' }] },
    { name: 'all instructions, any case', input: 'from alpine\nRun echo\ncmd ["x"]\nMaintainer me\nstopsignal SIGTERM\n', expect: [] },
    {
      name: 'heredoc bodies are not instructions',
      input: 'FROM alpine\nRUN <<EOF\nset -e\nRUNN not an instruction\nEOF\nCOPY <<-EOT /app/conf\n\tkey=value\n\tEOT\n',
      expect: [],
    },
    { name: 'continuation lines', input: 'FROM alpine\nRUN apk add \\\n    curl \\\n    git\n', expect: [] },
    { name: 'escape backtick continuation', input: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n    C:\\\n', expect: [] },
    { name: 'CRLF and BOM', input: '\ufeffFROM alpine\r\nRUN echo \\\r\n  hi\r\n', expect: [] },
    { name: 'empty file', input: '', expect: [] },
    { name: 'only comments', input: '# just\n# comments\n', expect: [] },
    { name: 'lone escape at EOF', input: 'FROM alpine\nRUN echo \\', expect: [] },
    { name: 'ONBUILD trigger is checked elsewhere', input: 'FROM alpine\nONBUILD RUN echo\n', expect: [] },
  ],
};

export default rule;
