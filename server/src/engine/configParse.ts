// The one reader of Slipway's configuration, whatever it is written in: `.slipway.yaml` (and `.github/slipway.yaml`),
// hadolint's `.hadolint.yaml`, actionlint's `.github/actionlint.yaml`, the `slipway.rules` setting (VS Code settings,
// the server's initializationOptions and workspace configuration) and the CLI's `--ignore`. Each source maps its own
// shape onto one vocabulary (ConfigIntent); resolveIntent then reads it with one severity table (config.ts), one rule
// registry (ids and aliases) and one set of option readers, so the same intent gives the same ResolvedConfig
// wherever it is written, and every value that is not understood is reported, at its position when it has one.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { parseSeverity, type ResolvedConfig } from './config';
import { allRules } from './lint';
import { LABEL_TYPES, ruleKeys, type RuleOptions, type Severity, type SeveritySetting } from './types';
import { HADOLINT_RULES } from '../compat/hadolint';
import { isShellcheckCode } from '../scripts/shellcheckCodes';

/** Where a value was written: 1-based line and column in its file. */
export interface Position {
  line: number;
  col: number;
}

/** A value of a config source and where it was written (no position for settings and command-line values). */
export interface Entry<T = unknown> {
  value: T;
  at?: Position;
}

/** The one vocabulary every config source is mapped onto. */
export interface ConfigIntent {
  /** Rule id (or alias, hadolint/BuildKit/actionlint name, ShellCheck code) → severity word, `true` or `false`. */
  rules: { id: string; value: unknown; at?: Position }[];
  trustedRegistries?: Entry;
  runnerLabels?: Entry[];
  labelSchema?: Entry;
  strictLabels?: Entry;
  buildArgs?: Entry;
  failureThreshold?: Entry;
}

export interface ParsedConfig {
  config: Partial<ResolvedConfig>;
  /** `file:line:col: message` (or `source: message` without a position); never fatal. */
  problems: string[];
}

/** The words a severity can be written with (config.ts's table), for messages. */
export const SEVERITY_VOCABULARY = 'error, warning (warn), info (information), hint (style), off (none, ignore)';

function problemAt(source: string, at: Position | undefined, message: string): string {
  return at ? `${source}:${at.line}:${at.col}: ${message}` : `${source}: ${message}`;
}

let registry: Map<string, string[]> | undefined;

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

const HADOLINT_IDS = new Set(HADOLINT_RULES.map((r) => r.id.toLowerCase()));

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

function stringList(e: Entry, source: string, what: string, problems: string[]): string[] | undefined {
  const v = e.value;
  if (v === null || v === undefined) return [];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.map(String);
  problems.push(problemAt(source, e.at, `${what}: expected a list of names; ignored`));
  return undefined;
}

