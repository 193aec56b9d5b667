// POSIX cron schedules of `on.schedule` in words ("every Monday at 00:00 UTC"), for hovers. Handles the forms
// GitHub accepts: numbers, `*`, ranges, steps, lists, and JAN-DEC / SUN-SAT names. Returns undefined for
// anything it cannot read (the cron-schedule rule reports those).

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

export function cronToWords(expr: string): string | undefined {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) return undefined;
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
  if (m1 !== undefined && h1 !== undefined) time = `at ${pad(h1)}:${pad(m1)} UTC`;
  else if (isAny(minute) && isAny(hour)) time = 'every minute';
  else if (minute.length === 1 && minute[0].kind === 'step' && minute[0].from === 0 && isAny(hour)) time = `every ${minute[0].step} minutes`;
  else if (m1 !== undefined && isAny(hour)) time = m1 === 0 ? 'every hour, on the hour' : `every hour at minute ${m1}`;
  else if (m1 !== undefined && hour.length === 1 && hour[0].kind === 'step' && hour[0].from === 0) time = `every ${hour[0].step} hours at minute ${m1} (UTC)`;
  else if (m1 !== undefined && hour.every((p) => p.kind === 'value')) time = `at ${listWords(hour.map((p) => `${pad((p as { v: number }).v)}:${pad(m1)}`))} UTC`;
  else {
    const mins = isAny(minute) ? 'every minute' : `at minute ${describeParts(minute, String)}`;
    const hours = isAny(hour) ? 'of every hour' : `past hour ${describeParts(hour, (n) => pad(n))} UTC`;
    time = `${mins} ${hours}`;
  }

  // Days.
  const days: string[] = [];
  if (!isAny(dow)) {
    if (dow.length === 1 && dow[0].kind === 'value') days.push(`every ${dayName(dow[0].v)}`);
    else days.push(`on ${describeParts(dow, dayName)}`);
  }
  if (!isAny(dom)) days.push(`on day ${describeParts(dom, String)} of the month`);
  let when = days.length ? days.join(' and ') : isAny(month) ? 'every day' : '';
  if (!isAny(month)) when = `${when ? when + ' ' : ''}in ${describeParts(month, monthName)}`;
  // "every Monday at 00:00 UTC"; "every 15 minutes"; "at 00:00 UTC on day 1 of the month".
  if (time.startsWith('at ') && when.startsWith('every ')) return `${when} ${time}`;
  if (when === 'every day' && time.startsWith('every ')) return time;
  return `${time}, ${when}`;
}
