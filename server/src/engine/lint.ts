import * as fs from 'node:fs';
import { LanguageModule } from './module';
import { emptyConfig, ResolvedConfig } from './config';
import { comparePositions } from './text';
import { ruleKeys } from './types';
import { DEFAULT_MAX_FILE_MB, mbToBytes, readRegularFile } from './regularFile';
import type { EmbeddedScript, FileHost, Finding, Language, Report, Rule, Severity } from './types';
import { dockerfileModule } from '../dockerfile/module';
import { workflowModule } from '../workflow/module';
import { composeModule } from '../compose/module';
import { configModule } from '../config/module';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModule = LanguageModule<any>;

const MODULES: AnyModule[] = [dockerfileModule, workflowModule, composeModule, configModule];

export function moduleFor(language: Language): AnyModule {
  const m = MODULES.find((mod) => mod.languages.includes(language));
  if (!m) throw new Error(`no module for ${language}`);
  return m;
}

/** Every rule of every language: the single source for docs, settings and the CLI. */
export function allRules(): Rule<unknown>[] {
  const seen = new Set<Rule<unknown>>();
  for (const m of MODULES) for (const r of m.rules) seen.add(r);
  return [...seen];
}

export function ruleLanguages(rule: Rule<unknown>): Language[] {
  return Array.isArray(rule.language) ? rule.language : [rule.language];
}

/**
 * The disk as rules see it (neighbouring files: .dockerignore, config files, local actions, compose includes): only
 * regular files of at most `maxBytes` are read; anything else (a FIFO, /dev/zero, a huge file) reads as absent, so
 * that a linted file cannot make the linter hang or exhaust memory by naming one.
 */
export function diskFilesWith(maxBytes: number): FileHost {
  return {
    readFile(p) {
      // Most files asked for (.dockerignore next to a Dockerfile, local actions) do not exist: ask without an
      // exception, which costs more than the read.
      if (!fs.statSync(p, { throwIfNoEntry: false })?.isFile()) return undefined;
      const r = readRegularFile(p, maxBytes);
      return 'text' in r ? r.text : undefined;
    },
    exists(p) {
      return fs.existsSync(p);
    },
  };
}

export const diskFiles: FileHost = diskFilesWith(mbToBytes(DEFAULT_MAX_FILE_MB));

export interface LintRequest {
  text: string;
  language: Language;
  /** Absolute path, for rules that look at neighbouring files. */
  path?: string;
  config?: ResolvedConfig;
  files?: FileHost;
  /** A model already parsed from `text` (the server caches one per document version). */
  model?: unknown;
  /** Run only these rule ids (tests, conformance). */
  only?: Set<string>;
}

export interface LintResult {
  findings: Finding[];
  model: unknown;
  /** Rules that threw; the rest still ran. */
  crashes: { rule: string; error: string }[];
  /** Scripts for external analysers (server/src/scripts/analyse.ts), with the rule that handed each over. */
  scripts: { rule: Rule<unknown>; script: EmbeddedScript }[];
}

function effectiveSeverity(rule: Rule<unknown>, config: ResolvedConfig): Severity | 'off' {
  const keys = ruleKeys(rule);
  for (const k of keys) {
    const s = config.severities.get(k);
    if (s) return s;
  }
  if (rule.optIn && !keys.some((k) => config.enabled.has(k))) return 'off';
  return rule.severity;
}

export function parseFor(language: Language, text: string): unknown {
  return moduleFor(language).parse(text, language);
}

/** The rules of `mod` that apply to `language`, in registry order (worked out once per module and language). */
const RULES_FOR = new Map<string, Rule<unknown>[]>();
function rulesFor(mod: AnyModule, language: Language): Rule<unknown>[] {
  let rules = RULES_FOR.get(language);
  if (!rules) RULES_FOR.set(language, (rules = mod.rules.filter((r: Rule<unknown>) => ruleLanguages(r).includes(language))));
  return rules;
}

/** Lints one document with every rule of its language. Never throws for bad input. */
export function lint(req: LintRequest): LintResult {
  const mod = moduleFor(req.language);
  const config = req.config ?? emptyConfig();
  const model = req.model ?? mod.parse(req.text, req.language);
  const findings: Finding[] = [];
  const crashes: LintResult['crashes'] = [];
  const scripts: LintResult['scripts'] = [];
  const docOptions = { buildArgs: config.options.buildArgs };
  // One context for every rule of this document; `report` files findings under the rule being run.
  let rule!: Rule<unknown>;
  let sev: Severity = 'error';
  // Whether the user set this rule's severity (under any of its ids): then it applies to every finding of the rule.
  let userSeverity = false;
  let batch: Finding[] = [];
  const ctx = {
    model,
    options: config.options,
    path: req.path,
    files: req.files ?? diskFiles,
    report(r: Report) {
      batch.push({
        rule: rule.id,
        message: r.message,
        range: r.range,
        severity: r.severity && !userSeverity ? r.severity : sev,
        fixes: r.fixes,
      });
    },
    embed(script: EmbeddedScript) {
      if (rule.external) scripts.push({ rule, script });
    },
  };
  for (const current of rulesFor(mod, req.language)) {
    if (req.only && !req.only.has(current.id)) continue;
    let s = effectiveSeverity(current, config);
    if (s === 'off' && current.optIn && !ruleKeys(current).some((k) => config.severities.has(k))) {
      if (mod.enabledByDocument?.(model, current, docOptions)) s = current.severity;
    }
    if (s === 'off') continue;
    rule = current;
    sev = s;
    userSeverity = ruleKeys(current).some((k) => config.severities.has(k));
    batch = [];
    try {
      current.check(ctx);
    } catch (e) {
      crashes.push({ rule: current.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    for (const f of batch) {
      if (mod.isSuppressed?.(model, f, current, docOptions)) continue;
      if (mod.adjustSeverity) f.severity = mod.adjustSeverity(model, f, current, docOptions) ?? f.severity;
      findings.push(f);
    }
  }
  return { findings: sortFindings(findings), model, crashes, scripts };
}

/** Sorts findings in place, by position then rule id (the order every output shows them in); returns them. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || compareRuleIds(a.rule, b.rule));
}

/**
 * Rule ids are ASCII: compared without case, then as written, they sort as `localeCompare` sorts them, without
 * loading the locale's collation data (megabytes of ICU) or paying for it at each comparison.
 */
export function compareRuleIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
