// A unified diff of two versions of a file (`slipway lint --fix-dry-run`): the shortest line edit script (Myers'
// O(ND) algorithm, up to MAX_EDITS edits) between the common start and end, shown as `@@` hunks with three lines of context, as
// `diff -u` and `git diff` print them.

/** The lines of a text, each with its line break (`\n`, `\r\n`); the last one may have none. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

type Op = { kind: ' ' | '-' | '+'; line: string };

/**
 * The most edits the search looks for between the common start and end. Its trace keeps, for each number of edits
 * d, the 2d + 1 diagonals it reached: about 4 × d² bytes (16 MB here), and time in proportion to the lines times
 * d. A file whose fixes change more lines than that (a generated file with thousands of fixes) gets one hunk that
 * removes the changed middle and adds it anew: a larger diff, but a correct one, at once.
 */
const MAX_EDITS = 2000;

/** The edit script turning `a` into `b`, line by line: kept, removed and added lines in order. */
function editScript(a: string[], b: string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    if (d > MAX_EDITS) {
      const lines = (kind: Op['kind'], of: string[]) => of.map((line) => ({ kind, line }));
      return [...lines(' ', a.slice(0, head)), ...lines('-', x), ...lines('+', y), ...lines(' ', a.slice(a.length - tail))];
    }
    // The diagonals -d..d of the state before this round: all the walk back reads of it.
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from (n, m) to (0, 0).
  const middle: Op[] = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const pv = trace[d];
    const at = (diagonal: number) => pv[diagonal + d];
    const k = i - j;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const pk = down ? k + 1 : k - 1;
    const pi = at(pk);
    const pj = pi - pk;
    while (i > pi && j > pj) middle.push({ kind: ' ', line: x[--i] }), j--;
    if (down) middle.push({ kind: '+', line: y[--j] });
    else middle.push({ kind: '-', line: x[--i] });
  }
  while (i > 0 && j > 0) middle.push({ kind: ' ', line: x[--i] }), j--;
  middle.reverse();
  return [...a.slice(0, head).map((line) => ({ kind: ' ' as const, line })), ...middle, ...a.slice(a.length - tail).map((line) => ({ kind: ' ' as const, line }))];
}

/** One line of the diff body: the line without its break, and git's marker when the file ends without one. */
function body(op: Op): string {
  const text = op.line.replace(/\r?\n$/, '');
  const cr = op.line.endsWith('\r\n') ? '\r' : '';
  return `${op.kind}${text}${cr}\n` + (op.line.endsWith('\n') ? '' : '\\ No newline at end of file\n');
}

/**
 * The unified diff from `before` to `after`, with `---`/`+++` headers naming `name` (as `a/name` and `b/name`);
 * empty when they are equal.
 */
export function unifiedDiff(name: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const ops = editScript(splitLines(before), splitLines(after));
  const changed = ops.map((o, idx) => (o.kind === ' ' ? -1 : idx)).filter((idx) => idx >= 0);
  // The old and new line numbers at each op, for the hunk headers.
  const oldAt = new Int32Array(ops.length + 1).fill(1);
  const newAt = new Int32Array(ops.length + 1).fill(1);
  ops.forEach((o, idx) => {
    oldAt[idx + 1] = oldAt[idx] + (o.kind !== '+' ? 1 : 0);
    newAt[idx + 1] = newAt[idx] + (o.kind !== '-' ? 1 : 0);
  });
  let out = `--- a/${name}\n+++ b/${name}\n`;
  let h = 0;
  while (h < changed.length) {
    // A hunk: the changes closer to each other than twice the context, with the context around them.
    let end = h;
    while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context) end++;
    const from = Math.max(0, changed[h] - context);
    const to = Math.min(ops.length, changed[end] + context + 1);
    const oldStart = oldAt[from];
    const newStart = newAt[from];
    const part = ops.slice(from, to);
    const oldLen = oldAt[to] - oldStart;
    const newLen = newAt[to] - newStart;
    const range = (start: number, len: number) => (len === 1 ? `${start}` : `${len === 0 ? start - 1 : start},${len}`);
    out += `@@ -${range(oldStart, oldLen)} +${range(newStart, newLen)} @@\n`;
    for (const o of part) out += body(o);
    h = end + 1;
  }
  return out;
}
