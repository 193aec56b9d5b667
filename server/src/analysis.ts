import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectLanguage } from './engine/languages';
import { diskFiles, lint, parseFor } from './engine/lint';
import { loadConfigFor } from './engine/configFiles';
import { mergeConfig, emptyConfig, ResolvedConfig } from './engine/config';
import type { Finding, Language } from './engine/types';

export interface Settings {
  enable: Record<'dockerfile' | 'workflow' | 'compose', boolean>;
  /** Rule id → severity or 'off', from `slipway.rules`. */
  rules: Record<string, string>;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: { dockerfile: true, workflow: true, compose: true },
  rules: {},
};

export interface Analysis {
  uri: string;
  version: number;
  language: Language;
  path?: string;
  model: unknown;
  findings: Finding[];
  configProblems: string[];
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function languageOf(doc: TextDocument): Language | undefined {
  const p = uriToPath(doc.uri) ?? decodeURIComponent(doc.uri.replace(/^[a-z-]+:/i, ''));
  return detectLanguage(p, doc.languageId);
}

/** Only what the settings say: options and thresholds from config files must survive the merge. */
function settingsConfig(settings: Settings): Partial<ResolvedConfig> {
  const severities = new Map<string, import('./engine/types').SeveritySetting>();
  const enabled = new Set<string>();
  for (const [id, v] of Object.entries(settings.rules ?? {})) {
    const s = String(v).toLowerCase();
    const sev = s === 'warn' ? 'warning' : s === 'information' ? 'info' : s;
    if (sev === 'error' || sev === 'warning' || sev === 'info' || sev === 'hint' || sev === 'off') {
      severities.set(id.toLowerCase(), sev);
      if (sev !== 'off') enabled.add(id.toLowerCase());
    }
  }
  return { severities, enabled };
}

/**
 * Parses and lints each document version once; every LSP feature reads from here. Config files are read per
 * analysis (they are small; the file system caches them), and editor settings win over config files.
 */
export class AnalysisCache {
  private readonly cache = new Map<string, Analysis>();
  /** Parses made for features before the lint of that version ran (the lint reuses them). */
  private readonly parsed = new Map<string, { version: number; language: Language; model: unknown }>();
  settings: Settings = DEFAULT_SETTINGS;
  workspaceRoots: string[] = [];

  get(doc: TextDocument): Analysis | undefined {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const language = languageOf(doc);
    if (!language) return undefined;
    const group = language === 'action' ? 'workflow' : language;
    const text = doc.getText();
    const p = uriToPath(doc.uri);
    let config = emptyConfig();
    let configProblems: string[] = [];
    if (p) {
      const root = this.workspaceRoots.find((r) => p.startsWith(r));
      const loaded = loadConfigFor(p, language, diskFiles, root);
      config = loaded.config;
      configProblems = loaded.problems;
    }
    config = mergeConfig(config, settingsConfig(this.settings));
    const pre = this.parsed.get(doc.uri);
    const model = pre && pre.version === doc.version && pre.language === language ? pre.model : parseFor(language, text);
    this.parsed.delete(doc.uri);
    const findings = this.settings.enable[group] === false ? [] : lint({ text, language, path: p, config, model }).findings;
    const a: Analysis = { uri: doc.uri, version: doc.version, language, path: p, model, findings, configProblems };
    this.cache.set(doc.uri, a);
    return a;
  }

  /** The parse of a document for features that need no lint (completion, hover…). */
  model(doc: TextDocument): unknown {
    return this.parse(doc)?.model;
  }

  /** Language and parse of the current version, without waiting for the lint (parsed once, shared with it). */
  parse(doc: TextDocument): { language: Language; model: unknown } | undefined {
    const hit = this.cache.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const pre = this.parsed.get(doc.uri);
    if (pre && pre.version === doc.version) return pre;
    const language = languageOf(doc);
    if (!language) return undefined;
    const entry = { version: doc.version, language, model: parseFor(language, doc.getText()) };
    this.parsed.set(doc.uri, entry);
    return entry;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.parsed.delete(uri);
  }

  clear(): void {
    this.cache.clear();
    this.parsed.clear();
  }
}
