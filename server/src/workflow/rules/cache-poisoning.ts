import type { Node, YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { isCommitSha, majorOf, parseActionRef, versionFromComment } from '../actions-data';
import { pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from '../structure';
import { dedent } from '../../engine/dedent';

/** Well-known actions that publish what the job built: a job with one of them publishes, whatever the trigger. */
const PUBLISHERS = new Set([
  'pypa/gh-action-pypi-publish',
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'goreleaser/goreleaser-action',
  'rubygems/release-gem',
  'actions/create-release',
  'actions/upload-release-asset',
  'svenstaro/upload-release-action',
]);

/** Why a step restores a cache, or undefined when it does not. */
function restoresCache(model: WorkflowModel, step: StepInfo): string | undefined {
  const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
  if (!ref) return undefined;
  const name = ref.name.toLowerCase();
  const input = (k: string) => {
    const v = step.with ? resolve(model, pairsOf(model, step.with).get(k)?.value) : undefined;
    return scalarString(v)?.trim();
  };
  const set = (k: string) => {
    const v = input(k);
    return v !== undefined && v !== '' && v !== 'false' && !v.includes('${{');
  };
  switch (name) {
    case 'actions/cache':
    case 'actions/cache/restore':
    case 'mozilla-actions/sccache-action':
      return name;
    case 'swatinem/rust-cache':
      return input('lookup-only') === 'true' ? undefined : name;
    case 'actions/setup-node':
    case 'actions/setup-python':
    case 'actions/setup-java':
    case 'actions/setup-dotnet':
      return set('cache') ? `${name} with cache: ${input('cache')}` : undefined;
    case 'ruby/setup-ruby':
      return input('bundler-cache') === 'true' ? `${name} with bundler-cache: true` : undefined;
    case 'astral-sh/setup-uv':
      return input('enable-cache') === 'true' ? `${name} with enable-cache: true` : undefined;
    case 'actions/setup-go': {
      const c = input('cache');
      if (c === 'true') return `${name} with cache: true`;
      if (c !== undefined) return undefined;
      // setup-go caches by default since v4.
      const version = isCommitSha(ref.ref) ? versionFromComment(step.usesNode?.comment) : ref.ref;
      const major = version ? majorOf(version.replace(/^v?(\d+).*/, '$1')) : undefined;
      return major !== undefined && major >= 4 ? `${name}, which caches by default` : undefined;
    }
  }
  return undefined;
}

/**
 * The publishing trigger of the workflow (a release, or a push of tags), and whether it is a release workflow: one
 * that runs for nothing else (`workflow_dispatch` aside), so every job of it builds the release. A CI workflow that
 * also runs on tags publishes only from its jobs that say so.
 */
function publishingTrigger(model: WorkflowModel): { name: string; releaseOnly: boolean } | undefined {
  let name: string | undefined;
  let releaseOnly = true;
  for (const e of workflowStructure(model).events) {
    const keys = isMap(e.config) ? pairsOf(model, e.config as YAMLMap) : undefined;
    if (e.name === 'release') name ??= 'the release trigger';
    else if (e.name === 'push' && keys?.has('tags')) {
      name ??= 'the push of tags';
      if (keys.has('branches') || keys.has('branches-ignore')) releaseOnly = false;
    } else if (e.name !== 'workflow_dispatch') releaseOnly = false;
  }
  return name ? { name, releaseOnly } : undefined;
}

/** A job of a CI workflow that runs only for tags or releases, or is named for publishing. */
function publishingJob(model: WorkflowModel, job: JobInfo): boolean {
  const cond = textOf(model, job.pairs.get('if')?.value);
  return /refs\/tags|ref_type|github\.event_name\s*==\s*'release'/.test(cond) || /publish|release|deploy/i.test(job.id);
}

function textOf(model: WorkflowModel, node: unknown): string {
  const r = (node as Node | undefined)?.range;
  return r ? model.text.slice(r[0], r[1]) : '';
}

const rule: Rule<WorkflowModel> = {
  id: 'cache-poisoning',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  docs: {
    summary: 'A release workflow (triggered only by `release` or a push of tags; in a CI workflow that also runs on tags, the jobs that run only for tags or are named for publishing), or a job that publishes with a well-known release action, restores a cache: `actions/cache`, `setup-*` with `cache:`, `rust-cache`, `sccache`. Named after zizmor\'s `cache-poisoning` audit.',
    why: 'Caches are shared across the workflow runs of a repository: code that runs in any workflow of the default branch with the token (a compromised dependency, an injected command, a `pull_request_target` job) can write a cache entry that the release then restores, putting its payload into what is published. Build releases from a clean state: remove the cache from the release workflow, or turn it off there (`if:` on the trigger, `lookup-only: true`). A step whose `if:` already looks at `github.event_name` or `github.ref` is not reported. There is no automatic fix: the cache may be what keeps the release build fast enough, which only the author can weigh. See https://docs.zizmor.sh/audits/#cache-poisoning and https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/.',
    bad: "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n      - run: npm ci && npm publish\n",
    good: "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n      - run: npm ci && npm publish\n",
  },
  check({ model, report }) {
    if (model.kind !== 'workflow') return;
    const trigger = publishingTrigger(model);
    for (const job of workflowStructure(model).jobs) {
      const publisher = job.steps.map((s) => (s.uses ? parseActionRef(s.uses.trim()) : undefined)).find((r) => r && PUBLISHERS.has(r.name.toLowerCase()));
      const why =
        trigger && (trigger.releaseOnly || publishingJob(model, job)) ? trigger.name : publisher ? `the ${publisher.name} step of job "${job.id}"` : undefined;
      if (!why) continue;
      for (const step of job.steps) {
        const cache = restoresCache(model, step);
        if (!cache) continue;
        const cond = scalarString(resolve(model, step.pairs.get('if')?.value)) ?? '';
        if (/github\.(event_name|ref\b|ref_type|ref_name)/.test(cond)) continue;
        report({
          message: `this step (${cache}) restores a cache in a job that publishes (${why}): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache`,
          range: model.rangeOf(step.usesNode as Node),
        });
      }
    }
  },
  tests: [
    {
      name: 'a workflow run only for tags: every job',
      input: dedent`
        on:
          push:
            tags: ['v*']
          workflow_dispatch:
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  cache: npm
              - uses: actions/cache@v4
                with:
                  path: ~/.cache
                  key: k
              - uses: actions/setup-go@v5
              - uses: Swatinem/rust-cache@v2
      `,
      expect: [
        { line: 10, col: 15, message: 'this step (actions/setup-node with cache: npm) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
        { line: 13, col: 15, message: 'this step (actions/cache) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
        { line: 17, col: 15, message: 'this step (actions/setup-go, which caches by default) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
        { line: 18, col: 15, message: 'this step (swatinem/rust-cache) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
      ],
    },
    {
      name: 'a CI workflow that also runs on tags: its jobs for tags or named for publishing',
      input: dedent`
        on:
          pull_request:
          push:
            branches: [main]
            tags: ['v*']
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-go@v5
          images:
            if: startsWith(github.ref, 'refs/tags/v')
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-go@v5
          publish_ui:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/cache@v4
      `,
      expect: [
        { line: 15, col: 15, message: 'this step (actions/setup-go, which caches by default) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
        { line: 19, col: 15, message: 'this step (actions/cache) restores a cache in a job that publishes (the push of tags): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' },
      ],
    },
    {
      name: 'a publishing action in a job of another trigger',
      input: dedent`
        on:
          push:
            branches: [main]
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: ruby/setup-ruby@v1
                with:
                  bundler-cache: true
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: astral-sh/setup-uv@v6
                with:
                  enable-cache: true
              - run: uv build
              - uses: pypa/gh-action-pypi-publish@release/v1
      `,
      expect: [{ line: 14, col: 15, message: 'this step (astral-sh/setup-uv with enable-cache: true) restores a cache in a job that publishes (the pypa/gh-action-pypi-publish step of job "publish"): any workflow run of the default branch can write that cache, and what it holds ends up in the release. Build releases without the cache' }],
    },
    {
      name: 'release workflow without a cache, a cache turned off or gated on the trigger, only saved',
      input: dedent`
        on:
          release:
            types: [published]
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/setup-go@v5
                with:
                  cache: false
              - uses: actions/setup-go@v3
              - uses: actions/setup-python@v5
                with:
                  python-version: '3.12'
              - uses: actions/cache@v4
                if: github.event_name != 'release'
              - uses: actions/cache/save@v4
              - uses: Swatinem/rust-cache@v2
                with:
                  lookup-only: true
              - uses: actions/setup-node@v4
                with:
                  cache: \${{ inputs.cache }}
      `,
      expect: [],
    },
    {
      name: 'CI workflows are not reported',
      input: 'on: [push, pull_request]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          cache: npm\n',
      expect: [],
    },
  ],
};

export default rule;
