import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap } from '../../yaml/nodes';
import type { Fix, Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { pairsOf, resolve, scalarString, workflowStructure, type JobInfo, type StepInfo } from '../structure';
import { dedent } from '../../engine/dedent';

/** Actions that need no write access: with only these (and no token handed to a step) a write grant is unused. */
const READ_ONLY = /^actions\/(checkout|setup-[a-z]+|cache(\/save|\/restore)?|upload-artifact|download-artifact)$/;

/** Well-known actions that write with the job's token (`GITHUB_TOKEN`) unless given another one. */
const WRITERS = new Set([
  'softprops/action-gh-release',
  'ncipollo/release-action',
  'actions/create-release',
  'peter-evans/create-pull-request',
  'peter-evans/create-or-update-comment',
  'stefanzweifel/git-auto-commit-action',
  'endbug/add-and-commit',
  'peaceiris/actions-gh-pages',
  'jamesives/github-pages-deploy-action',
  'marocchino/sticky-pull-request-comment',
  'actions/stale',
  'actions/labeler',
  'release-drafter/release-drafter',
  'googleapis/release-please-action',
]);

/** `gh` subcommands that write: reads (`gh pr view`, `gh release download`) need no write grant. */
const GH_WRITE =
  /\bgh\s+(?:pr\s+(?:create|merge|comment|edit|close|reopen|review|ready|lock)|issue\s+(?:create|comment|edit|close|reopen|delete|lock|transfer|pin)|release\s+(?:create|upload|edit|delete)|label\s+(?:create|edit|delete|clone)|api\b[^\n]*?\s(?:-X|--method)\s*(?:POST|PATCH|PUT|DELETE))\b/;

const TOKEN_TEXT = /secrets\.GITHUB_TOKEN|github\.token\b/i;

function textOf(model: WorkflowModel, node: unknown): string {
  const r = (node as Node | undefined)?.range;
  return r ? model.text.slice(r[0], r[1]) : '';
}

/** A `with:` or `env:` value of the step that passes a secret other than the job's token as a token. */
function otherToken(model: WorkflowModel, step: StepInfo): boolean {
  return [step.with, resolve(model, step.pairs.get('env')?.value)].some(
    (m) => isMap(m) && (m as YAMLMap).items.some((p) => /token/i.test(scalarString(p.key) ?? '') && /secrets\.(?!GITHUB_TOKEN\b)/i.test(textOf(model, p.value))),
  );
}

/** The first step of the job that writes to the repository with the job's token, and how. */
function writer(model: WorkflowModel, job: JobInfo, workflowEnv: string): { step: StepInfo; how: string } | undefined {
  const checkoutWithOtherToken = job.steps.some((s) => /^actions\/checkout@/i.test(s.uses?.trim() ?? '') && otherToken(model, s));
  const tokenGiven = (s: StepInfo) => TOKEN_TEXT.test(textOf(model, s.node)) || TOKEN_TEXT.test(textOf(model, job.pairs.get('env')?.value)) || TOKEN_TEXT.test(workflowEnv);
  for (const step of job.steps) {
    if (step.run !== undefined) {
      if (/\bgit\s+push\b/.test(step.run) && !checkoutWithOtherToken) return { step, how: 'git push' };
      const gh = GH_WRITE.exec(step.run);
      if (gh && tokenGiven(step)) return { step, how: gh[0].replace(/\s+/g, ' ') };
      continue;
    }
    const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
    if (ref && WRITERS.has(ref.name.toLowerCase()) && !otherToken(model, step)) return { step, how: ref.name };
  }
  return undefined;
}

/** Whether no step of the job can use a write grant: read-only actions, scripts without the token or stored credentials. */
function writesNothing(model: WorkflowModel, job: JobInfo, workflowEnv: string): boolean {
  if (job.uses !== undefined || job.steps.length === 0) return false;
  if (TOKEN_TEXT.test(textOf(model, job.node)) || TOKEN_TEXT.test(workflowEnv)) return false;
  let scripts = false;
  let persisted = false;
  for (const step of job.steps) {
    if (step.run !== undefined) {
      scripts = true;
      continue;
    }
    const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
    if (!ref || !READ_ONLY.test(ref.name.toLowerCase())) return false;
    if (ref.name.toLowerCase() === 'actions/checkout') {
      const p = step.with ? pairsOf(model, step.with).get('persist-credentials') : undefined;
      if (scalarString(resolve(model, p?.value))?.trim() !== 'false') persisted = true;
    }
  }
  // A script can push with the credentials a checkout left in .git/config.
  return !(scripts && persisted);
}

/** The `write` scopes of a permissions mapping, `id-token` left out (any step may ask for an OIDC token unseen). */
function writeScopes(model: WorkflowModel, node: unknown): Pair[] {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.filter((p) => scalarString(resolve(model, p.value))?.trim() === 'write' && scalarString(p.key) !== 'id-token') as Pair[];
}

function toRead(model: WorkflowModel, p: Pair): Fix[] {
  return [replaceFix(model.rangeOf(p.value as Node), 'read')];
}

const rule: Rule<WorkflowModel> = {
  id: 'excessive-permissions',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  fix: { safety: 'unsafe', why: 'Lowering a permission may break a step that needs it.' },
  docs: {
    summary: 'The job\'s token gets more than it needs: `permissions: write-all` (a warning); a `write` scope in a job whose steps only check out, set up tools, cache and move artifacts, and are not given the token (information, fixed to `read`); or a workflow with no `permissions:` whose job writes with the token (`git push`, `gh pr …`, a release or pull-request action) and so depends on the repository\'s default (information). Named after zizmor\'s `excessive-permissions` audit.',
    why: 'Every step of the job, including each third-party action and whatever it downloads, can use the token with the permissions granted: a compromised dependency or an injected command can then push code, create releases or approve pull requests. Grant each job the scopes it uses, close to where it uses them (`permissions: {}` at the top, scopes per job). A workflow that sets no `permissions:` gets the repository\'s default: read-only for repositories created since 2023, but write to every scope on older ones, and a job that writes then fails or works depending on a setting outside the file; only such workflows are reported, not every workflow without `permissions:`. `id-token: write` is never reported as unused: any script can ask for an OIDC token (`npm publish --provenance`) without naming it. See https://docs.zizmor.sh/audits/#excessive-permissions.',
    bad: 'on: push\npermissions: write-all\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
    good: 'on: push\npermissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n',
  },
  check({ model, report }) {
    const s = workflowStructure(model);
    if (!s.root || model.kind !== 'workflow') return;
    const top = pairsOf(model, s.root);
    const wfPerm = top.get('permissions');
    const wfEnv = textOf(model, top.get('env')?.value);
    const writeAll = (p: Pair | undefined, where: string) => {
      const v = resolve(model, p?.value);
      if (scalarString(v)?.trim() === 'write-all')
        report({
          message: `"permissions: write-all" gives the token of ${where} write access to every scope: grant only the scopes it uses (e.g. contents: read, pull-requests: write)`,
          range: model.rangeOf(v as Node),
        });
    };
    writeAll(wfPerm, 'every job');
    for (const job of s.jobs) writeAll(job.pairs.get('permissions'), `job "${job.id}"`);

    // Write grants no step can use.
    const inherit = s.jobs.filter((j) => !j.pairs.has('permissions'));
    for (const job of s.jobs) {
      const jp = job.pairs.get('permissions');
      if (!jp || !writesNothing(model, job, wfEnv)) continue;
      for (const p of writeScopes(model, resolve(model, jp.value)))
        report({
          message: `"${scalarString(p.key)}: write" is not used: the steps of job "${job.id}" only check out, set up tools, cache and move artifacts, and none is given the token; read is enough`,
          range: model.rangeOf(p.value as Node),
          severity: 'info',
          fixes: toRead(model, p),
        });
    }
    if (wfPerm && inherit.length > 0 && inherit.every((j) => writesNothing(model, j, wfEnv)))
      for (const p of writeScopes(model, resolve(model, wfPerm.value)))
        report({
          message: `"${scalarString(p.key)}: write" is not used: the steps of the jobs that inherit it (${inherit.map((j) => `"${j.id}"`).join(', ')}) only check out, set up tools, cache and move artifacts, and none is given the token; read is enough`,
          range: model.rangeOf(p.value as Node),
          severity: 'info',
          fixes: toRead(model, p),
        });

    // No permissions at all, and a job that writes with the token.
    if (wfPerm) return;
    for (const job of inherit) {
      const w = writer(model, job, wfEnv);
      if (!w) continue;
      report({
        message: `this workflow sets no permissions:, so job "${job.id}" gets the repository's default token permissions, and its step on line ${model.rangeOf(w.step.node).start.line + 1} writes with the token (${w.how}): declare the scopes it needs (e.g. permissions: contents: write) so it neither depends on the default nor gives the other jobs write access`,
        range: job.keyRange,
        severity: 'info',
      });
    }
  },
  tests: [
    {
      name: 'write-all at the workflow and at a job',
      input: 'on: push\npermissions: write-all\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: "write-all"\n    steps:\n      - run: make\n',
      expect: [
        { line: 2, col: 14, severity: 'warning', message: '"permissions: write-all" gives the token of every job write access to every scope: grant only the scopes it uses (e.g. contents: read, pull-requests: write)' },
        { line: 6, col: 18, message: '"permissions: write-all" gives the token of job "a" write access to every scope: grant only the scopes it uses (e.g. contents: read, pull-requests: write)', severity: 'warning' },
      ],
    },
    {
      name: 'write scopes that only checkout, setup and artifact steps get: fixed to read',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              contents: write
              id-token: write
              pull-requests: read
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
              - uses: actions/upload-artifact@v4
                with:
                  path: dist
      `,
      expect: [{ line: 6, col: 17, severity: 'info', message: '"contents: write" is not used: the steps of job "a" only check out, set up tools, cache and move artifacts, and none is given the token; read is enough' }],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              contents: read
              id-token: write
              pull-requests: read
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
              - uses: actions/upload-artifact@v4
                with:
                  path: dist
      `,
    },
    {
      name: 'workflow-level write that no inheriting job uses; scripts are fine when no checkout keeps credentials',
      input: dedent`
        on: push
        permissions:
          issues: write
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
              - run: make
          b:
            runs-on: ubuntu-latest
            permissions: {}
            steps:
              - run: gh issue create
                env:
                  GH_TOKEN: \${{ github.token }}
      `,
      expect: [{ line: 3, col: 11, message: '"issues: write" is not used: the steps of the jobs that inherit it ("a") only check out, set up tools, cache and move artifacts, and none is given the token; read is enough', severity: 'info' }],
    },
    {
      name: 'write grants that may be used are not reported',
      input: dedent`
        on: push
        permissions:
          contents: write
        jobs:
          push:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: ./release.sh
          token:
            runs-on: ubuntu-latest
            permissions:
              packages: write
            steps:
              - run: echo "\${{ secrets.GITHUB_TOKEN }}" | docker login ghcr.io -u x --password-stdin
          action:
            runs-on: ubuntu-latest
            permissions:
              pull-requests: write
            steps:
              - uses: actions/checkout@v4
              - uses: peter-evans/create-pull-request@v7
          reusable:
            permissions:
              contents: write
            uses: ./.github/workflows/release.yml
      `,
      expect: [],
    },
    {
      name: 'no permissions, and a job that writes with the token',
      input: dedent`
        on: push
        jobs:
          test:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: make test
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: |
                  make docs
                  git push origin gh-pages
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: softprops/action-gh-release@v2
          comment:
            runs-on: ubuntu-latest
            steps:
              - run: gh pr comment 1 --body hi
                env:
                  GH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
          api:
            runs-on: ubuntu-latest
            env:
              GH_TOKEN: \${{ github.token }}
            steps:
              - run: gh pr view 1
              - run: gh api repos/o/r/labels -X POST -f name=x
      `,
      expect: [
        { line: 8, col: 3, message: 'this workflow sets no permissions:, so job "publish" gets the repository\'s default token permissions, and its step on line 12 writes with the token (git push): declare the scopes it needs (e.g. permissions: contents: write) so it neither depends on the default nor gives the other jobs write access', severity: 'info' },
        { line: 15, col: 3, message: 'this workflow sets no permissions:, so job "release" gets the repository\'s default token permissions, and its step on line 18 writes with the token (softprops/action-gh-release): declare the scopes it needs (e.g. permissions: contents: write) so it neither depends on the default nor gives the other jobs write access', severity: 'info' },
        { line: 19, col: 3, message: 'this workflow sets no permissions:, so job "comment" gets the repository\'s default token permissions, and its step on line 22 writes with the token (gh pr comment): declare the scopes it needs (e.g. permissions: contents: write) so it neither depends on the default nor gives the other jobs write access', severity: 'info' },
        { line: 25, col: 3, message: 'this workflow sets no permissions:, so job "api" gets the repository\'s default token permissions, and its step on line 31 writes with the token (gh api repos/o/r/labels -X POST): declare the scopes it needs (e.g. permissions: contents: write) so it neither depends on the default nor gives the other jobs write access', severity: 'info' },
      ],
    },
    {
      name: 'no permissions, writes with another token or none: not reported',
      input: dedent`
        on: push
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  token: \${{ secrets.BOT_PAT }}
              - run: git push
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: softprops/action-gh-release@v2
                with:
                  token: \${{ secrets.RELEASE_TOKEN }}
              - run: gh pr list
          comment:
            runs-on: ubuntu-latest
            steps:
              - run: gh pr comment 1 --body hi
                env:
                  GH_TOKEN: \${{ secrets.BOT }}
      `,
      expect: [],
    },
  ],
};

export default rule;
