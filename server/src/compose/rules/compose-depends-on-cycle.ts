import type { Range, Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';

/** Keys that make a service depend on another: Compose adds `links`, `volumes_from` and `service:` modes to depends_on. */
const DEPENDS = new Set(['depends_on', 'links', 'volumes_from', 'network_mode', 'pid', 'ipc']);

interface Edge {
  from: string;
  to: string;
  via: string;
  range: Range;
}

/** The shortest path of service names from `start` to `goal` along the edges, or undefined. */
function pathBetween(adj: Map<string, Set<string>>, start: string, goal: string): string[] | undefined {
  const prev = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === goal) {
      const out: string[] = [];
      for (let c: string | null | undefined = n; c != null; c = prev.get(c)) out.unshift(c);
      return out;
    }
    for (const m of adj.get(n) ?? []) {
      if (prev.has(m)) continue;
      prev.set(m, n);
      queue.push(m);
    }
  }
  return undefined;
}

const rule: Rule<ComposeModel> = {
  id: 'compose-depends-on-cycle',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'Services must not depend on each other in a cycle (`depends_on`, and the `links`, `volumes_from` and `network_mode`/`pid`/`ipc: service:…` Compose counts as dependencies), nor on themselves.',
    why: '`docker compose` refuses the whole project with "dependency cycle detected: a -> b -> a": it cannot start any service of the cycle first. Each dependency of the cycle is reported, with the cycle spelt out.',
    bad: 'services:\n  web:\n    image: app\n    depends_on: [api]\n  api:\n    image: api\n    depends_on: [web]\n',
    good: 'services:\n  web:\n    image: app\n    depends_on: [api]\n  api:\n    image: api\n',
  },
  check({ model, report }) {
    const idx = composeIndex(model);
    const defined = idx.defs.service;
    const edges: Edge[] = [];
    const adj = new Map<string, Set<string>>();
    for (const r of idx.refs) {
      if (r.kind !== 'service' || !DEPENDS.has(r.via) || !defined.has(r.name) || !defined.has(r.from)) continue;
      edges.push({ from: r.from, to: r.name, via: r.via, range: r.range });
      if (!adj.has(r.from)) adj.set(r.from, new Set());
      adj.get(r.from)!.add(r.name);
    }
    for (const e of edges) {
      const back = e.from === e.to ? [e.to] : pathBetween(adj, e.to, e.from);
      if (!back) continue;
      const cycle = [e.from, ...back].join(' → ');
      const how = e.via === 'depends_on' ? '' : ` (${e.via} makes "${e.from}" depend on "${e.to}")`;
      const what = e.from === e.to ? `service "${e.from}" depends on itself` : 'dependency cycle';
      report({ message: `${what}: ${cycle}${how}; docker compose refuses it ("dependency cycle detected")`, range: e.range });
    }
  },
  tests: [
    {
      name: 'a cycle of three, reported at each edge (list and mapping forms)',
      input:
        'services:\n  web:\n    image: app\n    depends_on: [api]\n  api:\n    image: api\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres\n    depends_on:\n      - web\n',
      expect: [
        { line: 4, col: 18, message: 'dependency cycle: web → api → db → web; docker compose refuses it ("dependency cycle detected")', severity: 'error' },
        { line: 8, col: 7, message: 'dependency cycle: api → db → web → api' },
        { line: 13, col: 9, message: 'dependency cycle: db → web → api → db' },
      ],
    },
    {
      name: 'a service depending on itself',
      input: 'services:\n  worker:\n    image: app\n    depends_on:\n      worker:\n        condition: service_started\n',
      expect: [{ line: 5, col: 7, message: 'service "worker" depends on itself: worker → worker' }],
    },
    {
      name: 'links and network_mode count as dependencies',
      input: 'services:\n  vpn:\n    image: vpn\n    links: [app]\n  app:\n    image: app\n    network_mode: service:vpn\n',
      expect: [
        { line: 4, col: 13, message: 'dependency cycle: vpn → app → vpn (links makes "vpn" depend on "app")' },
        { line: 7, col: 27, message: 'dependency cycle: app → vpn → app (network_mode makes "app" depend on "vpn")' },
      ],
    },
    {
      name: 'no cycle: a chain, a diamond, undefined services, extends',
      input:
        'services:\n  web:\n    image: app\n    depends_on: [api, cache]\n  api:\n    image: api\n    depends_on: [db, missing]\n  cache:\n    image: redis\n    depends_on: [db]\n  db:\n    image: postgres\n  admin:\n    extends: web\n',
      expect: [],
    },
  ],
};

export default rule;
