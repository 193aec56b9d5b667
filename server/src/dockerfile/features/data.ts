// Offline reference data for Dockerfile editing features: instructions, flags, mount options, parser directives,
// predefined build args and common base images. Kept here (not in the lint rules) so features work on their own.

export const DOCS = 'https://docs.docker.com/reference/dockerfile/';

export interface InstructionInfo {
  name: string;
  /** One-line summary. */
  summary: string;
  /** Syntax forms, one per line. */
  syntax: string[];
  /** Snippet body inserted after the keyword (LSP snippet syntax), without the keyword. */
  snippet: string;
  /** Anchor on docs.docker.com. */
  anchor: string;
  deprecated?: boolean;
}

export const INSTRUCTIONS: InstructionInfo[] = [
  { name: 'ADD', summary: 'Add local or remote files and directories (URLs, Git repositories and local tar archives are unpacked).', syntax: ['ADD [OPTIONS] <src> ... <dest>', 'ADD [OPTIONS] ["<src>", ... "<dest>"]'], snippet: 'ADD ${1:src} ${2:dest}', anchor: 'add' },
  { name: 'ARG', summary: 'Declare a build argument, optionally with a default value. Build args are not persisted in the image.', syntax: ['ARG <name>[=<default value>] [<name>[=<default value>]...]'], snippet: 'ARG ${1:name}${2:=${3:default}}', anchor: 'arg' },
  { name: 'CMD', summary: 'The default command run by a container of the image (the last CMD wins).', syntax: ['CMD ["executable","param1","param2"]', 'CMD ["param1","param2"]', 'CMD command param1 param2'], snippet: 'CMD [ "${1:executable}" ]', anchor: 'cmd' },
  { name: 'COPY', summary: 'Copy files and directories from the build context, a stage or an image.', syntax: ['COPY [OPTIONS] <src> ... <dest>', 'COPY [OPTIONS] ["<src>", ... "<dest>"]'], snippet: 'COPY ${1:src} ${2:dest}', anchor: 'copy' },
  { name: 'ENTRYPOINT', summary: 'Configure the container to run as an executable.', syntax: ['ENTRYPOINT ["executable", "param1", "param2"]', 'ENTRYPOINT command param1 param2'], snippet: 'ENTRYPOINT [ "${1:executable}" ]', anchor: 'entrypoint' },
  { name: 'ENV', summary: 'Set environment variables, for the rest of the stage and in containers of the image.', syntax: ['ENV <key>=<value> [<key>=<value>...]'], snippet: 'ENV ${1:key}=${2:value}', anchor: 'env' },
  { name: 'EXPOSE', summary: 'Document the ports the container listens on (it does not publish them).', syntax: ['EXPOSE <port>[/<protocol>] [<port>[/<protocol>]...]'], snippet: 'EXPOSE ${1:port}', anchor: 'expose' },
  { name: 'FROM', summary: 'Start a new build stage from a base image (or from an earlier stage).', syntax: ['FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]'], snippet: 'FROM ${1:image}:${2:tag}', anchor: 'from' },
  { name: 'HEALTHCHECK', summary: 'Tell Docker how to check that the container still works.', syntax: ['HEALTHCHECK [OPTIONS] CMD command', 'HEALTHCHECK NONE'], snippet: 'HEALTHCHECK --interval=${1:30s} --timeout=${2:5s} CMD ${3:command}', anchor: 'healthcheck' },
  { name: 'LABEL', summary: 'Add metadata to the image as key-value pairs.', syntax: ['LABEL <key>=<value> [<key>=<value>...]'], snippet: 'LABEL ${1:key}="${2:value}"', anchor: 'label' },
  { name: 'MAINTAINER', summary: 'Deprecated: set the author of the image. Use `LABEL org.opencontainers.image.authors=` instead.', syntax: ['MAINTAINER <name>'], snippet: 'MAINTAINER ${1:name}', anchor: 'maintainer-deprecated', deprecated: true },
  { name: 'ONBUILD', summary: 'Add a trigger instruction that runs when the image is used as the base of another build.', syntax: ['ONBUILD <INSTRUCTION>'], snippet: 'ONBUILD ${1:INSTRUCTION}', anchor: 'onbuild' },
  { name: 'RUN', summary: 'Execute a command in a new layer on top of the current image.', syntax: ['RUN [OPTIONS] <command> ...', 'RUN [OPTIONS] [ "<command>", ... ]'], snippet: 'RUN ${1:command}', anchor: 'run' },
  { name: 'SHELL', summary: 'Override the default shell used by the shell form of RUN, CMD and ENTRYPOINT.', syntax: ['SHELL ["executable", "parameters"]'], snippet: 'SHELL [ "${1:/bin/sh}", "${2:-c}" ]', anchor: 'shell' },
  { name: 'STOPSIGNAL', summary: 'Set the system call signal sent to the container to stop it.', syntax: ['STOPSIGNAL signal'], snippet: 'STOPSIGNAL ${1:SIGTERM}', anchor: 'stopsignal' },
  { name: 'USER', summary: 'Set the user (and optionally group) for the rest of the stage and for containers.', syntax: ['USER <user>[:<group>]', 'USER <UID>[:<GID>]'], snippet: 'USER ${1:user}', anchor: 'user' },
  { name: 'VOLUME', summary: 'Create a mount point for externally mounted volumes.', syntax: ['VOLUME ["/data"]', 'VOLUME /data'], snippet: 'VOLUME [ "${1:/data}" ]', anchor: 'volume' },
  { name: 'WORKDIR', summary: 'Set the working directory for the following instructions and for containers.', syntax: ['WORKDIR /path/to/workdir'], snippet: 'WORKDIR ${1:/path}', anchor: 'workdir' },
];