/** Reads the one vocabulary: what every source ends up as. */
export function resolveIntent(intent: ConfigIntent, source: string): ParsedConfig {
  const problems: string[] = [];
  const severities = new Map<string, SeveritySetting>();
  const enabled = new Set<string>();
  for (const r of intent.rules) {
    const keys = resolveRuleId(r.id);
    if (!keys) {
      problems.push(problemAt(source, r.at, `unknown rule "${r.id}"; ignored`));
      continue;
    }
    const s = r.value === true ? 'on' : r.value === false ? 'off' : parseSeverity(r.value);
    if (!s) {
      problems.push(problemAt(source, r.at, `rule ${r.id}: unknown severity "${String(r.value)}" (expected ${SEVERITY_VOCABULARY}, true or false); ignored`));
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
        else problems.push(problemAt(source, ls.at, `label-schema: label "${label}" has unknown type "${String(type)}" (expected ${LABEL_TYPES.join(', ')}); ignored`));
      }
    } else problems.push(problemAt(source, ls.at, 'label-schema: expected a mapping of label names to types; ignored'));
  }
  const sl = intent.strictLabels;
  if (sl && sl.value !== null && sl.value !== undefined) {
    if (typeof sl.value === 'boolean') options.strictLabels = sl.value;
    else problems.push(problemAt(source, sl.at, 'strict-labels: expected true or false; ignored'));
  }
  const ba = intent.buildArgs;
  if (ba && ba.value !== null && ba.value !== undefined) {
    const v = ba.value;
    if (typeof v === 'object' && !Array.isArray(v) && Object.values(v as object).every((x) => ['string', 'number', 'boolean'].includes(typeof x))) {
      options.buildArgs = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, String(x)]));
    } else problems.push(problemAt(source, ba.at, 'buildArgs: expected a mapping of build argument names to values; ignored'));
  }
  let failureThreshold: Severity | undefined;
  const ft = intent.failureThreshold;
  if (ft && ft.value !== undefined) {
    const s = parseSeverity(ft.value);
    if (s && s !== 'off') failureThreshold = s;
    else problems.push(problemAt(source, ft.at, `unknown failure-threshold "${String(ft.value)}"`));
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
  readonly problems: string[] = [];

  constructor(
    text: string,
    readonly file: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lc, prettyErrors: false, uniqueKeys: false });
  }

  pos(node: Node | Pair['key'] | null | undefined): Position | undefined {
    const offset = (node as Node | undefined)?.range?.[0];
    return offset === undefined ? undefined : this.lc.linePos(offset);
  }

  report(node: Node | Pair['key'] | null | undefined, message: string): void {
    this.problems.push(problemAt(this.file, this.pos(node), message));
  }

  /** The pairs of a mapping node with plain keys; anything else is reported. */
  pairs(maybeAlias: unknown, what: string): [string, Pair<Node, Node>][] {
    const node = isAlias(maybeAlias) ? maybeAlias.resolve(this.doc) : maybeAlias;
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isMap(node)) {
      this.report(node as Node, `${what}: expected a mapping; ignored`);
      return [];
    }
    const out: [string, Pair<Node, Node>][] = [];
    for (const p of node.items as Pair<Node, Node>[]) {
      if (isScalar(p.key) && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) out.push([String(p.key.value), p]);
      else this.report(p.key, `${what}: expected a name as key; ignored`);
    }
    return out;
  }

  /** A value as plain data (an alias as the value it names). */
  js(node: Node | null | undefined): unknown {
    const n = isAlias(node) ? node.resolve(this.doc) : node;
    return n ? n.toJS(this.doc) : null;
  }

  entry(p: Pair<Node, Node>): Entry {
    return { value: this.js(p.value), at: this.pos(p.value ?? p.key) };
  }

  /** The top-level pairs, or undefined (reported) when the file is not valid YAML or not a mapping. */
  top(): [string, Pair<Node, Node>][] | undefined {
    if (this.doc.errors.length) {
      const e = this.doc.errors[0];
      this.problems.push(problemAt(this.file, this.lc.linePos(e.pos[0]), `not valid YAML (${e.message.split('\n')[0]}); ignored`));
      return undefined;
    }
    return this.pairs(this.doc.contents, 'the file');
  }

  unknownKey(key: string, p: Pair<Node, Node>, known: readonly string[], what = 'key'): void {
    this.report(p.key, `unknown ${what} "${key}" (known: ${known.join(', ')}); ignored`);
  }
}

function finish(src: YamlSource, intent: ConfigIntent): ParsedConfig {
  const r = resolveIntent(intent, src.file);
  // In the order of the file (problems without a position last).
  const at = (p: string) => {
    const m = /^.*?:(\d+):(\d+): /.exec(p.slice(src.file.length));
    return m ? Number(m[1]) * 1e6 + Number(m[2]) : Infinity;
  };
  const problems = [...src.problems, ...r.problems].map((p, i) => ({ p, i, k: at(p) })).sort((a, b) => a.k - b.k || a.i - b.i);
  return { config: r.config, problems: problems.map((x) => x.p) };
}

/** Keys hadolint reads that change nothing Slipway does (output format, exit status, pragmas): accepted as they are. */
const HADOLINT_QUIET_KEYS = ['format', 'no-color', 'no-fail', 'disable-ignore-pragma', 'verbose'];
const HADOLINT_KEYS = ['ignored', 'override', 'trustedRegistries', 'label-schema', 'strict-labels', 'failure-threshold'];
const HADOLINT_LEVELS = ['error', 'warning', 'info', 'style'];

/** hadolint's `.hadolint.yaml`: `ignored`, `override.{error,warning,info,style}`, `trustedRegistries`, `failure-threshold`, `label-schema`, `strict-labels`. */
export function parseHadolintConfig(text: string, file: string): ParsedConfig {
  const src = new YamlSource(text, file);
  const top = src.top();
  const intent: ConfigIntent = { rules: [] };
  if (!top) return { config: {}, problems: src.problems };
  for (const [key, p] of top) {
    switch (key) {
      case 'ignored':
        for (const [id, at] of listItems(src, p, 'ignored')) intent.rules.push({ id, value: 'off', at });
        break;
      case 'override':
        for (const [level, lp] of src.pairs(p.value, 'override')) {
          if (!parseSeverity(level) || !HADOLINT_LEVELS.includes(level.toLowerCase())) {
            src.report(lp.key, `unknown override level "${level}" (expected error, warning, info or style); ignored`);
            continue;
          }
          for (const [id, at] of listItems(src, lp, `override.${level}`)) intent.rules.push({ id, value: level, at });
        }
        break;
      case 'trustedRegistries':
      case 'trusted-registries':
        intent.trustedRegistries = src.entry(p);
        break;
      case 'label-schema':
      case 'labelSchema':
        intent.labelSchema = src.entry(p);
        break;
      case 'strict-labels':
      case 'strictLabels':
        intent.strictLabels = src.entry(p);
        break;
      case 'failure-threshold':
      case 'failureThreshold':
        intent.failureThreshold = src.entry(p);
        break;
      default:
        if (!HADOLINT_QUIET_KEYS.includes(key)) src.unknownKey(key, p, HADOLINT_KEYS);
    }
  }
  return finish(src, intent);
}

