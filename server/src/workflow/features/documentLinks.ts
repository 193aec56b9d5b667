// Links from `uses:` values: `owner/repo[/path]@ref` → the repository on GitHub at that ref; `./path` and `$/path`
// (self-repository references) → the local action.yml / action.yaml or reusable workflow, when it exists;
// `docker://image` → the image's registry page (the links of Dockerfile FROM lines).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scalar } from 'yaml';
import type { DocumentLink } from 'vscode-languageserver-types';
import { FILE_GLOBS } from '../../engine/languages';
import type { FileHost } from '../../engine/types';
import { imagePageUrl } from '../../dockerfile/features/documentLinks';
import type { WorkflowModel } from '../model';
import { parseActionRef } from '../actions-data';
import { localUses, projectRoot } from '../localFiles';
import { workflowStructure } from '../structure';

/** Where a `uses:` value leads; `job`: a job's `uses:` (a reusable workflow), else a step's (an action). */
function target(uses: string, job: boolean, root: string | undefined, files: FileHost): { target: string; tooltip: string } | undefined {
  const local = localUses(uses);
  if (local) {
    if (!root) return undefined;
    const base = path.posix.join(root, local.path);
    const candidates = job ? [base] : FILE_GLOBS.action.map((n) => path.posix.join(base, n));
    const found = candidates.find((f) => files.exists(f));
    return found ? { target: pathToFileURL(found).href, tooltip: `Open ${path.posix.relative(root, found)}` } : undefined;
  }
  if (uses.startsWith('docker://')) {
    const image = uses.slice('docker://'.length);
    const url = imagePageUrl(image);
    return url ? { target: url, tooltip: `Open ${image.split(/[:@]/)[0]} in its registry` } : undefined;
  }
  const ref = parseActionRef(uses);
  if (!ref || ref.ref.includes('${{') || ref.name.includes('${{')) return undefined;
  // A reusable workflow is a file (blob); an action is a folder (tree).
  const kind = job && ref.path && /\.ya?ml$/.test(ref.path) ? 'blob' : 'tree';
  let url: string;
  try {
    url = `https://github.com/${encodeURI(ref.repo)}/${kind}/${encodeURIComponent(ref.ref).replace(/%2F/g, '/')}${ref.path ? `/${encodeURI(ref.path)}` : ''}`;
  } catch {
    return undefined; // a lone surrogate: no URL can be made
  }
  return { target: url, tooltip: `Open ${ref.name}@${ref.ref} on GitHub` };
}

export function workflowDocumentLinks(model: WorkflowModel, docPath: string | undefined, files: FileHost): DocumentLink[] {
  const s = workflowStructure(model);
  const root = projectRoot(docPath, files);
  const out: DocumentLink[] = [];
  const add = (node: Scalar | undefined, job: boolean) => {
    const r = node?.range;
    if (!node || !r || typeof node.value !== 'string') return;
    // The link covers the value as written, inside its quotes (only a value written without escapes).
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const a = quoted ? r[0] + 1 : r[0];
    const b = quoted ? r[1] - 1 : r[1];
    if (model.text.slice(a, b) !== node.value) return;
    const t = target(node.value.trim(), job, root, files);
    if (t) out.push({ range: model.lines.range(a, b), ...t });
  };
  const seen = new Set<Scalar>();
  for (const job of s.jobs) {
    add(job.usesNode, true);
    for (const st of job.steps) if (st.usesNode && !seen.has(st.usesNode)) (seen.add(st.usesNode), add(st.usesNode, false));
  }
  for (const st of s.actionSteps) add(st.usesNode, false);
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}