export const INSTRUCTION_BY_NAME = new Map(INSTRUCTIONS.map((i) => [i.name, i]));

export interface FlagInfo {
  name: string;
  /** `=<value>` placeholder, undefined for boolean flags. */
  value?: string;
  doc: string;
  /** Known values (completion). */
  values?: string[];
  /** May be given more than once. */
  repeatable?: boolean;
}

export const FLAGS: Record<string, FlagInfo[]> = {
  FROM: [{ name: 'platform', value: '<platform>', doc: 'Platform of the base image, e.g. `linux/amd64` or `$BUILDPLATFORM` for cross-compiling stages.', values: ['$BUILDPLATFORM', '$TARGETPLATFORM', 'linux/amd64', 'linux/arm64', 'linux/arm/v7', 'linux/386', 'linux/ppc64le', 'linux/s390x', 'linux/riscv64', 'windows/amd64'] }],
  COPY: [
    { name: 'from', value: '<stage|image|context>', doc: 'Copy from an earlier build stage, an image or a named build context instead of the build context.' },
    { name: 'chown', value: '<user>:<group>', doc: 'Owner (user and group, names or ids) of the copied files. Linux only.' },
    { name: 'chmod', value: '<perms>', doc: 'Permissions of the copied files, octal (`755`) or symbolic (`u=rwx,go=rx`, BuildKit 1.10+).' },
    { name: 'link', doc: 'Copy into an independent layer, so the layer is reused even when earlier layers change.' },
    { name: 'parents', doc: 'Keep the parent directories of the sources (like `cp --parents`). Dockerfile 1.7+.' },
    { name: 'exclude', value: '<path>', doc: 'Exclude files matching a pattern from the copy. May be repeated. Dockerfile 1.7+.', repeatable: true },
  ],
  ADD: [
    { name: 'keep-git-dir', doc: 'Keep the `.git` directory when adding a Git repository.' },
    { name: 'checksum', value: '<hash>', doc: 'Verify a remote source against a checksum, e.g. `sha256:…`.' },
    { name: 'chown', value: '<user>:<group>', doc: 'Owner (user and group, names or ids) of the added files. Linux only.' },
    { name: 'chmod', value: '<perms>', doc: 'Permissions of the added files, octal (`755`) or symbolic.' },
    { name: 'link', doc: 'Add into an independent layer, so the layer is reused even when earlier layers change.' },
    { name: 'exclude', value: '<path>', doc: 'Exclude files matching a pattern. May be repeated. Dockerfile 1.7+.', repeatable: true },
    { name: 'unpack', value: '<bool>', doc: 'Whether to unpack archives (default: local archives yes, remote no).', values: ['true', 'false'] },
  ],
  RUN: [
    { name: 'mount', value: 'type=<type>[,<option>=<value>...]', doc: 'Mount a cache, secret, SSH agent, tmpfs or bind mount for this command only.', repeatable: true },
    { name: 'network', value: '<type>', doc: 'Network for the command: `default`, `none` (no network) or `host`.', values: ['default', 'none', 'host'] },
    { name: 'security', value: '<type>', doc: '`insecure` runs the command without sandbox (needs the `security.insecure` entitlement); `sandbox` is the default.', values: ['sandbox', 'insecure'] },
  ],
  HEALTHCHECK: [
    { name: 'interval', value: '<duration>', doc: 'Time between checks (default `30s`).' },
    { name: 'timeout', value: '<duration>', doc: 'Time after which a check counts as failed (default `30s`).' },
    { name: 'start-period', value: '<duration>', doc: 'Start-up time during which failures do not count (default `0s`).' },
    { name: 'start-interval', value: '<duration>', doc: 'Time between checks during the start period (default `5s`).' },
    { name: 'retries', value: '<n>', doc: 'Consecutive failures before the container is unhealthy (default `3`).' },
  ],
};

