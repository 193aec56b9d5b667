import type { Finding, Language, Rule, Severity } from './types';

/** What each language (Dockerfile, workflow, compose) plugs into the engine. */
export interface LanguageModule<M> {
  languages: Language[];
  parse(text: string, language: Language): M;
  rules: Rule<M>[];
  /** Inline suppression comments (`# hadolint ignore=`, `# check=skip=`, …). */
  isSuppressed?(model: M, finding: Finding, rule: Rule<M>, options: { buildArgs: Record<string, string> }): boolean;
  /** Severity changes that the document itself asks for (e.g. `# check=error=true`). */
  adjustSeverity?(model: M, finding: Finding, rule: Rule<M>, options?: { buildArgs: Record<string, string> }): Severity;
  /** Whether the document itself turns on an opt-in rule (e.g. `# check=experimental=Name`). */
  enabledByDocument?(model: M, rule: Rule<M>, options: { buildArgs: Record<string, string> }): boolean;
}
