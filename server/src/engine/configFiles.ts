import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { emptyConfig, mergeConfig, parseSeverity, ResolvedConfig } from './config';
import { LABEL_TYPES, type FileHost, type Language, type Severity, type SeveritySetting } from './types';

export interface ConfigFileResult {
  config: ResolvedConfig;
  /** Files that contributed, nearest last. */
  sources: string[];
  /** Problems reading them (shown to the user; never fatal). */
  problems: string[];
}

const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
const SLIPWAY_NAMES = ['.slipway.yaml', '.slipway.yml'];
const ACTIONLINT_NAMES = ['.github/actionlint.yaml', '.github/actionlint.yml'];
const SLIPWAY_GITHUB_NAMES = ['.github/slipway.yaml', '.github/slipway.yml'];

function toStringList(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
  if (typeof v === 'string') return [v];
  return [];
}

/** hadolint's `.hadolint.yaml`: ignored, override.{error,warning,info,style}, trustedRegistries, failure-threshold, label-schema, strict-labels. */
export function parseHadolintConfig(text: string, file: string): { config: Partial<ResolvedConfig>; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { config: {}, problems: [`${file}: not valid YAML (${(e as Error).message.split('\n')[0]}); ignored`] };
  }
  if (data === null || data === undefined) return { config: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems: [`${file}: expected a mapping; ignored`] };
  const d = data as Record<string, unknown>;
  const severities = new Map<string, SeveritySetting>();
  for (const id of toStringList(d.ignored)) severities.set(id.toLowerCase(), 'off');
  const override = d.override as Record<string, unknown> | undefined;
  if (override && typeof override === 'object') {
    for (const [level, ids] of Object.entries(override)) {
      const sev = parseSeverity(level);
      if (!sev) {
        problems.push(`${file}: unknown override level "${level}" (expected error, warning, info or style)`);
        continue;
      }
      for (const id of toStringList(ids)) severities.set(id.toLowerCase(), sev);
    }
  }
  const options: Partial<ResolvedConfig['options']> = {};
  const trusted = d.trustedRegistries ?? d['trusted-registries'];
  if (trusted !== undefined) options.trustedRegistries = toStringList(trusted);
  const labelSchema = d['label-schema'] ?? d.labelSchema;
  if (labelSchema && typeof labelSchema === 'object' && !Array.isArray(labelSchema)) {
    options.labelSchema = {};
    for (const [label, type] of Object.entries(labelSchema as Record<string, unknown>)) {
      const t = typeof type === 'string' ? type.trim().toLowerCase() : undefined;
      if (t && (LABEL_TYPES as readonly string[]).includes(t)) options.labelSchema[label] = t;
      else problems.push(`${file}: label-schema: label "${label}" has unknown type "${String(type)}" (expected ${LABEL_TYPES.join(', ')}); ignored`);
    }
  } else if (labelSchema !== undefined && labelSchema !== null) {
    problems.push(`${file}: label-schema: expected a mapping of label names to types; ignored`);
  }
  const strict = d['strict-labels'] ?? d.strictLabels;
  if (typeof strict === 'boolean') options.strictLabels = strict;
  else if (strict !== undefined && strict !== null) problems.push(`${file}: strict-labels: expected true or false; ignored`);
  let failureThreshold: Severity | undefined;
  const ft = d['failure-threshold'] ?? d.failureThreshold;
  if (ft !== undefined) {
    const s = parseSeverity(ft);
    if (s && s !== 'off') failureThreshold = s;
    else problems.push(`${file}: unknown failure-threshold "${String(ft)}"`);
  }
  const cfg: Partial<ResolvedConfig> = { severities };
  if (Object.keys(options).length) cfg.options = options as ResolvedConfig['options'];
  if (failureThreshold) cfg.failureThreshold = failureThreshold;
  return { config: cfg, problems };
}

/**
 * Slipway's own `.slipway.yaml` (and `.github/slipway.yaml`): `rules: {ID: severity|off}`, `trustedRegistries`,
 * `runnerLabels`; actionlint's `.github/actionlint.yaml` for `self-hosted-runner.labels`.
 */
export function parseSlipwayConfig(text: string, file: string): { config: Partial<ResolvedConfig>; problems: string[] } {
  const problems: string[] = [];
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return { config: {}, problems: [`${file}: not valid YAML (${(e as Error).message.split('\n')[0]}); ignored`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { config: {}, problems };
  const d = data as Record<string, unknown>;
  const severities = new Map<string, SeveritySetting>();
  const enabled = new Set<string>();
  const rules = d.rules as Record<string, unknown> | undefined;
  if (rules && typeof rules === 'object') {
    for (const [id, v] of Object.entries(rules)) {
      const s = v === true ? 'on' : v === false ? 'off' : parseSeverity(v);
      if (s === 'on') enabled.add(id.toLowerCase());
      else if (s) {
        severities.set(id.toLowerCase(), s);
        if (s !== 'off') enabled.add(id.toLowerCase());
      } else problems.push(`${file}: rule ${id}: unknown severity "${String(v)}"`);
    }
  }
  const options: Partial<ResolvedConfig['options']> = {};
  if (d.trustedRegistries !== undefined) options.trustedRegistries = toStringList(d.trustedRegistries);
  const shr = d['self-hosted-runner'] as Record<string, unknown> | undefined;
  const labels = [...toStringList(d.runnerLabels), ...toStringList(shr?.labels)];
  if (labels.length) options.runnerLabels = labels;
  const cfg: Partial<ResolvedConfig> = { severities, enabled };
  if (Object.keys(options).length) cfg.options = options as ResolvedConfig['options'];
  return { config: cfg, problems };
}

/**
 * Finds and merges the config files that apply to a document: walks up from its folder to `root` (or the file
 * system root) and takes the nearest of each kind.
 */
export function loadConfigFor(docPath: string, language: Language, files: FileHost, root?: string, base = emptyConfig()): ConfigFileResult {
  const sources: string[] = [];
  const problems: string[] = [];
  let config = base;
  const found = new Map<string, string>();
  let dir = path.dirname(docPath);
  const stop = root ? path.resolve(root) : undefined;
  for (;;) {
    const groups: [string, string[]][] = [
      ['hadolint', HADOLINT_NAMES],
      ['slipway', SLIPWAY_NAMES],
      ['actionlint', ACTIONLINT_NAMES],
      ['slipway-github', SLIPWAY_GITHUB_NAMES],
    ];
    for (const [kind, names] of groups) {
      if (found.has(kind)) continue;
      for (const n of names) {
        const p = path.join(dir, n);
        if (files.exists(p)) {
          found.set(kind, p);
          break;
        }
      }
    }
    if (stop && path.resolve(dir) === stop) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const order = language === 'dockerfile' ? ['hadolint', 'slipway'] : ['actionlint', 'slipway-github', 'slipway'];
  for (const kind of order) {
    const p = found.get(kind);
    if (!p) continue;
    const text = files.readFile(p);
    if (text === undefined) continue;
    const r = kind === 'hadolint' ? parseHadolintConfig(text, p) : parseSlipwayConfig(text, p);
    config = mergeConfig(config, r.config);
    sources.push(p);
    problems.push(...r.problems);
  }
  return { config, sources, problems };
}
