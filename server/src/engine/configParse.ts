// The one reader of Slipway's configuration, whatever it is written in: `.slipway.yaml` (and `.github/slipway.yaml`),
// hadolint's `.hadolint.yaml`, actionlint's `.github/actionlint.yaml`, the `slipway.rules` setting (VS Code settings,
// the server's initializationOptions and workspace configuration) and the CLI's `--ignore`. Each source maps its own
// shape onto one vocabulary (ConfigIntent); resolveIntent then reads it with one severity table (config.ts), one rule
// registry (ids and aliases) and one set of option readers, so the same intent gives the same ResolvedConfig
// wherever it is written, and every value that is not understood is reported, at its position when it has one.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node, type Pair } from 'yaml';
import { parseSeverity, SEVERITY_WORDS, type ResolvedConfig } from './config';
import { allRules } from './lint';
import { closest, didYouMean } from './suggest';
import { LABEL_TYPES, ruleIds, ruleKeys, type Range, type RuleOptions, type Severity, type SeveritySetting } from './types';
import { HADOLINT_RULES } from '../compat/hadolint';
import { isShellcheckCode } from '../scripts/shellcheckCodes';
import { configKindOf, type ConfigKind } from './languages';

/**
 * Where a value was written in its file: its range (0-based, as the editor counts) and how the scalar is quoted
 * (`''` plain, `"` or `'`; undefined for a block scalar or a collection, which no suggestion replaces).
 */
export interface Where {
  range: Range;
  quote?: '' | '"' | "'";
}

/** A value of a config source and where it was written (no position for settings and command-line values). */
export interface Entry<T = unknown> {
  value: T;
  at?: Where;
}

/** A rule id and the severity word (or `true`/`false`) it is given, each with where it was written. */
export interface RuleEntry {
  id: string;
  value: unknown;
  at?: Where;
  valueAt?: Where;
  /** The other keys of the mapping the id is a key of: not offered, as the fix would write a key twice. */
  taken?: ReadonlySet<string>;
}

/** The one vocabulary every config source is mapped onto. */
export interface ConfigIntent {
  /** Rule id (or alias, hadolint/BuildKit/actionlint name, ShellCheck code) → severity word, `true` or `false`. */
  rules: RuleEntry[];
  trustedRegistries?: Entry;
  runnerLabels?: Entry[];
  /** With where each label's type was written. */
  labelSchema?: Entry & { children?: Map<string, Where | undefined> };
  strictLabels?: Entry;
  buildArgs?: Entry;
  failureThreshold?: Entry;
}

/**
 * The rules of the config family (server/src/config/rules/): what a problem of a config source is. In a file they
 * are findings of that file (the editor shows them on the open document, the CLI reports them against its path).
 */
export type ConfigRuleId = 'config-syntax' | 'config-unknown-key' | 'config-invalid-value';

/** Something a config source says that is not understood, and ignored; never fatal. */
export interface ConfigProblem {
  rule: ConfigRuleId;
  /** The file's path, `setting slipway.rules` or `--ignore`. */
  source: string;
  message: string;
  /** Where, in a file; none for settings and command-line values. */
  range?: Range;
  /** What was most likely meant: the value the message's "Did you mean" names. */
  suggestion?: string;
  /** The text that writes `suggestion` over `range` (quoted as the value was). */
  replacement?: string;
}

export interface ParsedConfig {
  config: Partial<ResolvedConfig>;
  /** In the order of the file (problems without a position last). */
  problems: ConfigProblem[];
}

/** A problem as one line of text: `file:line:col: message`, or `source: message` without a position (1-based, as people count). */
export function describeProblem(p: ConfigProblem): string {
  return p.range ? `${p.source}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}` : `${p.source}: ${p.message}`;
}

/** The words a severity can be written with (config.ts's table), for messages. */
export const SEVERITY_VOCABULARY = 'error, warning (warn), info (information), hint (style), off (none, ignore)';

/**
 * A problem, with the closest of `candidates` offered when the value written is a plain word that looks like one
 * of them (a number-like id such as `DL9999` is not guessed at: any other number is as likely).
 */
