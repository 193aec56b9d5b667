import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { logicalLine } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'NoEmptyContinuation',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'NoEmptyContinuation' },
  fix: { safety: 'safe', why: 'The builder skips empty lines inside a continuation: the instruction reads the same without them.' },
  docs: {
    summary: 'A line continuation should not be followed by an empty line.',
    why:
      'An empty line inside a `\\` continuation is skipped today, which hides where the instruction really ends; ' +
      'Docker has announced that it will become an error.',
    bad: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl\n',
    good: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.range.end.line === ins.range.start.line) continue;
      const { emptyContinuationLines, endLine } = logicalLine(model, ins);
      if (emptyContinuationLines.length === 0) continue;
      const edits = emptyContinuationLines.map((l) => ({
        range: { start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } },
        newText: '',
      }));
      // BuildKit reports where the instruction ends.
      report({
        message: 'Empty continuation line',
        range: { start: { line: endLine, character: 0 }, end: { line: endLine, character: model.lines.lineText(endLine).length } },
        fixes: [{ title: 'Remove the empty continuation lines', preferred: true, edits }],
      });
    }
  },
  tests: [
    {
      name: 'empty line inside a continuation',
      input: 'FROM scratch\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n',
      expect: [{ line: 4, col: 1, message: 'Empty continuation line' }],
      fixed: 'FROM scratch\nCOPY Dockerfile \\\n.\nCOPY Dockerfile \\\n.\n',
    },
    {
      name: 'several empty lines',
      input: 'FROM debian\nRUN a && \\\n\n   \n    b && \\\n  c\n',
      expect: [{ line: 6, col: 1, message: 'Empty continuation line' }],
      fixed: 'FROM debian\nRUN a && \\\n    b && \\\n  c\n',
    },
    { name: 'comment lines inside a continuation are fine', input: 'FROM debian\nRUN a && \\\n# note\n    b\n', expect: [] },
    { name: 'blank lines in a heredoc are content', input: 'FROM debian\nRUN <<EOF\n\necho hi\n\nEOF\n', expect: [] },
    { name: 'escape directive', input: '# escape=`\nFROM windows\nRUN a `\n\n  b\n', expect: [{ line: 5, col: 1, message: 'Empty continuation line' }] },
    { name: 'blank line after the instruction', input: 'FROM debian\nRUN a\n\nRUN b\n', expect: [] },
  ],
};

export default rule;
