import type { Rule } from '../../engine/types';
import { closest } from '../../engine/text';
import { keyName } from '../../yaml/model';
import type { WorkflowModel } from '../model';

export const WORKFLOW_KEYS = ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'];
export const ACTION_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'];

const rule: Rule<WorkflowModel> = {
  id: 'unknown-key',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'Keys GitHub Actions does not know are reported where they are written.',
    why: 'GitHub rejects a workflow with an unknown key, but only after you push it. A typo such as `job:` or `run-on:` is caught here, with a fix to the nearest key.',
    bad: 'on: push\njob:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n',
  },
  check({ model, report }) {
    const root = model.root;
    if (!root) return;
    const allowed = model.kind === 'action' ? ACTION_KEYS : WORKFLOW_KEYS;
    const what = model.kind === 'action' ? 'action metadata' : 'workflow';
    const present = new Set(root.items.map((p) => keyName(p)));
    for (const pair of root.items) {
      const key = keyName(pair);
      if (key === undefined || allowed.includes(key)) continue;
      const range = model.keyRange(pair);
      const suggestion = closest(key, allowed.filter((k) => !present.has(k)));
      report({
        message:
          `unexpected key "${key}" for ${what}; expected one of ${allowed.map((k) => `"${k}"`).join(', ')}` +
          (suggestion ? `. Did you mean "${suggestion}"?` : ''),
        range,
        fixes: suggestion ? [{ title: `Change to "${suggestion}"`, preferred: true, edits: [{ range, newText: suggestion }] }] : undefined,
      });
    }
  },
  tests: [
    {
      name: 'typo of jobs',
      input: 'on: push\njob:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 2, col: 1, message: 'Did you mean "jobs"' }],
      fixed: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
    },
    { name: 'unknown key without suggestion', input: 'on: push\nfoo: bar\njobs: {}\n', expect: [{ line: 2, col: 1, message: '"foo"' }] },
    { name: 'all known keys', input: 'name: ci\nrun-name: x\non: push\npermissions: {}\nenv: {}\ndefaults: {}\nconcurrency: x\njobs: {}\n', expect: [] },
    {
      name: 'action metadata keys',
      path: 'action.yml',
      input: 'name: a\ndescription: d\nruns:\n  using: node20\n  main: x.js\nbrandin: {}\n',
      expect: [{ line: 6, message: 'Did you mean "branding"' }],
    },
  ],
};

export default rule;
