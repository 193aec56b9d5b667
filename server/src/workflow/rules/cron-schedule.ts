import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** The five fields of a cron schedule, with their ranges and names. */
export const CRON_FIELDS: { name: string; min: number; max: number; names?: string[]; namesBase?: number }[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, namesBase: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAYS, namesBase: 0 },
];

/** Expands one cron field to its values, or returns an error message. */
export function cronField(text: string, f: (typeof CRON_FIELDS)[number]): number[] | string {
  const values = new Set<number>();
  const num = (s: string): number | undefined => {
    if (/^\d+$/.test(s)) return Number(s);
    const i = f.names?.indexOf(s.toUpperCase()) ?? -1;
    return i >= 0 ? i + (f.namesBase ?? 0) : undefined;
  };
  for (const part of text.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(part);
    if (!m) return `invalid ${f.name} field ${JSON.stringify(part)}`;
    const step = m[2] !== undefined ? Number(m[2]) : 1;
    if (step < 1) return `step of ${f.name} field must be at least 1`;
    let lo: number | undefined;
    let hi: number | undefined;
    if (m[1] === '*') {
      lo = f.min;
      hi = f.max === 7 ? 6 : f.max;
    } else {
      const r = m[1].split('-');
      if (r.length > 2) return `invalid range ${JSON.stringify(m[1])} in ${f.name} field`;
      lo = num(r[0]);
      hi = r.length === 2 ? num(r[1]) : m[2] !== undefined ? (f.max === 7 ? 6 : f.max) : lo;
      if (lo === undefined || hi === undefined) return `invalid value ${JSON.stringify(m[1])} in ${f.name} field`;
    }
    if (lo < f.min || hi > f.max || lo > f.max || hi < f.min) return `value ${JSON.stringify(m[1])} is out of range ${f.min}-${f.max} in ${f.name} field`;
    if (lo > hi) return `range ${JSON.stringify(m[1])} in ${f.name} field is reversed`;
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return [...values].sort((a, b) => a - b);
}

/** Shortest interval in minutes between two runs within a day (minute and hour fields only). */
function shortestInterval(minutes: number[], hours: number[]): number {
  const times: number[] = [];
  for (const h of hours) for (const m of minutes) times.push(h * 60 + m);
  times.sort((a, b) => a - b);
  let best = Infinity;
  for (let i = 1; i < times.length; i++) best = Math.min(best, times[i] - times[i - 1]);
  if (times.length && hours.length === 24) best = Math.min(best, times[0] + 24 * 60 - times[times.length - 1]);
  return best;
}

/** Time zones already asked about (building a DateTimeFormat to ask costs about a tenth of a millisecond). */
const timezones = new Map<string, boolean>();

function validTimezone(tz: string): boolean {
  let ok = timezones.get(tz);
  if (ok !== undefined) return ok;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    ok = tz.includes('/') || /^(UTC|GMT|Etc\/.*)$/i.test(tz);
  } catch {
    ok = false;
  }
  if (timezones.size > 1000) timezones.clear();
  timezones.set(tz, ok);
  return ok;
}

