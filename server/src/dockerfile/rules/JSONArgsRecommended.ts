import type { Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel } from '../model';
import { JSONInstruction } from 'dockerfile-ast';
import { nearestBefore } from '../packages';
import { simpleShellWords } from '../syntax';

/** Whether a SHELL instruction runs before `ins` in its stage or the stages it builds on. */
function shellChanged(model: DockerfileModel, ins: DfInstruction): boolean {
  return nearestBefore(model, ins, 'SHELL', (x) => x.keyword === 'SHELL') !== undefined;
}

const rule: Rule<DockerfileModel> = {
  id: 'JSONArgsRecommended',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'JSONArgsRecommended', hadolint: 'DL3025' },
  docs: {
    summary: 'CMD and ENTRYPOINT should use the JSON (exec) form (unless the stage sets a custom SHELL).',
    why:
      'In shell form the command runs as a child of `/bin/sh -c`, which does not pass on signals: `docker stop` ' +
      'waits for its timeout and then kills the process, so a gunicorn or Flask server never shuts down cleanly. ' +
      'The exec form runs the process directly as PID 1.',
    bad: 'FROM python:3.12-slim\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n',
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
      // As in BuildKit: with a custom SHELL the shell form is deliberate (e.g. PowerShell on Windows).
      if (ins.stage && shellChanged(model, ins)) continue;
      if (ins.node instanceof JSONInstruction && ins.node.getJSONStrings().length > 0) continue;
      const args = ins.node.getArgumentsRange();
      if (!args) continue;
      const raw = ins.node.getRawArgumentsContent() ?? '';
      if (raw.trimStart().startsWith('[')) continue; // exec form, even if malformed: reported by the JSON rule
      const words = simpleShellWords(ins.node.getArgumentsContent() ?? '');
      const fixes = words
        ? [
            {
              title: `Convert ${ins.keyword} to exec form`,
              preferred: true,
              edits: [{ range: args, newText: JSON.stringify(words).replace(/","/g, '", "') }],
            },
          ]
        : undefined;
      report({
        message: `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals`,
        range: ins.range,
        fixes,
      });
    }
  },
  tests: [
    { name: 'shell-form CMD', input: 'FROM scratch\nCMD echo hi\n', expect: [{ line: 2, col: 1 }], fixed: 'FROM scratch\nCMD ["echo", "hi"]\n' },
    { name: 'shell-form ENTRYPOINT', input: 'FROM scratch\nENTRYPOINT gunicorn app:app\n', expect: [{ line: 2, message: 'ENTRYPOINT' }] },
    { name: 'exec form is fine', input: 'FROM scratch\nCMD ["echo", "hi"]\nENTRYPOINT ["/bin/sh"]\n', expect: [] },
    {
      name: 'shell features get no automatic fix',
      input: 'FROM scratch\nCMD echo $HOME && ls\n',
      expect: [{ line: 2 }],
      fixed: 'FROM scratch\nCMD echo $HOME && ls\n',
    },
    {
      name: 'quoted words are unquoted in exec form',
      input: "FROM scratch\nCMD gunicorn -b '0.0.0.0:8000' app:app\n",
      expect: [{ line: 2 }],
      fixed: 'FROM scratch\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: 'continuation lines',
      input: 'FROM scratch\nCMD gunicorn \\\n  app:app\n',
      expect: [{ line: 2 }],
      fixed: 'FROM scratch\nCMD ["gunicorn", "app:app"]\n',
    },
    { name: 'custom SHELL', input: 'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n', expect: [] },
    { name: 'custom SHELL inherited from the parent stage', input: 'FROM scratch AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nENTRYPOINT mycommand\n', expect: [] },
    { name: 'SHELL after the CMD does not count', input: 'FROM scratch\nCMD mycommand\nSHELL ["/bin/bash", "-c"]\n', expect: [{ line: 2 }] },
    { name: 'check=skip', input: '# check=skip=JSONArgsRecommended\nFROM scratch\nCMD echo hi\n', expect: [] },
    { name: 'hadolint ignore', input: 'FROM scratch\n# hadolint ignore=JSONArgsRecommended\nCMD echo hi\n', expect: [] },
  ],
};

export default rule;
