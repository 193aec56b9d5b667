import type { Rule } from '../../engine/types';
import type { DockerfileModel, DfInstruction } from '../model';

const ONCE = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

const rule: Rule<DockerfileModel> = {
  id: 'MultipleInstructionsDisallowed',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'MultipleInstructionsDisallowed' },
  aliases: ['DL4003', 'DL4004', 'DL3012'],
  fix: { safety: 'safe', why: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: the removed ones did nothing.' },
  docs: {
    summary: 'A stage should have at most one CMD, one ENTRYPOINT and one HEALTHCHECK; the earlier ones are reported.',
    why: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect: the earlier ones are dead code that misleads readers about what the container runs.',
    bad: 'FROM python:3.12-slim\nCMD ["python", "app.py"]\nCMD ["gunicorn", "app:app"]\n',
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const last = new Map<string, DfInstruction>();
      for (const ins of stage.instructions) {
        if (!ONCE.includes(ins.keyword)) continue;
        const prev = last.get(ins.keyword);
        if (prev) {
          const start = { line: prev.range.start.line, character: 0 };
          const end = { line: prev.range.end.line + 1, character: 0 };
          report({
            message: `Multiple ${ins.keyword} instructions should not be used in the same stage because only the last one will be used`,
            range: prev.range,
            fixes: [{ title: `Remove the ignored ${ins.keyword}`, edits: [{ range: { start, end }, newText: '' }] }],
          });
        }
        last.set(ins.keyword, ins);
      }
    }
  },
  tests: [
    {
      name: 'the earlier ones are reported',
      input: 'FROM scratch\nENTRYPOINT ["/a"]\nENTRYPOINT ["/b"]\nCMD ["/a"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/a"]\nHEALTHCHECK CMD ["/b"]\n',
      expect: [
        { line: 2, col: 1, message: 'Multiple ENTRYPOINT instructions should not be used in the same stage because only the last one will be used' },
        { line: 4, col: 1, message: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used' },
        { line: 6, col: 1, message: 'Multiple HEALTHCHECK instructions should not be used in the same stage because only the last one will be used' },
      ],
      fixed: 'FROM scratch\nENTRYPOINT ["/b"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/b"]\n',
    },
    {
      name: 'three CMDs report two',
      input: 'FROM scratch\nCMD a\nCMD b\nCMD c\n',
      expect: [
        { line: 2, col: 1, message: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used' },
        { line: 3, col: 1, message: 'Multiple CMD instructions should not be used in the same stage because only the last one will be used' },
      ],
    },
    { name: 'separate stages', input: 'FROM scratch AS a\nCMD ["/a"]\nFROM a AS b\nCMD ["/b"]\n', expect: [] },
    { name: 'ONBUILD CMD does not count', input: 'FROM scratch\nONBUILD CMD ["/a"]\nCMD ["/b"]\n', expect: [] },
    { name: 'hadolint id DL4003 suppresses', input: 'FROM scratch\n# hadolint ignore=DL4003\nCMD a\nCMD b\n', expect: [] },
  ],
};

export default rule;
