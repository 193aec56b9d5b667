import type { Range, TextEdit } from 'vscode-languageserver-textdocument';
import { isShellcheckCode, shellcheckWikiUrl } from '../scripts/shellcheckCodes';

export type { Range, TextEdit };

/** The kinds of documents Slipway understands (`config`: its own, hadolint's and actionlint's config files). */
export type Language = 'dockerfile' | 'workflow' | 'action' | 'compose' | 'config';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * Whether a fix may be applied without a person reading it first (`slipway lint --fix`, the Action's `fix` input).
 * `safe`: the fixed file does what the original does wherever the original works (a casing or spelling form the
 * tool reads the same way, text the tool ignores, the one reading of something the tool rejects); it needs no
 * choice. `unsafe`: the result may do something else (a did-you-mean, a flag or command that changes what is
 * installed, kept or run, a new value): offered in the editor only.
 */
export type FixSafety = 'safe' | 'unsafe';

/** An edit that repairs a finding. Edits never overlap and keep the file's meaning apart from the repair. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix the editor offers first (`isPreferred`). */
  preferred?: boolean;
  /** Overrides the rule's `fix.safety` for this one fix (a rule whose fixes are of both kinds). */
  safety?: FixSafety;
}

/** One problem found in a document. */
export interface Finding {
  rule: string;
  message: string;
  range: Range;
  severity: Severity;
  fixes?: Fix[];
}

/** What a rule passes to `report`; the engine fills in the rule id and severity. */
export interface Report {
  message: string;
  range: Range;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this one finding (e.g. a milder variant). */
  severity?: Severity;
}

export interface RuleDoc {
  /** One sentence: what the rule reports. */
  summary: string;
  /** Why it matters to the user. */
  why: string;
  /** A small document that triggers the rule. */
  bad: string;
  /** The same document, repaired. */
  good: string;
  /** Files beside the document that both examples need (e.g. `.dockerignore`), relative to its folder. */
  files?: Record<string, string>;
  /** Rule options the examples assume (e.g. `trustedRegistries` for a rule that only runs when it is configured). */
  options?: Partial<RuleOptions>;
  /** More markdown for the rule's docs page, after *Configure* (generated from data, e.g. ShellCheck's common codes). */
  extra?: string;
}

export interface ExpectedFinding {
  /** 1-based line where the range starts, as a person counts. */
  line: number;
  /** 1-based column where the range starts. */
  col: number;
  /**
   * The whole message, compared exactly. A RegExp is the explicit opt-out for text the rule does not control (e.g. a
   * reason quoted from the runtime); its case says why.
   */
  message: string | RegExp;
  /** 1-based line where the range ends (checked when given). */
  endLine?: number;
  /** 1-based column just after the range's last character, on `endLine` (checked when given). */
  endCol?: number;
  severity?: Severity;
  /** The finding's rule id, when it is not the rule's own (an external analyser's code, e.g. `SC2086`). */
  rule?: string;
}

/** A data-form test case that lives beside its rule. */
export interface RuleCase {
  name: string;
  /** The document; long ones read best as indented template text (`dedent` from engine/dedent.ts). */
  input: string;
  /** Findings of this rule (and only this rule) expected, in any order; each must match one finding exactly. */
  expect: ExpectedFinding[];
  /** Extra files the document can see, relative to its folder (e.g. `.dockerignore`). */
  files?: Record<string, string>;
  /** Path of the document relative to a virtual project root (default depends on the language). */
  path?: string;
  /** Expected text after applying the first fix of each finding (one fix at a time, in order). */
  fixed?: string;
  /** Extra rule options. */
  options?: Partial<RuleOptions>;
}

/** Options the user can give in config files or settings and that rules read. */
export interface RuleOptions {
  /** Registries allowed in FROM (hadolint `trustedRegistries`; empty means any). */
  trustedRegistries: string[];
  /** Extra self-hosted runner labels (actionlint `self-hosted-runner.labels`). */
  runnerLabels: string[];
  /** Required labels and their types (hadolint `label-schema`: label name -> one of LABEL_TYPES). */
  labelSchema: Record<string, string>;
  /** hadolint `strict-labels`. */
  strictLabels: boolean;
  /** Allowed values of `# check=` flags etc. passed by tools (BuildKit frontend attrs). */
  buildArgs: Record<string, string>;
}