export interface MountOption {
  name: string;
  doc: string;
  values?: string[];
  /** Mount types the option applies to. */
  types: string[];
  /** Boolean flag that may be written without `=value`. */
  flag?: boolean;
}

export const MOUNT_TYPES: { name: string; doc: string }[] = [
  { name: 'bind', doc: 'Bind-mount a directory of the build context or of another stage/image (read-only by default).' },
  { name: 'cache', doc: 'A persistent cache directory shared between builds (package manager and compiler caches).' },
  { name: 'tmpfs', doc: 'A tmpfs mount, empty for each command.' },
  { name: 'secret', doc: 'A secret file (or env var) given with `docker build --secret`, never stored in the image.' },
  { name: 'ssh', doc: 'Access to the SSH agent given with `docker build --ssh`.' },
];

const ALL = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
export const MOUNT_OPTIONS: MountOption[] = [
  { name: 'type', doc: 'Mount type: `bind` (default), `cache`, `tmpfs`, `secret` or `ssh`.', values: MOUNT_TYPES.map((t) => t.name), types: ALL },
  { name: 'target', doc: 'Mount path in the container (aliases `dst`, `destination`).', types: ALL },
  { name: 'source', doc: 'Source path in `from` (default: its root).', types: ['bind', 'cache'] },
  { name: 'from', doc: 'Build stage, image or context to take the source from (default: the build context; empty directory for caches).', types: ['bind', 'cache'] },
  { name: 'id', doc: 'Cache id (default: the target) or secret/SSH id.', types: ['cache', 'secret', 'ssh'] },
  { name: 'sharing', doc: 'How concurrent builds share a cache: `shared` (default), `private` or `locked`.', values: ['shared', 'private', 'locked'], types: ['cache'] },
  { name: 'readonly', doc: 'Read-only mount (alias `ro`).', types: ['bind', 'cache'], flag: true },
  { name: 'rw', doc: 'Allow writes to a bind mount (the writes are discarded). Alias `readwrite`.', types: ['bind'], flag: true },
  { name: 'mode', doc: 'File mode of the cache directory, secret or socket (octal).', types: ['cache', 'secret', 'ssh'] },
  { name: 'uid', doc: 'User id of the cache directory, secret or socket.', types: ['cache', 'secret', 'ssh'] },
  { name: 'gid', doc: 'Group id of the cache directory, secret or socket.', types: ['cache', 'secret', 'ssh'] },
  { name: 'required', doc: 'Fail the build when the secret or SSH agent is not given.', values: ['true', 'false'], types: ['secret', 'ssh'] },
  { name: 'env', doc: 'Expose the secret as this environment variable instead of (or besides) a file.', types: ['secret'] },
  { name: 'size', doc: 'Size limit of the tmpfs mount.', types: ['tmpfs'] },
];

export interface DirectiveInfo {
  name: string;
  doc: string;
  values: string[];
}

export const DIRECTIVES: DirectiveInfo[] = [
  { name: 'syntax', doc: 'The Dockerfile frontend (syntax version) BuildKit uses for this file, e.g. `docker/dockerfile:1`.', values: ['docker/dockerfile:1', 'docker/dockerfile:1.7', 'docker/dockerfile:1-labs', 'docker/dockerfile-upstream:master'] },
  { name: 'escape', doc: 'The escape character for this file: `\\` (default) or `` ` `` (handy on Windows).', values: ['\\', '`'] },
  { name: 'check', doc: 'Build checks: `skip=<rule>,…` to skip checks, `error=true` to fail the build on any check, `experimental=<rule>|all`.', values: ['skip=', 'error=true', 'experimental=all'] },
];

