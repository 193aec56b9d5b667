import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { allSteps, pairsOf, scalarString, workflowStructure, type StepInfo } from '../structure';
import { dedent } from '../../engine/dedent';

const HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|github\.event\.workflow_run\.head_(sha|branch)|refs\/pull\/.*\/(merge|head)|github\.event\.number|github\.event\.pull_request\.number/;

/**
 * Actions that only move files or talk to the API, and run nothing from the workspace: a checkout of the pull
 * request's head followed by these alone builds and runs none of its code.
 */
const INERT = new Set([
  'actions/checkout',
  'actions/upload-artifact',
  'actions/download-artifact',
  'actions/cache',
  'actions/cache/save',
  'actions/cache/restore',
  'actions/labeler',
  'actions/stale',
  'peter-evans/create-or-update-comment',
  'peter-evans/find-comment',
  'marocchino/sticky-pull-request-comment',
]);

/**
 * Whether a step may run the checked-out code: a script, a local action, or an action not known to be inert. When the
 * checkout went into a folder (`path:`), only steps that name that folder reach it.
 */
function runsCheckedOutCode(model: WorkflowModel, step: StepInfo, dir: string): boolean {
  const uses = step.uses?.trim();
  if (dir) {
    const text = step.node.range ? model.text.slice(step.node.range[0], step.node.range[1]) : '';
    const escaped = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`(^|[^\\w.-])(\\./)?${escaped}(?![\\w.-])`).test(text)) return false;
  }
  if (step.run !== undefined) return true;
  if (!uses) return false;
  if (uses.startsWith('./')) return true;
  const ref = parseActionRef(uses);
  return !ref || !INERT.has(ref.name.toLowerCase());
}

const rule: Rule<WorkflowModel> = {
  id: 'dangerous-triggers',
  language: 'workflow',
  severity: 'warning',
  aliases: ['pr-target-checkout'],
  compat: {},
  docs: {
    summary: 'A workflow triggered by `pull_request_target` (or `workflow_run`) checks out the pull request\'s code with `actions/checkout` and `ref:` pointing at its head, and a later step of the job runs a script, a local action or another action on it (when the checkout went into a folder with `path:`, a later step that names that folder). Named after zizmor\'s `dangerous-triggers` audit; formerly `pr-target-checkout` (still accepted in settings and ignore comments).',
    why: 'These triggers run with the base repository\'s secrets and a write token. Checking out and building the contributor\'s code lets anyone who opens a pull request run commands with those secrets ("pwn request"). Use `pull_request` for building untrusted code, or keep the checkout of the head away from secrets and from scripts that execute it. zizmor reports every use of these triggers; Slipway reports the pattern that is exploitable (a checkout of the head and then code run in that job), so a `pull_request_target` workflow that only labels or comments is not reported. A checkout of the head followed only by steps that run nothing of it (uploading an artifact, commenting) is not reported either. See https://docs.zizmor.sh/audits/#dangerous-triggers and https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/.',
    bad: 'on: pull_request_target\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm test\n',
    good: 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n',
  },
  check({ model, report }) {
    const events = workflowStructure(model).events.map((e) => e.name);
    const trigger = events.find((e) => e === 'pull_request_target' || e === 'workflow_run');
    if (!trigger) return;
    for (const { job, step } of allSteps(model)) {
      const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
      if (!job || !ref || ref.name.toLowerCase() !== 'actions/checkout' || !step.with) continue;
      const pathPair = pairsOf(model, step.with).get('path');
      const dir = (scalarString(pathPair?.value) ?? '').trim().replace(/^\.\//, '').replace(/\/+$/, '');
      if (dir.includes('${{')) continue;
      const user = job.steps.find((s) => s.index > step.index && runsCheckedOutCode(model, s, dir === '.' ? '' : dir));
      if (!user) continue;
      const userLine = model.rangeOf(user.node).start.line + 1;
      for (const p of step.with.items) {
        if (scalarString(p.key) !== 'ref') continue;
        const v = scalarString(p.value);
        if (v && HEAD.test(v))
          report({
            message: `the ${trigger} trigger runs with secrets and a write token, and this step checks out the pull request's code (${v.trim()}) that the step on line ${userLine} then runs: the pull request's author can run code with those secrets`,
            range: model.rangeOf(p),
          });
      }
    }
  },
  tests: [
    {
      name: 'head checkout under pull_request_target, then a script',
      input: dedent`
        on:
          pull_request_target:
            types: [opened]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - uses: actions/checkout@v4
                with:
                  ref: refs/pull/\${{ github.event.number }}/merge
              - run: make
      `,
      expect: [
        { line: 10, col: 11, message: "the pull_request_target trigger runs with secrets and a write token, and this step checks out the pull request's code (${{ github.event.pull_request.head.sha }}) that the step on line 14 then runs: the pull request's author can run code with those secrets" },
        { line: 13, col: 11, message: "the pull_request_target trigger runs with secrets and a write token, and this step checks out the pull request's code (refs/pull/${{ github.event.number }}/merge) that the step on line 14 then runs: the pull request's author can run code with those secrets" },
      ],
    },
    {
      name: 'workflow_run head, then a local action or a third-party action',
      input: dedent`
        on:
          workflow_run:
            workflows: [ci]
            types: [completed]
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.workflow_run.head_sha }}
              - uses: ./.github/actions/report
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.workflow_run.head_branch }}
              - uses: docker/build-push-action@v6
      `,
      expect: [
        { line: 11, col: 11, message: "the workflow_run trigger runs with secrets and a write token, and this step checks out the pull request's code (${{ github.event.workflow_run.head_sha }}) that the step on line 12 then runs: the pull request's author can run code with those secrets" },
        { line: 18, col: 11, message: "the workflow_run trigger runs with secrets and a write token, and this step checks out the pull request's code (${{ github.event.workflow_run.head_branch }}) that the step on line 19 then runs: the pull request's author can run code with those secrets" },
      ],
    },
    {
      name: 'head checkout that nothing runs: an upload, a comment, a script before it, or a script in another job',
      input: dedent`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo before
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.head_ref }}
              - uses: actions/upload-artifact@v4
                with:
                  path: dist
              - uses: marocchino/sticky-pull-request-comment@v2
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: make
      `,
      expect: [],
    },
    {
      name: 'head checked out into a folder: reported only when a later step names the folder',
      input: dedent`
        on: pull_request_target
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
                  path: pr
              - run: ./ci/lint.sh
              - uses: ./.github/actions/report
              - run: cd pr && npm test
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
                  path: ./untrusted/
              - run: make -C trusted
              - uses: actions/upload-artifact@v4
                with:
                  path: untrusted/dist
              - uses: docker/build-push-action@v6
                with:
                  context: untrusted-docs
      `,
      expect: [{ line: 8, col: 11, message: "the pull_request_target trigger runs with secrets and a write token, and this step checks out the pull request's code (${{ github.event.pull_request.head.sha }}) that the step on line 12 then runs: the pull request's author can run code with those secrets" }],
    },
    {
      name: 'base checkout, or pull_request',
      input: dedent`
        on:
          pull_request_target:
          pull_request:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  ref: main
              - run: make
      `,
      expect: [],
    },
    {
      name: 'head checkout under pull_request runs with no secrets',
      input: 'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: make\n',
      expect: [],
    },
  ],
};

export default rule;
