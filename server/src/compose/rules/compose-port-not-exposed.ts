import { isMap, isScalar, isSeq } from 'yaml';
import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { buildInfos, exposedPorts, readDockerfile, type ExposedPort } from '../build';
import { checkPortSpec } from '../ports';
import { composeIndex } from '../project';
import { deref, effectivePairs, getEffective, isInterpolated, scalarKey } from '../schema';
import { dedent } from '../../engine/dedent';

function describe(ports: ExposedPort[]): string {
  return ports.map((p) => `${p.from}${p.to !== p.from ? `-${p.to}` : ''}${p.protocol !== 'tcp' ? `/${p.protocol}` : ''}`).join(', ');
}

const rule: Rule<ComposeModel> = {
  id: 'compose-port-not-exposed',
  language: 'compose',
  severity: 'info',
  docs: {
    summary: 'A published container port should be one the service\'s Dockerfile EXPOSEs, when that Dockerfile declares its ports.',
    why: 'A mapping to a port the application does not listen on gives "connection reset" with no error anywhere; when the Dockerfile says `EXPOSE 3000` and Compose maps `8080:8080`, one of them is out of date.',
    bad: 'services:\n  api:\n    build: ./api\n    ports:\n      - "8080:8080"\n',
    good: 'services:\n  api:\n    build: ./api\n    ports:\n      - "8080:3000"\n',
    files: { 'api/Dockerfile': 'FROM node:20\nEXPOSE 3000\nCMD ["node", "server.js"]\n' },
  },
  check({ model, report, files, path }) {
    const doc = model.doc;
    const services = composeIndex(model).defs.service;
    for (const b of buildInfos(model, path)) {
      const text = readDockerfile(b, files);
      if (text === undefined) continue;
      const exposed = exposedPorts(text, b.target);
      if (!exposed) continue;
      const svc = deref(doc, services.get(b.service)?.pair.value);
      if (!isMap(svc)) continue;
      // Ports the service itself declares with `expose:` count as exposed too.
      const extra = deref(doc, getEffective(doc, svc, 'expose')?.value);
      const all = [...exposed];
      if (isSeq(extra)) {
        for (const e of extra.items) {
          const s = deref(doc, e);
          if (!isScalar(s)) continue;
          const parsed = checkPortSpec(String(s.value)).parsed;
          if (parsed?.container) all.push({ from: parsed.container[0], to: parsed.container[1], protocol: parsed.protocol });
        }
      }
      const covered = (from: number, to: number, protocol: string) =>
        all.some((p) => p.protocol === protocol && p.from <= from && to <= p.to);
      const ports = deref(doc, effectivePairs(doc, svc).find((p) => scalarKey(p) === 'ports')?.value);
      if (!isSeq(ports)) continue;
      for (const it of ports.items) {
        const item = deref(doc, it);
        let container: [number, number] | undefined;
        let protocol = 'tcp';
        if (isScalar(item)) {
          const spec = String(item.value);
          if (isInterpolated(spec)) continue;
          const parsed = checkPortSpec(spec).parsed;
          if (!parsed?.container) continue;
          container = parsed.container;
          protocol = parsed.protocol;
        } else if (isMap(item)) {
          const t = deref(doc, getEffective(doc, item, 'target')?.value);
          const pr = deref(doc, getEffective(doc, item, 'protocol')?.value);
          if (!isScalar(t) || !/^\d+$/.test(String(t.value))) continue;
          container = [Number(t.value), Number(t.value)];
          if (isScalar(pr) && typeof pr.value === 'string') protocol = pr.value.toLowerCase();
        }
        if (!container || covered(container[0], container[1], protocol)) continue;
        const port = `${container[0]}${container[1] !== container[0] ? `-${container[1]}` : ''}${protocol !== 'tcp' ? `/${protocol}` : ''}`;
        report({
          message: `service "${b.service}" publishes container port ${port}, but its Dockerfile only EXPOSEs ${describe(exposed)}`,
          range: model.rangeOf(item),
        });
      }
    }
  },
  tests: [
    {
      name: 'mapped port not exposed (short and long syntax, target stage)',
      input: dedent`
        services:
          api:
            build: ./api
            ports:
              - "8080:8080"
              - "9000:3000"
              - target: 4000
                published: 4000
          multi:
            build:
              context: ./multi
              target: dev
            ports:
              - "5000:5000"
      `,
      files: {
        'api/Dockerfile': 'FROM node:20\nEXPOSE 3000\n',
        'multi/Dockerfile': 'FROM node:20 AS base\nEXPOSE 9229\nFROM base AS dev\nEXPOSE 3000\nFROM base AS prod\nEXPOSE 5000\n',
      },
      expect: [
        { line: 5, col: 9, message: 'service "api" publishes container port 8080, but its Dockerfile only EXPOSEs 3000', severity: 'info' },
        { line: 7, col: 9, message: 'service "api" publishes container port 4000, but its Dockerfile only EXPOSEs 3000' },
        { line: 14, col: 9, message: 'service "multi" publishes container port 5000, but its Dockerfile only EXPOSEs 3000, 9229' },
      ],
    },
    {
      name: 'exposed, ranges, protocol, expose: key, no EXPOSE at all, variables',
      input: dedent`
        services:
          api:
            build: ./api
            ports:
              - "3000"
              - "8000-8001:8000-8001"
              - "53:53/udp"
              - "7000:7000"
            expose: ["7000"]
          plain:
            build: ./plain
            ports: ["80:80"]
          vars:
            build: ./vars
            ports: ["80:80"]
          inline:
            build:
              dockerfile_inline: |
                FROM nginx
                EXPOSE 80
            ports: ["8080:80"]
      `,
      files: {
        'api/Dockerfile': 'FROM node:20\nEXPOSE 3000 8000-8010 53/udp\n',
        'plain/Dockerfile': 'FROM nginx\n',
        'vars/Dockerfile': 'FROM nginx\nARG PORT=8080\nEXPOSE $PORT\n',
      },
      expect: [],
    },
  ],
};

export default rule;
