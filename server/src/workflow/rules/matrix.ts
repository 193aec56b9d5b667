import type { Node, Pair, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

/** Values nested deeper than this, or made of more nodes than MAX_VALUE_NODES once aliases are expanded, are not compared. */
const MAX_VALUE_DEPTH = 20;
/**
 * Matrix values are a few scalars or small mappings; anchors that alias each other can stand for billions of nodes,
 * which must not be built (nor compared, nor shown in a message).
 */
const MAX_VALUE_NODES = 1000;

interface PlainEntry {
  value: unknown;
  /** Levels below the node, and nodes in its expansion. */
  height: number;
  size: number;
}

const UNKNOWN: PlainEntry = { value: undefined, height: 0, size: 0 };

/**
 * The plain value of a node (aliases followed), or undefined when it contains an expression or is too deep or too
 * large. Computed once per node of the document (`memo`): a node reached again through another alias gives the
 * same object, so the work follows the text, not its expansion. (A node first reached deep inside another value
 * may stay unknown where, reached from higher up, it would fit the depth: fewer comparisons, never wrong ones.)
 */
function plainEntry(model: WorkflowModel, node: unknown, memo: Map<unknown, PlainEntry>, depth = 0): PlainEntry {
  const n = resolve(model, node);
  const known = memo.get(n);
  if (known) return known;
  // Deeper than any value compared: not visited (the value that holds it is unknown).
  if (depth > MAX_VALUE_DEPTH) return UNKNOWN;
  // A collection that contains itself through an alias has no plain value; marked before its items are visited.
  memo.set(n, UNKNOWN);
  let e = UNKNOWN;
  if (isScalar(n)) e = typeof n.value === 'string' && n.value.includes('${{') ? UNKNOWN : { value: n.value, height: 0, size: 1 };
  else if (isSeq(n) || isMap(n)) {
    let height = 0;
    let size = 1;
    let value: unknown[] | Record<string, unknown> | undefined = isSeq(n) ? [] : {};
    for (const it of n.items as unknown[]) {
      const k = isMap(n) ? scalarString((it as Pair).key) : undefined;
      const child = plainEntry(model, isMap(n) ? (it as Pair).value : it, memo, depth + 1);
      height = Math.max(height, child.height + 1);
      size += child.size;
      if (child.value === undefined || (isMap(n) && k === undefined) || height > MAX_VALUE_DEPTH || size > MAX_VALUE_NODES) {
        value = undefined;
        break;
      }
      if (Array.isArray(value)) value.push(child.value);
      else value[k!] = child.value;
    }
    e = value === undefined ? UNKNOWN : { value, height, size };
  } else if (n === null) e = { value: null, height: 0, size: 1 };
  memo.set(n, e);
  return e;
}

function same(a: unknown, b: unknown): boolean {
  // Values reached through the same alias are the same object (see plainEntry).
  if (a === b) return true;
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
  fix: { safety: 'unsafe', why: 'A did-you-mean: the matrix key it suggests is a guess.' },
  docs: {
    summary: '`strategy.matrix.exclude` entries must use keys of the matrix (an error) and values that occur in it (a warning: the entry excludes nothing); a value listed twice in a matrix row is a warning.',
    why: 'GitHub rejects an exclude with a key the matrix does not have, and an exclude with a misspelt value silently keeps the combinations you meant to skip.',
    bad: 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n        exclude:\n          - os: windows\n            node: 20\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: npm test\n',
    good: 'on: push\njobs:\n  test:\n    strategy:\n      matrix:\n        os: [ubuntu-latest, windows-latest]\n        node: [20, 22]\n        exclude:\n          - os: windows-latest\n            node: 20\n    runs-on: ${{ matrix.os }}\n    steps:\n      - run: npm test\n',
  },
  check({ model, report }) {
    const memo = new Map<unknown, PlainEntry>();
    const plain = (node: unknown) => plainEntry(model, node, memo).value;
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
          const val = plain(it);
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
              message: `${JSON.stringify(k)} in "exclude" section does not exist in matrix. available matrix configurations are ${names.sort().map((n) => JSON.stringify(n)).join(', ')}` + didYouMean(suggestion, 'yaml'),
              range: r,
              fixes: suggestionFix(r, suggestion),
            });
            continue;
          }
          if (!row.values) continue;
          const val = plain(p.value);
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
      input: dedent`
        on: push
        jobs:
          a:
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
                node: [20, 22]
                exclude:
                  - operating-system: ubuntu-latest
                  - os: macos-latest
                    node: 20
                  - nod: 22
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo
      `,
      expect: [
        { line: 9, col: 13, message: '"operating-system" in "exclude" section does not exist in matrix. available matrix configurations are "node", "os"' },
        { line: 10, col: 17, message: 'value "macos-latest" in "exclude" does not match in matrix "os" combinations. possible values are "ubuntu-latest", "windows-latest"', severity: 'warning' },
        { line: 12, col: 13, message: '"nod" in "exclude" section does not exist in matrix. available matrix configurations are "node", "os". Did you mean "node"?' },
      ],
    },
    {
      name: 'object values and duplicates',
      input: dedent`
        on: push
        jobs:
          a:
            strategy:
              matrix:
                os:
                  - {runner: ubuntu-latest, name: Ubuntu}
                v: [1, 2, 1]
                exclude:
                  - os: {runner: windows-latest}
                  - os: {runner: ubuntu-latest}
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 8, col: 19, message: 'duplicate value 1 is found in matrix "v". the same value is at line:8', severity: 'warning' },
        { line: 10, col: 17, message: 'value {"runner": "windows-latest"} in "exclude" does not match in matrix "os" combinations. possible values are {"runner": "ubuntu-latest", "name": "Ubuntu"}', severity: 'warning' },
      ],
    },
    {
      name: 'values through aliases are compared',
      input: 'on: push\njobs:\n  a:\n    strategy:\n      matrix:\n        os: &o [ubuntu-latest, windows-latest]\n        v: [{a: *o}, {a: *o}]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 7, col: 22, message: 'duplicate value {"a": ["ubuntu-latest", "windows-latest"]} is found in matrix "v". the same value is at line:7', severity: 'warning' }],
    },
    {
      // The nine rows stand for 9^6 values each: not built, not compared (they were, for minutes, at eight levels).
      name: 'values of anchors that alias each other are not expanded',
      input: dedent`
        on: push
        x0: &a0 [ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest, ubuntu-latest]
        x1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
        x2: &a2 [*a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1, *a1]
        x3: &a3 [*a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2, *a2]
        x4: &a4 [*a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3, *a3]
        x5: &a5 [*a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4, *a4]
        jobs:
          a:
            strategy:
              matrix:
                os: *a5
                exclude:
                  - os: *a4
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'valid and dynamic matrices',
      input: dedent`
        on: push
        jobs:
          a:
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
                exclude:
                  - os: Windows-Latest
                include:
                  - os: macos-latest
                    extra: 1
            runs-on: \${{ matrix.os }}
            steps:
              - run: echo
          b:
            strategy:
              matrix:
                os: \${{ fromJSON(inputs.oses) }}
                exclude:
                  - os: x
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export default rule;
