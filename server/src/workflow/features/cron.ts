// POSIX cron schedules of `on.schedule` in words ("every Monday at 00:00 UTC"), for hovers and inlay hints. Handles
// the forms GitHub accepts: numbers, `*`, ranges, steps, lists, and JAN-DEC / SUN-SAT names. A schedule GitHub
// rejects (checked as the cron-schedule rule checks it) has no words: cronProblem says what is wrong.
import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { WorkflowModel } from '../model';
import { CRON_FIELDS, cronField } from '../rules/cron-schedule';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

type Part = { kind: 'any' } | { kind: 'value'; v: number } | { kind: 'range'; a: number; b: number; step?: number } | { kind: 'step'; step: number; from: number };

function num(s: string, names?: string[], offset = 0): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const i = names?.indexOf(s.toUpperCase()) ?? -1;
  return i >= 0 ? i + offset : undefined;
}

function parsePart(s: string, names?: string[], offset = 0): Part | undefined {
  if (s === '*') return { kind: 'any' };
  let m = /^(\*|[^/-]+)\/(\d+)$/.exec(s);
  if (m) {
    if (m[1] === '*') return { kind: 'step', step: Number(m[2]), from: 0 };
    const from = num(m[1], names, offset);
    return from === undefined ? undefined : { kind: 'step', step: Number(m[2]), from };
  }
  m = /^([^/-]+)-([^/-]+)(?:\/(\d+))?$/.exec(s);
  if (m) {
    const a = num(m[1], names, offset);
    const b = num(m[2], names, offset);
    if (a === undefined || b === undefined) return undefined;
    return { kind: 'range', a, b, step: m[3] ? Number(m[3]) : undefined };
  }
  const v = num(s, names, offset);
  return v === undefined ? undefined : { kind: 'value', v };
}

function parseField(s: string, names?: string[], offset = 0): Part[] | undefined {
  const parts = s.split(',').map((p) => parsePart(p, names, offset));
  return parts.some((p) => !p) ? undefined : (parts as Part[]);
}

const pad = (n: number) => String(n).padStart(2, '0');

function listWords(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

function describeParts(parts: Part[], name: (n: number) => string): string {
  return listWords(
    parts.map((p) => {
      switch (p.kind) {
        case 'any':
          return 'every value';
        case 'value':
          return name(p.v);
        case 'range':
          return `${name(p.a)} through ${name(p.b)}${p.step ? ` (every ${p.step})` : ''}`;
        case 'step':
          return `every ${p.step} from ${name(p.from)}`;
      }
    }),
  );
}

const single = (f: Part[]): number | undefined => (f.length === 1 && f[0].kind === 'value' ? f[0].v : undefined);
const isAny = (f: Part[]) => f.length === 1 && f[0].kind === 'any';

/** Why GitHub rejects a schedule; undefined for a valid one. */
export function cronProblem(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return `expected 5 fields (minute hour day-of-month month day-of-week), found ${expr.trim() ? fields.length : 0}`;
  for (let i = 0; i < 5; i++) {
    const r = cronField(fields[i], CRON_FIELDS[i]);
    if (typeof r === 'string') return r;
  }
  return undefined;
}

/** A valid schedule in words, with times in `zone` (the entry's `timezone:`, UTC by default); undefined for an invalid one. */
export function cronToWords(expr: string, zone = 'UTC'): string | undefined {
  if (cronProblem(expr) !== undefined) return undefined;
  const fields = expr.trim().split(/\s+/);
  const minute = parseField(fields[0]);
  const hour = parseField(fields[1]);
  const dom = parseField(fields[2]);
  const month = parseField(fields[3], MONTH_NAMES, 1);
  const dow = parseField(fields[4], DAY_NAMES, 0);
  if (!minute || !hour || !dom || !month || !dow) return undefined;
  const dayName = (n: number) => DAYS[n % 7] ?? String(n);
  const monthName = (n: number) => MONTHS[n - 1] ?? String(n);

  // Time of day.
  let time: string;
  const m1 = single(minute);
  const h1 = single(hour);
  if (m1 !== undefined && h1 !== undefined) time = `at ${pad(h1)}:${pad(m1)} ${zone}`;
  else if (isAny(minute) && isAny(hour)) time = 'every minute';
  else if (minute.length === 1 && minute[0].kind === 'step' && minute[0].from === 0 && isAny(hour)) time = `every ${minute[0].step} minutes`;
  else if (m1 !== undefined && isAny(hour)) time = m1 === 0 ? 'every hour, on the hour' : `every hour at minute ${m1}`;
  else if (m1 !== undefined && hour.length === 1 && hour[0].kind === 'step' && hour[0].from === 0) time = `every ${hour[0].step} hours at minute ${m1} (${zone})`;
  else if (m1 !== undefined && hour.every((p) => p.kind === 'value')) time = `at ${listWords(hour.map((p) => `${pad((p as { v: number }).v)}:${pad(m1)}`))} ${zone}`;
  else {
    const mins = isAny(minute) ? 'every minute' : `at minute ${describeParts(minute, String)}`;
    const hours = isAny(hour) ? 'of every hour' : `past hour ${describeParts(hour, (n) => pad(n))} ${zone}`;
    time = `${mins} ${hours}`;
  }

  // Days.
  const days: string[] = [];
  if (!isAny(dow)) {
    if (dow.length === 1 && dow[0].kind === 'value') days.push(`every ${dayName(dow[0].v)}`);
    else days.push(`on ${describeParts(dow, dayName)}`);
  }
  if (!isAny(dom)) days.push(`on day ${describeParts(dom, String)} of the month`);
  // POSIX: when both the day of the month and the day of the week are restricted, a day matching either runs.
  let when = days.length ? days.join(' or ') : isAny(month) ? 'every day' : '';
  if (!isAny(month)) when = `${when ? when + ' ' : ''}in ${describeParts(month, monthName)}`;
  // "every Monday at 00:00 UTC"; "every 15 minutes"; "at 00:00 UTC on day 1 of the month".
  if (time.startsWith('at ') && when.startsWith('every ')) return `${when} ${time}`;
  if (when === 'every day' && time.startsWith('every ')) return time;
  return `${time}, ${when}`;
}

/** The `cron:` entries of `on.schedule`, with the entry's `timezone:` when it is a plain string. */
export function scheduleCrons(model: WorkflowModel): { node: Scalar; cron: string; timezone?: string }[] {
  const out: { node: Scalar; cron: string; timezone?: string }[] = [];
  if (model.kind !== 'workflow') return out;
  for (const ev of workflowStructure(model).events) {
    if (ev.name !== 'schedule' || !isSeq(ev.config)) continue;
    for (const raw of ev.config.items) {
      const item = resolve(model, raw);
      if (!isMap(item)) continue;
      const pairs = pairsOf(model, item as YAMLMap);
      const node = resolve(model, pairs.get('cron')?.value);
      const cron = scalarString(node);
      const tz = scalarString(resolve(model, pairs.get('timezone')?.value))?.trim();
      if (isScalar(node) && cron !== undefined) out.push({ node: node as Scalar, cron, timezone: tz && !tz.includes('${{') ? tz : undefined });
    }
  }
  return out;
}