function problem(rule: ConfigRuleId, source: string, at: Where | undefined, message: string, written?: unknown, candidates?: Iterable<string>): ConfigProblem {
  const guess = typeof written === 'string' && candidates && !/^[a-z]{1,3}\d+$/i.test(written.trim()) ? closest(written.trim(), candidates) : undefined;
  const p: ConfigProblem = { rule, source, message: message + didYouMean(guess, 'yaml') };
  if (at) p.range = at.range;
  if (guess !== undefined && at?.quote !== undefined) {
    p.suggestion = guess;
    p.replacement = at.quote + guess + at.quote;
  }
  return p;
}

let registry: Map<string, string[]> | undefined;
let knownIds: string[] | undefined;

/** Lower-cased id or alias → the ids of the rules answering to it (an alias may name several rules). */
function ruleRegistry(): Map<string, string[]> {
  if (!registry) {
    registry = new Map();
    for (const r of allRules()) {
      for (const k of ruleKeys(r)) {
        const list = registry.get(k) ?? [];
        list.push(r.id.toLowerCase());
        registry.set(k, list);
      }
    }
  }
  return registry;
}

/** Every rule id as written (Slipway's, then peers' names and aliases), for suggestions. */
function ruleIdCandidates(): string[] {
  if (!knownIds) {
    const all = new Set<string>();
    for (const r of allRules()) all.add(r.id);
    for (const r of allRules()) for (const id of ruleIds(r)) all.add(id);
    knownIds = [...all];
  }
  return knownIds;
}

const HADOLINT_IDS = new Set(HADOLINT_RULES.map((r) => r.id.toLowerCase()));
const SEVERITY_CANDIDATES = Object.keys(SEVERITY_WORDS);
const THRESHOLD_CANDIDATES = SEVERITY_CANDIDATES.filter((w) => SEVERITY_WORDS[w] !== 'off');

/**
 * The keys a rule id sets: the ids of the rules answering to it (so that an alias and the rule's own id set the
 * same thing and the later source wins), a ShellCheck code or a hadolint rule Slipway does not implement as written,
 * undefined for an id nobody knows.
 */
export function resolveRuleId(id: string): string[] | undefined {
  const key = id.trim().toLowerCase();
  const rules = ruleRegistry().get(key);
  if (rules) return rules;
  if (isShellcheckCode(id.trim().toUpperCase()) || HADOLINT_IDS.has(key)) return [key];
  return undefined;
}

function stringList(e: Entry, source: string, what: string, problems: ConfigProblem[]): string[] | undefined {
  const v = e.value;
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  problems.push(problem('config-invalid-value', source, e.at, `${what}: expected a list of names; ignored`));
  return undefined;
}

