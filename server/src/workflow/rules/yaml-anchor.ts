import type { Node } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { reportStructural } from '../schema';
import { resolveAlias } from '../../yaml/aliases';
import { MAX_EXPANDED_STEPS, workflowStructure } from '../structure';

const rule: Rule<WorkflowModel> = {
  id: 'yaml-anchor',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'syntax-check' },
  docs: {
    summary: 'YAML anchors GitHub Actions does not handle: the merge key `<<` (not supported), recursive aliases, anchors that are never used (info), and aliases that repeat more than can be checked (a warning).',
    why:
      'GitHub supports anchors and aliases but not the `<<` merge key, so a workflow that works with other YAML tools is rejected. An unused anchor is usually a forgotten alias. ' +
      'Aliases of aliases can make a small file stand for millions of steps; past 100,000 steps (GitHub runs at most 256 jobs) or 200,000 repeated nodes, Slipway says what it leaves unchecked instead of running out of time or memory.',
    bad: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env: &env\n      CI: true\n    steps:\n      - run: make test\n  lint:\n    runs-on: ubuntu-latest\n    env:\n      <<: *env\n      LINT: true\n    steps:\n      - run: make lint\n',
    good: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env: &env\n      CI: true\n    steps:\n      - run: make test\n  lint:\n    runs-on: ubuntu-latest\n    env: *env\n    steps:\n      - run: make lint\n',
  },
  check(ctx) {
    reportStructural(ctx, 'yaml-anchor');
    const { model } = ctx;
    const left = workflowStructure(model).stepsLeftOut;
    if (left) {
      ctx.report({
        message: `aliased steps add up to ${left.total.toLocaleString('en')} steps, more than ${MAX_EXPANDED_STEPS.toLocaleString('en')}: the steps of job "${left.firstJobLeftOut.id}" and the jobs after it are not checked`,
        range: left.firstJobLeftOut.keyRange,
        severity: 'warning',
      });
    }
    // An anchor is written `&name`: without an `&` anywhere in the text there is none to look for.
    if (model.errors.length || !model.text.includes('&')) return;
    const anchors = new Map<string, Node[]>();
    const used = new Set<Node>();
    // Every node, keys included, in document order (what yaml's visit does, without its visitor machinery).
    const walk = (n: unknown): void => {
      if (isAlias(n)) {
        const target = resolveAlias(model.doc, n);
        if (target) used.add(target as Node);
        return;
      }
      if ((isMap(n) || isSeq(n) || isScalar(n)) && n.anchor) {
        const list = anchors.get(n.anchor) ?? [];
        list.push(n);
        anchors.set(n.anchor, list);
      }
      if (isMap(n) || isSeq(n)) for (const it of n.items as unknown[]) walk(it);
      else if (isPair(n)) {
        walk(n.key);
        walk(n.value);
      }
    };
    walk(model.doc.contents);
    for (const [name, nodes] of anchors) {
      for (const n of nodes) {
        if (used.has(n) || isAlias(n)) continue;
        const start = model.text.lastIndexOf(`&${name}`, n.range?.[0] ?? 0);
        const range = start >= 0 ? model.lines.range(start, start + name.length + 1) : model.rangeOf(n);
        ctx.report({ message: `anchor "${name}" is defined but not used`, range, severity: 'info' });
      }
    }
  },
  tests: [
    {
      name: 'merge keys',
      input: 'on: push\nenv: &e\n  A: 1\njobs:\n  a:\n    runs-on: ubuntu-latest\n    env:\n      <<: *e\n    steps:\n      - run: echo\n',
      expect: [{ line: 8, col: 7, message: 'GitHub Actions does not support the YAML merge key "<<"; write the keys out (or use an anchor for the whole value)' }],
    },
    {
      name: 'unused anchor',
      input: 'on: push\njobs:\n  a:\n    runs-on: &r ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 4, col: 14, message: 'anchor "r" is defined but not used', severity: 'info' }],
    },
    {
      name: 'anchors used through aliases',
      input: 'on: push\njobs:\n  a:\n    runs-on: &r ubuntu-latest\n    steps: &s\n      - run: echo\n  b:\n    runs-on: *r\n    steps: *s\n',
      expect: [],
    },
  ],
};

export default rule;
