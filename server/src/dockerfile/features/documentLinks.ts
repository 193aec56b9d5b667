// Links from FROM image references to their registry pages (Docker Hub, GHCR, Quay, MCR, GCR, ECR Public).
import type { DocumentLink } from 'vscode-languageserver-types';
import type { DockerfileModel } from '../model';
import { symbolIndex } from './symbols';

/** Registry page of an image reference, or undefined when unknown (private registries, variables, scratch). */
export function imagePageUrl(image: string): string | undefined {
  if (!image || image.includes('$')) return undefined;
  let ref = image.split('@')[0];
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  if (colon > slash) ref = ref.slice(0, colon);
  const parts = ref.split('/');
  let registry = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) registry = parts.shift()!.toLowerCase();
  const path = parts.join('/');
  if (!path || !/^[a-z0-9._/-]+$/i.test(path)) return undefined;
  switch (registry) {
    case 'docker.io':
    case 'index.docker.io':
    case 'registry-1.docker.io': {
      if (path === 'scratch') return undefined;
      if (parts.length === 1) return `https://hub.docker.com/_/${path}`;
      if (parts[0] === 'library' && parts.length === 2) return `https://hub.docker.com/_/${parts[1]}`;
      return `https://hub.docker.com/r/${path}`;
    }
    case 'ghcr.io':
      return parts.length >= 2 ? `https://ghcr.io/${path}` : undefined; // redirects to the GitHub package page
    case 'quay.io':
      return `https://quay.io/repository/${path}`;
    case 'mcr.microsoft.com':
      return `https://mcr.microsoft.com/artifact/mar/${path}`;
    case 'gcr.io':
      return parts.length >= 2 ? `https://console.cloud.google.com/gcr/images/${parts[0]}/global/${parts.slice(1).join('/')}` : undefined;
    case 'public.ecr.aws':
      return `https://gallery.ecr.aws/${path}`;
    case 'registry.k8s.io':
      return undefined;
    default:
      return undefined;
  }
}

export function dockerfileDocumentLinks(model: DockerfileModel): DocumentLink[] {
  const index = symbolIndex(model);
  const out: DocumentLink[] = [];
  for (const st of model.stages) {
    const image = st.image;
    const range = st.imageRange;
    if (!image || !range) continue;
    if (index.stages.some((o) => o.kind === 'ref' && o.via === 'from' && o.instruction === st.fromInstruction)) continue;
    const target = imagePageUrl(image);
    if (target) out.push({ range, target, tooltip: `Open ${image.split(/[:@]/)[0]} in its registry` });
  }
  return out;
}
