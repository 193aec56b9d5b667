import type { Fix, Rule } from '../../engine/types';
import { replaceFix } from '../../engine/suggest';
import type { DockerfileModel } from '../model';
import { logicalRange, parseGoDuration, parseInstruction } from '../syntax';

const DURATIONS = new Set(['interval', 'timeout', 'start-period', 'start-interval']);

const rule: Rule<DockerfileModel> = {
  id: 'InvalidHealthcheckOption',
  language: 'dockerfile',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A number without a unit could be meant as seconds or as something else: the unit is a guess.' },
  docs: {
    summary: 'A HEALTHCHECK duration or retry count is not something the builder accepts.',
    why:
      'Durations use Go syntax with a unit (`30s`, `1m30s`, `500ms`, `1h`) and, unless 0, must be at least 1ms; ' +
      '`--retries` is a whole number. `--interval=30` (no unit) or `--retries=three` stops `docker build`.',
    bad: 'FROM nginx:1.27\nHEALTHCHECK --interval=30 --retries=three CMD curl -f http://localhost/ || exit 1\n',
    good: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --retries=3 CMD curl -f http://localhost/ || exit 1\n',
  },
  check({ model, report }) {
    for (const ins of model.instructions) {
      if (ins.keyword !== 'HEALTHCHECK') continue;
      const p = parseInstruction(model, ins);
      if (p.words[0]?.raw.toUpperCase() === 'NONE') continue; // flags are not read for NONE
      for (const f of p.flags) {
        const v = f.value;
        if (v === undefined || v === '' || v.includes('$')) continue;
        const valueRange = logicalRange(model, p.line, f.nameEnd + 1, f.end);
        if (DURATIONS.has(f.name)) {
          const d = parseGoDuration(v);
          if ('error' in d) {
            const fixes: Fix[] | undefined = /^\d+$/.test(v)
              ? [replaceFix(valueRange, `${v}s`)]
              : undefined;
            report({ message: `--${f.name}: ${d.error} (use a unit, e.g. 30s, 1m30s, 500ms)`, range: valueRange, fixes });
          } else if (d.ns !== 0 && d.ns < 1e6) {
            report({ message: `--${f.name}=${v} cannot be less than 1ms`, range: valueRange });
          }
        } else if (f.name === 'retries') {
          if (!/^[+-]?\d+$/.test(v)) {
            report({ message: `--retries must be a whole number, not \`${v}\``, range: valueRange });
          } else {
            const n = Number(v);
            if (n < 0) report({ message: `--retries cannot be negative (${v})`, range: valueRange });
            else if (n > 2147483647) report({ message: `--retries=${v} is out of range`, range: valueRange });
            else if (n === 0) {
              report({
                message: '--retries=0 means "use the default" (3), and older builders reject it',
                range: valueRange,
                severity: 'warning',
              });
            }
          }
        }
      }
    }
  },
  tests: [
    {
      name: 'duration without unit',
      input: 'FROM alpine\nHEALTHCHECK --interval=30 CMD true\n',
      expect: [{ line: 2, col: 24, message: '--interval: missing unit in duration "30" (use a unit, e.g. 30s, 1m30s, 500ms)' }],
      fixed: 'FROM alpine\nHEALTHCHECK --interval=30s CMD true\n',
    },
    { name: 'unknown unit', input: 'FROM alpine\nHEALTHCHECK --timeout=5sec CMD true\n', expect: [{ line: 2, col: 23, message: '--timeout: unknown unit "sec" in duration "5sec" (use a unit, e.g. 30s, 1m30s, 500ms)' }] },
    { name: 'garbage', input: 'FROM alpine\nHEALTHCHECK --start-period=soon CMD true\n', expect: [{ line: 2, col: 28, message: '--start-period: invalid duration "soon" (use a unit, e.g. 30s, 1m30s, 500ms)' }] },
    { name: 'too small', input: 'FROM alpine\nHEALTHCHECK --start-interval=10us CMD true\n', expect: [{ line: 2, col: 30, message: '--start-interval=10us cannot be less than 1ms' }] },
    { name: 'negative', input: 'FROM alpine\nHEALTHCHECK --interval=-5s CMD true\n', expect: [{ line: 2, col: 24, message: '--interval=-5s cannot be less than 1ms' }] },
    { name: 'retries word', input: 'FROM alpine\nHEALTHCHECK --retries=three CMD true\n', expect: [{ line: 2, col: 23, message: '--retries must be a whole number, not `three`' }] },
    { name: 'retries negative', input: 'FROM alpine\nHEALTHCHECK --retries=-1 CMD true\n', expect: [{ line: 2, col: 23, message: '--retries cannot be negative (-1)' }] },
    { name: 'retries zero', input: 'FROM alpine\nHEALTHCHECK --retries=0 CMD true\n', expect: [{ line: 2, col: 23, message: '--retries=0 means "use the default" (3), and older builders reject it', severity: 'warning' }] },
    {
      name: 'valid durations',
      input:
        'FROM alpine\nHEALTHCHECK --interval=1m30s --timeout=500ms --start-period=1h --start-interval=0 --retries=5 CMD true\n' +
        'HEALTHCHECK --interval=1.5s --timeout=0s CMD ["true"]\n',
      expect: [],
    },
    { name: 'variables', input: 'FROM alpine\nARG I=30s\nHEALTHCHECK --interval=$I --retries=${R} CMD true\n', expect: [] },
    { name: 'NONE', input: 'FROM alpine\nHEALTHCHECK NONE\n', expect: [] },
    { name: 'continuation', input: 'FROM alpine\nHEALTHCHECK --interval=5m \\\n    --timeout=3 \\\n    CMD curl -f http://localhost/ || exit 1\n', expect: [{ line: 3, col: 15, message: '--timeout: missing unit in duration "3" (use a unit, e.g. 30s, 1m30s, 500ms)' }] },
  ],
};

export default rule;
