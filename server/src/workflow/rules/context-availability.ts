import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportExpressionFindings } from '../expr/report';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'context-availability',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'expression' },
  docs: {
    summary: 'A context (`env`, `runner`, `secrets`, `steps`, ...) or a special function (`success()`, `hashFiles()`, ...) used where GitHub does not provide it.',
    why: 'Each workflow key sees only some contexts (GitHub\'s "context availability" table): `env` is not available in `jobs.<id>.if` or `runs-on`, `runner` only exists once a job runs, `always()` only works in `if:`. GitHub fails the run when it meets one.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ${{ env.RUNNER }}\n    steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ${{ vars.RUNNER }}\n    steps:\n      - run: echo hi\n',
  },
  check(ctx) {
    reportExpressionFindings(ctx, 'context-availability');
  },
  tests: [
    {
      name: 'env in a job-level if',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    if: env.DEPLOY == 'true'\n    steps:\n      - run: echo\n",
      expect: [{ line: 5, col: 9, message: 'context "env" is not allowed here. available contexts are "github", "inputs", "needs", "vars". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' }],
    },
    {
      name: 'runner in job env, secrets in step if',
      input: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      T: ${{ runner.temp }}\n    steps:\n      - run: echo\n        if: ${{ secrets.TOKEN != '' }}\n",
      expect: [
        { line: 6, col: 14, message: 'context "runner" is not allowed here. available contexts are "github", "inputs", "matrix", "needs", "secrets", "strategy", "vars". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' },
        { line: 9, col: 17, message: 'context "secrets" is not allowed here. available contexts are "env", "github", "inputs", "job", "matrix", "needs", "runner", "steps", "strategy", "vars". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' },
      ],
    },
    {
      name: 'special functions outside if',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      H: ${{ hashFiles(\'**/x\') }}\n    steps:\n      - run: echo ${{ always() }}\n',
      expect: [
        { line: 6, col: 14, message: 'calling function "hashFiles" is not allowed here. "hashFiles" is only available in "jobs.<job_id>.steps.continue-on-error", "jobs.<job_id>.steps.env", "jobs.<job_id>.steps.if", "jobs.<job_id>.steps.name", "jobs.<job_id>.steps.run", "jobs.<job_id>.steps.timeout-minutes", "jobs.<job_id>.steps.with", "jobs.<job_id>.steps.working-directory". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' },
        { line: 8, col: 23, message: 'calling function "always" is not allowed here. "always" is only available in "jobs.<job_id>.if", "jobs.<job_id>.steps.if". see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' },
      ],
    },
    {
      name: 'no context in step shell',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: ${{ env.SHELL }}\n',
      expect: [{ line: 7, col: 20, message: 'context "env" is not allowed here. no context is available here. see https://docs.github.com/en/actions/learn-github-actions/contexts#context-availability for more details' }],
    },
    {
      name: 'contexts where they are available',
      input: dedent`
        on: push
        env:
          A: \${{ secrets.X }}
        jobs:
          a:
            runs-on: ubuntu-latest
            if: \${{ success() && github.ref == 'x' }}
            steps:
              - run: echo \${{ runner.os }} \${{ env.A }} \${{ hashFiles('x') }}
                if: always()
                env:
                  B: \${{ job.status }}
      `,
      expect: [],
    },
  ],
};

export default rule;
