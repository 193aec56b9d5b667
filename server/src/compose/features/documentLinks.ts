// Links in Compose files: a service's `image:` to its registry page (the Dockerfile FROM links' imagePageUrl; not
// the bare name of an image the service builds), and
// the files a Compose file names to those files when they exist, relative to the Compose file's folder: a build's
// context and Dockerfile, `env_file`, `include` paths, `extends.file`, the `file:` of top-level secrets and
// configs, and bind-mount sources of `volumes` (`./src:/app`, `source:` of `type: bind`).
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { DocumentLink } from 'vscode-languageserver-types';
import { imagePageUrl } from '../../dockerfile/features/documentLinks';
import type { FileHost } from '../../engine/types';
import { buildInfos } from '../build';
import type { ComposeModel } from '../model';
import { composeIndex, subRange } from '../project';
import { deref, effectivePairs, getEffective, isInterpolated, scalarKey } from '../schema';

function str(n: unknown): Scalar<string> | undefined {
  return isScalar(n) && typeof n.value === 'string' && n.value !== '' ? (n as Scalar<string>) : undefined;
}

/** Strings of a scalar or a list of scalars; with `key`, also the `key:` of each mapping in the list (env_file's `path:`). */
function strings(model: ComposeModel, node: unknown, key?: string): Scalar<string>[] {
  const doc = model.doc;
  const n = deref(doc, node);
  if (str(n)) return [n as Scalar<string>];
  if (!isSeq(n)) return [];
  const out: Scalar<string>[] = [];
  for (const it of n.items) {
    const item = deref(doc, it);
    const s = str(item) ?? (key && isMap(item) ? str(deref(doc, getEffective(doc, item, key)?.value)) : undefined);
    if (s) out.push(s);
  }
  return out;
}

/** A bind mount's source in a volume's short syntax (`./src:/app:ro`): relative paths only, as Compose resolves them. */
function bindSource(spec: string): string | undefined {
  const i = spec.indexOf(':');
  if (i <= 0) return undefined;
  const src = spec.slice(0, i);
  return src === '.' || src === '..' || src.startsWith('./') || src.startsWith('../') ? src : undefined;
}

export function composeDocumentLinks(model: ComposeModel, docPath: string | undefined, files: FileHost): DocumentLink[] {
  const doc = model.doc;
  const root = model.root;
  const out: DocumentLink[] = [];
  const dir = docPath ? path.dirname(docPath) : undefined;
  /** A link from the first characters of `node` (`rel`) to the file or folder `rel` names, when it exists. */
  const fileLink = (node: Scalar<string>, rel: string, tooltip: string) => {
    if (!dir || isInterpolated(rel) || rel.startsWith('~') || /^[a-z][a-z0-9+.-]*:\/\//i.test(rel)) return;
    const abs = path.resolve(dir, rel);
    if (!files.exists(abs)) return;
    out.push({ range: subRange(model, node, 0, rel.length), target: pathToFileURL(abs).href, tooltip });
  };
  if (!root) return out;

  for (const [, def] of composeIndex(model).defs.service) {
    const svc = deref(doc, def.pair.value);
    if (!isMap(svc)) continue;
    const image = str(deref(doc, getEffective(doc, svc, 'image')?.value));
    // With `build:`, `image:` names the image the build makes: a bare name (`backend:latest`) is local, not Docker
    // Hub's official image of that name; a name with a namespace or registry is where it is pushed.
    const built = getEffective(doc, svc, 'build') !== undefined;
    if (image && !(built && !image.value.includes('/'))) {
      const target = imagePageUrl(image.value);
      if (target) out.push({ range: subRange(model, image, 0, image.value.length), target, tooltip: `Open ${image.value.split(/[:@]/)[0]} in its registry` });
    }
    for (const s of strings(model, getEffective(doc, svc, 'env_file')?.value, 'path')) fileLink(s, s.value, 'Open the environment file');
    const ext = deref(doc, getEffective(doc, svc, 'extends')?.value);
    if (isMap(ext)) {
      const file = str(deref(doc, getEffective(doc, ext, 'file')?.value));
      if (file) fileLink(file, file.value, 'Open the file this service extends');
    }
    const vols = deref(doc, getEffective(doc, svc, 'volumes')?.value);
    if (isSeq(vols)) {
      for (const it of vols.items) {
        const item = deref(doc, it);
        const spec = str(item);
        if (spec) {
          const src = bindSource(spec.value);
          if (src) fileLink(spec, src, 'Open the bind-mounted path');
        } else if (isMap(item)) {
          const type = deref(doc, getEffective(doc, item, 'type')?.value);
          const src = str(deref(doc, getEffective(doc, item, 'source')?.value));
          if (isScalar(type) && type.value === 'bind' && src) fileLink(src, src.value, 'Open the bind-mounted path');
        }
      }
    }
  }

  if (docPath) {
    for (const b of buildInfos(model, docPath)) {
      const dockerfileExists = b.dockerfileAbs !== undefined && files.exists(b.dockerfileAbs);
      if (b.dockerfileNode && dockerfileExists) {
        const s = b.dockerfileNode as Scalar<string>;
        out.push({ range: subRange(model, s, 0, s.value.length), target: pathToFileURL(b.dockerfileAbs!).href, tooltip: 'Open the Dockerfile' });
      }
      const ctx = str(b.contextNode);
      if (ctx && b.contextAbs && files.exists(b.contextAbs)) {
        // Without a `dockerfile:`, the context's link opens the Dockerfile the build uses (as go to definition does).
        const toDockerfile = !b.dockerfileNode && dockerfileExists;
        out.push({
          range: subRange(model, ctx, 0, ctx.value.length),
          target: pathToFileURL(toDockerfile ? b.dockerfileAbs! : b.contextAbs).href,
          tooltip: toDockerfile ? 'Open the Dockerfile' : 'Open the build context',
        });
      }
    }
  }

  // include: paths (a string, or `path:` as a string or a list).
  const inc = deref(doc, getEffective(doc, root, 'include')?.value);
  for (const it of isSeq(inc) ? inc.items.map((i) => deref(doc, i)) : inc ? [inc] : []) {
    const paths: Scalar<string>[] = [];
    if (str(it)) paths.push(it as Scalar<string>);
    else if (isMap(it)) {
      paths.push(...strings(model, getEffective(doc, it, 'path')?.value));
      for (const s of strings(model, getEffective(doc, it, 'env_file')?.value)) fileLink(s, s.value, 'Open the environment file');
    }
    for (const p of paths) fileLink(p, p.value, 'Open the included Compose file');
  }

  // Top-level secrets and configs read from files.
  for (const section of ['secrets', 'configs']) {
    const m = deref(doc, getEffective(doc, root, section)?.value);
    if (!isMap(m)) continue;
    for (const pair of effectivePairs(doc, m)) {
      if (scalarKey(pair) === undefined) continue;
      const file = str(deref(doc, getEffective(doc, pair.value as Node, 'file')?.value));
      if (file) fileLink(file, file.value, `Open the ${section === 'secrets' ? 'secret' : 'config'} file`);
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
