// Which other installed extensions check the same files as Slipway, and so which problems Slipway leaves to them
// (`slipway.coexistence`). A pure decision over plain data: extension.ts gathers the data from VS Code and sends
// the result to the server, which leaves out the rules listed for each peer (server/src/coexistence.ts).
import type { PeerReport } from '../../server/src/coexistence';

export type { PeerReport };

/** `slipway.coexistence`: `auto` leaves shared problems to the other extension; `slipway` reports everything. */
export type CoexistenceMode = 'auto' | 'slipway';

/** Marketplace ids of the extensions Slipway knows (compare lower-cased: VS Code's ids are case-insensitive). */
export const KNOWN_EXTENSIONS = {
  githubActions: 'github.vscode-github-actions',
  dockerDx: 'docker.docker',
  containerTools: 'ms-azuretools.vscode-containers',
  dockerLegacy: 'ms-azuretools.vscode-docker',
  redhatYaml: 'redhat.vscode-yaml',
} as const;

export interface CoexistenceInput {
  mode: CoexistenceMode | string | undefined;
  /** Ids of the installed, enabled extensions. */
  extensions: Iterable<string>;
  /** Red Hat YAML's `yaml.validate` and `yaml.schemaStore.enable` (both true by default). */
  yaml?: { validate?: unknown; schemaStore?: unknown };
}

/**
 * The peers at work, each with the extension that runs it and the language ids of the documents it checks.
 *
 * - Docker DX runs BuildKit's build checks on Dockerfiles (through Buildx) and reports Compose errors; it also starts
 *   rcjsuen's Dockerfile language server, unless Container Tools or the older Docker extension is installed, which
 *   start that server themselves.
 * - GitHub Actions validates documents of language `github-actions-workflow` (the language Slipway gives workflows
 *   and action.yml too): YAML, schema and expression errors, `needs`, cron, permissions; action.yml as action
 *   metadata.
 * - Red Hat YAML validates `yaml` and `dockercompose` documents against SchemaStore's schemas (Compose files always;
 *   workflows and action.yml only when they are plain `yaml`), unless `yaml.validate` or `yaml.schemaStore.enable`
 *   is off.
 */
export function decidePeers(input: CoexistenceInput): PeerReport[] {
  if (input.mode === 'slipway') return [];
  const has = new Set([...input.extensions].map((e) => e.toLowerCase()));
  const peers: PeerReport[] = [];
  const microsoftDocker = has.has(KNOWN_EXTENSIONS.containerTools) || has.has(KNOWN_EXTENSIONS.dockerLegacy);
  if (has.has(KNOWN_EXTENSIONS.dockerDx)) {
    peers.push({ peer: 'buildkit', by: 'Docker DX', languageIds: ['dockerfile'] });
    peers.push({ peer: 'compose-schema', by: 'Docker DX', languageIds: ['dockercompose'] });
  }
  if (microsoftDocker) {
    const by = has.has(KNOWN_EXTENSIONS.containerTools) ? 'Container Tools' : 'Docker (Microsoft)';
    peers.push({ peer: 'dockerfile-utils', by, languageIds: ['dockerfile'] });
  } else if (has.has(KNOWN_EXTENSIONS.dockerDx)) {
    peers.push({ peer: 'dockerfile-utils', by: 'Docker DX', languageIds: ['dockerfile'] });
  }
  if (has.has(KNOWN_EXTENSIONS.githubActions)) {
    peers.push({ peer: 'actions-languageservice', by: 'GitHub Actions', languageIds: ['github-actions-workflow'] });
  }
  if (has.has(KNOWN_EXTENSIONS.redhatYaml) && input.yaml?.validate !== false && input.yaml?.schemaStore !== false) {
    peers.push({ peer: 'compose-schema', by: 'Red Hat YAML (SchemaStore)', languageIds: ['yaml', 'dockercompose'] });
    peers.push({ peer: 'workflow-schemastore', by: 'Red Hat YAML (SchemaStore)', languageIds: ['yaml'] });
  }
  return peers;
}

/** One line for the output channel: who reports what instead of Slipway. */
export function describePeers(peers: readonly PeerReport[]): string {
  if (!peers.length) return 'Coexistence: no other extension reports the same problems; Slipway reports everything.';
  const by = new Map<string, string[]>();
  for (const p of peers) by.set(p.by, [...(by.get(p.by) ?? []), `${p.peer} (${p.languageIds.join(', ')})`]);
  const parts = [...by].map(([ext, what]) => `${ext}: ${what.join(', ')}`);
  return `Coexistence: Slipway leaves the problems these report to them (slipway.coexistence = "slipway" to report them too): ${parts.join('; ')}.`;
}
