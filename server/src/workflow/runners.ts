// GitHub-hosted runner labels (https://docs.github.com/en/actions/using-github-hosted-runners) and the
// labels every self-hosted runner has. Kept by hand; update when GitHub adds or retires images. Also the labels a
// job's `runs-on` asks for (runner-label, self-hosted-runner).
import type { Node, Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml/nodes';
import type { WorkflowModel } from './model';
import { pairsOf, resolve, scalarString, type JobInfo } from './structure';

export const HOSTED_LABELS = [
  'ubuntu-latest',
  'ubuntu-24.04',
  'ubuntu-22.04',
  'ubuntu-slim',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'windows-latest',
  'windows-2025',
  'windows-2022',
  'windows-11-arm',
  'macos-latest',
  'macos-26',
  'macos-15',
  'macos-14',
  'macos-13',
  'macos-15-intel',
  'macos-latest-large',
  'macos-26-large',
  'macos-15-large',
  'macos-14-large',
  'macos-13-large',
  'macos-latest-xlarge',
  'macos-26-xlarge',
  'macos-15-xlarge',
  'macos-14-xlarge',
  'macos-13-xlarge',
];

/** Images GitHub has retired: jobs that ask for them never start. */
export const RETIRED_LABELS = [
  'ubuntu-16.04',
  'ubuntu-18.04',
  'ubuntu-20.04',
  'windows-2016',
  'windows-2019',
  'macos-10.15',
  'macos-11',
  'macos-12',
  'macos-12-xl',
  'macos-13-xl',
];

export const SELF_HOSTED_LABELS = ['self-hosted', 'linux', 'windows', 'macos', 'x64', 'x86', 'arm', 'arm32', 'arm64'];

export function hostedOs(label: string): string | undefined {
  const l = label.toLowerCase();
  if (l === 'linux' || l.startsWith('ubuntu-')) return 'linux';
  if (l === 'windows' || l.startsWith('windows-')) return 'windows';
  if (l === 'macos' || l.startsWith('macos-')) return 'macos';
  return undefined;
}

export interface Label {
  name: string;
  /** The scalar naming it (its range is only needed for a finding). */
  node: Node;
}

/** The labels of `runs-on`, with `${{ matrix.x }}` expanded to the matrix's values. */
export function labelsOf(model: WorkflowModel, job: JobInfo): Label[][] {
  let node = job.runsOn as unknown;
  if (isMap(node)) node = resolve(model, pairsOf(model, node as YAMLMap).get('labels')?.value);
  const items: unknown[] = isSeq(node) ? node.items.map((i) => resolve(model, i)) : node !== undefined ? [node] : [];
  const fixed: Label[] = [];
  const alternatives: Label[][] = [];
  for (const it of items) {
    const v = scalarString(it);
    if (v === undefined || !isScalar(it)) continue;
    const m = /^\$\{\{\s*matrix\.([A-Za-z_][\w-]*)\s*\}\}$/.exec(v.trim());
    if (m) {
      const values = matrixValues(model, job, m[1]);
      if (values) alternatives.push(values);
      continue;
    }
    if (v.includes('${{')) return [];
    fixed.push({ name: v, node: it as Scalar });
  }
  if (!alternatives.length) return [fixed];
  // One combination per matrix value (one matrix reference is enough in practice).
  return alternatives[0].map((alt) => [...fixed, alt]);
}

function matrixValues(model: WorkflowModel, job: JobInfo, key: string): Label[] | undefined {
  const strategy = resolve(model, job.pairs.get('strategy')?.value);
  if (!isMap(strategy)) return undefined;
  const matrix = resolve(model, pairsOf(model, strategy as YAMLMap).get('matrix')?.value);
  if (!isMap(matrix)) return undefined;
  const pairs = pairsOf(model, matrix as YAMLMap);
  const out: Label[] = [];
  const row = resolve(model, pairs.get(key)?.value);
  if (isSeq(row))
    for (const it of row.items) {
      const r = resolve(model, it);
      const v = scalarString(r);
      if (v === undefined || !isScalar(r) || v.includes('${{')) return undefined;
      out.push({ name: v, node: r as Node });
    }
  else if (row !== undefined) return undefined;
  const include = resolve(model, pairs.get('include')?.value);
  if (isSeq(include))
    for (const it of include.items) {
      const r = resolve(model, it);
      if (!isMap(r)) continue;
      const v = resolve(model, pairsOf(model, r as YAMLMap).get(key)?.value);
      const s = scalarString(v);
      if (s !== undefined && isScalar(v) && !s.includes('${{')) out.push({ name: s, node: v as Node });
      else if (v !== undefined) return undefined;
    }
  else if (include !== undefined) return undefined;
  return out.length ? out : undefined;
}

