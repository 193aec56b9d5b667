// Other extensions that check the same files: which of Slipway's rules report a problem one of them reports too
// ("twins"), so that with both installed a problem shows once. The VS Code client decides which peers are present
// (client/src/coexistence.ts: installed extensions and their settings, and `slipway.coexistence`) and sends that
// here; this module only maps peers to rule ids. No vscode here: the server and the unit tests use it.
import type { Finding, Language } from './engine/types';

/**
 * A checker another extension runs:
 * - `buildkit`: BuildKit's build checks (`docker build --check`), which Docker DX (docker.docker) runs through Buildx;
 * - `dockerfile-utils`: the validator of rcjsuen's Dockerfile language server, which Container Tools
 *   (ms-azuretools.vscode-containers), the older Docker extension (ms-azuretools.vscode-docker) and Docker DX
 *   (when neither of those is installed) run;
 * - `actions-languageservice`: GitHub's @actions/languageservice, run by GitHub Actions (github.vscode-github-actions)
 *   on documents of language `github-actions-workflow` (workflows, and action.yml read as action metadata);
 * - `compose-schema`: validation against the Compose specification's schema: Docker DX's Compose support, and Red Hat
 *   YAML (redhat.vscode-yaml) with SchemaStore, which maps Compose file names to that schema;
 * - `workflow-schemastore`: Red Hat YAML with SchemaStore on workflows and action.yml, which it sees only when they are
 *   of language `yaml` (another extension or `files.associations` claimed them).
 */
export type PeerId = 'buildkit' | 'dockerfile-utils' | 'actions-languageservice' | 'compose-schema' | 'workflow-schemastore';

/** One peer at work: which extension runs it, and on documents of which VS Code language ids. */
export interface PeerReport {
  peer: PeerId;
  /** The extension's display name, for the log. */
  by: string;
  languageIds: string[];
}

/**
 * Rules whose problems a peer reports as well, per Slipway language. A rule is listed when the peer reports the
 * rule's problem in all or most of the rule's own test cases (test/unit/coexistence.test.ts checks the
 * dockerfile-utils and @actions/languageservice lists against those tools); a rule of which the peer catches only a
 * narrow special case stays (InvalidJSONArray: single quotes only; InvalidDirective: the escape directive only;
 * UnknownFlag: misspelt flags, not flag values; missing-key in workflows: `on`/`jobs` only).
 */
const TWINS: Record<PeerId, Partial<Record<Language, readonly string[]>>> = {
  // Every rule with a BuildKit name (compat.buildkit): see twinsOf.
  buildkit: { dockerfile: [] },
  'dockerfile-utils': {
    dockerfile: [
      'ConsistentInstructionCasing',
      'DL3021',
      'DuplicateFlag',
      'DuplicateStageName',
      'ExposeInvalidProtocol',
      'InvalidHealthcheckOption',
      'InvalidOnbuild',
      'InvalidStageName',
      'MaintainerDeprecated',
      'MissingArguments',
      'MultipleInstructionsDisallowed',
      'NoFromInstruction',
      'UnknownInstruction',
      'WorkdirRelativePath',
    ],
  },
  'actions-languageservice': {
    workflow: [
      'context-availability',
      'cron-schedule',
      'duplicate-key',
      'event-filter',
      'expression-placement',
      'expression-syntax',
      'job-needs',
      'permissions',
      'undefined-reference',
      'unknown-event',
      'unknown-key',
      'value-type',
      'yaml-syntax',
    ],
    // The language service reads files named action.yml as action metadata (schema, expressions).
    action: ['duplicate-key', 'missing-key', 'unknown-key', 'value-type', 'yaml-syntax'],
  },
  'compose-schema': { compose: ['compose-invalid-value', 'compose-missing-key', 'compose-unknown-key', 'yaml-syntax'] },
  'workflow-schemastore': {
    workflow: ['duplicate-key', 'unknown-key', 'value-type', 'yaml-syntax'],
    action: ['duplicate-key', 'unknown-key', 'value-type', 'yaml-syntax'],
  },
};

/** The Slipway languages a peer checks. */
export function peerLanguages(peer: PeerId): Language[] {
  return Object.keys(TWINS[peer]) as Language[];
}

/** Rule ids of `language` whose problems a peer reports too (`rules`: every rule, for the ones with a BuildKit name). */
export function twinsOf(peer: PeerId, language: Language, rules: readonly { id: string; compat?: { buildkit?: string } }[]): string[] {
  if (peer === 'buildkit') return language === 'dockerfile' ? rules.filter((r) => r.compat?.buildkit).map((r) => r.id) : [];
  return [...(TWINS[peer][language] ?? [])];
}

/**
 * The rule ids to leave out of a document of Slipway language `language` and VS Code language id `languageId`: the
 * twins of every peer at work on it.
 */
export function suppressedRules(
  peers: readonly PeerReport[],
  language: Language,
  languageId: string,
  rules: readonly { id: string; compat?: { buildkit?: string } }[],
): Set<string> {
  const out = new Set<string>();
  for (const p of peers) {
    if (!p.languageIds.includes(languageId)) continue;
    for (const id of twinsOf(p.peer, language, rules)) out.add(id);
  }
  return out;
}

/** `findings` without those of suppressed rules. */
export function withoutTwins(findings: Finding[], suppressed: ReadonlySet<string>): Finding[] {
  return suppressed.size ? findings.filter((f) => !suppressed.has(f.rule)) : findings;
}

const PEER_IDS = new Set<string>(Object.keys(TWINS));

/** The `coexistence` start option or notification, as sent by a client: anything malformed is dropped. */
export function normalizePeers(raw: unknown): PeerReport[] {
  if (!Array.isArray(raw)) return [];
  const out: PeerReport[] = [];
  for (const p of raw) {
    if (!p || typeof p !== 'object') continue;
    const { peer, by, languageIds } = p as Record<string, unknown>;
    if (typeof peer !== 'string' || !PEER_IDS.has(peer) || !Array.isArray(languageIds)) continue;
    out.push({ peer: peer as PeerId, by: typeof by === 'string' ? by : peer, languageIds: languageIds.filter((l): l is string => typeof l === 'string') });
  }
  return out;
}
