import type { Fix, Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { execFormOf, jsonArray, logicalRange, parseInstruction, simpleShellWords } from '../syntax';

const rule: Rule<DockerfileModel> = {
  id: 'ShellFormAfterExecEntrypoint',
  language: 'dockerfile',
  severity: 'warning',
  fix: { safety: 'unsafe', why: 'It changes the arguments the ENTRYPOINT receives (that is its point).' },
  docs: {
    summary: 'A shell-form CMD is combined with an exec-form ENTRYPOINT.',
    why:
      'With `ENTRYPOINT ["python", "manage.py"]`, CMD supplies its arguments. A shell-form `CMD runserver 0.0.0.0:8000` ' +
      'becomes `["/bin/sh", "-c", "runserver 0.0.0.0:8000"]`, so the entrypoint receives `/bin/sh -c …` as arguments ' +
      'instead of the ones you wrote. Write CMD as a JSON array.',
    bad: 'FROM python:3.12-slim\nENTRYPOINT ["python", "manage.py"]\nCMD runserver 0.0.0.0:8000\n',
    good: 'FROM python:3.12-slim\nENTRYPOINT ["python", "manage.py"]\nCMD ["runserver", "0.0.0.0:8000"]\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let entry: DfInstruction | undefined;
      let cmd: DfInstruction | undefined;
      for (const ins of stage.instructions) {
        if (ins.keyword === 'ENTRYPOINT') entry = ins;
        else if (ins.keyword === 'CMD') cmd = ins;
      }
      if (!entry || !cmd) continue;
      const e = execFormOf(model, entry);
      if (e.kind !== 'json' || !e.elements.length) continue;
      const c = execFormOf(model, cmd);
      if (c.kind !== 'shell') continue;
      const p = parseInstruction(model, cmd);
      if (!p.rest || p.flags.length) continue;
      const words = simpleShellWords(p.rest);
      const range = logicalRange(model, p.line, p.restStart, p.line.text.trimEnd().length);
      const fixes: Fix[] | undefined =
        words && p.contiguous ? [{ title: 'Write CMD as a JSON array', preferred: true, edits: [{ range, newText: jsonArray(words) }] }] : undefined;
      report({
        message: `Shell-form CMD after an exec-form ENTRYPOINT: the entrypoint receives "/bin/sh -c ${p.rest}" as its arguments`,
        range: cmd.range.start.line === cmd.range.end.line ? cmd.range : cmd.keywordRange,
        fixes,
      });
    }
  },
  tests: [
    {
      name: 'shell CMD after exec ENTRYPOINT',
      input: 'FROM python:3.12\nENTRYPOINT ["gunicorn"]\nCMD -b 0.0.0.0:8000 app:app\n',
      expect: [{ line: 3, col: 1, message: 'Shell-form CMD after an exec-form ENTRYPOINT: the entrypoint receives "/bin/sh -c -b 0.0.0.0:8000 app:app" as its arguments' }],
      fixed: 'FROM python:3.12\nENTRYPOINT ["gunicorn"]\nCMD ["-b", "0.0.0.0:8000", "app:app"]\n',
    },
    { name: 'CMD before ENTRYPOINT in the stage', input: 'FROM alpine\nCMD -v\nENTRYPOINT ["app"]\n', expect: [{ line: 2, col: 1, message: 'Shell-form CMD after an exec-form ENTRYPOINT: the entrypoint receives "/bin/sh -c -v" as its arguments' }] },
    { name: 'shell features: no fix', input: 'FROM alpine\nENTRYPOINT ["app"]\nCMD serve $HOME\n', expect: [{ line: 3, col: 1, message: 'Shell-form CMD after an exec-form ENTRYPOINT: the entrypoint receives "/bin/sh -c serve $HOME" as its arguments' }], fixed: 'FROM alpine\nENTRYPOINT ["app"]\nCMD serve $HOME\n' },
    { name: 'exec CMD', input: 'FROM alpine\nENTRYPOINT ["app"]\nCMD ["--help"]\n', expect: [] },
    { name: 'shell ENTRYPOINT', input: 'FROM alpine\nENTRYPOINT app\nCMD help\n', expect: [] },
    { name: 'empty ENTRYPOINT', input: 'FROM alpine\nENTRYPOINT []\nCMD echo hi\n', expect: [] },
    { name: 'different stages', input: 'FROM alpine\nENTRYPOINT ["app"]\nFROM alpine\nCMD echo hi\n', expect: [] },
    { name: 'official image pattern', input: 'FROM debian\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["node"]\n', expect: [] },
  ],
};

export default rule;