/** The items of a list of rule ids (a single name is a list of one), each with its position. */
function listItems(src: YamlSource, p: Pair<Node, Node>, what: string): [string, Position | undefined][] {
  const v = p.value;
  if (v === null || v === undefined || (isScalar(v) && v.value === null)) return [];
  if (isScalar(v)) return [[String(v.value), src.pos(v)]];
  if (!isSeq(v)) {
    src.report(v, `${what}: expected a list of rule ids; ignored`);
    return [];
  }
  const out: [string, Position | undefined][] = [];
  for (const item of v.items as Node[]) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) out.push([String(item.value), src.pos(item)]);
    else src.report(item, `${what}: expected a rule id; ignored`);
  }
  return out;
}

const SLIPWAY_KEYS = ['rules', 'trustedRegistries', 'runnerLabels', 'self-hosted-runner', 'labelSchema', 'strictLabels', 'buildArgs', 'failureThreshold'];

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
  for (const [key, p] of top) {
    switch (key) {
      case 'rules':
        for (const [id, rp] of src.pairs(p.value, 'rules')) intent.rules.push({ id, value: src.js(rp.value), at: src.pos(rp.key) });
        break;
      case 'trustedRegistries':
      case 'trusted-registries':
        intent.trustedRegistries = src.entry(p);
        break;
      case 'runnerLabels':
        (intent.runnerLabels ??= []).push(src.entry(p));
        break;
      case 'self-hosted-runner':
        runnerLabelsOf(src, p, intent);
        break;
      case 'labelSchema':
      case 'label-schema':
        intent.labelSchema = src.entry(p);
        break;
      case 'strictLabels':
      case 'strict-labels':
        intent.strictLabels = src.entry(p);
        break;
      case 'buildArgs':
        intent.buildArgs = src.entry(p);
        break;
      case 'failureThreshold':
      case 'failure-threshold':
        intent.failureThreshold = src.entry(p);
        break;
      default:
        src.unknownKey(key, p, SLIPWAY_KEYS);
    }
  }
  return finish(src, intent);
}

function runnerLabelsOf(src: YamlSource, p: Pair<Node, Node>, intent: ConfigIntent): void {
  for (const [k, lp] of src.pairs(p.value, 'self-hosted-runner')) {
    if (k === 'labels') (intent.runnerLabels ??= []).push(src.entry(lp));
    else src.unknownKey(k, lp, ['labels']);
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
  for (const [key, p] of top) {
    if (key === 'self-hosted-runner') runnerLabelsOf(src, p, intent);
    else if (!ACTIONLINT_QUIET_KEYS.includes(key)) src.unknownKey(key, p, ['self-hosted-runner', ...ACTIONLINT_QUIET_KEYS]);
  }
  return finish(src, intent);
}

/** Which reader a config file's name asks for. */
export function parseConfigFile(text: string, file: string): ParsedConfig {
  const base = file.replace(/\\/g, '/').split('/').pop() ?? file;
  if (/hadolint/i.test(base)) return parseHadolintConfig(text, file);
  if (/^actionlint\.ya?ml$/i.test(base)) return parseActionlintConfig(text, file);
  return parseSlipwayConfig(text, file);
}

/**
 * The `slipway.rules` setting (VS Code settings, the server's initializationOptions and workspace configuration):
 * the same words as `rules:` of `.slipway.yaml`; what is not understood is said, not dropped.
 */
export function parseRulesSetting(rules: unknown, source = 'setting slipway.rules'): ParsedConfig {
  if (rules === null || rules === undefined) return { config: { severities: new Map(), enabled: new Set() }, problems: [] };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    return { config: { severities: new Map(), enabled: new Set() }, problems: [`${source}: expected an object of rule ids to severities; ignored`] };
  }
  return resolveIntent({ rules: Object.entries(rules as Record<string, unknown>).map(([id, value]) => ({ id, value })) }, source);
}

/** The CLI's `--ignore` ids: turned off as `ignored:` would. */
export function parseIgnoreList(ids: string[], source = '--ignore'): ParsedConfig {
  return resolveIntent({ rules: ids.map((id) => ({ id, value: 'off' })) }, source);
}
