import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';

const rule: Rule<DockerfileModel> = {
  id: 'DL3011',
  language: 'dockerfile',
  severity: 'error',
  compat: { hadolint: 'DL3011' },
  docs: {
    summary: 'EXPOSE ports must be between 0 and 65535.',
    why: 'A port outside the TCP/UDP range can never be published; `docker build` accepts it and `docker run -P` fails later.',
    bad: 'FROM python:3.12-slim\nEXPOSE 80000\n',
    good: 'FROM python:3.12-slim\nEXPOSE 8000\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      ins.args.forEach((arg, i) => {
        const value = ins.argValues[i];
        if (value.includes('$')) return; // resolved at build time
        const spec = value.split('/')[0];
        // Only the container side counts: `8080:80` is reported by ExposeInvalidFormat.
        const container = spec.includes(':') ? spec.slice(spec.lastIndexOf(':') + 1) : spec;
        for (const part of container.split('-')) {
          if (!/^\d+$/.test(part)) continue; // not a number: ExposeInvalidFormat's business
          const n = Number(part);
          if (n > 65535) {
            report({ message: `Valid UNIX ports range from 0 to 65535 (got ${part})`, range: arg.getRange() });
            break;
          }
        }
      });
    }
  },
  tests: [
    { name: 'too large', input: 'FROM scratch\nEXPOSE 80 70000\n', expect: [{ line: 2, col: 11, message: 'Valid UNIX ports range from 0 to 65535 (got 70000)' }] },
    { name: 'range end too large', input: 'FROM scratch\nEXPOSE 8000-70000/tcp\n', expect: [{ line: 2, col: 8, message: 'Valid UNIX ports range from 0 to 65535 (got 70000)' }] },
    { name: 'valid ports and protocols', input: 'FROM scratch\nEXPOSE 0 80/tcp 53/udp 65535 8000-8010\n', expect: [] },
    { name: 'variables are skipped', input: 'FROM scratch\nARG PORT=8000\nEXPOSE $PORT\n', expect: [] },
    { name: 'quoted ports (the builder removes the quotes)', input: 'FROM scratch\nEXPOSE "70000" \'8080/tcp\' "${PORT}"\n', expect: [{ line: 2, col: 8, message: 'Valid UNIX ports range from 0 to 65535 (got 70000)' }] },
  ],
};

export default rule;
