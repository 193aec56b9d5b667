import type { Rule, TextEdit } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { logicalRange, parseInstruction } from '../syntax';

const VALID = /^[a-z][a-z0-9-_.]*$/;

/** A valid name close to `name`: lower-cased, other characters turned into `-`, a letter in front of a digit. */
function sanitize(name: string): string {
  let s = name.toLowerCase().replace(/[^a-z0-9-_.]+/g, '-').replace(/^-+|-+$/g, '');
  if (!/^[a-z]/.test(s)) s = 'stage-' + s;
  return VALID.test(s) ? s : 'stage';
}

const rule: Rule<DockerfileModel> = {
  id: 'InvalidStageName',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'The new name is a choice.' },
  docs: {
    summary: 'A stage name after `AS` does not match the builder\'s grammar.',
    why:
      'Stage names must start with a letter and contain only letters, digits, `-`, `_` and `.` ' +
      '(`invalid name for build stage`). Names cannot use variables and cannot be just a number, which would clash with stage indexes.',
    bad: 'FROM node:22 AS 1st-build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=1st-build /app/dist /usr/share/nginx/html\n',
    good: 'FROM node:22 AS stage-1st-build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=stage-1st-build /app/dist /usr/share/nginx/html\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'FROM') continue;
      const p = parseInstruction(model, ins);
      if (p.words.length !== 3 || p.words[1].raw.toLowerCase() !== 'as') continue;
      const w = p.words[2];
      const name = w.raw;
      if (VALID.test(name.toLowerCase())) continue;
      const range = logicalRange(model, p.line, w.start, w.end);
      const edits: TextEdit[] = [];
      const fixed = sanitize(name);
      const taken = model.stages.some((s) => s.name?.toLowerCase() === fixed);
      if (!name.includes('$') && !taken) {
        edits.push({ range, newText: fixed });
        // Rename references in later FROM and COPY --from of the same name.
        for (const other of model.instructions) {
          if (other.index <= ins.index) continue;
          const q = parseInstruction(model, other);
          if (other.keyword === 'FROM' && q.words[0]?.raw.toLowerCase() === name.toLowerCase()) {
            edits.push({ range: logicalRange(model, q.line, q.words[0].start, q.words[0].end), newText: fixed });
          } else if (other.keyword === 'COPY') {
            const f = q.flags.find((x) => x.name === 'from' && x.value?.toLowerCase() === name.toLowerCase());
            if (f) edits.push({ range: logicalRange(model, q.line, f.nameEnd + 1, f.end), newText: fixed });
          }
        }
      }
      report({
        message: `Invalid name for build stage: "${name}", name can't start with a number or contain symbols`,
        range,
        fixes: edits.length ? [{ title: `Rename the stage to ${fixed}`, preferred: true, edits }] : undefined,
      });
    }
  },
  tests: [
    {
      name: 'starts with a digit, references renamed',
      input: 'FROM alpine AS 1build\nRUN echo\nFROM alpine\nCOPY --from=1build /a /a\nFROM 1build AS again\n',
      expect: [{ line: 1, col: 16, message: 'Invalid name for build stage: "1build", name can\'t start with a number or contain symbols' }],
      fixed: 'FROM alpine AS stage-1build\nRUN echo\nFROM alpine\nCOPY --from=stage-1build /a /a\nFROM stage-1build AS again\n',
    },
    { name: 'symbols', input: 'FROM alpine AS my@stage\n', expect: [{ line: 1, col: 16, message: 'Invalid name for build stage: "my@stage", name can\'t start with a number or contain symbols' }], fixed: 'FROM alpine AS my-stage\n' },
    { name: 'variable', input: 'ARG N=x\nFROM alpine AS ${N}\n', expect: [{ line: 2, col: 16, message: 'Invalid name for build stage: "${N}", name can\'t start with a number or contain symbols' }] },
    { name: 'number', input: 'FROM alpine AS 0\n', expect: [{ line: 1, col: 16, message: 'Invalid name for build stage: "0", name can\'t start with a number or contain symbols' }] },
    { name: 'valid names any case', input: 'FROM alpine AS Build_1.x-y\nFROM alpine as b\n', expect: [] },
    { name: 'no stage name', input: 'FROM alpine\nFROM alpine AS\n', expect: [] },
    { name: 'over continuation', input: 'FROM alpine \\\n  AS build\n', expect: [] },
  ],
};

export default rule;
