import type { EmbeddedScript, Rule } from '../../engine/types';
import { DockerfileModel } from '../../dockerfile/model';
import { dockerfileScripts } from '../../dockerfile/scripts';
import { shellcheckCodesMarkdown } from '../shellcheckCodes';

/** The shell scripts of a document, whatever its language. */
function scriptsOf(model: unknown): EmbeddedScript[] {
  if (model instanceof DockerfileModel) return dockerfileScripts(model);
  return [];
}

const rule: Rule<unknown> = {
  id: 'ShellCheck',
  language: ['dockerfile'],
  severity: 'warning',
  external: 'shellcheck',
  docs: {
    summary:
      'ShellCheck, when it is installed, checks the shell code of RUN instructions and heredocs; its findings carry its own codes (`SC2086`…) and levels.',
    why:
      'Most mistakes in these files are in the shell code inside them: an unquoted variable that splits, a `cd` whose failure is ignored, a test that is always true. ' +
      'Slipway hands each script to the installed `shellcheck` (Debian/Ubuntu: `apt-get install shellcheck`, macOS: `brew install shellcheck`) with the shell that runs it and the ARG and ENV names in scope, and shows what it says at the exact place in your file. ' +
      'A finding\'s severity follows ShellCheck\'s level (error, warning, info, style → hint); `slipway.rules: { "SC2086": "off" }` or `# hadolint ignore=SC2086` above the instruction turns one code off, `ShellCheck: off` all of them. ' +
      'The codes are explained on ShellCheck\'s wiki: https://www.shellcheck.net/wiki/SC2086. Where ShellCheck proposes a repair that can be written back into the file unchanged, it is offered as a quick fix.',
    bad: 'FROM debian:bookworm\nARG VERSION=1.0\nRUN cd /opt/app && tar -xzf app-$VERSION.tgz\n',
    good: 'FROM debian:bookworm\nARG VERSION=1.0\nWORKDIR /opt/app\nRUN tar -xzf "app-$VERSION.tgz"\n',
    extra: shellcheckCodesMarkdown(),
  },
  check(ctx) {
    for (const s of scriptsOf(ctx.model)) ctx.embed(s);
  },
  tests: [
    {
      name: 'unquoted variable in a shell-form RUN, at its exact column',
      input: 'FROM debian\nARG V=1\nRUN echo $V\n',
      expect: [{ line: 3, col: 10, rule: 'SC2086', severity: 'info' }],
      fixed: 'FROM debian\nARG V=1\nRUN echo "$V"\n',
    },
    {
      name: 'after a continuation line, on the line where the code is',
      input: 'FROM debian\nARG V\nRUN apt-get update && \\\n    echo $V\n',
      expect: [{ line: 4, col: 10, rule: 'SC2086' }],
    },
    {
      name: 'ARG and ENV names in scope are assigned; others are not',
      input: 'FROM debian\nARG version=1\nENV home_dir=/h\nRUN echo "$version $home_dir $missing_var"\n',
      expect: [{ line: 4, col: 30, rule: 'SC2154', severity: 'warning' }],
    },
    {
      name: 'heredoc body, with bash from its shebang',
      input: 'FROM debian\nRUN <<EOF\n#!/bin/bash\nfor f in $(ls /tmp); do echo "$f"; done\nEOF\n',
      expect: [{ line: 4, col: 10, rule: 'SC2045' }],
    },
    { name: 'exec form is not a shell script', input: 'FROM debian\nRUN ["sh", "-c", "echo $HOME"]\nARG V\nRUN ["echo", "$V"]\n', expect: [] },
    { name: 'PowerShell stages are skipped', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN $x = 1; echo $x\n', expect: [] },
    {
      name: 'SHELL bash: bash is the dialect',
      input: 'FROM debian\nRUN [[ -f /etc/os-release ]] && echo yes\nSHELL ["/bin/bash", "-c"]\nRUN [[ -f /etc/os-release ]] && echo yes\n',
      expect: [{ line: 2, col: 5, rule: 'SC3010' }],
    },
    {
      name: '# hadolint ignore=SC2086 above the instruction',
      input: 'FROM debian\nARG V\n# hadolint ignore=SC2086\nRUN echo $V\nRUN echo $V\n',
      expect: [{ line: 5, col: 10, rule: 'SC2086' }],
    },
    {
      name: 'ONBUILD RUN trigger, at the trigger\'s position',
      input: 'FROM debian\nARG V\nONBUILD RUN echo $V\n',
      expect: [{ line: 3, col: 18, rule: 'SC2086' }],
    },
    { name: 'a clean script', input: 'FROM debian\nRUN set -eux; apt-get update; rm -rf /var/lib/apt/lists/*\n', expect: [] },
  ],
};

export default rule;