/** Reads the one vocabulary: what every source ends up as. */
export function resolveIntent(intent: ConfigIntent, source: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const severities = new Map<string, SeveritySetting>();
  const enabled = new Set<string>();
  for (const r of intent.rules) {
    const keys = resolveRuleId(r.id);
    if (!keys) {
      const candidates = r.taken ? ruleIdCandidates().filter((c) => !r.taken!.has(c)) : ruleIdCandidates();
      problems.push(problem('config-invalid-value', source, r.at, `unknown rule "${r.id}"; ignored`, r.id, candidates));
      continue;
    }
    const s = r.value === true ? 'on' : r.value === false ? 'off' : parseSeverity(r.value);
    if (!s) {
      const message = `rule ${r.id}: unknown severity "${String(r.value)}" (expected ${SEVERITY_VOCABULARY}, true or false); ignored`;
      // Without the value's own position (a setting), the rule's.
      problems.push(problem('config-invalid-value', source, r.valueAt ?? r.at, message, r.value, SEVERITY_CANDIDATES));
      continue;
    }
    for (const k of keys) {
      if (s === 'on') {
        enabled.add(k);
        continue;
      }
      severities.set(k, s);
      if (s !== 'off') enabled.add(k);
    }
  }
  const options: Partial<RuleOptions> = {};
  if (intent.trustedRegistries) {
    const l = stringList(intent.trustedRegistries, source, 'trustedRegistries', problems);
    if (l) options.trustedRegistries = l;
  }
  if (intent.runnerLabels?.length) {
    const labels: string[] = [];
    for (const e of intent.runnerLabels) labels.push(...(stringList(e, source, 'runner labels', problems) ?? []));
    if (labels.length) options.runnerLabels = labels;
  }
  const ls = intent.labelSchema;
  if (ls && ls.value !== null && ls.value !== undefined) {
    if (typeof ls.value === 'object' && !Array.isArray(ls.value)) {
      options.labelSchema = {};
      for (const [label, type] of Object.entries(ls.value as Record<string, unknown>)) {
        const t = typeof type === 'string' ? type.trim().toLowerCase() : undefined;
        if (t && (LABEL_TYPES as readonly string[]).includes(t)) options.labelSchema[label] = t;
        else {
          const message = `label-schema: label "${label}" has unknown type "${String(type)}" (expected ${LABEL_TYPES.join(', ')}); ignored`;
          problems.push(problem('config-invalid-value', source, ls.children?.get(label) ?? ls.at, message, type, LABEL_TYPES));
        }
      }
    } else problems.push(problem('config-invalid-value', source, ls.at, 'label-schema: expected a mapping of label names to types; ignored'));
  }
  const sl = intent.strictLabels;
  if (sl && sl.value !== null && sl.value !== undefined) {
    if (typeof sl.value === 'boolean') options.strictLabels = sl.value;
    else problems.push(problem('config-invalid-value', source, sl.at, 'strict-labels: expected true or false; ignored'));
  }
  const ba = intent.buildArgs;
  if (ba && ba.value !== null && ba.value !== undefined) {
    const v = ba.value;
    if (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => ['string', 'number', 'boolean'].includes(typeof x))) {
      options.buildArgs = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)]));
    } else problems.push(problem('config-invalid-value', source, ba.at, 'buildArgs: expected a mapping of build argument names to values; ignored'));
  }
  let failureThreshold: Severity | undefined;
  const ft = intent.failureThreshold;
  if (ft && ft.value !== undefined) {
    const s = parseSeverity(ft.value);
    if (s && s !== 'off') failureThreshold = s;
    // hadolint's `none` and `ignore` (never fail) have no equal: Slipway's exit status always follows a severity.
    else if (s === 'off') problems.push(problem('config-invalid-value', source, ft.at, `failure-threshold "${String(ft.value)}" (never fail) is not supported: the exit status follows findings of a severity (error, warning, info or style); ignored`));
    else problems.push(problem('config-invalid-value', source, ft.at, `unknown failure-threshold "${String(ft.value)}" (expected error, warning, info or style); ignored`, ft.value, THRESHOLD_CANDIDATES));
  }
  const config: Partial<ResolvedConfig> = { severities, enabled };
  if (Object.keys(options).length) config.options = options as RuleOptions;
  if (failureThreshold) config.failureThreshold = failureThreshold;
  return { config, problems };
}

// ---- YAML sources ----

/** A YAML config file read with positions. */
class YamlSource {
  readonly doc: Document.Parsed;
  private readonly lc = new LineCounter();
  readonly problems: ConfigProblem[] = [];

