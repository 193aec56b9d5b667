// Metadata of popular actions, written by hand from their action.yml files (offline data): inputs (with
// `required` where the action fails without it), outputs, deprecated inputs, and the oldest major version
// that still runs on current runners (earlier majors use the removed node12/node16 runtimes).
// Only majors >= `inputsSince` (else `minMajor`) are checked against `inputs` and `outputs` (older majors had others).

export interface ActionInput {
  required?: boolean;
  /** Why the input is deprecated and what to use instead. */
  deprecated?: string;
}

export interface ActionMeta {
  /** Current major version (for messages and fixes), e.g. 'v4'. */
  current: string;
  /** Majors below this one use a runtime GitHub no longer provides. */
  minMajor?: number;
  /** First major whose inputs are described here. */
  inputsSince?: number;
  inputs?: Record<string, ActionInput>;
  outputs?: string[];
}

const opt: ActionInput = {};
const req: ActionInput = { required: true };
const ins = (names: string, required = ''): Record<string, ActionInput> => {
  const out: Record<string, ActionInput> = {};
  for (const n of names.split(/\s+/).filter(Boolean)) out[n] = opt;
  for (const n of required.split(/\s+/).filter(Boolean)) out[n] = req;
  return out;
};

export const POPULAR_ACTIONS: Record<string, ActionMeta> = {
  'actions/checkout': {
    current: 'v5',
    minMajor: 4,
    inputsSince: 4,
    inputs: ins(
      'repository ref token ssh-key ssh-known-hosts ssh-strict ssh-user persist-credentials path clean filter sparse-checkout sparse-checkout-cone-mode fetch-depth fetch-tags show-progress lfs submodules set-safe-directory github-server-url',
    ),
    outputs: ['ref', 'commit'],
  },
  'actions/setup-node': {
    current: 'v5',
    minMajor: 4,
    inputsSince: 4,
    inputs: ins('always-auth node-version node-version-file architecture check-latest registry-url scope token cache cache-dependency-path mirror mirror-token package-manager-cache'),
    outputs: ['cache-hit', 'node-version'],
  },
  'actions/setup-python': {
    current: 'v6',
    minMajor: 5,
    inputsSince: 5,
    inputs: ins('python-version python-version-file cache architecture check-latest token cache-dependency-path update-environment allow-prereleases freethreaded pip-version pip-install'),
    outputs: ['python-version', 'cache-hit', 'python-path'],
  },
  'actions/setup-go': {
    current: 'v6',
    minMajor: 5,
    inputsSince: 5,
    inputs: ins('go-version go-version-file check-latest token cache cache-dependency-path architecture'),
    outputs: ['go-version', 'cache-hit'],
  },
  'actions/setup-java': {
    current: 'v5',
    minMajor: 4,
    inputsSince: 4,
    inputs: {
      ...ins(
        'java-version java-version-file java-package architecture jdkFile check-latest server-id server-username server-password settings-path overwrite-settings gpg-private-key gpg-passphrase cache cache-dependency-path job-status token mvn-toolchain-id mvn-toolchain-vendor',
      ),
      distribution: req,
    },
    outputs: ['distribution', 'version', 'path', 'cache-hit'],
  },
  'actions/setup-dotnet': {
    current: 'v5',
    minMajor: 4,
    inputsSince: 4,
    inputs: ins('dotnet-version dotnet-quality global-json-file source-url owner config-file cache cache-dependency-path workloads architecture'),
    outputs: ['cache-hit', 'dotnet-version'],
  },
  'actions/cache': {
    current: 'v4',
    minMajor: 4,
    inputsSince: 4,
    inputs: { ...ins('restore-keys upload-chunk-size enableCrossOsArchive fail-on-cache-miss lookup-only save-always'), path: req, key: req },
    outputs: ['cache-hit'],
  },
  'actions/upload-artifact': {
    current: 'v4',
    minMajor: 4,
    inputsSince: 4,
    inputs: { ...ins('name if-no-files-found retention-days compression-level overwrite include-hidden-files'), path: req },
    outputs: ['artifact-id', 'artifact-url', 'artifact-digest'],
  },
  'actions/download-artifact': {
    current: 'v5',
    minMajor: 4,
    inputsSince: 4,
    inputs: ins('name artifact-ids path pattern merge-multiple github-token repository run-id'),
    outputs: ['download-path'],
  },
  'actions/github-script': {
    current: 'v8',
    minMajor: 7,
    inputsSince: 7,
    inputs: { ...ins('github-token debug user-agent previews result-encoding retries retry-exempt-status-codes base-url'), script: req },
    outputs: ['result'],
  },
  'actions/stale': { current: 'v10', minMajor: 8 },
  'actions/labeler': { current: 'v6', minMajor: 5 },
  'actions/configure-pages': { current: 'v5', minMajor: 3, outputs: ['base_url', 'origin', 'host', 'base_path'] },
  'actions/upload-pages-artifact': { current: 'v4', minMajor: 3 },
  'actions/deploy-pages': { current: 'v4', minMajor: 2, outputs: ['page_url'] },
  'actions/setup-ruby': { current: 'v1', minMajor: 99 },
  'actions/create-release': { current: 'v1', minMajor: 99 },
  'actions/upload-release-asset': { current: 'v1', minMajor: 99 },
  'docker/login-action': {
    current: 'v3',
    minMajor: 3,
    inputsSince: 3,
    inputs: ins('registry username password ecr logout', ''),
  },
  'docker/setup-buildx-action': {
    current: 'v3',
    minMajor: 3,
    inputsSince: 3,
    inputs: ins(
      'version driver driver-opts buildkitd-flags buildkitd-config buildkitd-config-inline install use name endpoint platforms append keep-state cache-binary cleanup',
    ),
    outputs: ['name', 'driver', 'platforms', 'nodes', 'endpoint', 'status', 'flags'],
  },
  'docker/setup-qemu-action': { current: 'v3', minMajor: 3, inputsSince: 3, inputs: ins('image platforms cache-image'), outputs: ['platforms'] },
  'docker/build-push-action': {
    current: 'v6',
    minMajor: 5,
    inputsSince: 5,
    inputs: ins(
      'add-hosts allow annotations attests build-args build-contexts builder cache-from cache-to call cgroup-parent context file labels load network no-cache no-cache-filters outputs platforms provenance pull push sbom secrets secret-envs secret-files shm-size ssh tags target ulimit github-token',
    ),
    outputs: ['imageid', 'digest', 'metadata'],
  },
  'docker/metadata-action': {
    current: 'v5',
    minMajor: 5,
    inputsSince: 5,
    inputs: ins('context images tags flavor labels annotations sep-tags sep-labels sep-annotations bake-target github-token'),
    outputs: ['version', 'tags', 'labels', 'annotations', 'json', 'bake-file', 'bake-file-tags', 'bake-file-labels', 'bake-file-annotations'],
  },
  // Takes any input (the request's parameters): only its outputs are known.
  'octokit/request-action': { current: 'v2', outputs: ['data', 'status', 'headers'] },
  'aws-actions/configure-aws-credentials': { current: 'v4', minMajor: 3 },
  'azure/login': { current: 'v2', minMajor: 2 },
  'azure/aks-set-context': { current: 'v4', minMajor: 4 },
  'rhysd/action-setup-vim': { current: 'v1', inputsSince: 1, inputs: ins('version neovim configure-args token'), outputs: ['executable', 'vim-dir'] },
  'pypa/gh-action-pypi-publish': {
    current: 'release/v1',
    inputs: {
      ...ins('user password repository-url packages-dir verify-metadata skip-existing verbose print-hash attestations'),
      repository_url: { deprecated: 'The inputs have been normalized to use kebab-case. Use `repository-url` instead' },
      packages_dir: { deprecated: 'The inputs have been normalized to use kebab-case. Use `packages-dir` instead' },
      verify_metadata: { deprecated: 'The inputs have been normalized to use kebab-case. Use `verify-metadata` instead' },
      skip_existing: { deprecated: 'The inputs have been normalized to use kebab-case. Use `skip-existing` instead' },
      print_hash: { deprecated: 'The inputs have been normalized to use kebab-case. Use `print-hash` instead' },
    },
  },
};