/** ARGs BuildKit defines for every build, usable in FROM lines (global scope) and after `ARG NAME` in a stage. */
export const PLATFORM_ARGS: { name: string; doc: string }[] = [
  { name: 'TARGETPLATFORM', doc: 'Platform of the build result, e.g. `linux/amd64`.' },
  { name: 'TARGETOS', doc: 'OS part of TARGETPLATFORM, e.g. `linux`.' },
  { name: 'TARGETARCH', doc: 'Architecture part of TARGETPLATFORM, e.g. `amd64`.' },
  { name: 'TARGETVARIANT', doc: 'Variant part of TARGETPLATFORM, e.g. `v7`.' },
  { name: 'BUILDPLATFORM', doc: 'Platform of the node doing the build.' },
  { name: 'BUILDOS', doc: 'OS part of BUILDPLATFORM.' },
  { name: 'BUILDARCH', doc: 'Architecture part of BUILDPLATFORM.' },
  { name: 'BUILDVARIANT', doc: 'Variant part of BUILDPLATFORM.' },
  { name: 'TARGETSTAGE', doc: 'Name of the stage that is the build target.' },
];

/** Predefined ARGs usable without an ARG instruction (proxies and BuildKit settings). */
export const PROXY_ARGS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy'];

export const BUILDKIT_ARGS: { name: string; doc: string }[] = [
  { name: 'BUILDKIT_INLINE_CACHE', doc: 'Write cache metadata into the image config.' },
  { name: 'BUILDKIT_MULTI_PLATFORM', doc: 'Produce deterministic multi-platform output.' },
  { name: 'BUILDKIT_SANDBOX_HOSTNAME', doc: 'Hostname of RUN commands.' },
  { name: 'BUILDKIT_CONTEXT_KEEP_GIT_DIR', doc: 'Keep the `.git` directory of a Git build context.' },
  { name: 'SOURCE_DATE_EPOCH', doc: 'Timestamp used for reproducible builds.' },
];

export interface BaseImage {
  name: string;
  doc: string;
  tags: string[];
}

