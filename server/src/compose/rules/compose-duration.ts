import { isMap, isScalar } from 'yaml';
import type { Rule } from '../../engine/types';
import { didYouMean, suggestionFix } from '../../engine/suggest';
import type { ComposeModel } from '../model';
import { composeIndex } from '../project';
import { deref, getEffective, isInterpolated } from '../schema';
import { dedent } from '../../engine/dedent';

/** Keys whose value is a Go duration (`time.ParseDuration`), by the path below a service. */
export const DURATION_KEYS: string[][] = [
  ['healthcheck', 'interval'],
  ['healthcheck', 'timeout'],
  ['healthcheck', 'start_period'],
  ['healthcheck', 'start_interval'],
  ['stop_grace_period'],
  ['deploy', 'restart_policy', 'delay'],
  ['deploy', 'restart_policy', 'window'],
  ['deploy', 'update_config', 'delay'],
  ['deploy', 'update_config', 'monitor'],
  ['deploy', 'rollback_config', 'delay'],
  ['deploy', 'rollback_config', 'monitor'],
];

const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|\u03bcs|ms|s|m|h))+$/;

export function isGoDuration(s: string): boolean {
  return s === '0' || GO_DURATION.test(s);
}

const UNIT_WORDS: Record<string, string> = {
  ns: 'ns', nanosecond: 'ns', nanoseconds: 'ns',
  us: 'us', microsecond: 'us', microseconds: 'us',
  ms: 'ms', msec: 'ms', msecs: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's', S: 's',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm', M: 'm',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', H: 'h',
};

/** A Go duration for a near miss (`30 sec` → `30s`, `1d` → `24h`), or undefined. */
export function suggestDuration(s: string): string | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([a-zA-Zµ]+)$/.exec(s.trim());
  if (!m) return undefined;
  if (/^(d|day|days)$/i.test(m[2])) return `${Number(m[1]) * 24}h`;
  const unit = UNIT_WORDS[m[2]] ?? UNIT_WORDS[m[2].toLowerCase()];
  return unit ? `${m[1]}${unit}` : undefined;
}

const rule: Rule<ComposeModel> = {
  id: 'compose-duration',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the unit it suggests is a guess.' },
  docs: {
    summary: 'Durations (`healthcheck.interval`, `stop_grace_period`, `deploy.*.delay`, …) must be Go durations such as `30s`, `1m30s` or `500ms`.',
    why: '`docker compose` refuses the file with "time: invalid duration"; units are written without a space and days are not a unit.',
    bad: 'services:\n  web:\n    image: nginx\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 30 sec\n',
    good: 'services:\n  web:\n    image: nginx\n    healthcheck:\n      test: ["CMD", "true"]\n      interval: 30s\n',
  },
  check({ model, report }) {
    const doc = model.doc;
    const seen = new Set<unknown>();
    for (const def of composeIndex(model).defs.service.values()) {
      for (const keys of DURATION_KEYS) {
        let cur: unknown = deref(doc, def.pair.value);
        for (const k of keys) cur = isMap(cur) ? deref(doc, getEffective(doc, cur, k)?.value) : undefined;
        if (!isScalar(cur) || typeof cur.value !== 'string' || seen.has(cur)) continue;
        seen.add(cur);
        const v = cur.value;
        if (isInterpolated(v) || isGoDuration(v)) continue;
        const range = model.rangeOf(cur);
        const s = suggestDuration(v);
        const fixes = suggestionFix(range, s);
        report({
          message: `${keys.join('.')}: "${v}" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s` + didYouMean(s, 'yaml'),
          range,
          fixes,
        });
      }
    }
  },
  tests: [
    {
      name: 'near misses with fixes',
      input: 'services:\n  web:\n    image: nginx\n    stop_grace_period: 1 minute\n    healthcheck:\n      interval: 30 sec\n      timeout: 10secs\n      start_period: 1d\n',
      expect: [
        { line: 4, col: 24, message: 'stop_grace_period: "1 minute" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s. Did you mean "1m"?' },
        { line: 6, col: 17, message: 'healthcheck.interval: "30 sec" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s. Did you mean "30s"?' },
        { line: 7, col: 16, message: 'healthcheck.timeout: "10secs" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s. Did you mean "10s"?' },
        { line: 8, col: 21, message: 'healthcheck.start_period: "1d" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s. Did you mean "24h"?' },
      ],
      fixed: 'services:\n  web:\n    image: nginx\n    stop_grace_period: 1m\n    healthcheck:\n      interval: 30s\n      timeout: 10s\n      start_period: 24h\n',
    },
    { name: 'not a duration at all', input: 'services:\n  web:\n    image: nginx\n    deploy:\n      restart_policy:\n        delay: soon\n', expect: [{ line: 6, col: 16, message: 'deploy.restart_policy.delay: "soon" is not a duration; write a number with a unit (ns, us, ms, s, m, h), e.g. 30s or 1m30s' }] },
    {
      name: 'valid durations',
      input: dedent`
        x-hc: &hc
          interval: 1m30s
          timeout: 500ms
        services:
          web:
            image: nginx
            stop_grace_period: 0
            healthcheck:
              <<: *hc
              start_period: \${START:-10s}
              start_interval: 1.5s
            deploy:
              update_config:
                delay: 10s
                monitor: 2h45m
      `,
      expect: [],
    },
  ],
};

export default rule;
