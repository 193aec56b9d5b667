import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'unknown-event',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'events' },
  fix: { safety: 'unsafe', why: 'A did-you-mean is a guess; an event written in another case (`Push`) is lowercased by `--fix` (safe).' },
  docs: {
    summary: 'An event under `on:` that GitHub does not know (names are case-sensitive and use underscores).',
    why: 'GitHub rejects the workflow, and a near miss such as `pull-request` or `Push` is easy to overlook. The fix offers the nearest event name.',
    bad: 'on:\n  pull-request:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
    good: 'on:\n  pull_request:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
  },
  check(ctx) {
    reportStructural(ctx, 'unknown-event');
  },
  tests: [
    {
      name: 'in a mapping, a list and a string',
      input: 'on:\n  SCHEDULE:\n    - cron: "0 0 * * *"\n  pull-request:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [
        { line: 2, col: 3, message: 'unknown Webhook event "SCHEDULE". Did you mean "schedule"?' },
        { line: 4, col: 3, message: 'unknown Webhook event "pull-request". Did you mean "pull_request"?' },
      ],
      fixed: 'on:\n  schedule:\n    - cron: "0 0 * * *"\n  pull_request:\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'list and string forms',
      input: 'on: [push, pullrequest]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 1, col: 12, message: 'unknown Webhook event "pullrequest". Did you mean "pull_request"?' }],
    },
    { name: 'a string', input: 'on: foo\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n', expect: [{ line: 1, col: 5, message: 'unknown Webhook event "foo"; see https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows for the list of events' }] },
    {
      name: 'known events',
      input: dedent`
        on:
          push:
          pull_request_target:
            types: [opened]
          workflow_dispatch:
          workflow_call:
          merge_group:
          repository_dispatch:
            types: [deploy]
          schedule:
            - cron: "0 0 * * 1"
          issue_comment:
          release:
            types: [published]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