export type ActionRef = Readonly<{ name: string; repo: string; path?: string; ref: string }>;

/** Answers of parseActionRef (several rules ask about each step's `uses`). */
const refs = new Map<string, ActionRef | undefined>();

/**
 * Splits `owner/repo[/path]@ref`; undefined for other forms. The result is shared: never changed.
 * A local `./x@ref` or self-repository `$/x@ref` (both invalid) is not a remote action: `.` and `$` are no owners.
 */
export function parseActionRef(uses: string): ActionRef | undefined {
  let r = refs.get(uses);
  if (r !== undefined || refs.has(uses)) return r;
  const m = /^(?![.$]\/)([^/@\s]+)\/([^/@\s]+)(\/[^@\s]*)?@([^\s]+)$/.exec(uses);
  r = m ? Object.freeze({ name: `${m[1]}/${m[2]}${m[3] ?? ''}`, repo: `${m[1]}/${m[2]}`, path: m[3]?.slice(1), ref: m[4] }) : undefined;
  if (refs.size > 2000) refs.clear();
  refs.set(uses, r);
  return r;
}

/** The major version of a ref like `v4`, `v4.1.2`, `4`; undefined for branches and SHAs. */
export function majorOf(ref: string): number | undefined {
  const m = /^v?(\d+)(?:\.\d+)*$/.exec(ref);
  return m ? Number(m[1]) : undefined;
}

