import type { Node } from 'yaml';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { labelsOf } from '../runners';
import { workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

/**
 * Events whose run checks out the pull request's code (the merge commit) by default, a fork's included: whoever opens
 * the pull request runs code on the runner without any other mistake in the workflow.
 */
const PR_CODE_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

const rule: Rule<WorkflowModel> = {
  id: 'self-hosted-runner',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  docs: {
    summary: 'A job runs on a `self-hosted` runner in a workflow that pull requests trigger (`pull_request`, `pull_request_review`, `pull_request_review_comment`), so the code of a pull request, a fork\'s included, runs on that machine (zizmor\'s `self-hosted-runner`).',
    why:
      'In a public repository anyone can open a pull request; after one accepted contribution GitHub no longer asks for approval, and the pull request\'s code then runs on your machine, where it can read what other jobs leave behind, stay around for the next job, or reach your network. GitHub advises against self-hosted runners in public repositories. Run pull request jobs on GitHub-hosted runners, or use ephemeral (just-in-time) runners and require approval for all outside contributors. Only the `self-hosted` label is sure to mean a self-hosted runner: a runner group or a custom label may be a GitHub-hosted larger runner, and a label chosen by an expression other than a matrix value is unknown, so those are left alone; workflows that pull requests do not start (push, schedule, manual runs) are not reported (zizmor reports every self-hosted runner, in its auditor persona). See https://docs.zizmor.sh/audits/#self-hosted-runner and https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/about-self-hosted-runners#self-hosted-runner-security.',
    bad: 'on: pull_request\njobs:\n  test:\n    runs-on: [self-hosted, linux, gpu]\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
    good: 'on:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: [self-hosted, linux, gpu]\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    const event = s.events.find((e) => PR_CODE_EVENTS.includes(e.name))?.name;
    if (!event) return;
    for (const job of s.jobs) {
      if (job.uses || !job.runsOn) continue;
      const seen = new Set<Node>();
      for (const labels of labelsOf(model, job)) {
        const l = labels.find((x) => x.name.trim().toLowerCase() === 'self-hosted');
        if (!l || seen.has(l.node)) continue;
        seen.add(l.node);
        report({
          message: `job ${JSON.stringify(job.id)} runs on a self-hosted runner, and ${event} starts this workflow: in a public repository the code of anyone's pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors`,
          range: model.rangeOf(l.node),
        });
      }
    }
  },
  tests: [
    {
      name: 'a self-hosted label in a list, a string, a labels mapping and a matrix value',
      input: dedent`
        on:
          pull_request:
            branches: [main]
        jobs:
          a:
            runs-on: [self-hosted, linux]
            steps:
              - run: make
          b:
            runs-on: self-hosted
            steps:
              - run: make
          c:
            runs-on:
              group: gpu
              labels: [self-hosted, gpu]
            steps:
              - run: make
          d:
            strategy:
              matrix:
                runner: [ubuntu-latest, self-hosted]
            runs-on: \${{ matrix.runner }}
            steps:
              - run: make
      `,
      expect: [
        { line: 6, col: 15, message: 'job "a" runs on a self-hosted runner, and pull_request starts this workflow: in a public repository the code of anyone\'s pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors' },
        { line: 10, col: 14, message: 'job "b" runs on a self-hosted runner, and pull_request starts this workflow: in a public repository the code of anyone\'s pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors' },
        { line: 16, col: 16, message: 'job "c" runs on a self-hosted runner, and pull_request starts this workflow: in a public repository the code of anyone\'s pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors' },
        { line: 22, col: 33, message: 'job "d" runs on a self-hosted runner, and pull_request starts this workflow: in a public repository the code of anyone\'s pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors' },
      ],
    },
    {
      name: 'workflows pull requests do not start',
      input: "on: [push, workflow_dispatch, schedule, workflow_call]\njobs:\n  a:\n    runs-on: [self-hosted, linux]\n    steps:\n      - run: make\n",
      expect: [],
    },
    {
      name: 'GitHub-hosted, group-only, custom and computed runners; reusable workflow calls',
      input: dedent`
        on:
          pull_request_review:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: make
          b:
            runs-on:
              group: large-runners
            steps:
              - run: make
          c:
            runs-on: [linux, gpu-a100]
            steps:
              - run: make
          d:
            runs-on: \${{ inputs.runner }}
            steps:
              - run: make
          e:
            uses: ./.github/workflows/build.yml
      `,
      expect: [],
    },
    {
      name: 'review comments run the pull request\'s code too',
      input: "on:\n  pull_request_review_comment:\n  issue_comment:\njobs:\n  a:\n    runs-on: [self-hosted]\n    steps:\n      - run: make\n",
      expect: [{ line: 6, col: 15, message: 'job "a" runs on a self-hosted runner, and pull_request_review_comment starts this workflow: in a public repository the code of anyone\'s pull request runs on that machine and can persist there. use a GitHub-hosted runner for pull requests, or ephemeral runners with approval required for outside contributors' }],
    },
    {
      name: 'privileged triggers run the base branch\'s code (dangerous-triggers reports them)',
      input: dedent`
        on:
          pull_request_target:
          workflow_run:
            workflows: [ci]
            types: [completed]
          issue_comment:
        jobs:
          a:
            runs-on: self-hosted
            steps:
              - run: make
      `,
      expect: [],
    },
  ],
};

export default rule;
