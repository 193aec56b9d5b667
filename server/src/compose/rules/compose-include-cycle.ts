import * as path from 'node:path';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { FileHost, Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { includeTargets, isLocalPath, readComposeData, relTo } from '../otherFiles';
import { deref, getEffective } from '../schema';

interface Entry {
  node: Scalar;
  file: string;
  /** Folder the included file's own includes resolve from. */
  projectDir: string;
}

/** This file's `include` entries (short form, `path:` as a string or a list), resolved against its folder. */
function entries(model: ComposeModel, dir: string): Entry[] {
  const doc = model.doc;
  const root = model.root;
  const inc = root ? deref(doc, getEffective(doc, root, 'include')?.value) : undefined;
  const items = isSeq(inc) ? inc.items.map((i) => deref(doc, i)) : inc ? [inc] : [];
  const out: Entry[] = [];
  for (const it of items) {
    const scalars: unknown[] = [];
    let pd: string | undefined;
    if (isScalar(it)) scalars.push(it);
    else if (isMap(it)) {
      const p = deref(doc, getEffective(doc, it, 'path')?.value);
      scalars.push(...(isSeq(p) ? p.items.map((x) => deref(doc, x)) : [p]));
      const d = deref(doc, getEffective(doc, it, 'project_directory')?.value);
      if (isScalar(d) && typeof d.value === 'string') pd = d.value;
      if (pd !== undefined && !isLocalPath(pd)) continue;
    }
    scalars.forEach((s, i) => {
      if (!isScalar(s) || typeof s.value !== 'string' || !isLocalPath(s.value)) return;
      const file = path.resolve(dir, s.value);
      // The first file of an entry sets its project folder; the others are merged over it and share it.
      const first = scalars[0];
      const firstFile = isScalar(first) && typeof first.value === 'string' ? path.resolve(dir, first.value) : file;
      out.push({ node: s as Scalar, file, projectDir: pd !== undefined ? path.resolve(dir, pd) : path.dirname(i === 0 ? file : firstFile) });
    });
  }
  return out;
}

const MAX_DEPTH = 32;
const MAX_READS = 200;

const rule: Rule<ComposeModel> = {
  id: 'compose-include-cycle',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'Files named in `include:` must not include, directly or through other files, a file that is already being included (this one included).',
    why: '`docker compose` refuses the project with "include cycle detected". The include that leads into the cycle is reported, with the chain of files spelt out.',
    bad: 'include:\n  - infra/loop.yaml\nservices:\n  web:\n    image: app\n',
    good: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: app\n',
    files: { 'infra/loop.yaml': 'include:\n  - ../compose.yaml\nservices:\n  db:\n    image: postgres\n', 'infra/db.yaml': 'services:\n  db:\n    image: postgres\n' },
  },
  check({ model, report, path: docPath, files }) {
    if (!docPath) return;
    const dir = path.dirname(docPath);
    let reads = 0;
    const cache = new Map<string, ReturnType<typeof includeTargets> | undefined>();
    const includesOf = (file: string) => {
      if (!cache.has(file)) {
        reads++;
        const data = readComposeData(files as FileHost, file);
        cache.set(file, data ? includeTargets(data.include) : undefined);
      }
      return cache.get(file);
    };
    /** The first cycle reached from `file` (included with its project folder `projectDir`), as a chain of files. */
    const explore = (file: string, projectDir: string, stack: string[]): string[] | undefined => {
      const at = stack.indexOf(file);
      if (at >= 0) return [...stack.slice(at), file];
      if (stack.length > MAX_DEPTH || reads > MAX_READS) return undefined;
      for (const t of includesOf(file) ?? []) {
        if (!isLocalPath(t.file)) continue;
        const child = path.resolve(projectDir, t.file);
        const pd = t.projectDir !== undefined ? (isLocalPath(t.projectDir) ? path.resolve(projectDir, t.projectDir) : undefined) : path.dirname(child);
        if (pd === undefined) continue;
        const c = explore(child, pd, [...stack, file]);
        if (c) return c;
      }
      return undefined;
    };
    for (const e of entries(model, dir)) {
      const cycle = explore(e.file, e.projectDir, [docPath]);
      if (!cycle) continue;
      const chain = cycle.map((f) => relTo(dir, f)).join(' → ');
      const message =
        cycle[0] === docPath
          ? cycle.length === 2
            ? `this file includes itself: ${chain}; docker compose refuses it ("include cycle detected")`
            : `include cycle: ${chain}; docker compose refuses it ("include cycle detected")`
          : `"${e.node.value}" leads into an include cycle: ${chain}; docker compose refuses it ("include cycle detected")`;
      report({ message, range: model.rangeOf(e.node) });
    }
  },
  tests: [
    {
      name: 'a cycle through another file',
      input: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: app\n',
      files: { 'infra/db.yaml': 'include:\n  - path: ../compose.yaml\nservices:\n  db:\n    image: postgres\n' },
      expect: [{ line: 2, col: 5, message: 'include cycle: compose.yaml → infra/db.yaml → compose.yaml; docker compose refuses it ("include cycle detected")', severity: 'error' }],
    },
    {
      name: 'a file including itself',
      input: 'include:\n  - path: [compose.yaml]\nservices:\n  web:\n    image: app\n',
      expect: [{ line: 2, col: 12, message: 'this file includes itself: compose.yaml → compose.yaml; docker compose refuses it ("include cycle detected")' }],
    },
    {
      name: 'an included file in a cycle of its own, nested folders',
      input: 'include:\n  - a/one.yaml\nservices:\n  web:\n    image: app\n',
      files: { 'a/one.yaml': 'include:\n  - b/two.yaml\n', 'a/b/two.yaml': 'include:\n  - ../one.yaml\n' },
      expect: [{ line: 2, col: 5, message: '"a/one.yaml" leads into an include cycle: a/one.yaml → a/b/two.yaml → a/one.yaml; docker compose refuses it ("include cycle detected")' }],
    },
    {
      name: 'no cycle: a diamond, missing and remote files, interpolated paths',
      input: 'include:\n  - a.yaml\n  - b.yaml\n  - missing.yaml\n  - oci://docker.io/user/app:latest\n  - ${INFRA:-infra}.yaml\nservices:\n  web:\n    image: app\n',
      files: { 'a.yaml': 'include: [common.yaml]\n', 'b.yaml': 'include: [common.yaml]\n', 'common.yaml': 'services:\n  db:\n    image: postgres\n' },
      expect: [],
    },
  ],
};

export default rule;