  constructor(
    text: string,
    readonly file: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: false });
  }

  private position(offset: number): { line: number; character: number } {
    const p = this.lc.linePos(offset);
    return { line: p.line - 1, character: p.col - 1 };
  }

  /** Where a node was written: its value's range (a scalar's text with its quotes, not a comment after it). */
  where(node: Node | Pair['key'] | null | undefined): Where | undefined {
    const r = (node as Node | undefined)?.range;
    if (!r) return undefined;
    const at: Where = { range: { start: this.position(r[0]), end: this.position(r[1]) } };
    if (isScalar(node)) {
      const t = (node as Scalar).type;
      if (t === Scalar.PLAIN) at.quote = '';
      else if (t === Scalar.QUOTE_DOUBLE) at.quote = '"';
      else if (t === Scalar.QUOTE_SINGLE) at.quote = "'";
    }
    return at;
  }

  report(rule: ConfigRuleId, node: Node | Pair['key'] | null | undefined, message: string, written?: unknown, candidates?: Iterable<string>): void {
    this.problems.push(problem(rule, this.file, this.where(node), message, written, candidates));
  }

  /** The pairs of a mapping node with plain keys; anything else is reported. */
  pairs(maybeAlias: unknown, what: string): [string, Pair<Node, Node>][] {
    const node = isAlias(maybeAlias) ? maybeAlias.resolve(this.doc) : maybeAlias;
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isMap(node)) {
      this.report('config-invalid-value', node as Node, `${what}: expected a mapping; ignored`);
      return [];
    }
    const out: [string, Pair<Node, Node>][] = [];
    for (const p of node.items as Pair<Node, Node>[]) {
      if (isScalar(p.key) && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) out.push([String(p.key.value), p]);
      else this.report('config-invalid-value', p.key, `${what}: expected a name as key; ignored`);
    }
    return out;
  }

  /** A value as plain data (an alias as the value it names). */
  js(node: Node | null | undefined): unknown {
    const n = isAlias(node) ? node.resolve(this.doc) : node;
    return n ? n.toJS(this.doc) : null;
  }

  entry(p: Pair<Node, Node>): Entry {
    return { value: this.js(p.value), at: this.where(p.value ?? p.key) };
  }

  /** An entry whose value is a mapping, with where each of its values was written. */
  mappingEntry(p: Pair<Node, Node>): Entry & { children?: Map<string, Where | undefined> } {
    const e: Entry & { children?: Map<string, Where | undefined> } = this.entry(p);
    const v = isAlias(p.value) ? p.value.resolve(this.doc) : p.value;
    if (isMap(v)) {
      e.children = new Map();
      for (const c of v.items as Pair<Node, Node>[]) if (isScalar(c.key)) e.children.set(String(c.key.value), this.where(c.value ?? c.key));
    }
    return e;
  }

  /** The top-level pairs, or undefined (reported) when the file is not valid YAML or not a mapping. */
  top(): [string, Pair<Node, Node>][] | undefined {
    if (this.doc.errors.length) {
      const e = this.doc.errors[0];
      const start = this.position(e.pos[0]);
      this.problems.push({ rule: 'config-syntax', source: this.file, message: `not valid YAML (${e.message.split('\n')[0]}); the file is ignored`, range: { start, end: this.position(e.pos[1]) } });
      return undefined;
    }
    return this.pairs(this.doc.contents, 'the file');
  }

  /** An unknown key: the closest of `accepted` (every spelling the reader takes) is offered; `known` is listed without one. */
  unknownKey(key: string, p: Pair<Node, Node>, taken: ReadonlySet<string>, known: readonly string[], accepted: readonly string[] = known, what = 'key'): void {
    // A key the mapping has already is not offered: the fix would write it twice.
    accepted = accepted.filter((a) => !taken.has(a));
    const guess = closest(key, accepted);
    this.report('config-unknown-key', p.key, guess !== undefined ? `unknown ${what} "${key}"; ignored` : `unknown ${what} "${key}" (known: ${known.join(', ')}); ignored`, key, accepted);
  }
}

function finish(src: YamlSource, intent: ConfigIntent): ParsedConfig {
  const r = resolveIntent(intent, src.file);
  // In the order of the file (problems without a position last).
  const at = (p: ConfigProblem) => (p.range ? p.range.start.line * 1e6 + p.range.start.character : Infinity);
  const problems = [...src.problems, ...r.problems].map((p, i) => ({ p, i, k: at(p) })).sort((a, b) => a.k - b.k || a.i - b.i);
  return { config: r.config, problems: problems.map((x) => x.p) };
}

/** Keys hadolint reads that change nothing Slipway does (output format, exit status, pragmas): accepted as they are. */
const HADOLINT_QUIET_KEYS = ['format', 'no-color', 'no-fail', 'disable-ignore-pragma', 'verbose'];
const HADOLINT_KEYS = ['ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold'];
const HADOLINT_SPELLINGS = [...HADOLINT_KEYS, 'trusted-registries', 'labelSchema', 'strictLabels', 'failureThreshold', ...HADOLINT_QUIET_KEYS];
const HADOLINT_LEVELS = ['error', 'warning', 'info', 'style'];

