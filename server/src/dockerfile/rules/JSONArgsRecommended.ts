import type { Fix, Rule } from '../../engine/types';
import type { DfInstruction, DockerfileModel, Stage } from '../model';
import { baseImageHasNoEntrypoint } from '../baseImages';
import { nearestBefore } from '../packages';
import { execFormOf, simpleShellWords } from '../syntax';
import { memoKey } from '../../engine/memo';
import { dedent } from '../../engine/dedent';

/** Whether a SHELL instruction runs before `ins` in its stage or the stages it builds on. */
function shellChanged(model: DockerfileModel, ins: DfInstruction): boolean {
  return nearestBefore(model, ins, 'SHELL', (x) => x.keyword === 'SHELL') !== undefined;
}

/** Whether a stage has a CMD of its own. */
function hasCmd(s: Stage): boolean {
  return s.instructions.some((x) => x.keyword === 'CMD');
}

const CMD_BELOW = memoKey<boolean[]>('JSONArgs:cmdBelow');

/**
 * For each stage (by index): whether a stage built on it, directly or through other stages, has a CMD. One pass from
 * the last stage back (a stage's parent always comes before it), so a long chain of stages stays linear.
 */
function cmdInDescendants(model: DockerfileModel): boolean[] {
  return model.memoize(CMD_BELOW, () => {
    const below = new Array<boolean>(model.stages.length).fill(false);
    for (let i = model.stages.length - 1; i >= 0; i--) {
      const s = model.stages[i];
      const parent = model.parentStage(s);
      if (parent && parent.index < s.index && (below[s.index] || hasCmd(s))) below[parent.index] = true;
    }
    return below;
  });
}

const ENTRYPOINTS = memoKey<(DfInstruction | null | undefined)[]>('JSONArgs:entrypoints');

/**
 * The ENTRYPOINT the image of each stage runs (by index): the last one of the stage, else of the stages it builds on;
 * null for none (a chain from `scratch` or from an official image known to set none, without one); undefined when
 * unknown (it may come from an external base image). Worked out in stage order from the parent's answer.
 */
function entrypoints(model: DockerfileModel): (DfInstruction | null | undefined)[] {
  return model.memoize(ENTRYPOINTS, () => {
    const out = new Array<DfInstruction | null | undefined>(model.stages.length);
    for (const s of model.stages) {
      const own = s.instructions.filter((x) => x.keyword === 'ENTRYPOINT');
      const parent = model.parentStage(s);
      if (own.length) out[s.index] = own[own.length - 1];
      else if (parent && parent.index < s.index) out[s.index] = out[parent.index];
      else out[s.index] = s.imageName === 'scratch' || baseImageHasNoEntrypoint(model, s) ? null : undefined;
    }
    return out;
  });
}

/**
 * Whether running `ins` in exec form does what its shell form does, apart from the shell itself. A shell-form
 * ENTRYPOINT ignores CMD, an exec-form one takes CMD as its arguments; ENTRYPOINT resets the CMD it inherits, so
 * what matters is a CMD of its own stage or of a stage built on it. A CMD's exec form is what an exec-form
 * ENTRYPOINT gets as arguments (instead of `/bin/sh -c ...`), so the ENTRYPOINT in effect must be known: none, empty
 * or shell form (which ignores CMD).
 */
function execFormKeepsBehaviour(model: DockerfileModel, ins: DfInstruction): boolean {
  const stage = ins.stage;
  if (!stage) return false;
  if (ins.keyword === 'ENTRYPOINT') return !hasCmd(stage) && !cmdInDescendants(model)[stage.index];
  const entry = entrypoints(model)[stage.index];
  if (entry === null) return true;
  if (entry === undefined) return false;
  const form = execFormOf(model, entry);
  return form.kind === 'shell' || (form.kind === 'json' && form.elements.length === 0);
}

/** Shell builtins and keywords: a program of that name usually does not exist, or does something else. */
const SHELL_BUILTINS = new Set([
  '.', ':', '[[', '{', '!', 'alias', 'bg', 'break', 'builtin', 'case', 'cd', 'command', 'continue', 'declare', 'eval', 'exit',
  'export', 'fg', 'for', 'function', 'getopts', 'hash', 'if', 'jobs', 'local', 'read', 'readonly', 'return', 'select', 'set',
  'shift', 'source', 'time', 'times', 'trap', 'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'until', 'wait', 'while',
]);

/** The exec-form words of a shell-form command, when they run the same program with the same arguments. */
function execWords(content: string): string[] | undefined {
  // The shell splits words at spaces, tabs and newlines only; other blanks belong to the words.
  if (/[^\S \t\n]/.test(content)) return undefined;
  let words = simpleShellWords(content);
  if (!words) return undefined;
  // `exec prog args` replaces the shell with prog: exec form runs prog directly.
  if (words[0] === 'exec') {
    if (words.length < 2 || words[1].startsWith('-')) return undefined;
    words = words.slice(1);
  }
  return SHELL_BUILTINS.has(words[0]) ? undefined : words;
}

