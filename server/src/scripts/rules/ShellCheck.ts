import type { EmbeddedScript, Rule } from '../../engine/types';
import { DockerfileModel } from '../../dockerfile/model';
import { dockerfileScripts } from '../../dockerfile/scripts';
import { shellcheckCodesMarkdown } from '../shellcheckCodes';
import { WorkflowModel } from '../../workflow/model';
import { workflowScripts } from '../../workflow/scripts';
import { ComposeModel } from '../../compose/model';
import { composeScripts } from '../../compose/scripts';
import { dedent } from '../../engine/dedent';

/** The shell scripts of a document, whatever its language. */
function scriptsOf(model: unknown): EmbeddedScript[] {
  if (model instanceof DockerfileModel) return dockerfileScripts(model);
  if (model instanceof WorkflowModel) return workflowScripts(model).filter((s) => s.tool === 'shellcheck');
  if (model instanceof ComposeModel) return composeScripts(model);
  return [];
}

const rule: Rule<unknown> = {
  id: 'ShellCheck',
  language: ['dockerfile', 'workflow', 'action', 'compose'],
  severity: 'warning',
  external: 'shellcheck',
  fix: { safety: 'unsafe', why: "ShellCheck's own repairs (quoting `$var`, `$(...)` for backticks) change how the shell splits, globs or escapes: they are offered in the editor only, never applied by `--fix`." },
  docs: {
    summary:
      'ShellCheck, when it is installed, checks the shell code of RUN instructions and heredocs, of `run:` steps in workflows and composite actions, and of `sh -c` commands and healthchecks in Compose files; its findings carry its own codes (`SC2086`…) and levels.',
    why:
      'Most mistakes in these files are in the shell code inside them: an unquoted variable that splits, a `cd` whose failure is ignored, a test that is always true. ' +
      'Slipway hands each script to the installed `shellcheck` (Debian/Ubuntu: `apt-get install shellcheck`, macOS: `brew install shellcheck`) with the shell that runs it and the variables set around it (ARG and ENV; `env:` of the workflow, job and step; a Compose service\'s `environment:`), and shows what it says at the exact place in your file. ' +
      'A step\'s shell is its `shell:`, else `defaults.run.shell`, else the runner\'s default (bash; PowerShell on Windows, not checked); each `${{ }}` is read as a word of underscores of its length, as GitHub pastes its value in before the shell runs. ' +
      'In a Compose file only what a shell really runs is checked: the script of `sh -c`/`bash -c` and a healthcheck `test:` string or `CMD-SHELL`, with `$$` read as one `$`. ' +
      'A finding\'s severity follows ShellCheck\'s level (error, warning, info, style → hint); `slipway.rules: { "SC2086": "off" }` or `# hadolint ignore=SC2086` above the instruction (`# slipway-ignore-next-line: SC2086` in YAML files, or ShellCheck\'s own `# shellcheck disable=SC2086` inside the script) turns one code off, `ShellCheck: off` all of them. ' +
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
      expect: [{ line: 3, col: 10, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086', severity: 'info' }],
      fixed: 'FROM debian\nARG V=1\nRUN echo "$V"\n',
    },
    {
      name: 'after a continuation line, on the line where the code is',
      input: 'FROM debian\nARG V\nRUN apt-get update && \\\n    echo $V\n',
      expect: [{ line: 4, col: 10, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' }],
    },
    {
      name: 'ARG and ENV names in scope are assigned; others are not',
      input: 'FROM debian\nARG version=1\nENV home_dir=/h\nRUN echo "$version $home_dir $missing_var"\n',
      expect: [{ line: 4, col: 30, message: 'missing_var is referenced but not assigned.', rule: 'SC2154', severity: 'warning' }],
    },
    {
      name: 'heredoc body, with bash from its shebang',
      input: 'FROM debian\nRUN <<EOF\n#!/bin/bash\nfor f in $(ls /tmp); do echo "$f"; done\nEOF\n',
      expect: [{ line: 4, col: 10, message: 'Iterating over ls output is fragile. Use globs.', rule: 'SC2045' }],
    },
    { name: 'exec form is not a shell script', input: 'FROM debian\nRUN ["sh", "-c", "echo $HOME"]\nARG V\nRUN ["echo", "$V"]\n', expect: [] },
    { name: 'PowerShell stages are skipped', input: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN $x = 1; echo $x\n', expect: [] },
    {
      name: 'SHELL bash: bash is the dialect',
      input: 'FROM debian\nRUN [[ -f /etc/os-release ]] && echo yes\nSHELL ["/bin/bash", "-c"]\nRUN [[ -f /etc/os-release ]] && echo yes\n',
      expect: [{ line: 2, col: 5, message: 'In POSIX sh, [[ ]] is undefined.', rule: 'SC3010' }],
    },
    {
      name: '# hadolint ignore=SC2086 above the instruction',
      input: 'FROM debian\nARG V\n# hadolint ignore=SC2086\nRUN echo $V\nRUN echo $V\n',
      expect: [{ line: 5, col: 10, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' }],
    },
    {
      name: 'ONBUILD RUN trigger, at the trigger\'s position',
      input: 'FROM debian\nARG V\nONBUILD RUN echo $V\n',
      expect: [{ line: 3, col: 18, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' }],
    },
    { name: 'a clean script', input: 'FROM debian\nRUN set -eux; apt-get update; rm -rf /var/lib/apt/lists/*\n', expect: [] },
    {
      name: 'workflow: a literal block run:, env names of the workflow, the job and the step declared, and the fix written back',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        env:
          top: 1
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              mid: 2
            steps:
              - run: |
                  echo "$top $mid $low"
                  echo $top
                env:
                  low: 3
      `,
      expect: [{ line: 12, col: 16, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086', severity: 'info' }],
      fixed: dedent`
        on: push
        env:
          top: 1
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              mid: 2
            steps:
              - run: |
                  echo "$top $mid $low"
                  echo "$top"
                env:
                  low: 3
      `,
    },
    {
      name: 'workflow: a fix at the end of a |- block stays on its line',
      path: '.github/workflows/ci.yml',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: bash -x {0}\n        run: |-\n          cd build\n      - run: make\n',
      expect: [{ line: 8, col: 11, message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", rule: 'SC2164', severity: 'warning' }],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - shell: bash -x {0}\n        run: |-\n          cd build || exit\n      - run: make\n',
    },
    {
      name: 'workflow: folded, plain, single- and double-quoted run: at the exact column (no fix outside literal blocks)',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            env: { v: 1 }
            steps:
              - run: >-
                  true
                  && echo $v
              - run: echo 'it''s' $v
              - run: 'echo ''q'' $v'
              - run: "echo \\"q\\" $v"
      `,
      expect: [
        { line: 9, col: 19, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 10, col: 27, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 11, col: 26, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 12, col: 26, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
      ],
    },
    {
      name: 'workflow: each ${{ }} is a word of underscores of its length; positions after it stay exact, and constant-word codes are left out on its lines only',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  if [ "\${{ matrix.x }}" = x ]; then echo ok; fi
                  for i in \${{ inputs.list }}; do echo "$i"; done
                  if [ \${{ inputs.flag }} ]; then [[ \${{ matrix.v }} != v* ]] && [ \${{ github.run_number }} -gt 2 ]; fi
                  echo \${{ github.sha }} $unset_var
                  [ -n "literal" ] && echo yes
      `,
      expect: [
        { line: 10, col: 34, message: 'unset_var is referenced but not assigned.', rule: 'SC2154', severity: 'warning' },
        { line: 10, col: 34, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 11, col: 17, message: 'Argument to -n is always true due to literal strings.', rule: 'SC2157', severity: 'error' },
      ],
    },
    {
      name: 'workflow: the shell from defaults.run of the job, then of the workflow, then the step\'s own',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        defaults:
          run:
            shell: sh
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: '[[ -f x ]] && echo one'
              - run: '[[ -f x ]] && echo two'
                shell: bash -x {0}
          b:
            runs-on: ubuntu-latest
            defaults:
              run:
                shell: pwsh
            steps:
              - run: $Env:FOO = "FOO"
      `,
      expect: [{ line: 9, col: 15, message: 'In POSIX sh, [[ ]] is undefined.', rule: 'SC3010' }],
    },
    {
      name: 'workflow: Windows runners run PowerShell by default; a step that says bash is checked',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        jobs:
          w:
            runs-on: windows-latest
            steps:
              - run: $Env:FOO = "FOO"
              - run: ls $(pwd)
                shell: bash
          m:
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
            runs-on: \${{ matrix.os }}
            steps:
              - run: cat xxx\\yyy.txt
              - run: ls $(pwd)
                if: runner.os == 'Linux'
              - run: ls $(pwd)
                if: \${{ matrix.os == 'ubuntu-latest' }}
              - run: ls $(pwd)
                if: matrix.os == 'ubuntu-latest' || github.event_name == 'push'
      `,
      expect: [
        { line: 7, col: 17, message: 'Quote this to prevent word splitting.', rule: 'SC2046', severity: 'warning' },
        { line: 16, col: 17, message: 'Quote this to prevent word splitting.', rule: 'SC2046' },
        { line: 18, col: 17, message: 'Quote this to prevent word splitting.', rule: 'SC2046' },
      ],
    },
    {
      name: 'workflow: GitHub runs bash and sh with -e (a failed cd stops the step), a custom command with its own options',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: cd build
              - run: cd build
                shell: bash
              - run: cd build
                shell: sh
              - run: cd build
                shell: bash -x {0}
              - run: cd build
                shell: bash -ex {0}
      `,
      expect: [{ line: 11, col: 14, message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", rule: 'SC2164', severity: 'warning' }],
    },
    {
      name: 'workflow: slipway-ignore comments, inside the script or above the step',
      path: '.github/workflows/ci.yml',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            env: { v: 1 }
            steps:
              - run: |
                  # slipway-ignore-next-line: SC2086
                  echo $v
                  echo $v # slipway-ignore: ShellCheck
                  echo $v
              # slipway-ignore-next-line: SC2086
              - run: echo $v
      `,
      expect: [{ line: 11, col: 16, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' }],
    },
    {
      name: 'composite action: each step with its shell',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: ls $(pwd) \"$GITHUB_ACTION_PATH\"\n      shell: bash\n    - run: print(1)\n      shell: python\n",
      expect: [{ line: 6, col: 15, message: 'Quote this to prevent word splitting.', rule: 'SC2046' }],
    },
    {
      name: 'compose: the script of sh -c (string and list forms) and healthcheck CMD-SHELL, with $$ as one $ and the environment names declared',
      path: 'compose.yaml',
      input: dedent`
        services:
          a:
            image: alpine
            environment:
              name: x
            command: sh -c 'echo "$$name" $$other'
            healthcheck:
              test: ["CMD-SHELL", "cd /srv && test -f $\${file}"]
          b:
            image: alpine
            command: ["bash", "-c", "[[ -n \${TAG} ]] && cd /app"]
            entrypoint: echo $$not_a_script
            healthcheck:
              test: wget -q http://localhost:$\${port}/ || exit 1
      `,
      expect: [
        { line: 6, col: 35, message: 'other is referenced but not assigned.', rule: 'SC2154' },
        { line: 6, col: 35, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 8, col: 47, message: 'file is referenced but not assigned (for output from commands, use "$(file ...)" ).', rule: 'SC2154' },
        { line: 8, col: 47, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
        { line: 11, col: 49, message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", rule: 'SC2164' },
        { line: 14, col: 38, message: 'port is referenced but not assigned.', rule: 'SC2154' },
        { line: 14, col: 38, message: 'Double quote to prevent globbing and word splitting.', rule: 'SC2086' },
      ],
    },
    {
      name: 'compose: sh -ec runs with -e (a failed cd stops it), sh -c does not; a folded string command',
      path: 'compose.yaml',
      input: "services:\n  a:\n    image: alpine\n    command: [\"sh\", \"-ec\", \"cd /srv; ls\"]\n  b:\n    image: alpine\n    command: >\n      sh -c \"cd /srv;\n      ls\"\n",
      expect: [{ line: 8, col: 14, message: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", rule: 'SC2164' }],
    },
    {
      name: 'compose: a command without a shell is not a script',
      path: 'compose.yaml',
      input: "services:\n  a:\n    image: alpine\n    command: echo $$HOME $$x\n    entrypoint: [\"/entrypoint.sh\", \"-c\", \"$$x\"]\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost/$$x\"]\n",
      expect: [],
    },
  ],
};

export default rule;