/** The types a hadolint `label-schema` entry can give a label. */
export const LABEL_TYPES = ['text', 'url', 'hash', 'rfc3339', 'spdx', 'semver', 'email'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

export const DEFAULT_RULE_OPTIONS: RuleOptions = {
  trustedRegistries: [],
  runnerLabels: [],
  labelSchema: {},
  strictLabels: false,
  buildArgs: {},
};

/** Read-only view of the files around a document, for rules that look across files. */
export interface FileHost {
  /** Reads a file by absolute path; undefined when it does not exist or can't be read. */
  readFile(absPath: string): string | undefined;
  exists(absPath: string): boolean;
}

/** The analysers Slipway runs on scripts inside documents, when they are installed. */
export type ExternalTool = 'shellcheck' | 'pyflakes';

/** A script inside a document (a RUN, a heredoc, a `run:`, a Compose command) for an external analyser. */
export interface EmbeddedScript {
  tool: ExternalTool;
  /** ShellCheck's `--shell` (sh, bash, dash, ksh); `python` for pyflakes. */
  dialect: string;
  /** The script as the shell receives it (same-length placeholders where the runner substitutes text). */
  text: string;
  /** The document offset of `text[i]` (0 ≤ i ≤ text.length). */
  offsetOf(i: number): number;
  /** Variables set outside the script (ARG and ENV in scope, `env:`): not reported as unassigned. */
  declared?: readonly string[];
  /**
   * Shell options the runner sets before the script runs (`set -e`, `set -eo pipefail` for a workflow's bash): ShellCheck
   * reads them after the script (it looks for `set -e` anywhere; no finding points there), so that it knows, e.g., that a
   * failed `cd` stops the script.
   */
  setup?: string;
  /**
   * Spans of `text` (start, end indexes) standing for text the runner pastes in before the script runs (a workflow's
   * `${{ }}`, a Compose `${VAR}`): ShellCheck's codes about constant words and tests (PLACEHOLDER_CODES) are not
   * reported on a line that has one, as they say nothing true about what runs.
   */
  placeholders?: readonly { start: number; end: number }[];
  /** Codes that mean nothing in this embedding; never reported. */
  exclude?: readonly string[];
  /**
   * Whether the analyser's fixes can be written back: the text is the document's characters one for one between
   * any two offsets that map contiguously (a Dockerfile RUN, a heredoc, a literal block scalar), not a quoted or
   * folded scalar whose characters the YAML reader changed.
   */
  fixable: boolean;
}

export interface RuleContext<M> {
  model: M;
  options: RuleOptions;
  /** Absolute path of the document when known. */
  path?: string;
  files: FileHost;
  report(r: Report): void;
  /** Hands a script to the rule's external analyser (rules with `external` only); its findings come later. */
  embed(script: EmbeddedScript): void;
}

export interface Rule<M = unknown> {
  /** The id users see and configure. hadolint's `DLxxxx` or BuildKit's name where the rule corresponds. */
  id: string;
  language: Language | Language[];
  severity: Severity;
  /** Off unless the user turns it on. */
  optIn?: boolean;
  /** Peer tools' names for the same check, shown in docs (e.g. `{ hadolint: 'DL3025', buildkit: 'JSONArgsRecommended' }`). */
  compat?: { hadolint?: string; buildkit?: string; actionlint?: string; compose?: string };
  /**
   * Other ids that settings, config files and ignore comments accept for this rule (e.g. `DL3025` for
   * `JSONArgsRecommended`, or `DL4003`/`DL4004` for `MultipleInstructionsDisallowed`).
   */
  aliases?: string[];
  /**
   * The options (RuleOptions keys) the rule reads: listed on its docs page with where each is written. A unit test
   * checks that a rule reading `options.X` declares it.
   */
  options?: (keyof RuleOptions)[];
  docs: RuleDoc;
  /**
   * Whether the rule's quick fixes are safe (see FixSafety), and why, in a sentence shown on its docs page. Every rule
   * that offers a fix declares it (a unit test checks); a single Fix can override it with its own `safety`.
   */
  fix?: { safety: FixSafety; why: string };
  /**
   * The rule's findings come from an external analyser run on the scripts its check hands over (`ctx.embed`), with
   * the analyser's own codes as rule ids (ShellCheck's `SC2086`…): see server/src/scripts/.
   */
  external?: ExternalTool;
  check(ctx: RuleContext<M>): void;
  tests: RuleCase[];
}

export const DOCS_BASE = 'https://github.com/slipway-dev/slipway/blob/main/docs/rules/';

export function ruleDocUrl(id: string): string {
  if (isShellcheckCode(id)) return shellcheckWikiUrl(id);
  return `${DOCS_BASE}${id}.md`;
}

/** Whether `finding` is one of `rule`'s: its own id, or an external analyser's code (SC2086…) for ShellCheck. */
export function isFindingOf(finding: Pick<Finding, 'rule'>, rule: Pick<Rule<unknown>, 'id' | 'external'>): boolean {
  if (finding.rule === rule.id) return true;
  return rule.external === 'shellcheck' && isShellcheckCode(finding.rule);
}

/** Every id a rule answers to: its own, its peers' names and its aliases. */
const RULE_IDS = new WeakMap<object, { ids: readonly string[]; lower: readonly string[] }>();

function idsOf(rule: Pick<Rule<unknown>, 'id' | 'compat' | 'aliases'>): { ids: readonly string[]; lower: readonly string[] } {
  let e = RULE_IDS.get(rule);
  if (!e) {
    const all = [rule.id, rule.compat?.hadolint, rule.compat?.buildkit, rule.compat?.actionlint, ...(rule.aliases ?? [])];
    const ids = Object.freeze([...new Set(all.filter((x): x is string => !!x))]);
    e = { ids, lower: Object.freeze(ids.map((x) => x.toLowerCase())) };
    RULE_IDS.set(rule, e);
  }
  return e;
}

/** Every id a rule answers to (its own, hadolint/BuildKit/actionlint names, aliases); computed once per rule object. */
export function ruleIds(rule: Pick<Rule<unknown>, 'id' | 'compat' | 'aliases'>): readonly string[] {
  return idsOf(rule).ids;
}

/** ruleIds, lower-cased (how settings and suppressions are keyed). */
export function ruleKeys(rule: Pick<Rule<unknown>, 'id' | 'compat' | 'aliases'>): readonly string[] {
  return idsOf(rule).lower;
}
