import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { Range, Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { checkPortSpec, isIp, PROTOCOLS } from '../ports';
import { composeIndex } from '../project';
import { deref, effectivePairs, isInterpolated, scalarKey } from '../schema';
import { dedent } from '../../engine/dedent';

function partRange(model: ComposeModel, node: Scalar, at: [number, number] | undefined): Range {
  const whole = model.rangeOf(node);
  if (!at || !node.range || whole.start.line !== whole.end.line) return whole;
  const src = model.text.slice(node.range[0], node.range[1]);
  const value = String(node.value);
  const i = src.indexOf(value);
  if (i < 0) return whole;
  const start = node.range[0] + i + at[0];
  return model.lines.range(start, start + Math.max(1, at[1]));
}

const rule: Rule<ComposeModel> = {
  id: 'compose-port-mapping',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'Port mappings must be valid: `[IP:][HOST:]CONTAINER[/PROTOCOL]` with ports 1-65535, ranges of equal length, tcp/udp/sctp, and sensible long-syntax fields.',
    why: '`docker compose up` fails with "invalid port" (or silently publishes something else) when a mapping has a typo, a port beyond 65535 or ranges that do not line up.',
    bad: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80/tpc"\n      - "3000-3005:3000-3001"\n      - "70000:80"\n',
    good: 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80/tcp"\n      - "3000-3001:3000-3001"\n      - "7000:80"\n',
  },
  check({ model, report }) {
    const doc = model.doc;
    for (const def of composeIndex(model).defs.service.values()) {
      const svc = deref(doc, def.pair.value);
      if (!isMap(svc)) continue;
      const portsPair = effectivePairs(doc, svc).find((p) => scalarKey(p) === 'ports');
      const seq = deref(doc, portsPair?.value);
      if (!isSeq(seq)) continue;
      for (const it of seq.items) {
        const item = deref(doc, it);
        if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
          const spec = String(item.value);
          if (typeof item.value === 'string' && isInterpolated(spec)) continue;
          for (const p of checkPortSpec(spec).problems) {
            report({ message: `invalid port mapping "${spec}": ${p.message}`, range: partRange(model, item, p.at) });
          }
        } else if (isMap(item)) {
          for (const pair of effectivePairs(doc, item)) {
            const key = scalarKey(pair);
            const v = deref(doc, pair.value);
            if (!isScalar(v) || v.value === null) continue;
            const val = String(v.value);
            if (typeof v.value === 'string' && isInterpolated(val)) continue;
            const r = model.rangeOf(v);
            if (key === 'target' || key === 'published') {
              const m = /^(\d+)(?:-(\d+))?$/.exec(val);
              const min = key === 'target' ? 1 : 0;
              if (!m || (key === 'target' && m[2] !== undefined)) report({ message: `${key}: "${val}" is not a port${key === 'published' ? ' or a port range' : ''}`, range: r });
              else if (Number(m[1]) < min || Number(m[2] ?? m[1]) > 65535) report({ message: `${key}: port ${val} is out of range (${min}-65535)`, range: r });
            } else if (key === 'protocol' && !PROTOCOLS.includes(val.toLowerCase())) {
              report({ message: `protocol: unknown protocol "${val}" (use tcp, udp or sctp)`, range: r });
            } else if (key === 'mode' && val !== 'host' && val !== 'ingress') {
              report({ message: `mode: "${val}" must be "host" or "ingress"`, range: r });
            } else if (key === 'host_ip' && !isIp(val)) {
              report({ message: `host_ip: "${val}" is not an IP address`, range: r });
            }
          }
        }
      }
    }
  },
  tests: [
    {
      name: 'short syntax mistakes',
      input: dedent`
        services:
          web:
            image: nginx
            ports:
              - "8080:80/tpc"
              - "3000-3005:3000-3001"
              - "70000:80"
              - "8080:0"
              - "300.1.1.1:80:80"
              - "80:http"
              - 70000
      `,
      expect: [
        { line: 5, col: 18, message: 'invalid port mapping "8080:80/tpc": unknown protocol "tpc" (use tcp, udp or sctp)' },
        { line: 6, col: 10, message: 'invalid port mapping "3000-3005:3000-3001": host range 3000-3005 and container range 3000-3001 have different lengths' },
        { line: 7, col: 10, message: 'invalid port mapping "70000:80": host port 70000 is out of range (0-65535)' },
        { line: 8, col: 15, message: 'invalid port mapping "8080:0": container port 0 is out of range (1-65535)' },
        { line: 9, col: 10, message: 'invalid port mapping "300.1.1.1:80:80": "300.1.1.1" is not an IP address' },
        { line: 10, col: 13, message: 'invalid port mapping "80:http": "http" is not a port or a port range' },
        { line: 11, col: 9, message: 'invalid port mapping "70000": container port 70000 is out of range (1-65535)' },
      ],
    },
    {
      name: 'long syntax mistakes',
      input: 'services:\n  web:\n    image: nginx\n    ports:\n      - target: 80000\n        published: "80-x"\n        protocol: tcpp\n        mode: bridge\n        host_ip: localhost\n',
      expect: [
        { line: 5, col: 17, message: 'target: port 80000 is out of range (1-65535)' },
        { line: 6, col: 20, message: 'published: "80-x" is not a port or a port range' },
        { line: 7, col: 19, message: 'protocol: unknown protocol "tcpp" (use tcp, udp or sctp)' },
        { line: 8, col: 15, message: 'mode: "bridge" must be "host" or "ingress"' },
        { line: 9, col: 18, message: 'host_ip: "localhost" is not an IP address' },
      ],
    },
    {
      name: 'valid forms',
      input: dedent`
        services:
          web:
            image: nginx
            ports:
              - "3000"
              - "3000-3005"
              - 8000:8000
              - "9090-9091:8080-8081"
              - "8000-9000:80"
              - "127.0.0.1:8001:8001"
              - "127.0.0.1::5000"
              - "::1:6000:6000"
              - "[::1]:6001:6001"
              - "6060:6060/udp"
              - 5432
              - "\${PORT:-80}:80"
              - target: 80
                published: "8080-8081"
                protocol: udp
                mode: host
                host_ip: 0.0.0.0
      `,
      expect: [],
    },
  ],
};

export default rule;
