import * as path from 'node:path';
import type { Scalar } from 'yaml';
import type { Fix, Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { localUses, documentProjectRoot, withValues } from '../localFiles';
import { workflowStructure, type StepInfo } from '../structure';
import { sharedAt } from '../stepEdit';
import { dedent } from '../../engine/dedent';

/** Inputs of `actions/checkout` that leave the workspace root holding this repository at the running commit. */
const PLAIN_CHECKOUT_INPUTS = new Set([
  'token',
  'ssh-key',
  'ssh-known-hosts',
  'ssh-strict',
  'ssh-user',
  'persist-credentials',
  'clean',
  'filter',
  'fetch-depth',
  'fetch-tags',
  'show-progress',
  'lfs',
  'submodules',
  'set-safe-directory',
  'github-server-url',
]);

/** git commands that change the files of the working tree (or replace it). */
const GIT_TREE = /\bgit\b[^\n;&|]*?\s(?:checkout|switch|reset|restore|pull|merge|rebase|cherry-pick|revert|apply|am|stash|clean|rm|mv|worktree|clone|read-tree|submodule)\b|\bgh\s+(?:pr|repo)\s+(?:checkout|clone)\b/;

/**
 * Whether, when `steps[index]` starts, the workspace root certainly holds this repository at the running commit
 * with `dir` (the local action's folder) unchanged: a plain, unconditional `actions/checkout` ran before it and no
 * later step checked out something else over it, ran git commands that change the working tree or named `dir`.
 */
function workspaceIsThisCommit(model: WorkflowModel, steps: readonly StepInfo[], index: number, dir: string): boolean {
  let self = false;
  for (const s of steps.slice(0, index)) {
    const u = s.uses?.trim();
    if (u && parseActionRef(u)?.name.toLowerCase() === 'actions/checkout') {
      const w = withValues(model, s);
      const into = w.has('path') ? (w.get('path') ?? '${{').trim().replace(/^\.\/?/, '').replace(/\/+$/, '') : '';
      if (into === '') self = !s.pairs.has('if') && [...w.keys()].every((k) => PLAIN_CHECKOUT_INPUTS.has(k));
      // Into a folder: the root is left alone unless the folder may hold the action (or is not known).
      else if (into.includes('${{') || dir === into || dir.startsWith(into + '/')) self = false;
      continue;
    }
    if (u && /checkout|clone/i.test(u)) self = false;
    if (s.run !== undefined && (GIT_TREE.test(s.run) || (dir !== '' && s.run.includes(dir)))) self = false;
  }
  return self;
}

/** The edit turning the leading `./` of a plain or quoted `uses:` scalar into `$/`. */
function prefixFix(model: WorkflowModel, node: Scalar, local: string): Fix | undefined {
  const r = node.range;
  if (!r || sharedAt(model, r[0])) return undefined;
  const skip = node.type === 'PLAIN' ? 0 : node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : -1;
  if (skip < 0 || !model.text.startsWith('./', r[0] + skip)) return undefined;
  const start = model.lines.positionAt(r[0] + skip);
  return replaceFix({ start, end: { line: start.line, character: start.character + 2 } }, '$/', { shown: `$/${local}` });
}

const FILES = { '.github/actions/hello/action.yml': 'name: h\ndescription: d\nruns:\n  using: composite\n  steps: []\n', '.github/workflows/reuse.yml': 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n', 'action.yml': 'name: h\ndescription: d\nruns:\n  using: composite\n  steps: []\n' };

const rule: Rule<WorkflowModel> = {
  id: 'self-repository-ref',
  language: 'workflow',
  severity: 'info',
  compat: {},
  fix: { safety: 'unsafe', why: 'Where it is offered `$/` means the same commit, but it needs runner 2.336.0 or newer and is not on GitHub Enterprise Server: a workflow that runs today could stop.' },
  docs: {
    summary:
      'A step uses an action, or a job calls a reusable workflow, of this repository with `./path`: prefer the self-repository reference `$/path` (GitHub, July 2026). A quick fix is offered where both certainly mean the same.',
    why:
      '`./path` is read from the workspace, so a step needs a checkout first, and whatever an earlier step leaves in the workspace (another checkout, a `git checkout` of another ref, a pull request\'s files) is what runs. ' +
      '`$/path` is read from this repository at the commit being run: no checkout, and no earlier step can replace it ' +
      '(https://github.blog/changelog/2026-07-30-reference-same-repository-actions-with-self-repository-syntax/, ' +
      'https://docs.github.com/en/actions/how-tos/reuse-automations/reuse-workflows). ' +
      'The fix is offered for a job\'s reusable workflow call (`./` already means the caller\'s commit there), and for a step only after a plain, unconditional `actions/checkout` of this repository into the workspace with no later step checking out something else, running git commands that change the files or naming the action\'s folder; elsewhere the finding comes without a fix, since the two may differ. ' +
      'Steps of a workflow with `on: workflow_call` are left alone: called from another repository, its `./` is the caller\'s checkout, which may be intended; the calls of its jobs get no fix. ' +
      '`action.yml` is not checked: in a composite action `./` is the caller\'s workspace while `$/` is the action\'s own repository. ' +
      '`$/` is not available on GitHub Enterprise Server and needs runner 2.336.0 or newer: turn the rule off there.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/setup\n  deploy:\n    uses: ./.github/workflows/deploy.yml\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: $/.github/actions/setup\n  deploy:\n    uses: $/.github/workflows/deploy.yml\n',
    files: {
      '.github/actions/setup/action.yml': 'name: setup\ndescription: d\nruns:\n  using: composite\n  steps: []\n',
      '.github/workflows/deploy.yml': 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
  },
  check({ model, files, path: docPath, report }) {
    const s = workflowStructure(model);
    const reusable = s.events.some((e) => e.name === 'workflow_call');
    const root = () => documentProjectRoot(model, docPath, files);
    const seen = new Set<Scalar>();
    for (const job of s.jobs) {
      if (job.uses !== undefined && job.usesNode && !seen.has(job.usesNode)) {
        seen.add(job.usesNode);
        const u = job.uses.trim();
        const local = localUses(u);
        if (local?.kind === 'workspace' && /^\.\/[^@\s]+\.ya?ml$/.test(u) && !u.includes('${{')) {
          const fix = reusable ? undefined : prefixFix(model, job.usesNode, local.path);
          report({
            message:
              `prefer "$/${local.path}" to ${JSON.stringify(u)}: "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller)` +
              (reusable ? '. no quick fix: this workflow has "workflow_call", and when another repository calls it, "./" may be looked up in the caller\'s repository' : ''),
            range: model.rangeOf(job.usesNode),
            fixes: fix && [fix],
          });
        }
      }
      // Called from another repository, a reusable workflow's `./` is the caller's checkout (often on purpose).
      if (reusable) continue;
      job.steps.forEach((step, index) => {
        if (step.uses === undefined || !step.usesNode || seen.has(step.usesNode)) return;
        seen.add(step.usesNode);
        const u = step.uses.trim();
        const local = localUses(u);
        // The repository root itself (`./`) is left alone: GitHub documents `$/path/to/dir`, not a bare `$/`.
        if (local?.kind !== 'workspace' || local.path.replace(/^[./]+/, '') === '' || u.includes('@') || u.includes('${{')) return;
        // `$/` reads the commit: an action folder that only an earlier step creates is not there.
        const r = root();
        const dir = local.path.replace(/\/+$/, '');
        if (!r || !['action.yml', 'action.yaml', 'Dockerfile'].some((n) => files.exists(path.posix.join(r, dir, n)))) return;
        // The same node in several jobs (an aliased steps list) is reported once: its fix must suit them all.
        const safe = s.jobs.every((j) => j.steps.every((st, i) => st.usesNode !== step.usesNode || workspaceIsThisCommit(model, j.steps, i, dir)));
        const fix = safe ? prefixFix(model, step.usesNode, local.path) : undefined;
        report({
          message:
            `prefer "$/${local.path}" to ${JSON.stringify(u)}: "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step` +
            (safe ? '' : '. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ'),
          range: model.rangeOf(step.usesNode),
          fixes: fix && [fix],
        });
      });
    }
  },
  tests: [
    {
      name: 'a job calling a reusable workflow of this repository with ./: fixed, quoted or not',
      input: 'on: push\njobs:\n  a:\n    uses: ./.github/workflows/reuse.yml\n  b:\n    uses: \'./.github/workflows/reuse.yml\'\n',
      files: FILES,
      expect: [
        { line: 4, col: 11, message: 'prefer "$/.github/workflows/reuse.yml" to "./.github/workflows/reuse.yml": "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller)' },
        { line: 6, col: 11, message: 'prefer "$/.github/workflows/reuse.yml" to "./.github/workflows/reuse.yml": "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller)' },
      ],
      fixed: 'on: push\njobs:\n  a:\n    uses: $/.github/workflows/reuse.yml\n  b:\n    uses: \'$/.github/workflows/reuse.yml\'\n',
    },
    {
      name: 'a step after a plain checkout of this repository: fixed (another checkout into a folder leaves the root alone)',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - uses: actions/checkout@v4
                with:
                  repository: octo/tools
                  path: tools
              - run: npm ci
              - uses: ./.github/actions/hello
              - uses: "./.github/actions/hello"
      `,
      files: FILES,
      expect: [
        { line: 14, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step' },
        { line: 15, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
              - uses: actions/checkout@v4
                with:
                  repository: octo/tools
                  path: tools
              - run: npm ci
              - uses: $/.github/actions/hello
              - uses: "$/.github/actions/hello"
      `,
    },
    {
      name: 'no fix where ./ may read something else: no checkout, another repository or ref, git commands, a conditional, sparse or in-folder checkout, a step touching the folder',
      input: dedent`
        on: push
        jobs:
          none:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/hello
          other-repo:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  repository: octo/other
              - uses: ./.github/actions/hello
          other-ref:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - uses: ./.github/actions/hello
          git:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: git fetch origin && git checkout v1
              - uses: ./.github/actions/hello
          conditional:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                if: github.event_name == 'push'
              - uses: ./.github/actions/hello
          sparse:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  sparse-checkout: src
              - uses: ./.github/actions/hello
          in-folder:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  path: src
              - uses: ./.github/actions/hello
          touched:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: cp -r patches/hello .github/actions/hello
              - uses: ./.github/actions/hello
      `,
      files: FILES,
      expect: [
        { line: 6, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 13, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 21, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 27, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 33, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 40, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 47, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 53, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
      ],
      fixed: dedent`
        on: push
        jobs:
          none:
            runs-on: ubuntu-latest
            steps:
              - uses: ./.github/actions/hello
          other-repo:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  repository: octo/other
              - uses: ./.github/actions/hello
          other-ref:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  ref: \${{ github.event.pull_request.head.sha }}
              - uses: ./.github/actions/hello
          git:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: git fetch origin && git checkout v1
              - uses: ./.github/actions/hello
          conditional:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                if: github.event_name == 'push'
              - uses: ./.github/actions/hello
          sparse:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  sparse-checkout: src
              - uses: ./.github/actions/hello
          in-folder:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  path: src
              - uses: ./.github/actions/hello
          touched:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: cp -r patches/hello .github/actions/hello
              - uses: ./.github/actions/hello
      `,
    },
    {
      name: 'not reported: $/ already, a folder only an earlier step could create, invalid forms, expressions, the repository root, other repositories',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: $/.github/actions/hello
              - uses: ./.github/actions/generated
              - uses: ./.github/actions/hello@v1
              - uses: ./\${{ matrix.dir }}
              - uses: ./
              - uses: octo/action@v1
          b:
            uses: $/.github/workflows/reuse.yml
          c:
            uses: ./.github/workflows/reuse.yml@main
          d:
            uses: octo/repo/.github/workflows/reuse.yml@v1
      `,
      files: FILES,
      expect: [],
    },
    {
      name: 'a reusable workflow: steps left alone (./ is the caller\'s checkout), job calls without a fix',
      path: '.github/workflows/lib.yml',
      input: dedent`
        on:
          push:
          workflow_call:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: ./.github/actions/hello
          b:
            uses: ./.github/workflows/reuse.yml
      `,
      files: FILES,
      expect: [
        { line: 11, col: 11, message: 'prefer "$/.github/workflows/reuse.yml" to "./.github/workflows/reuse.yml": "$/" is the recommended reference to a reusable workflow of this repository (the same commit as the caller). no quick fix: this workflow has "workflow_call", and when another repository calls it, "./" may be looked up in the caller\'s repository' },
      ],
      fixed: dedent`
        on:
          push:
          workflow_call:
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: ./.github/actions/hello
          b:
            uses: ./.github/workflows/reuse.yml
      `,
    },
    {
      name: 'a step shared through an alias is reported once, and fixed only if safe in every job',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: &s
              - uses: ./.github/actions/hello
          b:
            runs-on: ubuntu-latest
            steps: *s
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - &h
                uses: ./.github/actions/hello
          d:
            runs-on: ubuntu-latest
            steps:
              - *h
      `,
      files: FILES,
      expect: [
        { line: 6, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
        { line: 15, col: 15, message: 'prefer "$/.github/actions/hello" to "./.github/actions/hello": "$/" reads this repository at the running commit, needs no checkout and cannot be replaced by an earlier step. no quick fix: at this step the workspace may not hold this commit (no plain checkout of this repository before it, or a later step changes the files), so the two may differ' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps: &s
              - uses: ./.github/actions/hello
          b:
            runs-on: ubuntu-latest
            steps: *s
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - &h
                uses: ./.github/actions/hello
          d:
            runs-on: ubuntu-latest
            steps:
              - *h
      `,
    },
  ],
};

export default rule;
