// The bench corpus (../shared/corpus, see its README): the file lists every bench script measures, in one place.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Files under `dir` (sorted by name at each level) that `pred` accepts; none when `dir` is missing. */
export function walk(dir, pred, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, pred, out);
    else if (pred(p)) out.push(p);
  }
  return out;
}

export const isYaml = (p) => /\.ya?ml$/.test(p);

/** The official-image Dockerfiles and BuildKit's check cases. */
export function dockerfilePaths(corpus) {
  return [...walk(path.join(corpus, 'dockerfiles'), () => true), ...walk(path.join(corpus, 'buildkit-checks'), (p) => path.basename(p) === 'Dockerfile')];
}

/** actionlint's ok/ and err/ cases and the starter workflows. */
export function workflowPaths(corpus) {
  return [
    ...walk(path.join(corpus, 'actionlint/ok'), isYaml),
    // The helper in err/.github/workflows is the callee of a test case, not a case itself.
    ...fs.readdirSync(path.join(corpus, 'actionlint/err')).filter(isYaml).sort().map((n) => path.join(corpus, 'actionlint/err', n)),
    ...walk(path.join(corpus, 'starter-workflows'), isYaml),
  ];
}