const rule: Rule<DockerfileModel> = {
  id: 'JSONArgsRecommended',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'JSONArgsRecommended', hadolint: 'DL3025' },
  fix: { safety: 'safe', why: 'Offered only where the exec form runs the same program with the same arguments (no shell syntax, no variables, a known ENTRYPOINT): only the `/bin/sh -c` wrapper goes.' },
  docs: {
    summary: 'CMD and ENTRYPOINT should use the JSON (exec) form (unless the stage sets a custom SHELL).',
    why:
      'In shell form the command runs as a child of `/bin/sh -c`, which does not pass on signals: `docker stop` ' +
      'waits for its timeout and then kills the process, so a gunicorn or Flask server never shuts down cleanly. ' +
      'The exec form runs the process directly as PID 1. The quick fix is offered only where the exec form runs the ' +
      'same command: no variables, globs, pipes, redirections or shell builtins; for ENTRYPOINT, no CMD in the stage ' +
      'or a stage built on it (an exec-form ENTRYPOINT takes CMD as arguments, a shell-form one ignores it); for CMD, ' +
      'an ENTRYPOINT known to be absent, empty or shell form (absent: set by no stage and not by the base image, which ' +
      'is known for `scratch` and the official python, golang, buildpack-deps, debian, ubuntu, alpine and busybox ' +
      'images; any other base image\'s ENTRYPOINT is unknown, and an exec-form one would get the words instead of ' +
      '`/bin/sh -c …`).',
    bad: 'FROM python:3.12-slim\nCMD gunicorn --bind 0.0.0.0:8000 app:app\n',
    good: 'FROM python:3.12-slim\nCMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') continue;
      // As in BuildKit: with a custom SHELL the shell form is deliberate (e.g. PowerShell on Windows).
      if (ins.stage && shellChanged(model, ins)) continue;
      if (ins.jsonStrings.length > 0) continue;
      const args = ins.argsRange;
      if (!args) continue;
      const raw = ins.rawArgsContent ?? '';
      if (raw.trimStart().startsWith('[')) continue; // exec form, even if malformed: reported by the JSON rule
      const words = execWords(ins.argsContent ?? '');
      const fixes: Fix[] | undefined =
        words && execFormKeepsBehaviour(model, ins)
          ? [{ title: `Convert ${ins.keyword} to exec form`, preferred: true, edits: [{ range: args, newText: JSON.stringify(words).replace(/","/g, '", "') }] }]
          : undefined;
      report({
        message: `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals`,
        range: ins.range,
        fixes,
      });
    }
  },
  tests: [
    { name: 'shell-form CMD', input: 'FROM scratch\nCMD echo hi\n', expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' }], fixed: 'FROM scratch\nCMD ["echo", "hi"]\n' },
    { name: 'shell-form ENTRYPOINT', input: 'FROM scratch\nENTRYPOINT gunicorn app:app\n', expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' }] },
    { name: 'exec form is fine', input: 'FROM scratch\nCMD ["echo", "hi"]\nENTRYPOINT ["/bin/sh"]\n', expect: [] },
    {
      name: 'shell features get no automatic fix',
      input: 'FROM scratch\nCMD echo $HOME && ls\n',
      expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' }],
      fixed: 'FROM scratch\nCMD echo $HOME && ls\n',
    },
    {
      name: 'quoted words are unquoted in exec form',
      input: "FROM scratch\nCMD gunicorn -b '0.0.0.0:8000' app:app\n",
      expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' }],
      fixed: 'FROM scratch\nCMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]\n',
    },
    {
      name: 'continuation lines',
      input: 'FROM scratch\nCMD gunicorn \\\n  app:app\n',
      expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' }],
      fixed: 'FROM scratch\nCMD ["gunicorn", "app:app"]\n',
    },
    { name: 'custom SHELL', input: 'FROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n', expect: [] },
    { name: 'custom SHELL inherited from the parent stage', input: 'FROM scratch AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nENTRYPOINT mycommand\n', expect: [] },
    { name: 'SHELL after the CMD does not count', input: 'FROM scratch\nCMD mycommand\nSHELL ["/bin/bash", "-c"]\n', expect: [{ line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' }] },
    {
      name: 'ENTRYPOINT: no fix when a CMD of its stage (before or after) would become its arguments',
      input: 'FROM scratch\nCMD ["--help"]\nENTRYPOINT nginx\nFROM scratch\nENTRYPOINT nginx\nCMD ["-g", "daemon off;"]\n',
      expect: [
        { line: 3, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
        { line: 5, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
      ],
      fixed: 'FROM scratch\nCMD ["--help"]\nENTRYPOINT nginx\nFROM scratch\nENTRYPOINT nginx\nCMD ["-g", "daemon off;"]\n',
    },
    {
      name: 'ENTRYPOINT: no fix when a stage built on it sets CMD; fixed when only an inherited CMD exists (ENTRYPOINT resets it)',
      input: 'FROM scratch AS base\nENTRYPOINT nginx\nFROM base\nCMD ["-v"]\nFROM scratch AS other\nCMD ["--help"]\nFROM other\nENTRYPOINT nginx -g daemon\nFROM nginx:1.27\nENTRYPOINT exec nginx\n',
      expect: [
        { line: 2, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
        { line: 8, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
        { line: 10, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
      ],
      fixed: 'FROM scratch AS base\nENTRYPOINT nginx\nFROM base\nCMD ["-v"]\nFROM scratch AS other\nCMD ["--help"]\nFROM other\nENTRYPOINT ["nginx", "-g", "daemon"]\nFROM nginx:1.27\nENTRYPOINT ["nginx"]\n',
    },
    {
      name: 'CMD: no fix under an exec-form ENTRYPOINT (own stage, later, inherited) or an unknown base image ENTRYPOINT',
      input: dedent`
        FROM scratch
        ENTRYPOINT ["/entry.sh"]
        CMD serve --port 80
        FROM scratch
        CMD serve
        ENTRYPOINT ["/entry.sh"]
        FROM scratch AS e
        ENTRYPOINT ["/entry.sh"]
        FROM e
        CMD serve
        FROM node:22-slim
        CMD node server.js
        FROM ghcr.io/acme/python:3.12
        CMD gunicorn app:app
      `,
      expect: [
        { line: 3, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 5, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 10, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 12, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 14, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
      ],
      fixed: dedent`
        FROM scratch
        ENTRYPOINT ["/entry.sh"]
        CMD serve --port 80
        FROM scratch
        CMD serve
        ENTRYPOINT ["/entry.sh"]
        FROM scratch AS e
        ENTRYPOINT ["/entry.sh"]
        FROM e
        CMD serve
        FROM node:22-slim
        CMD node server.js
        FROM ghcr.io/acme/python:3.12
        CMD gunicorn app:app
      `,
    },
    {
      name: 'CMD: fixed on official images known to set no ENTRYPOINT (python, golang, debian, ubuntu, alpine…), by any name',
      input: 'FROM python:3.12-slim\nCMD gunicorn app:app\nFROM docker.io/library/golang:1.23 AS b\nCMD go run .\nFROM alpine:3.20 AS c\nCMD sleep 60\nFROM c\nCMD sleep 30\n',
      expect: [
        { line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 4, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 6, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 8, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
      ],
      fixed: 'FROM python:3.12-slim\nCMD ["gunicorn", "app:app"]\nFROM docker.io/library/golang:1.23 AS b\nCMD ["go", "run", "."]\nFROM alpine:3.20 AS c\nCMD ["sleep", "60"]\nFROM c\nCMD ["sleep", "30"]\n',
    },
    {
      name: 'CMD: fixed where the ENTRYPOINT is known to be empty or shell form (which ignores CMD)',
      input: 'FROM python:3.12-slim\nENTRYPOINT []\nCMD gunicorn app:app\nFROM python:3.12-slim AS s\nENTRYPOINT exec gunicorn\nCMD serve\nFROM scratch AS a\nFROM a\nCMD exec serve -v\n',
      expect: [
        { line: 3, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 5, col: 1, message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals' },
        { line: 6, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 9, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
      ],
      fixed: 'FROM python:3.12-slim\nENTRYPOINT []\nCMD ["gunicorn", "app:app"]\nFROM python:3.12-slim AS s\nENTRYPOINT exec gunicorn\nCMD ["serve"]\nFROM scratch AS a\nFROM a\nCMD ["serve", "-v"]\n',
    },
    {
      name: 'commands that need a shell get no fix (variables, globs, pipes, redirections, lists, ~, assignments, builtins, other blanks)',
      input: dedent`
        FROM scratch
        CMD echo $HOME
        FROM scratch
        CMD ls *.txt
        FROM scratch
        CMD a | b
        FROM scratch
        CMD a > f
        FROM scratch
        CMD a; b
        FROM scratch
        CMD a && b
        FROM scratch
        CMD ~/bin/app
        FROM scratch
        CMD FOO=1 app
        FROM scratch
        CMD cd /app
        FROM scratch
        CMD source env.sh
        FROM scratch
        CMD exec -a x app
        FROM scratch
        CMD app run
        FROM scratch
        CMD ulimit -n 1024
      `,
      expect: [
        { line: 2, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 4, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 6, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 8, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 10, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 12, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 14, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 16, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 18, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 20, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 22, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 24, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
        { line: 26, col: 1, message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals' },
      ],
      fixed: dedent`
        FROM scratch
        CMD echo $HOME
        FROM scratch
        CMD ls *.txt
        FROM scratch
        CMD a | b
        FROM scratch
        CMD a > f
        FROM scratch
        CMD a; b
        FROM scratch
        CMD a && b
        FROM scratch
        CMD ~/bin/app
        FROM scratch
        CMD FOO=1 app
        FROM scratch
        CMD cd /app
        FROM scratch
        CMD source env.sh
        FROM scratch
        CMD exec -a x app
        FROM scratch
        CMD app run
        FROM scratch
        CMD ulimit -n 1024
      `,
    },
    { name: 'check=skip', input: '# check=skip=JSONArgsRecommended\nFROM scratch\nCMD echo hi\n', expect: [] },
    { name: 'hadolint ignore', input: 'FROM scratch\n# hadolint ignore=JSONArgsRecommended\nCMD echo hi\n', expect: [] },
  ],
};

export default rule;