/** A full commit SHA (SHA-1 or SHA-256): it names one commit, whatever version that was. */
export function isCommitSha(ref: string): boolean {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}

/**
 * The version a `uses:` line's trailing comment names, as pinning tools write it beside a SHA: `# v8`, `#v4`,
 * `# v8.1.0`, `# tag=v4.1.1`, `# pin@v3`, `# actions/checkout@v4.2.0`, `# 4.1.1`. A bare number (`# 2024`) is not
 * taken for a version; only the comment's first line is read.
 */
export function versionFromComment(comment: string | null | undefined): string | undefined {
  if (!comment) return undefined;
  const line = comment.split('\n', 1)[0];
  const m = /(?:^|[\s=@:/])(v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\w.])/i.exec(line);
  return m ? m[1] : undefined;
}

/** Lower-case name → the first key of POPULAR_ACTIONS with that name. */
let byLowerName: Map<string, string> | undefined;
/** Answers of popularAction by name. */
const metas = new Map<string, ActionMeta | undefined>();

export function popularAction(name: string): ActionMeta | undefined {
  let meta = metas.get(name);
  if (meta !== undefined || metas.has(name)) return meta;
  const lower = name.toLowerCase();
  if (!byLowerName) {
    byLowerName = new Map();
    for (const k of Object.keys(POPULAR_ACTIONS)) if (!byLowerName.has(k.toLowerCase())) byLowerName.set(k.toLowerCase(), k);
  }
  meta = POPULAR_ACTIONS[lower] ?? POPULAR_ACTIONS[byLowerName.get(lower) ?? ''];
  if (metas.size > 2000) metas.clear();
  metas.set(name, meta);
  return meta;
}

/**
 * The bundled metadata of a popular action when it describes the version `ref` names: for a commit SHA, the
 * version in the trailing comment of its `uses:` line (`comment`; without one, undefined: the commit may be of any
 * major); majors older than `inputsSince` or newer than `current` are not described (a branch is assumed current).
 */
export function describedAction(ref: ActionRef, comment: string | null | undefined): ActionMeta | undefined {
  const meta = popularAction(ref.name);
  if (!meta) return undefined;
  let version = ref.ref;
  if (isCommitSha(ref.ref)) {
    version = versionFromComment(comment) ?? '';
    if (!version) return undefined;
  }
  const major = majorOf(version);
  const since = meta.inputsSince ?? meta.minMajor;
  if (major !== undefined && since !== undefined && major < since) return undefined;
  if (major !== undefined && meta.current.startsWith('v') && major > Number(meta.current.slice(1))) return undefined;
  return meta;
}
