import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { logicalRange, parseInstruction } from '../syntax';
import { closest, didYouMean, replaceFix, suggestionFix } from '../../engine/suggest';

const PROTOCOLS = ['tcp', 'udp', 'sctp'];

const rule: Rule<DockerfileModel> = {
  id: 'ExposeInvalidProtocol',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'The protocol it suggests is a guess; a reversed port range (`8010-8000`) is put in order by `--fix` (safe).' },
  docs: {
    summary: 'EXPOSE uses a protocol other than tcp, udp or sctp, or a port range whose start is after its end.',
    why: 'The builder parses `EXPOSE port[-port][/protocol]` and rejects any other protocol (`invalid proto`) and reversed ranges.',
    bad: 'FROM nginx:1.27\nEXPOSE 80/http 8010-8000\n',
    good: 'FROM nginx:1.27\nEXPOSE 80/tcp 8000-8010\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'EXPOSE') continue;
      const p = parseInstruction(model, ins);
      for (const w of p.words) {
        const v = w.raw;
        if (v.includes('$') || /["']/.test(v)) continue;
        const slash = v.indexOf('/');
        const port = slash >= 0 ? v.slice(0, slash) : v;
        if (slash >= 0) {
          const proto = v.slice(slash + 1);
          if (proto && !PROTOCOLS.includes(proto.toLowerCase())) {
            const range = logicalRange(model, p.line, w.start + slash + 1, w.end);
            const guess = closest(proto, PROTOCOLS);
            const fixes = suggestionFix(range, guess);
            report({ message: `Invalid protocol \`${proto}\` in EXPOSE: use tcp, udp or sctp${didYouMean(guess, 'dockerfile')}`, range, fixes });
          }
        }
        if (port.includes(':')) continue; // host mappings are ExposeInvalidFormat's business
        const m = /^(\d+)-(\d+)$/.exec(port);
        if (m && Number(m[1]) > Number(m[2])) {
          const range = logicalRange(model, p.line, w.start, w.start + port.length);
          report({
            message: `Invalid port range ${port}: the start is after the end`,
            range,
            fixes: [replaceFix(range, `${m[2]}-${m[1]}`, { safety: 'safe' })],
          });
        }
      }
    }
  },
  tests: [
    { name: 'http protocol', input: 'FROM alpine\nEXPOSE 80/http\n', expect: [{ line: 2, col: 11, message: 'Invalid protocol `http` in EXPOSE: use tcp, udp or sctp' }] },
    { name: 'typo', input: 'FROM alpine\nEXPOSE 53/upd\n', expect: [{ line: 2, col: 11, message: 'Invalid protocol `upd` in EXPOSE: use tcp, udp or sctp (did you mean udp?)' }], fixed: 'FROM alpine\nEXPOSE 53/udp\n' },
    { name: 'reversed range', input: 'FROM alpine\nEXPOSE 8010-8000/tcp\n', expect: [{ line: 2, col: 8, message: 'Invalid port range 8010-8000: the start is after the end' }], fixed: 'FROM alpine\nEXPOSE 8000-8010/tcp\n' },
    { name: 'valid', input: 'FROM alpine\nEXPOSE 80 443/tcp 53/udp 9/sctp 8000-8010 5000/TCP 6000/Udp 7000/\n', expect: [] },
    { name: 'variables', input: 'FROM alpine\nARG P=80\nEXPOSE $P/${PROTO} ${A}-${B}\n', expect: [] },
    { name: 'continuation', input: 'FROM alpine\nEXPOSE 80 \\\n  81/xyz\n', expect: [{ line: 3, col: 6, message: 'Invalid protocol `xyz` in EXPOSE: use tcp, udp or sctp' }] },
  ],
};

export default rule;
