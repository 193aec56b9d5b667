import type { YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { pairsOf, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const EXCLUSIVE: [string, string][] = [
  ['branches', 'branches-ignore'],
  ['tags', 'tags-ignore'],
  ['paths', 'paths-ignore'],
];

const rule: Rule<WorkflowModel> = {
  id: 'event-filter',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'events' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the activity type it suggests is a guess.' },
  docs: {
    summary: 'Event filters GitHub rejects: an activity type the event does not have, a filter the event does not take (`paths` on `merge_group`, `tags` on `pull_request`), or a filter together with its `-ignore` twin.',
    why: 'GitHub rejects the workflow, or the trigger never matches what you meant. To exclude some branches from a `branches` list, negate them with `!` in the same list.',
    bad: 'on:\n  pull_request:\n    types: [open]\n    branches: [main]\n    branches-ignore: [wip/**]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n',
    good: "on:\n  pull_request:\n    types: [opened]\n    branches: [main, '!wip/**']\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make test\n",
  },
  check(ctx) {
    reportStructural(ctx, 'event-filter');
    const { model } = ctx;
    for (const ev of workflowStructure(model).events) {
      if (!isMap(ev.config)) continue;
      const pairs = pairsOf(model, ev.config as YAMLMap);
      for (const [a, b] of EXCLUSIVE) {
        const pa = pairs.get(a);
        const pb = pairs.get(b);
        if (!pa || !pb) continue;
        const later = (pa.key as { range?: [number] }).range![0] > (pb.key as { range?: [number] }).range![0] ? pa : pb;
        ctx.report({
          message: `both ${JSON.stringify(a)} and ${JSON.stringify(b)} filters cannot be used for the same event ${JSON.stringify(ev.name)}. note: use '!' to negate patterns`,
          range: model.keyRange(later),
        });
      }
    }
  },
  tests: [
    {
      name: 'a misspelt activity type, with its fix',
      input: 'on:\n  pull_request:\n    types: [opend]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 3, col: 13, message: 'invalid activity type "opend" for "pull_request" Webhook event. available types are "assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"' }],
      fixed: 'on:\n  pull_request:\n    types: [opened]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'activity types',
      input: 'on:\n  pull_request:\n    types: [opened, created]\n  merge_group:\n    types: opened\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [
        { line: 3, col: 21, message: 'invalid activity type "created" for "pull_request" Webhook event. available types are "assigned", "unassigned", "labeled", "unlabeled", "opened", "edited", "closed", "reopened", "synchronize", "converted_to_draft", "locked", "unlocked", "enqueued", "dequeued", "milestoned", "demilestoned", "ready_for_review", "review_requested", "review_request_removed", "auto_merge_enabled", "auto_merge_disabled", "stacked"' },
        { line: 5, col: 12, message: 'invalid activity type "opened" for "merge_group" Webhook event. available types are "checks_requested"' },
      ],
    },
    {
      name: 'filters not available for the event',
      input: dedent`
        on:
          merge_group:
            paths: [a]
          pull_request:
            tags: [v1]
          pull_request_review:
            branches: [main]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 3, col: 5, message: '"paths" filter is not available for merge_group event. it is only for push, pull_request, pull_request_target events' },
        { line: 5, col: 5, message: '"tags" filter is not available for pull_request event. it is only for push event' },
        { line: 7, col: 5, message: '"branches" filter is not available for pull_request_review event. it is only for merge_group, push, pull_request, pull_request_target, workflow_run events' },
      ],
    },
    {
      name: 'exclusive filters',
      input: dedent`
        on:
          push:
            branches: [main]
            tags: [v1]
            branches-ignore: [x]
            paths-ignore: [docs/**]
            paths: [src/**]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 5, col: 5, message: 'both "branches" and "branches-ignore" filters cannot be used for the same event "push". note: use \'!\' to negate patterns' },
        { line: 7, col: 5, message: 'both "paths" and "paths-ignore" filters cannot be used for the same event "push". note: use \'!\' to negate patterns' },
      ],
    },
    {
      name: 'an event without filters given as a mapping',
      input: 'on:\n  status:\n    types: [x]\n  fork: {branches: main}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [
        { line: 3, col: 5, message: 'status event does not have activity types; remove "types"' },
        { line: 4, col: 10, message: '"branches" filter is not available for fork event. it is only for merge_group, push, pull_request, pull_request_target, workflow_run events' },
      ],
    },
    {
      name: 'valid filters',
      input: dedent`
        on:
          push:
            branches: [main, '!wip/**']
            tags: [v*]
            paths-ignore: [docs/**]
          pull_request:
            types: [opened, synchronize, ready_for_review]
            branches-ignore: [gh-pages]
          workflow_run:
            workflows: [CI]
            types: [completed]
            branches: [main]
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
