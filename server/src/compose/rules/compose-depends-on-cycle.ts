import type { Range, Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';
import { dedent } from '../../engine/dedent';

/** Keys that make a service depend on another: Compose adds `links`, `volumes_from` and `service:` modes to depends_on. */
const DEPENDS = new Set(['depends_on', 'links', 'volumes_from', 'network_mode', 'pid', 'ipc']);

interface Edge {
  from: string;
  to: string;
  via: string;
  range: Range;
}

/** Cycles longer than this are not spelt out name by name (a generated file can have thousands of services). */
const SPELL_MAX = 50;

/** Strongly connected components (Tarjan, without recursion): the component index of each service. */
function components(nodes: Iterable<string>, adj: Map<string, Set<string>>): { of: Map<string, number>; size: number[] } {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const of = new Map<string, number>();
  const size: number[] = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: { n: string; it: Iterator<string> }[] = [{ n: root, it: (adj.get(root) ?? new Set<string>()).values() }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1];
      const step = top.it.next();
      if (!step.done) {
        const m = step.value;
        if (!index.has(m)) {
          index.set(m, next);
          low.set(m, next++);
          stack.push(m);
          onStack.add(m);
          work.push({ n: m, it: (adj.get(m) ?? new Set<string>()).values() });
        } else if (onStack.has(m)) low.set(top.n, Math.min(low.get(top.n)!, index.get(m)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1].n;
        low.set(parent, Math.min(low.get(parent)!, low.get(top.n)!));
      }
      if (low.get(top.n) === index.get(top.n)) {
        const c = size.length;
        let count = 0;
        for (;;) {
          const m = stack.pop()!;
          onStack.delete(m);
          of.set(m, c);
          count++;
          if (m === top.n) break;
        }
        size.push(count);
      }
    }
  }
  return { of, size };
}

/** The shortest path of service names from `start` to `goal`, staying in the component `c`, or undefined. */
function pathBetween(adj: Map<string, Set<string>>, of: Map<string, number>, c: number, start: string, goal: string): string[] | undefined {
  const prev = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    if (n === goal) {
      const out: string[] = [];
      for (let at: string | null | undefined = n; at != null; at = prev.get(at)) out.push(at);
      return out.reverse();
    }
    for (const m of adj.get(n) ?? []) {
      if (prev.has(m) || of.get(m) !== c) continue;
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
    // An edge is part of a cycle when both its ends are in one strongly connected component (or it is a loop).
    const { of, size } = components(defined.keys(), adj);
    for (const e of edges) {
      const c = of.get(e.from)!;
      if (e.from !== e.to && of.get(e.to) !== c) continue;
      const back = e.from === e.to ? [e.to] : size[c] <= SPELL_MAX ? pathBetween(adj, of, c, e.to, e.from) : undefined;
      const cycle = back ? [e.from, ...back].join(' → ') : `${e.from} → ${e.to} → … → ${e.from} (${size[c]} services depend on each other)`;
      const how = e.via === 'depends_on' ? '' : ` (${e.via} makes "${e.from}" depend on "${e.to}")`;
      const what = e.from === e.to ? `service "${e.from}" depends on itself` : 'dependency cycle';
      report({ message: `${what}: ${cycle}${how}; docker compose refuses it ("dependency cycle detected")`, range: e.range });
    }
  },
  tests: [
    {
      name: 'a cycle of three, reported at each edge (list and mapping forms)',
      input: dedent`
        services:
          web:
            image: app
            depends_on: [api]
          api:
            image: api
            depends_on:
              db:
                condition: service_healthy
          db:
            image: postgres
            depends_on:
              - web
      `,
      expect: [
        { line: 4, col: 18, message: 'dependency cycle: web → api → db → web; docker compose refuses it ("dependency cycle detected")', severity: 'error' },
        { line: 8, col: 7, message: 'dependency cycle: api → db → web → api; docker compose refuses it ("dependency cycle detected")' },
        { line: 13, col: 9, message: 'dependency cycle: db → web → api → db; docker compose refuses it ("dependency cycle detected")' },
      ],
    },
    {
      name: 'a service depending on itself',
      input: 'services:\n  worker:\n    image: app\n    depends_on:\n      worker:\n        condition: service_started\n',
      expect: [{ line: 5, col: 7, message: 'service "worker" depends on itself: worker → worker; docker compose refuses it ("dependency cycle detected")' }],
    },
    {
      name: 'links and network_mode count as dependencies',
      input: 'services:\n  vpn:\n    image: vpn\n    links: [app]\n  app:\n    image: app\n    network_mode: service:vpn\n',
      expect: [
        { line: 4, col: 13, message: 'dependency cycle: vpn → app → vpn (links makes "vpn" depend on "app"); docker compose refuses it ("dependency cycle detected")' },
        { line: 7, col: 27, message: 'dependency cycle: app → vpn → app (network_mode makes "app" depend on "vpn"); docker compose refuses it ("dependency cycle detected")' },
      ],
    },
    {
      name: 'a cycle of more than 50 services: each edge reported, the cycle not spelt out name by name',
      input: `services:\n${Array.from({ length: 60 }, (_, i) => `  s${i}:\n    image: app\n    depends_on: [s${(i + 1) % 60}]\n`).join('')}`,
      expect: [
        { line: 4, col: 18, message: 'dependency cycle: s0 → s1 → … → s0 (60 services depend on each other); docker compose refuses it ("dependency cycle detected")' },
        ...Array.from({ length: 59 }, (_, i) => ({ line: 7 + 3 * i, col: 18, message: `dependency cycle: s${i + 1} → s${(i + 2) % 60} → … → s${i + 1} (60 services depend on each other); docker compose refuses it ("dependency cycle detected")` })),
      ],
    },
    {
      name: 'no cycle: a chain, a diamond, undefined services, extends',
      input: dedent`
        services:
          web:
            image: app
            depends_on: [api, cache]
          api:
            image: api
            depends_on: [db, missing]
          cache:
            image: redis
            depends_on: [db]
          db:
            image: postgres
          admin:
            extends: web
      `,
      expect: [],
    },
  ],
};

export default rule;
