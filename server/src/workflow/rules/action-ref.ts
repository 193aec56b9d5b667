import * as path from 'node:path';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { checkoutCovering, localUses, documentProjectRoot } from '../localFiles';
import { allSteps } from '../structure';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'action-ref',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'action' },
  docs: {
    summary: 'A step\'s `uses:` must be `owner/repo@ref`, `owner/repo/path@ref`, `./local/path`, `$/path` (this repository at the running commit) or `docker://image`; a local action folder must hold an `action.yml` (a warning for `./`: an earlier step may create it; an error for `$/`, read from the commit).',
    why: 'GitHub fails the job at "Set up job" when it cannot resolve the action, after the other jobs have already started. A missing `@ref` is the usual slip.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout\n      - uses: docker://\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker://alpine:3.20\n',
  },
  check({ model, files, path: docPath, report }) {
    // Found upwards through the file system: only for local actions.
    const root = () => documentProjectRoot(model, docPath, files);
    for (const { job, step } of allSteps(model)) {
      const uses = step.uses;
      if (uses === undefined || !step.usesNode || uses.includes('${{')) continue;
      const range = model.rangeOf(step.usesNode);
      const u = uses.trim();
      if (u === '') continue; // value-type reports empty strings
      if (u.startsWith('docker://')) {
        if (!/^docker:\/\/[^\s]+$/.test(u) || u.length === 'docker://'.length)
          report({ message: `invalid docker image reference ${JSON.stringify(uses)} at "uses": expected docker://image[:tag]`, range });
        else if (/[:@]$/.test(u))
          // `docker://alpine:` (or `alpine@`): Docker rejects a reference whose tag or digest is empty.
          report({
            message: `${u.endsWith(':') ? 'tag' : 'digest'} of docker image reference ${JSON.stringify(uses)} at "uses" is empty: Docker rejects it ("invalid reference format"). give one (docker://image:tag) or remove the trailing ${JSON.stringify(u.slice(-1))}`,
            range,
          });
        continue;
      }
      const local = localUses(u);
      if (local) {
        if (u.includes('@')) {
          const message =
            local.kind === 'self'
              ? `self-repository action ${JSON.stringify(uses)} at "uses" must not have a @ref: "$/" always uses this repository at the commit being run. remove ${JSON.stringify(u.slice(u.indexOf('@')))}, or use "{owner}/{repo}/{path}@{ref}" for another ref`
              : `local action ${JSON.stringify(uses)} at "uses" must not have a @ref: a local action is used at the commit being run`;
          report({ message, range });
          continue;
        }
        if (/\.ya?ml$/.test(local.path) && local.path.includes('.github/workflows/')) {
          report({ message: `${JSON.stringify(uses)} is a reusable workflow: call it with "uses" at the job level, not in a step`, range });
          continue;
        }
        const r = root();
        if (!r) continue;
        const hasAction = (rel: string) => {
          const dir = path.posix.join(r, rel);
          return files.exists(path.posix.join(dir, 'action.yml')) || files.exists(path.posix.join(dir, 'action.yaml')) || files.exists(path.posix.join(dir, 'Dockerfile'));
        };
        if (!hasAction(local.path)) {
          // An earlier `actions/checkout` with `path:` put a checkout at the start of this path: of this repository,
          // the rest of the path is read from it; of another repository, nothing here can tell.
          const into = local.kind === 'workspace' && job ? checkoutCovering(model, job.steps, step.index, local.path) : undefined;
          if (into && (!into.thisRepository || hasAction(into.rest))) continue;
          if (into) {
            report({ message: `neither action.yml nor action.yaml is found in local action directory ${JSON.stringify(u)}: the checkout of this repository into "${into.folder}" has no ${JSON.stringify(into.rest || '.')} with an action (unless an earlier step creates it, the step fails)`, range, severity: 'warning' });
            continue;
          }
          // `./` reads the workspace, which an earlier step may fill; `$/` reads the commit, which no step changes.
          if (local.kind === 'self') report({ message: `neither action.yml nor action.yaml is found in self-repository action directory ${JSON.stringify(u)}: "$/" reads this repository at the running commit, so the step fails`, range });
          else report({ message: `neither action.yml nor action.yaml is found in local action directory ${JSON.stringify(u)} (unless an earlier step creates it, the step fails)`, range, severity: 'warning' });
        }
        continue;
      }
      if (/\.ya?ml(@|$)/.test(u) && u.includes('/.github/workflows/')) {
        report({ message: `${JSON.stringify(uses)} is a reusable workflow: call it with "uses" at the job level, not in a step`, range });
        continue;
      }
      if (!/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[^@\s]+$/.test(u)) {
        const hint = !u.includes('@') ? ': the @ref (a tag, branch or commit SHA) is missing' : '';
        report({ message: `specifying action ${JSON.stringify(uses)} in invalid format because ${hint ? 'ref is missing' : 'it does not match owner/repo[/path]@ref'}. available formats are "{owner}/{repo}@{ref}", "{owner}/{repo}/{path}@{ref}", "./path", "$/path" or "docker://image"${hint}`, range });
      }
    }
  },
  tests: [
    {
      name: 'invalid references',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout\n      - uses: checkout@v4\n      - uses: ./local@v1\n      - uses: docker://\n      - uses: org/repo/.github/workflows/x.yml@main\n',
      expect: [
        { line: 6, col: 15, message: 'specifying action "actions/checkout" in invalid format because ref is missing. available formats are "{owner}/{repo}@{ref}", "{owner}/{repo}/{path}@{ref}", "./path", "$/path" or "docker://image": the @ref (a tag, branch or commit SHA) is missing' },
        { line: 7, col: 15, message: 'specifying action "checkout@v4" in invalid format because it does not match owner/repo[/path]@ref. available formats are "{owner}/{repo}@{ref}", "{owner}/{repo}/{path}@{ref}", "./path", "$/path" or "docker://image"' },
        { line: 8, col: 15, message: 'local action "./local@v1" at "uses" must not have a @ref: a local action is used at the commit being run' },
        { line: 9, col: 15, message: 'invalid docker image reference "docker://" at "uses": expected docker://image[:tag]' },
        { line: 10, col: 15, message: '"org/repo/.github/workflows/x.yml@main" is a reusable workflow: call it with "uses" at the job level, not in a step' },
      ],
    },
    {
      name: 'docker image references with an empty tag or digest',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: \'docker://alpine:\'\n      - uses: docker://ghcr.io/o/i@\n      - uses: docker://localhost:5000/alpine\n      - uses: docker://alpine:3.20\n',
      expect: [
        { line: 6, col: 15, message: 'tag of docker image reference "docker://alpine:" at "uses" is empty: Docker rejects it ("invalid reference format"). give one (docker://image:tag) or remove the trailing ":"' },
        { line: 7, col: 15, message: 'digest of docker image reference "docker://ghcr.io/o/i@" at "uses" is empty: Docker rejects it ("invalid reference format"). give one (docker://image:tag) or remove the trailing "@"' },
      ],
    },
    {
      name: 'a local action inside a checkout of this repository into a folder is read from the repository',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  path: action
              - uses: ./action
              - uses: ./action/.github/actions/here
              - uses: ./action/.github/actions/missing
              - uses: actions/checkout@v4
                with:
                  repository: octo/tools
                  path: tools
              - uses: ./tools/setup
              - uses: ./elsewhere
      `,
      files: { 'action.yml': 'name: a\ndescription: d\nruns:\n  using: node20\n  main: index.js\n', '.github/actions/here/action.yml': 'name: h\ndescription: d\nruns:\n  using: composite\n  steps: []\n' },
      expect: [
        { line: 11, col: 15, severity: 'warning', message: 'neither action.yml nor action.yaml is found in local action directory "./action/.github/actions/missing": the checkout of this repository into "action" has no ".github/actions/missing" with an action (unless an earlier step creates it, the step fails)' },
        { line: 17, col: 15, severity: 'warning', message: 'neither action.yml nor action.yaml is found in local action directory "./elsewhere" (unless an earlier step creates it, the step fails)' },
      ],
    },
    {
      name: 'missing local action',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/missing\n      - uses: ./.github/actions/here\n',
      files: { '.github/actions/here/action.yml': 'name: x\ndescription: d\nruns:\n  using: node20\n  main: x.js\n' },
      expect: [{ line: 6, col: 15, message: 'neither action.yml nor action.yaml is found in local action directory "./.github/actions/missing" (unless an earlier step creates it, the step fails)', severity: 'warning' }],
    },
    {
      name: 'self-repository references ($/): present, absent, with a @ref, a workflow in a step',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: $/.github/actions/hello
              - uses: $/.github/actions/missing
              - uses: $/.github/actions/hello@v1
              - uses: $/.github/workflows/reuse.yml
              - uses: ./.github/workflows/reuse.yml
              - uses: $/
      `,
      files: {
        '.github/actions/hello/action.yml': 'name: x\ndescription: d\nruns:\n  using: composite\n  steps: []\n',
        '.github/workflows/reuse.yml': 'on: workflow_call\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
        'action.yml': 'name: x\ndescription: d\nruns:\n  using: composite\n  steps: []\n',
      },
      expect: [
        { line: 7, col: 15, message: 'neither action.yml nor action.yaml is found in self-repository action directory "$/.github/actions/missing": "$/" reads this repository at the running commit, so the step fails', severity: 'error' },
        { line: 8, col: 15, message: 'self-repository action "$/.github/actions/hello@v1" at "uses" must not have a @ref: "$/" always uses this repository at the commit being run. remove "@v1", or use "{owner}/{repo}/{path}@{ref}" for another ref', severity: 'error' },
        { line: 9, col: 15, message: '"$/.github/workflows/reuse.yml" is a reusable workflow: call it with "uses" at the job level, not in a step' },
        { line: 10, col: 15, message: '"./.github/workflows/reuse.yml" is a reusable workflow: call it with "uses" at the job level, not in a step' },
      ],
    },
    {
      name: 'self-repository references in a composite action resolve in the action\'s repository',
      path: 'actions/outer/action.yml',
      input: 'name: outer\ndescription: d\nruns:\n  using: composite\n  steps:\n    - uses: $/actions/inner\n    - uses: $/actions/gone\n    - uses: $/actions/inner@main\n',
      files: { '.git/HEAD': 'ref: refs/heads/main\n', 'actions/inner/action.yml': 'name: x\ndescription: d\nruns:\n  using: composite\n  steps: []\n' },
      expect: [
        { line: 7, col: 13, message: 'neither action.yml nor action.yaml is found in self-repository action directory "$/actions/gone": "$/" reads this repository at the running commit, so the step fails' },
        { line: 8, col: 13, message: 'self-repository action "$/actions/inner@main" at "uses" must not have a @ref: "$/" always uses this repository at the commit being run. remove "@main", or use "{owner}/{repo}/{path}@{ref}" for another ref' },
      ],
    },
    {
      name: 'valid references',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: github/codeql-action/init@v3
              - uses: actions/setup-node@0a44ba7841725637a19e28fa30b79a866c81b0a6
              - uses: docker://ghcr.io/owner/image:1.0
              - uses: \${{ matrix.action }}
              - uses: ./
      `,
      files: { 'action.yml': 'name: x\ndescription: d\nruns:\n  using: composite\n  steps: []\n' },
      expect: [],
    },
  ],
};

export default rule;
