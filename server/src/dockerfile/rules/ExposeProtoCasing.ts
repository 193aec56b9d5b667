import type { Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';
import { rangeOnFirstLine } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'ExposeProtoCasing',
  language: 'dockerfile',
  severity: 'info',
  compat: { buildkit: 'ExposeProtoCasing' },
  fix: { safety: 'safe', why: 'Docker reads the protocol in lowercase: only the spelling changes.' },
  docs: {
    summary: 'The protocol in EXPOSE (`tcp`, `udp`, `sctp`) should be lowercase.',
    why: 'Docker matches protocols in lowercase; `80/TCP` is accepted today only by normalisation and is reported by `docker build --check`.',
    bad: 'FROM nginx:1.27\nEXPOSE 80/TCP\n',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      ins.args.forEach((arg, i) => {
        const value = ins.argValues[i];
        const slash = value.indexOf('/');
        if (slash < 0 || value.includes('$')) return;
        const proto = value.slice(slash + 1);
        if (proto === proto.toLowerCase()) return;
        const lower = value.slice(0, slash + 1) + proto.toLowerCase();
        report({
          message: `Defined protocol '${value}' in EXPOSE instruction should be lowercase`,
          range: rangeOnFirstLine(ins, arg.getRange()),
          // Offered where the port is written as it reads (no quotes or escapes to keep).
          fixes: arg.getValue() === value ? [replaceFix(arg.getRange(), lower)] : undefined,
        });
      });
    }
  },
  tests: [
    {
      name: 'uppercase protocols',
      input: 'FROM scratch\nEXPOSE 80/TcP 8080/TCP 8080/udp\n',
      expect: [
        { line: 2, col: 8, message: "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase" },
        { line: 2, col: 15, message: "Defined protocol '8080/TCP' in EXPOSE instruction should be lowercase" },
      ],
      fixed: 'FROM scratch\nEXPOSE 80/tcp 8080/tcp 8080/udp\n',
    },
    { name: 'lowercase or none', input: 'FROM scratch\nEXPOSE 80 443/tcp 53/udp\n', expect: [] },
    { name: 'continuation line', input: 'FROM scratch\nEXPOSE 80 \\\n  443/UDP\n', expect: [{ line: 2, col: 1, message: "Defined protocol '443/UDP' in EXPOSE instruction should be lowercase" }] },
    {
      name: 'quoted port: read unquoted, no fix (the quotes are the author\'s)',
      input: 'FROM scratch\nEXPOSE "80/TCP" \'53/udp\'\n',
      expect: [{ line: 2, col: 8, message: "Defined protocol '80/TCP' in EXPOSE instruction should be lowercase" }],
      fixed: 'FROM scratch\nEXPOSE "80/TCP" \'53/udp\'\n',
    },
  ],
};

export default rule;
