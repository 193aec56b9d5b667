import * as path from 'node:path';
import { isMap, isScalar, type Scalar } from 'yaml';
import type { FileHost, Range, Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { readComposeData, isLocalPath, relTo, type ComposeData } from '../otherFiles';
import { composeIndex } from '../project';
import { deref, getEffective } from '../schema';
import { dedent } from '../../engine/dedent';

interface Node {
  file: string;
  service: string;
}

const key = (n: Node) => `${n.file}\0${n.service}`;

/** What `extends` names in a service's raw data: the service and the file it is in. */
function extendsOf(ext: unknown, file: string): Node | undefined {
  if (typeof ext === 'string') return { file, service: ext };
  if (!ext || typeof ext !== 'object') return undefined;
  const o = ext as Record<string, unknown>;
  if (typeof o.service !== 'string') return undefined;
  if (o.file === undefined) return { file, service: o.service };
  if (typeof o.file !== 'string' || !isLocalPath(o.file)) return undefined;
  return { file: path.resolve(path.dirname(file), o.file), service: o.service };
}

const MAX_CHAIN = 100;

const rule: Rule<ComposeModel> = {
  id: 'compose-extends-cycle',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'A service must not `extends` itself, directly or through other services (in this file or in the files `extends.file` names).',
    why: '`docker compose` refuses the file with "Circular reference: a in compose.yaml extends b in compose.yaml extends a in compose.yaml". Each `extends` of the cycle in this file is reported, with the cycle spelt out.',
    bad: 'services:\n  base:\n    extends: app\n    image: base\n  app:\n    extends: base\n',
    good: 'services:\n  base:\n    image: base\n  app:\n    extends: base\n',
  },
  check({ model, report, path: docPath, files }) {
    if (!docPath) return;
    const doc = model.doc;
    const dir = path.dirname(docPath);
    const services = composeIndex(model).defs.service;
    // The extends of this file's services, with where each is written.
    const own = new Map<string, { to: Node; range: Range }>();
    for (const [name, def] of services) {
      const svc = deref(doc, def.pair.value);
      const ext = isMap(svc) ? deref(doc, getEffective(doc, svc, 'extends')?.value) : undefined;
      let node: Scalar | undefined;
      let to: Node | undefined;
      if (isScalar(ext) && typeof ext.value === 'string') {
        node = ext;
        to = { file: docPath, service: ext.value };
      } else if (isMap(ext)) {
        const s = deref(doc, getEffective(doc, ext, 'service')?.value);
        const f = deref(doc, getEffective(doc, ext, 'file')?.value);
        if (!isScalar(s) || typeof s.value !== 'string') continue;
        node = s;
        if (f === undefined) to = { file: docPath, service: s.value };
        else if (isScalar(f) && typeof f.value === 'string' && isLocalPath(f.value)) to = { file: path.resolve(dir, f.value), service: s.value };
      }
      if (node && to) own.set(name, { to, range: model.rangeOf(node) });
    }
    const data = new Map<string, ComposeData | undefined>();
    const next = (n: Node): Node | undefined => {
      if (n.file === docPath) {
        const e = own.get(n.service);
        return e ? e.to : undefined;
      }
      if (!data.has(n.file)) data.set(n.file, readComposeData(files as FileHost, n.file));
      const svcs = data.get(n.file)?.services;
      const svc = svcs && typeof svcs === 'object' ? (svcs as Record<string, unknown>)[n.service] : undefined;
      return svc && typeof svc === 'object' ? extendsOf((svc as Record<string, unknown>).extends, n.file) : undefined;
    };
    const label = (n: Node) => (n.file === docPath ? n.service : `${n.service} (${relTo(dir, n.file)})`);
    for (const [name, e] of own) {
      const start: Node = { file: docPath, service: name };
      const chain: Node[] = [start];
      const seen = new Map<string, number>([[key(start), 0]]);
      for (let n: Node | undefined = e.to; n && chain.length < MAX_CHAIN; n = next(n)) {
        const at = seen.get(key(n));
        if (at !== undefined) {
          const names = [...chain.slice(at), n].map(label).join(' → ');
          const message =
            at === 0
              ? (chain.length === 1 ? `service "${name}" extends itself: ${names}` : `extends cycle: ${names}`) + '; docker compose refuses it ("Circular reference")'
              : `service "${name}" extends ${label(chain[1])}, which leads into an extends cycle: ${names}; docker compose refuses it ("Circular reference")`;
          // A cycle entirely within this file is reported at each of its own edges; one outside it here only.
          if (at === 0 || chain.slice(at).every((c) => c.file !== docPath)) report({ message, range: e.range });
          break;
        }
        seen.set(key(n), chain.length);
        chain.push(n);
      }
    }
  },
  tests: [
    {
      name: 'a cycle of two in this file, reported at each extends',
      input: 'services:\n  base:\n    image: base\n    extends: app\n  app:\n    extends:\n      service: base\n',
      expect: [
        { line: 4, col: 14, message: 'extends cycle: base → app → base; docker compose refuses it ("Circular reference")', severity: 'error' },
        { line: 7, col: 16, message: 'extends cycle: app → base → app; docker compose refuses it ("Circular reference")' },
      ],
    },
    {
      name: 'a service extending itself',
      input: 'services:\n  app:\n    image: app\n    extends: app\n',
      expect: [{ line: 4, col: 14, message: 'service "app" extends itself: app → app; docker compose refuses it ("Circular reference")' }],
    },
    {
      name: 'a cycle through another file',
      input: 'services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: base\n',
      files: { 'common/base.yaml': 'services:\n  base:\n    image: nginx\n    extends:\n      file: ../compose.yaml\n      service: web\n' },
      expect: [{ line: 5, col: 16, message: 'extends cycle: web → base (common/base.yaml) → web; docker compose refuses it ("Circular reference")' }],
    },
    {
      name: 'a chain into a cycle in another file',
      input: 'services:\n  web:\n    extends:\n      file: other.yaml\n      service: a\n',
      files: { 'other.yaml': 'services:\n  a:\n    extends: b\n  b:\n    extends: a\n' },
      expect: [{ line: 5, col: 16, message: 'service "web" extends a (other.yaml), which leads into an extends cycle: a (other.yaml) → b (other.yaml) → a (other.yaml); docker compose refuses it ("Circular reference")' }],
    },
    {
      name: 'no cycle: chains, same name in another file, missing files and services',
      input: dedent`
        services:
          base:
            image: base
          app:
            extends: base
          admin:
            extends: app
          web:
            extends:
              file: common.yaml
              service: web
          gone:
            extends:
              file: missing.yaml
              service: x
          remote:
            extends:
              file: \${BASE_FILE}
              service: remote
      `,
      files: { 'common.yaml': 'services:\n  web:\n    image: nginx\n' },
      expect: [],
    },
  ],
};

export default rule;
