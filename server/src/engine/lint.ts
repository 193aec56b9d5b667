import * as fs from 'node:fs';
import { LanguageModule } from './module';
import { emptyConfig, ResolvedConfig } from './config';
import { comparePositions } from './text';
import { ruleKeys } from './types';
import { DEFAULT_MAX_FILE_MB, mbToBytes, readRegularFile } from './regularFile';
import type { FileHost, Finding, Language, Rule, Severity } from './types';
import { dockerfileModule } from '../dockerfile/module';
import { workflowModule } from '../workflow/module';
import { composeModule } from '../compose/module';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyModule = LanguageModule<any>;

const MODULES: AnyModule[] = [dockerfileModule, workflowModule, composeModule];

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

/** Lints one document with every rule of its language. Never throws for bad input. */
export function lint(req: LintRequest): LintResult {
  const mod = moduleFor(req.language);
  const config = req.config ?? emptyConfig();
  const model = req.model ?? mod.parse(req.text, req.language);
  const findings: Finding[] = [];
  const crashes: LintResult['crashes'] = [];
  for (const rule of mod.rules) {
    if (!ruleLanguages(rule).includes(req.language)) continue;
    if (req.only && !req.only.has(rule.id)) continue;
    let sev = effectiveSeverity(rule, config);
    if (sev === 'off' && rule.optIn && !ruleKeys(rule).some((k) => config.severities.has(k))) {
      if (mod.enabledByDocument?.(model, rule, { buildArgs: config.options.buildArgs })) sev = rule.severity;
    }
    if (sev === 'off') continue;
    const batch: Finding[] = [];
    try {
      rule.check({
        model,
        options: config.options,
        path: req.path,
        files: req.files ?? diskFiles,
        report(r) {
          batch.push({
            rule: rule.id,
            message: r.message,
            range: r.range,
            severity: r.severity && !config.severities.has(rule.id.toLowerCase()) ? r.severity : sev,
            fixes: r.fixes,
          });
        },
      });
    } catch (e) {
      crashes.push({ rule: rule.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    for (const f of batch) {
      if (mod.isSuppressed?.(model, f, rule, { buildArgs: config.options.buildArgs })) continue;
      if (mod.adjustSeverity) f.severity = mod.adjustSeverity(model, f, rule, { buildArgs: config.options.buildArgs }) ?? f.severity;
      findings.push(f);
    }
  }
  findings.sort((a, b) => comparePositions(a.range.start, b.range.start) || a.rule.localeCompare(b.rule));
  return { findings, model, crashes };
}
