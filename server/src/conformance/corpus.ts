import * as fs from 'node:fs';
import * as path from 'node:path';

/** The shared corpus lives beside the project (`../shared/corpus`); SLIPWAY_CORPUS overrides. */
export function corpusDir(): string {
  const candidates = [
    process.env.SLIPWAY_CORPUS,
    path.resolve(process.cwd(), '../shared/corpus'),
    path.resolve(__dirname, '../../shared/corpus'),
  ].filter((x): x is string => !!x);
  for (const c of candidates) if (fs.existsSync(path.join(c, 'README.md'))) return c;
  throw new Error(`conformance corpus not found (looked in ${candidates.join(', ')}); set SLIPWAY_CORPUS`);
}

export function walk(dir: string, accept: (p: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (accept(p)) out.push(p);
    }
  };
  visit(dir);
  return out;
}

export interface Section {
  title: string;
  /** Table rows, first row is the header. */
  rows: string[][];
  /** Lines printed under the table (misses, extras). */
  notes: string[];
  /** Headline score(s), machine-readable, for thresholds and the JSON report. */
  scores: Record<string, number>;
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}
