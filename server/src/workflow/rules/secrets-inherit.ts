import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'secrets-inherit',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  docs: {
    summary: '`secrets: inherit` on a call of a reusable workflow: the called workflow gets every secret of the caller, not the few it uses. Named after zizmor\'s `secrets-inherit` audit.',
    why: 'The called workflow, and every action it runs, can read all the repository\'s, environment\'s and organization\'s secrets, and nothing in the caller says which ones it really needs (least privilege). A call of a workflow in another repository is reported as a warning: the secrets leave the repository\'s own code. A call of a workflow of this repository (`./.github/workflows/…`) is reported as information: the code is reviewed with the caller, but the blanket grant still hides which secrets are used. There is no automatic fix: only the called workflow\'s `on.workflow_call.secrets` says which secrets to pass. See https://docs.zizmor.sh/audits/#secrets-inherit.',
    bad: 'on: push\njobs:\n  deploy:\n    uses: acme/workflows/.github/workflows/deploy.yml@v1\n    secrets: inherit\n',
    good: 'on: push\njobs:\n  deploy:\n    uses: acme/workflows/.github/workflows/deploy.yml@v1\n    secrets:\n      deploy-key: ${{ secrets.DEPLOY_KEY }}\n',
  },
  check({ model, report }) {
    for (const job of workflowStructure(model).jobs) {
      if (job.uses === undefined) continue;
      const node = resolve(model, job.pairs.get('secrets')?.value);
      if (scalarString(node)?.trim() !== 'inherit') continue;
      const uses = job.uses.trim();
      const local = uses.startsWith('./') || uses.startsWith('$/');
      report({
        message: local
          ? `"secrets: inherit" passes every secret to ${uses}, not only those it uses: pass each secret it declares under on.workflow_call.secrets by name`
          : `"secrets: inherit" passes every secret of this repository to ${uses}, code outside it: pass only the secrets it declares under on.workflow_call.secrets, by name`,
        range: model.rangeOf(job.pairs.get('secrets')),
        severity: local ? 'info' : undefined,
      });
    }
  },
  tests: [
    {
      name: 'another repository\'s workflow: warning; this repository\'s: information',
      input:
        'on: push\njobs:\n  a:\n    uses: acme/wf/.github/workflows/deploy.yml@v1\n    secrets: inherit\n  b:\n    uses: ./.github/workflows/build.yml\n    secrets: "inherit"\n',
      expect: [
        { line: 5, col: 5, message: '"secrets: inherit" passes every secret of this repository to acme/wf/.github/workflows/deploy.yml@v1, code outside it: pass only the secrets it declares under on.workflow_call.secrets, by name', severity: 'warning' },
        { line: 8, col: 5, message: '"secrets: inherit" passes every secret to ./.github/workflows/build.yml, not only those it uses: pass each secret it declares under on.workflow_call.secrets by name', severity: 'info' },
      ],
    },
    {
      name: 'secrets passed by name, or none',
      input: dedent`
        on: push
        jobs:
          a:
            uses: acme/wf/.github/workflows/deploy.yml@v1
            secrets:
              key: \${{ secrets.KEY }}
          b:
            uses: ./.github/workflows/build.yml
          c:
            runs-on: ubuntu-latest
            steps:
              - run: echo inherit
      `,
      expect: [],
    },
  ],
};

export default rule;
