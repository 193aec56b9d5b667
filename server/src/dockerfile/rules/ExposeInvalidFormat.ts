import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { rangeOnFirstLine } from '../scope';

const rule: Rule<DockerfileModel> = {
  id: 'ExposeInvalidFormat',
  language: 'dockerfile',
  severity: 'warning',
  compat: { buildkit: 'ExposeInvalidFormat' },
  fix: { safety: 'safe', why: 'The builder keeps only the container port of `host:container`: EXPOSE records the same ports after the fix.' },
  docs: {
    summary: 'EXPOSE should list container ports only, without an IP address or a host-port mapping.',
    why:
      'EXPOSE documents the ports the container listens on; `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80` does not publish ' +
      'anything on the host (that is `docker run -p`), and Docker has announced such values will become an error.',
    bad: 'FROM nginx:1.27\nEXPOSE 8080:80\n',
    good: 'FROM nginx:1.27\nEXPOSE 80\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      ins.args.forEach((arg, i) => {
        const value = ins.argValues[i];
        if (!value.includes(':') || value.includes('$')) return;
        const slash = value.lastIndexOf('/');
        const spec = slash >= 0 ? value.slice(0, slash) : value;
        const proto = slash >= 0 ? value.slice(slash) : '';
        const container = spec.slice(spec.lastIndexOf(':') + 1);
        const fixes = /^\d+(-\d+)?$/.test(container)
          ? [{ title: `Keep only the container port ${container}${proto}`, preferred: true, edits: [{ range: arg.getRange(), newText: container + proto }] }]
          : undefined;
        report({
          message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${value}'`,
          range: rangeOnFirstLine(ins, arg.getRange()),
          fixes,
        });
      });
    }
  },
  tests: [
    {
      name: 'IP and host mappings',
      input: 'FROM scratch\nEXPOSE 127.0.0.1:80:80 [::1]:8080:8080 5000:5000 8000\n',
      expect: [
        { line: 2, col: 8, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'" },
        { line: 2, col: 24, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '[::1]:8080:8080'" },
        { line: 2, col: 40, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'" },
      ],
      fixed: 'FROM scratch\nEXPOSE 80 8080 5000 8000\n',
    },
    { name: 'protocol is kept', input: 'FROM scratch\nEXPOSE 53:53/udp\n', expect: [{ line: 2, col: 8, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '53:53/udp'" }], fixed: 'FROM scratch\nEXPOSE 53/udp\n' },
    { name: 'plain ports, ranges and protocols', input: 'FROM scratch\nEXPOSE 80 443/tcp 8000-8010 53/udp\n', expect: [] },
    { name: 'variables are left alone', input: 'FROM scratch\nARG P=80\nEXPOSE ${P}\n', expect: [] },
    {
      name: 'quoted mapping (the builder removes the quotes)',
      input: 'FROM scratch\nEXPOSE "5000:5000" "8000" "$HOST:80"\n',
      expect: [{ line: 2, col: 8, message: "EXPOSE instruction should not define an IP address or host-port mapping, found '5000:5000'" }],
      fixed: 'FROM scratch\nEXPOSE 5000 "8000" "$HOST:80"\n',
    },
  ],
};

export default rule;