/** hadolint's `.hadolint.yaml`: `ignored`, `override.{error,warning,info,style}`, `trustedRegistries`, `failure-threshold`, `label-schema`, `strict-labels`. */
export function parseHadolintConfig(text: string, file: string): ParsedConfig {
  const src = new YamlSource(text, file);
  const top = src.top();
  const intent: ConfigIntent = { rules: [] };
  if (!top) return { config: {}, problems: src.problems };
  const taken = new Set(top.map(([k]) => k));
  for (const [key, p] of top) {
    switch (key) {
      case 'ignored':
        for (const [id, at] of listItems(src, p, 'ignored')) intent.rules.push({ id, value: 'off', at });
        break;
      case 'override':
        const levels = src.pairs(p.value, 'override');
        const takenLevels = new Set(levels.map(([k]) => k));
        for (const [level, lp] of levels) {
          if (!parseSeverity(level) || !HADOLINT_LEVELS.includes(level.toLowerCase())) {
            const candidates = HADOLINT_LEVELS.filter((l) => !takenLevels.has(l));
            src.report('config-unknown-key', lp.key, `unknown override level "${level}" (expected error, warning, info or style); ignored`, level, candidates);
            continue;
          }
          for (const [id, at] of listItems(src, lp, `override.${level}`)) intent.rules.push({ id, value: level, at });
        }
        break;
      default:
        if (!sharedKey(src, key, p, intent) && !HADOLINT_QUIET_KEYS.includes(key)) src.unknownKey(key, p, taken, HADOLINT_KEYS, HADOLINT_SPELLINGS);
    }
  }
  return finish(src, intent);
}

/**
 * The keys `.hadolint.yaml` and `.slipway.yaml` share, in either spelling (hadolint's kebab case, Slipway's camel
 * case): taken into `intent`; false for any other key.
 */
function sharedKey(src: YamlSource, key: string, p: Pair<Node, Node>, intent: ConfigIntent): boolean {
  switch (key) {
    case 'trustedRegistries':
    case 'trusted-registries':
      intent.trustedRegistries = src.entry(p);
      return true;
    case 'labelSchema':
    case 'label-schema':
      intent.labelSchema = src.mappingEntry(p);
      return true;
    case 'strictLabels':
    case 'strict-labels':
      intent.strictLabels = src.entry(p);
      return true;
    case 'failureThreshold':
    case 'failure-threshold':
      intent.failureThreshold = src.entry(p);
      return true;
    default:
      return false;
  }
}

/** The items of a list of rule ids (a single name is a list of one), each with its position. */
function listItems(src: YamlSource, p: Pair<Node, Node>, what: string): [string, Where | undefined][] {
  const v = isAlias(p.value) ? p.value.resolve(src.doc) : p.value;
  if (v === null || v === undefined || (isScalar(v) && v.value === null)) return [];
  if (isScalar(v)) return [[String(v.value), src.where(v)]];
  if (!isSeq(v)) {
    src.report('config-invalid-value', v as Node, `${what}: expected a list of rule ids; ignored`);
    return [];
  }
  const out: [string, Where | undefined][] = [];
  for (const item of v.items as Node[]) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push([String(item.value), src.where(item)]);
    else src.report('config-invalid-value', item, `${what}: expected a rule id; ignored`);
  }
  return out;
}

const SLIPWAY_KEYS = ['rules', 'trustedRegistries', 'runnerLabels', 'self-hosted-runner', 'labelSchema', 'strictLabels', 'buildArgs', 'failureThreshold'];
const SLIPWAY_SPELLINGS = [...SLIPWAY_KEYS, 'trusted-registries', 'label-schema', 'strict-labels', 'failure-threshold'];

/**
 * Slipway's own `.slipway.yaml` and `.github/slipway.yaml`: `rules: {ID: severity|true|false}`, `trustedRegistries`,
 * `runnerLabels` (or actionlint's `self-hosted-runner.labels`), `labelSchema`, `strictLabels`, `buildArgs`,
 * `failureThreshold` (hadolint's spellings `label-schema`, `strict-labels`, `failure-threshold` too).
 */
