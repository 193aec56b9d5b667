import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { isInstruction } from '../syntax';

const rule: Rule<DockerfileModel> = {
  id: 'NoFromInstruction',
  language: 'dockerfile',
  severity: 'error',
  compat: { hadolint: 'DL3061' },
  docs: {
    summary: 'The Dockerfile has no FROM, or an instruction other than ARG comes before the first FROM.',
    why:
      'Every build stage starts with FROM; only ARG (for values used in FROM) may come before it. Anything else ' +
      'before the first FROM stops the build with `no build stage in current context`.',
    bad: 'ENV PYTHONUNBUFFERED=1\nFROM python:3.12-slim\n',
    good: 'ARG PYTHON_VERSION=3.12\nFROM python:${PYTHON_VERSION}-slim\nENV PYTHONUNBUFFERED=1\n',
  },
  check({ model, report }) {
    if (!model.instructions.length) {
      if (model.text.trim()) {
        report({ message: 'The Dockerfile has no instructions', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 'warning' });
      }
      return;
    }
    if (!model.stages.length) {
      const first = model.instructions[0];
      report({ message: 'The Dockerfile has no FROM instruction: there is no build stage', range: first.keywordRange });
      return;
    }
    for (const ins of model.preamble) {
      if (ins.keyword === 'ARG' || !isInstruction(ins.keyword)) continue;
      report({ message: `${ins.keyword} before the first FROM: only ARG may come before FROM (no build stage in current context)`, range: ins.keywordRange });
    }
  },
  tests: [
    { name: 'instruction before FROM', input: 'ENV A=1\nFROM alpine\n', expect: [{ line: 1, col: 1, message: 'ENV before the first FROM: only ARG may come before FROM (no build stage in current context)' }] },
    { name: 'no FROM', input: 'RUN echo hi\nCMD ["sh"]\n', expect: [{ line: 1, col: 1, message: 'The Dockerfile has no FROM instruction: there is no build stage' }] },
    { name: 'only ARGs', input: 'ARG A=1\n', expect: [{ line: 1, col: 1, message: 'The Dockerfile has no FROM instruction: there is no build stage' }] },
    { name: 'comments only', input: '# nothing here\n', expect: [{ line: 1, col: 1, message: 'The Dockerfile has no instructions', severity: 'warning' }] },
    { name: 'empty file', input: '', expect: [] },
    { name: 'ARG then FROM', input: '# syntax=docker/dockerfile:1\nARG V=3\n\nFROM alpine:${V}\nRUN echo\n', expect: [] },
    { name: 'unknown instruction is reported elsewhere', input: 'FORM alpine\nFROM alpine\n', expect: [] },
    { name: 'BOM and CRLF', input: '\ufeffARG A\r\nFROM alpine\r\n', expect: [] },
    { name: 'lone escape', input: '\\', expect: [{ line: 1, col: 1, message: 'The Dockerfile has no FROM instruction: there is no build stage' }] },
  ],
};

export default rule;
