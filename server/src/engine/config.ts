import { DEFAULT_RULE_OPTIONS, RuleOptions, Severity, SeveritySetting } from './types';

/** Settings resolved for one document: user settings, then config files, then inline comments. */
export interface ResolvedConfig {
  /** Severity overrides by rule id (lower-cased). `off` disables a rule. */
  severities: Map<string, SeveritySetting>;
  /** Rules the user turned on although they are opt-in (lower-cased ids). */
  enabled: Set<string>;
  options: RuleOptions;
  /** The CLI's exit status threshold (hadolint `failure-threshold`). */
  failureThreshold: Severity;
}

export function emptyConfig(): ResolvedConfig {
  return {
    severities: new Map(),
    enabled: new Set(),
    options: { ...DEFAULT_RULE_OPTIONS },
    failureThreshold: 'error',
  };
}

/** The one table of severity words every config source uses (read through configParse.ts). */
export const SEVERITY_WORDS: Readonly<Record<string, SeveritySetting>> = {
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  information: 'info',
  hint: 'hint',
  style: 'hint', // hadolint's lowest level
  off: 'off',
  none: 'off',
  ignore: 'off',
};

export function parseSeverity(word: unknown): SeveritySetting | undefined {
  if (typeof word !== 'string') return undefined;
  return SEVERITY_WORDS[word.trim().toLowerCase()];
}

/** Merges `overrides` onto `base` (later wins) without changing either. */
export function mergeConfig(base: ResolvedConfig, overrides: Partial<ResolvedConfig>): ResolvedConfig {
  const severities = new Map(base.severities);
  for (const [k, v] of overrides.severities ?? []) severities.set(k.toLowerCase(), v);
  const enabled = new Set(base.enabled);
  for (const k of overrides.enabled ?? []) enabled.add(k.toLowerCase());
  return {
    severities,
    enabled,
    options: { ...base.options, ...(overrides.options ?? {}) },
    failureThreshold: overrides.failureThreshold ?? base.failureThreshold,
  };
}
