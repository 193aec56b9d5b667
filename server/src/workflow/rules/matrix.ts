import type { Node, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import { closest } from '../../engine/text';
import type { WorkflowModel } from '../model';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';

/** The plain value of a node (aliases followed); undefined when it contains an expression. */
function plain(model: WorkflowModel, node: unknown, depth = 0): unknown {
  const n = resolve(model, node);
  if (depth > 20) return undefined;
  if (isScalar(n)) return typeof n.value === 'string' && n.value.includes('${{') ? undefined : n.value;
  if (isSeq(n)) {
    const out = n.items.map((i) => plain(model, i, depth + 1));
    return out.includes(undefined) ? undefined : out;
  }
  if (isMap(n)) {
    const out: Record<string, unknown> = {};
    for (const p of (n as YAMLMap).items) {
      const k = scalarString(p.key);
      const v = plain(model, p.value, depth + 1);
      if (k === undefined || v === undefined) return undefined;
      out[k] = v;
    }
    return out;
  }
  return n === null ? null : undefined;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return String(a) === String(b) && typeof a === typeof b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => kb.includes(k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const show = (v: unknown) => JSON.stringify(v).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/","/g, '", "').replace(/,(?=[[{"\d])/g, ', ');

const rule: Rule<WorkflowModel> = {
  id: 'matrix',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'matrix' },
  docs: {
    summary: '`strategy.matrix.exclude` entries must use keys of the matrix (an error) and values that occur in it (a warning: the entry excludes nothing); a value listed twice in a matrix row is a warning.',
    why: 'GitHub rejects an exclude with a key the matrix does not have, and an exclude with a misspelt value silently keeps the combinations you meant to skip.',
    bad: 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n        exclude:\n          - os: windows\n            node: 20\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: npm test\n',
    good: 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n        exclude:\n          - os: windows-latest\n            node: 20\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: npm test\n',
  },
  check({ model, report }) {
    for (const job of workflowStructure(model).jobs) {
      const strategy = resolve(model, job.pairs.get('strategy')?.value);
      if (!isMap(strategy)) continue;
      const matrix = resolve(model, pairsOf(model, strategy as YAMLMap).get('matrix')?.value);
      if (!isMap(matrix)) continue;
      const rows = new Map<string, { name: string; values: { value: unknown; node: Node }[] | undefined }>();
      let exclude: Node | undefined;
      let dynamic = false;
      for (const p of (matrix as YAMLMap).items) {
        const k = scalarString(p.key);
        if (k === undefined) continue;
        if (k.includes('${{')) dynamic = true;
        if (k === 'include') continue;
        if (k === 'exclude') {
          exclude = resolve(model, p.value) as Node;
          continue;
        }
        const v = resolve(model, p.value);
        if (!isSeq(v)) {
          rows.set(k.toLowerCase(), { name: k, values: undefined });
          continue;
        }
        const values: { value: unknown; node: Node }[] = [];
        let ok = true;
        for (const it of v.items) {
          const val = plain(model, it);
          if (val === undefined) ok = false;
          else {
            if (values.some((x) => same(x.value, val)))
              report({ message: `duplicate value ${show(val)} is found in matrix ${JSON.stringify(k)}. the same value is at line:${model.rangeOf(values.find((x) => same(x.value, val))!.node).start.line + 1}`, range: model.rangeOf(resolve(model, it) as Node), severity: 'warning' });
            values.push({ value: val, node: resolve(model, it) as Node });
          }
        }
        rows.set(k.toLowerCase(), { name: k, values: ok ? values : undefined });
      }
      if (dynamic || !isSeq(exclude) || rows.size === 0) continue;
      const names = [...rows.values()].map((r) => r.name);
      for (const item of exclude.items) {
        const entry = resolve(model, item);
        if (!isMap(entry)) continue;
        for (const p of (entry as YAMLMap).items) {
          const k = scalarString(p.key);
          if (k === undefined || k.includes('${{')) continue;
          const row = rows.get(k.toLowerCase());
          if (!row) {
            const suggestion = closest(k, names);
            const r = model.keyRange(p);
            report({
              message: `${JSON.stringify(k)} in "exclude" section does not exist in matrix. available matrix configurations are ${names.sort().map((n) => JSON.stringify(n)).join(', ')}` + (suggestion ? `. Did you mean ${JSON.stringify(suggestion)}?` : ''),
              range: r,
              fixes: suggestion ? [{ title: `Change to "${suggestion}"`, preferred: true, edits: [{ range: r, newText: suggestion }] }] : undefined,
            });
            continue;
          }
          if (!row.values) continue;
          const val = plain(model, p.value);
          if (val === undefined) continue;
          // An exclude value matches when it equals a value, or (for objects) is a subset of one.
          const matches = row.values.some((x) => same(x.value, val) || (isObj(val) && isObj(x.value) && Object.entries(val).every(([kk, vv]) => kk in (x.value as object) && same((x.value as Record<string, unknown>)[kk], vv))));
          if (!matches)
            report({
              message: `value ${show(val)} in "exclude" does not match in matrix ${JSON.stringify(row.name)} combinations. possible values are ${row.values.map((x) => show(x.value)).join(', ')}`,
              range: model.rangeOf(resolve(model, p.value) as Node),
              severity: 'warning',
            });
        }
      }
    }
  },
  tests: [
    {
      name: 'exclude keys and values',
      input:
        'on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n        exclude:\n          - operating-system: ubuntu-latest\n          - os: macos-latest\n            node: 20\n          - nod: 22\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo\n',
      expect: [
        { line: 9, col: 13, message: '"operating-system" in "exclude" section does not exist in matrix. available matrix configurations are "node", "os"' },
        { line: 10, col: 17, message: 'value "macos-latest" in "exclude" does not match', severity: 'warning' },
        { line: 12, col: 13, message: 'Did you mean "node"' },
      ],
    },
    {
      name: 'object values and duplicates',
      input:
        'on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os:\n          - {runner: ubuntu-latest, name: Ubuntu}\n        v: [1, 2, 1]\n        exclude:\n          - os: {runner: windows-latest}\n          - os: {runner: ubuntu-latest}\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [
        { line: 8, col: 19, message: 'duplicate value 1', severity: 'warning' },
        { line: 10, col: 17, message: 'value {"runner": "windows-latest"} in "exclude" does not match', severity: 'warning' },
      ],
    },
    {
      name: 'valid and dynamic matrices',
      input:
        "on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        exclude:\n          - os: Windows-Latest\n        include:\n          - os: macos-latest\n            extra: 1\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: echo\n  b:\n    strategy:\n      matrix:\n        os: ${{ fromJSON(inputs.oses) }}\n        exclude:\n          - os: x\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      expect: [],
    },
  ],
};

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export default rule;