export function parseSlipwayConfig(text: string, file: string): ParsedConfig {
  const src = new YamlSource(text, file);
  const top = src.top();
  if (!top) return { config: {}, problems: src.problems };
  const intent: ConfigIntent = { rules: [] };
  const taken = new Set(top.map(([k]) => k));
  for (const [key, p] of top) {
    switch (key) {
      case 'rules': {
        const rules = src.pairs(p.value, 'rules');
        const ids = new Set(rules.map(([id]) => id));
        for (const [id, rp] of rules) intent.rules.push({ id, value: src.js(rp.value), at: src.where(rp.key), valueAt: src.where(rp.value), taken: ids });
        break;
      }
      case 'runnerLabels':
        (intent.runnerLabels ??= []).push(src.entry(p));
        break;
      case 'self-hosted-runner':
        runnerLabelsOf(src, p, intent);
        break;
      case 'buildArgs':
        intent.buildArgs = src.entry(p);
        break;
      default:
        if (!sharedKey(src, key, p, intent)) src.unknownKey(key, p, taken, SLIPWAY_KEYS, SLIPWAY_SPELLINGS);
    }
  }
  return finish(src, intent);
}

function runnerLabelsOf(src: YamlSource, p: Pair<Node, Node>, intent: ConfigIntent): void {
  const pairs = src.pairs(p.value, 'self-hosted-runner');
  const taken = new Set(pairs.map(([k]) => k));
  for (const [k, lp] of pairs) {
    if (k === 'labels') (intent.runnerLabels ??= []).push(src.entry(lp));
    else src.unknownKey(k, lp, taken, ['labels']);
  }
}

/** actionlint's keys Slipway has no use for (which files actionlint checks, its `vars` names): accepted as they are. */
const ACTIONLINT_QUIET_KEYS = ['paths', 'config-variables'];

/** actionlint's `.github/actionlint.yaml`: `self-hosted-runner.labels` (`config-variables` and `paths` are accepted, unused). */
export function parseActionlintConfig(text: string, file: string): ParsedConfig {
  const src = new YamlSource(text, file);
  const top = src.top();
  if (!top) return { config: {}, problems: src.problems };
  const intent: ConfigIntent = { rules: [] };
  const taken = new Set(top.map(([k]) => k));
  for (const [key, p] of top) {
    if (key === 'self-hosted-runner') runnerLabelsOf(src, p, intent);
    else if (!ACTIONLINT_QUIET_KEYS.includes(key)) src.unknownKey(key, p, taken, ['self-hosted-runner', ...ACTIONLINT_QUIET_KEYS]);
  }
  return finish(src, intent);
}

const READERS: Record<ConfigKind, (text: string, file: string) => ParsedConfig> = {
  slipway: parseSlipwayConfig,
  hadolint: parseHadolintConfig,
  actionlint: parseActionlintConfig,
};

/**
 * Which reader a config file's name asks for: a config file's own name (configKindOf), else for a file given by
 * another name (`--config ci/lint.yaml`) hadolint's when the name says hadolint, actionlint's when it is
 * `actionlint.yaml`, Slipway's otherwise.
 */
export function parseConfigFile(text: string, file: string): ParsedConfig {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  const kind = configKindOf(file) ?? (/hadolint/i.test(base) ? 'hadolint' : /^actionlint\.ya?ml$/i.test(base) ? 'actionlint' : 'slipway');
  return READERS[kind](text, file);
}

/**
 * The `slipway.rules` setting (VS Code settings, the server's initializationOptions and workspace configuration):
 * the same words as `rules:` of `.slipway.yaml`; what is not understood is said, not dropped.
 */
export function parseRulesSetting(rules: unknown, source = 'setting slipway.rules'): ParsedConfig {
  if (rules === null || rules === undefined) return { config: { severities: new Map(), enabled: new Set() }, problems: [] };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    return {
      config: { severities: new Map(), enabled: new Set() },
      problems: [{ rule: 'config-invalid-value', source, message: 'expected an object of rule ids to severities; ignored' }],
    };
  }
  return resolveIntent({ rules: Object.entries(rules as Record<string, unknown>).map(([id, value]) => ({ id, value })) }, source);
}

/** The CLI's `--ignore` ids: turned off as `ignored:` would. */
export function parseIgnoreList(ids: string[], source = '--ignore'): ParsedConfig {
  return resolveIntent({ rules: ids.map((id) => ({ id, value: 'off' })) }, source);
}
