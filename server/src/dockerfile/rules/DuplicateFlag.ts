import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { FLAG_TABLE, isInstruction, logicalRange, parseInstruction } from '../syntax';

const rule: Rule<DockerfileModel> = {
  id: 'DuplicateFlag',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'When the two values differ, only you know which one was meant; a repeat of the very same flag is removed by `--fix` (safe).' },
  docs: {
    summary: 'A flag that may appear once is given twice on the same instruction.',
    why:
      'Only `RUN --mount`, `RUN --device` and `--exclude` may repeat; `docker build` rejects any other flag given twice ' +
      '(`Duplicate flag specified`), even with the same value.',
    bad: 'FROM python:3.12-slim AS build\nFROM python:3.12-slim\nCOPY --from=build --chown=app --from=build /venv /venv\n',
    good: 'FROM python:3.12-slim AS build\nFROM python:3.12-slim\nCOPY --from=build --chown=app /venv /venv\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      const table = FLAG_TABLE[ins.keyword];
      if (!table || !isInstruction(ins.keyword)) continue;
      const p = parseInstruction(model, ins);
      if (p.flags.length < 2) continue;
      // The text of each flag's first occurrence: a repeat of the very same text is removed safely.
      const seen = new Map<string, string>();
      for (let i = 0; i < p.flags.length; i++) {
        const f = p.flags[i];
        const type = table[f.name];
        if (!type || type === 'strings') continue;
        const written = p.line.text.slice(f.start, f.end);
        if (!seen.has(f.name)) {
          seen.set(f.name, written);
          continue;
        }
        const same = seen.get(f.name) === written;
        // Remove the repeated flag with the blanks before it.
        const prevEnd = p.flags[i - 1].end;
        report({
          message: `Duplicate flag specified: --${f.name}`,
          range: logicalRange(model, p.line, f.start, f.end),
          fixes: [{ title: `Remove the second --${f.name}`, preferred: true, ...(same ? { safety: 'safe' as const } : {}), edits: [{ range: logicalRange(model, p.line, prevEnd, f.end), newText: '' }] }],
        });
      }
    }
  },
  tests: [
    {
      name: 'COPY --from twice',
      input: 'FROM alpine AS a\nFROM alpine\nCOPY --from=a --from=a /x /x\n',
      expect: [{ line: 3, col: 15, message: 'Duplicate flag specified: --from' }],
      fixed: 'FROM alpine AS a\nFROM alpine\nCOPY --from=a /x /x\n',
    },
    { name: 'bool twice', input: 'FROM alpine\nCOPY --link --link a /a\n', expect: [{ line: 2, col: 13, message: 'Duplicate flag specified: --link' }] },
    { name: 'FROM platform twice', input: 'FROM --platform=linux/amd64 --platform=linux/arm64 alpine\n', expect: [{ line: 1, col: 29, message: 'Duplicate flag specified: --platform' }] },
    { name: 'HEALTHCHECK interval twice', input: 'FROM alpine\nHEALTHCHECK --interval=5s --interval=10s CMD true\n', expect: [{ line: 2, col: 27, message: 'Duplicate flag specified: --interval' }] },
    {
      name: 'mount and exclude may repeat',
      input: 'FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=cache,target=/b echo\nCOPY --exclude=a --exclude=b . /src\n',
      expect: [],
    },
    { name: 'over continuation lines', input: 'FROM alpine\nRUN --network=none \\\n    --network=host echo\n', expect: [{ line: 3, col: 5, message: 'Duplicate flag specified: --network' }] },
    { name: 'unknown flags are not counted', input: 'FROM alpine\nCOPY --foo=1 --foo=2 a /a\n', expect: [] },
  ],
};

export default rule;
