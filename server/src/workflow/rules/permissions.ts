import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'permissions',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'permissions' },
  fix: { safety: 'unsafe', why: 'A did-you-mean is a guess; a permission or scope written in another case (`Read`) is lowercased by `--fix` (safe).' },
  docs: {
    summary: '`permissions:` with an unknown scope or a level the scope does not take (`id-token` is `write` or `none`, `models` is `read` or `none`; the whole block is `read-all`, `write-all` or a mapping).',
    why: 'GitHub rejects the workflow. A misspelt scope (`pull-request`, `content`) would otherwise leave the token without the access the job needs.',
    bad: 'on: push\npermissions:\n  content: read\n  id-token: read\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
    good: 'on: push\npermissions:\n  contents: read\n  id-token: write\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n',
  },
  check(ctx) {
    reportStructural(ctx, 'permissions');
  },
  tests: [
    {
      name: 'scopes and levels',
      input: dedent`
        on: push
        permissions:
          contents: foo
          unknown: read
          id-token: read
          models: write
          pages: READ
          CHECKS: write
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions: read
            steps:
              - run: echo
      `,
      expect: [
        { line: 3, col: 13, message: '"foo" is invalid as permission of scope "contents". available values are "read", "write", "none"' },
        { line: 4, col: 3, message: 'unknown permission scope "unknown". all available permission scopes are "actions", "artifact-metadata", "attestations", "checks", "code-quality", "contents", "copilot-requests", "deployments", "discussions", "drives", "id-token", "issues", "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses", "vulnerability-alerts"' },
        { line: 5, col: 13, message: '"read" is invalid as permission of scope "id-token". available values are "write", "none"' },
        { line: 6, col: 11, message: '"write" is invalid as permission of scope "models". available values are "read", "none"' },
        { line: 7, col: 10, message: '"READ" is invalid as permission of scope "pages". available values are "read", "write", "none"' },
        { line: 8, col: 3, message: 'unknown permission scope "CHECKS". all available permission scopes are "actions", "artifact-metadata", "attestations", "checks", "code-quality", "contents", "copilot-requests", "deployments", "discussions", "drives", "id-token", "issues", "models", "packages", "pages", "pull-requests", "repository-projects", "security-events", "statuses", "vulnerability-alerts". Did you mean "checks"?' },
        { line: 12, col: 18, message: '"read" is invalid for permission for all the scopes. available values are "read-all", "write-all" or {}' },
      ],
    },
    {
      name: 'fix to the right case',
      input: 'on: push\npermissions:\n  pages: Write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 3, col: 10, message: '"Write" is invalid as permission of scope "pages". available values are "read", "write", "none"' }],
      fixed: 'on: push\npermissions:\n  pages: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    {
      name: 'valid permissions',
      input: dedent`
        on: push
        permissions: read-all
        jobs:
          a:
            runs-on: ubuntu-latest
            permissions:
              contents: write
              id-token: write
              pull-requests: none
              security-events: read
              attestations: write
            steps:
              - run: echo
          b:
            runs-on: ubuntu-latest
            permissions: {}
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
