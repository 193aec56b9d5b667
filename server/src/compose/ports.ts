// Port mappings of Compose services: the short syntax `[[IP:][HOST[-RANGE]]:]CONTAINER[-RANGE][/PROTOCOL]` as
// Docker's nat.ParsePortSpec reads it (the last part is the container port, the one before it the host port,
// everything before that the host IP; IPv6 may be bracketed), and the long syntax's numbers.

export interface PortProblem {
  message: string;
  /** Offset and length inside the spec of the part at fault (whole spec when absent). */
  at?: [number, number];
}

export interface ParsedPorts {
  ip?: string;
  host?: [number, number];
  container?: [number, number];
  protocol: string;
}

export const PROTOCOLS = ['tcp', 'udp', 'sctp'];

function parseRange(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = m[2] === undefined ? a : Number(m[2]);
  return [a, b];
}

export function isIp(s: string): boolean {
  const v = s.replace(/^\[(.*)\]$/, '$1');
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (v4) return v4.slice(1).every((x) => Number(x) <= 255);
  return /^[0-9a-fA-F:.]+$/.test(v) && v.includes(':') && (v.match(/::/g) ?? []).length <= 1;
}

/** Checks one short-syntax port spec; returns problems (empty when valid) and what it parsed. */
export function checkPortSpec(spec: string): { problems: PortProblem[]; parsed?: ParsedPorts } {
  const problems: PortProblem[] = [];
  let body = spec;
  let protocol = 'tcp';
  const slash = spec.lastIndexOf('/');
  if (slash >= 0) {
    body = spec.slice(0, slash);
    protocol = spec.slice(slash + 1);
    if (!PROTOCOLS.includes(protocol.toLowerCase())) {
      problems.push({ message: `unknown protocol "${protocol}" (use tcp, udp or sctp)`, at: [slash + 1, protocol.length] });
    }
  }
  const parts = body.split(':');
  const n = parts.length;
  const containerStr = parts[n - 1];
  const hostStr = n >= 2 ? parts[n - 2] : '';
  const ip = n >= 3 ? parts.slice(0, n - 2).join(':') : undefined;
  const offsetOf = (k: number) => parts.slice(0, k).reduce((a, p) => a + p.length + 1, 0);
  if (ip !== undefined && ip !== '' && !isIp(ip)) {
    problems.push({ message: `"${ip}" is not an IP address`, at: [0, ip.length] });
  }
  const containerAt: [number, number] = [offsetOf(n - 1), containerStr.length];
  const container = parseRange(containerStr);
  if (!containerStr) problems.push({ message: 'the container port is missing', at: containerAt });
  else if (!container) problems.push({ message: `"${containerStr}" is not a port or a port range`, at: containerAt });
  else {
    if (container[0] < 1 || container[1] > 65535) problems.push({ message: `container port ${containerStr} is out of range (1-65535)`, at: containerAt });
    if (container[1] < container[0]) problems.push({ message: `port range ${containerStr} ends before it starts`, at: containerAt });
  }
  let host: [number, number] | undefined;
  if (hostStr) {
    const hostAt: [number, number] = [offsetOf(n - 2), hostStr.length];
    host = parseRange(hostStr);
    if (!host) problems.push({ message: `"${hostStr}" is not a port or a port range`, at: hostAt });
    else {
      if (host[1] > 65535) problems.push({ message: `host port ${hostStr} is out of range (0-65535)`, at: hostAt });
      if (host[1] < host[0]) problems.push({ message: `port range ${hostStr} ends before it starts`, at: hostAt });
      if (container && container[1] !== container[0] && host[1] - host[0] !== container[1] - container[0]) {
        problems.push({ message: `host range ${hostStr} and container range ${containerStr} have different lengths`, at: hostAt });
      }
    }
  }
  return { problems, parsed: problems.length ? undefined : { ip, host, container, protocol: protocol.toLowerCase() } };
}
