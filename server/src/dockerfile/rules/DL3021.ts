import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { copyArgs } from '../packages';

const rule: Rule<DockerfileModel> = {
  id: 'DL3021',
  language: 'dockerfile',
  severity: 'error',
  compat: { hadolint: 'DL3021' },
  fix: { safety: 'safe', why: 'The builder rejects several sources copied to a path without a trailing `/`; a folder is the only thing it can mean.' },
  docs: {
    summary: 'COPY with more than 2 arguments requires the last argument to end with `/`.',
    why: 'With several sources the destination must be a directory; Docker rejects the build ("When using COPY with more than one source file, the destination must be a directory and end with a /").',
    bad: 'FROM node:20-slim\nCOPY package.json package-lock.json /app\n',
    good: 'FROM node:20-slim\nCOPY package.json package-lock.json /app/\n',
  },
  check({ model, report }) {
    // ONBUILD COPY triggers too (`model.triggers`).
    for (const ins of model.instructionsAndTriggers) {
      if (ins.keyword !== 'COPY') continue;
      const a = copyArgs(model, ins);
      if (!a || a.values.length <= 2) continue;
      const dest = a.values[a.values.length - 1];
      const range = a.ranges[a.ranges.length - 1];
      if (dest.endsWith('/') || dest.includes('$')) continue;
      // A quoted destination (JSON form, or `"/app"` in shell form) gets the slash inside its closing quote.
      const written = model.textOf(range);
      const quoted = written.length > 1 && (written.endsWith('"') || written.endsWith("'"));
      const at = quoted ? { line: range.end.line, character: range.end.character - 1 } : range.end;
      report({
        message: 'COPY with more than 2 arguments requires the last argument to end with /',
        range,
        fixes: [{ title: 'Add a trailing /', edits: [{ range: { start: at, end: at }, newText: '/' }], preferred: true }],
      });
    }
  },
  tests: [
    { name: 'missing slash', input: 'FROM node\nCOPY a b /app\n', expect: [{ line: 2, col: 10, message: 'COPY with more than 2 arguments requires the last argument to end with /' }], fixed: 'FROM node\nCOPY a b /app/\n' },
    { name: 'JSON form', input: 'FROM node\nCOPY ["a", "b", "/app"]\n', expect: [{ line: 2, col: 17, message: 'COPY with more than 2 arguments requires the last argument to end with /' }], fixed: 'FROM node\nCOPY ["a", "b", "/app/"]\n' },
    { name: 'with --from flag', input: 'FROM node AS b\nFROM node\nCOPY --from=b /a /b .\n', expect: [{ line: 3, col: 21, message: 'COPY with more than 2 arguments requires the last argument to end with /' }], fixed: 'FROM node AS b\nFROM node\nCOPY --from=b /a /b ./\n' },
    { name: 'present', input: 'FROM node\nCOPY a b /app/\n', expect: [] },
    { name: 'two arguments', input: 'FROM node\nCOPY . /app\n', expect: [] },
    { name: 'ONBUILD trigger', input: 'FROM node\nONBUILD COPY a b /app\n', expect: [{ line: 2, col: 18, message: 'COPY with more than 2 arguments requires the last argument to end with /' }], fixed: 'FROM node\nONBUILD COPY a b /app/\n' },
    { name: 'variable destination', input: 'FROM node\nCOPY a b $DEST\n', expect: [] },
    { name: 'quoted destination with a slash (the builder removes the quotes)', input: 'FROM golang:1.22\nCOPY "go.mod" "go.sum" "./"\nCOPY a b \'/app/\'\n', expect: [] },
    { name: 'quoted variable destination', input: 'FROM node\nCOPY a b "$DEST"\n', expect: [] },
    {
      name: 'quoted destination without a slash: fixed inside the quotes',
      input: 'FROM node\nCOPY "a" "b" "/app"\nCOPY a b \'/srv\'\n',
      expect: [
        { line: 2, col: 14, message: 'COPY with more than 2 arguments requires the last argument to end with /' },
        { line: 3, col: 10, message: 'COPY with more than 2 arguments requires the last argument to end with /' },
      ],
      fixed: 'FROM node\nCOPY "a" "b" "/app/"\nCOPY a b \'/srv/\'\n',
    },
  ],
};

export default rule;
