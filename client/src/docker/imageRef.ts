// Image references checked against the grammar of the distribution project (reference/reference.go), so a bad
// tag is rejected with a clear message before docker is ever called.
//
//   reference     := name [ ":" tag ] [ "@" digest ]
//   name          := [domain "/"] path-component ["/" path-component]*
//   domain        := host [":" port]            host: domain-components joined by ".", or [IPv6]
//   path-component:= [a-z0-9]+ (separator [a-z0-9]+)*     separator: "." | "_" | "__" | "-"+
//   tag           := [\w][\w.-]{0,127}
//   digest        := algorithm ":" hex{32,}
// The name is at most 255 characters. Like docker, the first component is a registry host only when it has a
// "." or ":" or is "localhost" (otherwise "myuser/app" is a Docker Hub repository).

export interface ImageRef {
  /** Registry host[:port] as written, or undefined for Docker Hub. */
  registry?: string;
  /** Repository path without the registry, e.g. `library/nginx` is written `nginx`. */
  path: string;
  tag?: string;
  digest?: string;
}

export class ImageRefError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`Invalid image reference ${JSON.stringify(input)}: ${reason}`);
    this.name = 'ImageRefError';
  }
}

const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const IPV6 = /^\[[0-9a-fA-F:.]+\]$/;
export const NAME_TOTAL_LENGTH_MAX = 255;
export const TAG_LENGTH_MAX = 128;

export const DOCKER_HUB = 'docker.io';

function isDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('[') || first !== first.toLowerCase();
}

function checkDomain(input: string, domain: string): void {
  let host = domain;
  let port: string | undefined;
  if (domain.startsWith('[')) {
    const end = domain.indexOf(']');
    if (end < 0) throw new ImageRefError(input, `registry host ${JSON.stringify(domain)} has an unclosed "["`);
    host = domain.slice(0, end + 1);
    const rest = domain.slice(end + 1);
    if (rest) {
      if (!rest.startsWith(':')) throw new ImageRefError(input, `unexpected ${JSON.stringify(rest)} after the IPv6 registry host`);
      port = rest.slice(1);
    }
    if (!IPV6.test(host)) throw new ImageRefError(input, `registry host ${JSON.stringify(host)} is not an IPv6 address`);
  } else {
    const colon = domain.indexOf(':');
    if (colon >= 0) {
      host = domain.slice(0, colon);
      port = domain.slice(colon + 1);
    }
    if (!host) throw new ImageRefError(input, 'the registry host is empty');
    for (const c of host.split('.')) {
      if (!DOMAIN_COMPONENT.test(c)) {
        throw new ImageRefError(
          input,
          `registry host ${JSON.stringify(host)} is not a valid host name (letters, digits and "-" between dots; no "-" at either end of a part)`,
        );
      }
    }
  }
  if (port !== undefined && !/^[0-9]+$/.test(port)) {
    throw new ImageRefError(input, `registry port ${JSON.stringify(port)} must be a number`);
  }
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    throw new ImageRefError(input, `registry port ${port} is out of range 1-65535`);
  }
}

/** Parses and validates an image reference; throws ImageRefError with the reason. */
export function parseImageRef(input: string): ImageRef {
  if (typeof input !== 'string' || input.length === 0) throw new ImageRefError(String(input ?? ''), 'it is empty');
  if (/\s/.test(input)) throw new ImageRefError(input, 'it contains whitespace');
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw new ImageRefError(input, `digest ${JSON.stringify(digest)} must look like sha256:<at least 32 hex digits>`);
    }
  }
  // A tag is the part after the last ":" when that ":" comes after the last "/" (else it is a registry port).
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (tag.length === 0) throw new ImageRefError(input, 'the tag after ":" is empty');
    if (tag.length > TAG_LENGTH_MAX) {
      throw new ImageRefError(input, `the tag is ${tag.length} characters long; at most ${TAG_LENGTH_MAX} are allowed`);
    }
    if (!TAG.test(tag)) {
      throw new ImageRefError(
        input,
        `tag ${JSON.stringify(tag)} may only contain letters, digits, "_", "." and "-", and must not start with "." or "-"`,
      );
    }
  }
  if (rest.length === 0) throw new ImageRefError(input, 'the repository name is empty');
  if (rest.length > NAME_TOTAL_LENGTH_MAX) {
    throw new ImageRefError(input, `the repository name is ${rest.length} characters long; at most ${NAME_TOTAL_LENGTH_MAX} are allowed`);
  }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && isDomain(parts[0])) {
    registry = parts.shift()!;
    checkDomain(input, registry);
  }
  for (const c of parts) {
    if (c.length === 0) throw new ImageRefError(input, 'the repository name has an empty path component ("//" or a "/" at either end)');
    if (c !== c.toLowerCase()) {
      throw new ImageRefError(input, `repository name must be lowercase (got ${JSON.stringify(c)})`);
    }
    if (!PATH_COMPONENT.test(c)) {
      throw new ImageRefError(
        input,
        `path component ${JSON.stringify(c)} may only contain a-z, 0-9 and single ".", "_", "__" or "-" separators between them`,
      );
    }
  }
  return { registry, path: parts.join('/'), tag, digest };
}

/** The error message for an invalid reference, or undefined when it is valid (for input box validation). */
export function validateImageRef(input: string, opts: { allowDigest?: boolean; requireTag?: boolean } = {}): string | undefined {
  try {
    const ref = parseImageRef(input);
    if (ref.digest && opts.allowDigest === false) return `Invalid image reference ${JSON.stringify(input)}: a digest cannot be used here (give a tag)`;
    if (!ref.tag && opts.requireTag) return `Invalid image reference ${JSON.stringify(input)}: give a tag (name:tag)`;
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

export function formatImageRef(ref: ImageRef): string {
  let s = ref.registry ? `${ref.registry}/${ref.path}` : ref.path;
  if (ref.tag) s += `:${ref.tag}`;
  if (ref.digest) s += `@${ref.digest}`;
  return s;
}

/** The registry to `docker login` to for a reference: its host, or docker.io. */
export function registryOf(ref: ImageRef | string): string {
  const r = typeof ref === 'string' ? parseImageRef(ref) : ref;
  return r.registry ?? DOCKER_HUB;
}

/**
 * The reference under which `image` is pushed to `registry`. `registry` may carry a namespace
 * (`ghcr.io/octo-org`, `docker.io/myuser`, `127.0.0.1:5000/team`); Docker Hub is written without its host.
 * The image's own registry is replaced; its last path component and tag are kept.
 */
export function retarget(image: string, registry: string): string {
  const ref = parseImageRef(image);
  const reg = registry.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
  if (!reg) return formatImageRef(ref);
  const regParts = reg.split('/');
  let host: string | undefined = regParts[0];
  let namespace = regParts.slice(1);
  if (!isDomain(host)) {
    // "myuser" alone means Docker Hub namespace myuser.
    namespace = regParts;
    host = undefined;
  }
  if (host === DOCKER_HUB || host === 'index.docker.io' || host === 'registry-1.docker.io') host = undefined;
  const name = ref.path.split('/').pop()!;
  const repoPath = namespace.length ? `${namespace.join('/')}/${name}` : ref.registry === undefined ? ref.path : name;
  const target = formatImageRef({ registry: host, path: repoPath, tag: ref.tag });
  parseImageRef(target); // validates the namespace
  return target;
}