/** A short offline list of popular base images with current tags (first tag is the suggested one). */
export const BASE_IMAGES: BaseImage[] = [
  { name: 'alpine', doc: 'Minimal image based on Alpine Linux (musl, ~5 MB).', tags: ['3.22', '3.21', '3.20', 'latest'] },
  { name: 'debian', doc: 'Debian.', tags: ['bookworm-slim', 'bookworm', 'trixie-slim', 'trixie', 'bullseye-slim'] },
  { name: 'ubuntu', doc: 'Ubuntu.', tags: ['24.04', '22.04', 'noble', 'jammy'] },
  { name: 'busybox', doc: 'Tiny image with BusyBox utilities.', tags: ['1.37', 'stable', 'musl', 'glibc'] },
  { name: 'scratch', doc: 'The empty image (no tag): for static binaries.', tags: [] },
  { name: 'python', doc: 'Python.', tags: ['3.13-slim', '3.12-slim', '3.13', '3.12', '3.13-alpine', '3.12-alpine', '3.12-slim-bookworm', '3.11-slim'] },
  { name: 'node', doc: 'Node.js.', tags: ['22-slim', '22-alpine', '22', '20-slim', '20-alpine', '20', '24-slim', 'lts-slim'] },
  { name: 'golang', doc: 'Go.', tags: ['1.24', '1.24-alpine', '1.24-bookworm', '1.23', '1.23-alpine'] },
  { name: 'rust', doc: 'Rust.', tags: ['1', '1-slim', '1-alpine', '1.87', '1.87-slim'] },
  { name: 'ruby', doc: 'Ruby.', tags: ['3.4-slim', '3.4', '3.3-slim', '3.4-alpine'] },
  { name: 'php', doc: 'PHP.', tags: ['8.4-fpm', '8.4-apache', '8.4-cli', '8.3-fpm', '8.4-fpm-alpine'] },
  { name: 'eclipse-temurin', doc: 'OpenJDK builds by Eclipse Adoptium.', tags: ['21-jre', '21-jdk', '21-jre-alpine', '17-jre', '17-jdk', '25-jre'] },
  { name: 'maven', doc: 'Apache Maven with a JDK.', tags: ['3-eclipse-temurin-21', '3-eclipse-temurin-17'] },
  { name: 'gradle', doc: 'Gradle with a JDK.', tags: ['8-jdk21', '8-jdk17'] },
  { name: 'nginx', doc: 'nginx web server and reverse proxy.', tags: ['1.27-alpine', '1.27', 'stable-alpine', 'alpine', 'mainline'] },
  { name: 'httpd', doc: 'Apache HTTP server.', tags: ['2.4', '2.4-alpine'] },
  { name: 'redis', doc: 'Redis.', tags: ['7.4-alpine', '7.4', '8.0', '8.0-alpine'] },
  { name: 'postgres', doc: 'PostgreSQL.', tags: ['17-alpine', '17', '16-alpine', '16'] },
  { name: 'mysql', doc: 'MySQL.', tags: ['8.4', '9.3', '8.0'] },
  { name: 'mariadb', doc: 'MariaDB.', tags: ['11.4', '10.11'] },
  { name: 'mongo', doc: 'MongoDB.', tags: ['8.0', '7.0'] },
  { name: 'gcr.io/distroless/static-debian12', doc: 'Distroless: static binaries (no libc, no shell).', tags: ['nonroot', 'latest', 'debug'] },
  { name: 'gcr.io/distroless/base-debian12', doc: 'Distroless: glibc, no shell.', tags: ['nonroot', 'latest', 'debug'] },
  { name: 'gcr.io/distroless/cc-debian12', doc: 'Distroless: glibc and libgcc (Rust, C++).', tags: ['nonroot', 'latest'] },
  { name: 'gcr.io/distroless/python3-debian12', doc: 'Distroless: Python 3.', tags: ['nonroot', 'latest'] },
  { name: 'gcr.io/distroless/nodejs22-debian12', doc: 'Distroless: Node.js 22.', tags: ['nonroot', 'latest'] },
  { name: 'gcr.io/distroless/java21-debian12', doc: 'Distroless: Java 21.', tags: ['nonroot', 'latest'] },
  { name: 'mcr.microsoft.com/dotnet/sdk', doc: '.NET SDK (build stages).', tags: ['9.0', '8.0', '9.0-alpine'] },
  { name: 'mcr.microsoft.com/dotnet/aspnet', doc: 'ASP.NET Core runtime.', tags: ['9.0', '8.0', '9.0-alpine'] },
  { name: 'mcr.microsoft.com/dotnet/runtime', doc: '.NET runtime.', tags: ['9.0', '8.0'] },
];

export const DEFAULT_SHELL_DOC = 'Shell form runs the command with `/bin/sh -c` (or the SHELL instruction\'s shell); exec form runs it directly.';

export function instructionDocMarkdown(name: string): string | undefined {
  const i = INSTRUCTION_BY_NAME.get(name);
  if (!i) return undefined;
  return [`**${i.name}**${i.deprecated ? ' (deprecated)' : ''}`, '', i.summary, '', '```dockerfile', ...i.syntax, '```', '', `[Dockerfile reference](${DOCS}#${i.anchor})`].join('\n');
}

export function flagInfo(keyword: string, name: string): FlagInfo | undefined {
  return FLAGS[keyword]?.find((f) => f.name === name);
}

/** Usual `target=` of `RUN --mount=type=cache` per package manager. */
export const CACHE_TARGETS: { path: string; doc: string }[] = [
  { path: '/root/.cache/pip', doc: 'pip' },
  { path: '/root/.cache/uv', doc: 'uv' },
  { path: '/var/cache/apt', doc: 'apt (with `sharing=locked`; also mount /var/lib/apt)' },
  { path: '/var/lib/apt', doc: 'apt lists (with `sharing=locked`)' },
  { path: '/var/cache/apk', doc: 'apk' },
  { path: '/root/.npm', doc: 'npm' },
  { path: '/usr/local/share/.cache/yarn', doc: 'yarn (classic)' },
  { path: '/root/.local/share/pnpm/store', doc: 'pnpm' },
  { path: '/go/pkg/mod', doc: 'Go modules' },
  { path: '/root/.cache/go-build', doc: 'Go build cache' },
  { path: '/usr/local/cargo/registry', doc: 'Cargo registry' },
  { path: '/root/.m2', doc: 'Maven' },
  { path: '/root/.gradle', doc: 'Gradle' },
  { path: '/root/.cache/composer', doc: 'Composer' },
  { path: '/usr/local/bundle', doc: 'Bundler' },
];