const rule: Rule<WorkflowModel> = {
  id: 'cron-schedule',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'events' },
  docs: {
    summary: '`on.schedule` must be a list of `cron:` entries with five valid fields (minute hour day month weekday; ranges, steps, lists and JAN-DEC/SUN-SAT names) and an optional IANA `timezone`. Schedules more frequent than every 5 minutes are reported as a warning.',
    why: 'GitHub rejects an invalid cron expression, and silently runs a too-frequent schedule only every 5 minutes at best. `on: schedule` without a cron never runs.',
    bad: "on:\n  schedule:\n    - cron: '0 0 * * 8'\n    - cron: '*/2 * * * *'\njobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make nightly\n",
    good: "on:\n  schedule:\n    - cron: '0 0 * * 0'\n    - cron: '*/5 * * * *'\njobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make nightly\n",
  },
  check({ model, report }) {
    for (const ev of workflowStructure(model).events) {
      if (ev.name !== 'schedule') continue;
      if (!ev.config || (isScalar(ev.config) && ev.config.value === null) || ev.node === ev.config) {
        if (!isSeq(ev.config)) report({ message: 'schedule event must be configured with a list of `cron:` entries', range: model.rangeOf(ev.node) });
        continue;
      }
      if (!isSeq(ev.config)) continue; // the schema rules report the type
      for (const raw of ev.config.items) {
        const item = resolve(model, raw);
        if (!isMap(item)) continue;
        const pairs = pairsOf(model, item as YAMLMap);
        const cronNode = resolve(model, pairs.get('cron')?.value);
        const cron = scalarString(cronNode);
        if (cron !== undefined && isScalar(cronNode) && !cron.includes('${{') && cron.trim() !== '') {
          const range = model.rangeOf(cronNode as Scalar);
          const fields = cron.trim().split(/\s+/);
          if (fields.length !== 5) {
            report({ message: `invalid CRON format ${JSON.stringify(cron)} in schedule event: expected 5 fields (minute hour day-of-month month day-of-week) but found ${fields.length}`, range });
          } else {
            const values = fields.map((t, i) => cronField(t, CRON_FIELDS[i]));
            const err = values.find((v): v is string => typeof v === 'string');
            if (err) report({ message: `invalid CRON format ${JSON.stringify(cron)} in schedule event: ${err}`, range });
            else {
              const gap = shortestInterval(values[0] as number[], values[1] as number[]);
              if (gap < 5)
                report({
                  message: `scheduled job runs too frequently. it runs once per ${gap * 60} seconds. the shortest interval is once every 5 minutes`,
                  range,
                  severity: 'warning',
                });
            }
          }
        }
        const tzNode = resolve(model, pairs.get('timezone')?.value);
        const tz = scalarString(tzNode);
        if (tz && isScalar(tzNode) && !tz.includes('${{') && !validTimezone(tz))
          report({ message: `invalid timezone ${JSON.stringify(tz)} in schedule event. it must be a valid IANA timezone name such as "Europe/Berlin"`, range: model.rangeOf(tzNode as Scalar) });
      }
    }
  },
  tests: [
    {
      name: 'bad fields, field count and timezone',
      input: dedent`
        on:
          schedule:
            - cron: '0 0 * * 8'
            - cron: '0 0 * *'
            - cron: '60 * * * *'
            - cron: '0 12 * JAN-DEC/2 MON-FRI'
              timezone: Not/A/Timezone
            - cron: '0 5-1 * * *'
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 3, col: 13, message: 'invalid CRON format "0 0 * * 8" in schedule event: value "8" is out of range 0-7 in day of week field' },
        { line: 4, col: 13, message: 'invalid CRON format "0 0 * *" in schedule event: expected 5 fields (minute hour day-of-month month day-of-week) but found 4' },
        { line: 5, col: 13, message: 'invalid CRON format "60 * * * *" in schedule event: value "60" is out of range 0-59 in minute field' },
        { line: 7, col: 17, message: 'invalid timezone "Not/A/Timezone" in schedule event. it must be a valid IANA timezone name such as "Europe/Berlin"' },
        { line: 8, col: 13, message: 'invalid CRON format "0 5-1 * * *" in schedule event: range "5-1" in hour field is reversed' },
      ],
    },
    {
      name: 'too frequent',
      input: "on:\n  schedule:\n    - cron: '*/4 * * * *'\n    - cron: '0,2 3 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      expect: [
        { line: 3, col: 13, message: 'scheduled job runs too frequently. it runs once per 240 seconds. the shortest interval is once every 5 minutes', severity: 'warning' },
        { line: 4, col: 13, message: 'scheduled job runs too frequently. it runs once per 120 seconds. the shortest interval is once every 5 minutes', severity: 'warning' },
      ],
    },
    {
      name: 'schedule without cron',
      input: 'on: [push, schedule]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n',
      expect: [{ line: 1, col: 12, message: 'schedule event must be configured with a list of `cron:` entries' }],
    },
    {
      name: 'valid schedules',
      input: dedent`
        on:
          schedule:
            - cron: '*/5 * * * *'
            - cron: '30 5,17 * * 1-5'
            - cron: '0 0 1 */3 SUN'
            - cron: '59 23 31 DEC 7'
              timezone: Europe/Berlin
            - cron: '0 0 * * *'
              timezone: UTC
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
