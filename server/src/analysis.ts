import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectLanguage } from './engine/languages';
import { diskFiles, lint, parseFor, sortFindings } from './engine/lint';
import { loadConfigFor } from './engine/configFiles';
import { mergeConfig, emptyConfig, ResolvedConfig } from './engine/config';
import { describeProblem, parseRulesSetting, type ConfigProblem } from './engine/configParse';
import type { FileHost, Finding, Language } from './engine/types';
import { DEFAULT_MAX_FILE_MB, formatMb, mbToBytes } from './engine/regularFile';
import { DEFAULT_TOOLS } from './scripts/analyse';
import type { ScriptsRequest, ToolPaths } from './scripts/analyse';
import { PeerReport, suppressedRules, withoutTwins } from './coexistence';
import { allRules } from './engine/lint';

export interface Settings {
  enable: Record<'dockerfile' | 'workflow' | 'compose', boolean>;
  /**
   * Rule id → severity word, `true` or `false`, from `slipway.rules`, as the client sent it (read by configParse.ts's
   * parseRulesSetting, which reports anything else).
   */
  rules: unknown;
  /** `slipway.maxFileSize`: documents larger than this many MB (UTF-8) are not linted. */
  maxFileSize: number;
  /** `slipway.format.*`, for clients that cannot be asked per document (no `workspace/configuration`). */
  format?: { ignoreMultilineInstructions?: boolean };
  /** `slipway.scripts.enable`: run ShellCheck and pyflakes on the scripts inside documents. */
  scripts?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: { dockerfile: true, workflow: true, compose: true },
  rules: {},
  maxFileSize: DEFAULT_MAX_FILE_MB,
  format: { ignoreMultilineInstructions: false },
};

/** The lint of one document version: what diagnostics, code actions and hover need besides the parse. */
export interface LintResult {
  uri: string;
  version: number;
  language: Language;
  path?: string;
  findings: Finding[];
  /** What the config files it was linted with say that is not understood (findings of those files when open). */
  configProblems: ConfigProblem[];
  /** Why the document was not linted (larger than slipway.maxFileSize), shown as one diagnostic. */
  skipped?: string;
  /**
   * Scripts waiting for ShellCheck/pyflakes (registerDiagnostics runs them after publishing the findings above and
   * adds theirs, then drops this).
   */
  scripts?: ScriptsRequest;
}

export interface Analysis extends LintResult {
  model: unknown;
}

/** Characters above which a document's analysis leaves enough garbage (hundreds of MB for a broken megabyte of YAML) to collect at once. */
const LARGE_DOCUMENT = 256 * 1024;
let collectPending = false;

/**
 * A full garbage collection right after the answer to a large document's change (the server starts with
 * --expose-gc, see client/src/serverLaunch.json): without it the heap grows to its limit before V8 collects, and
 * the server stays that large.
 */
function collectSoon(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc || collectPending) return;
  collectPending = true;
  setImmediate(() => {
    collectPending = false;
    gc();
  });
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

/**
 * Only what the settings say (options and thresholds from config files must survive the merge), read by the same
 * reader as `rules:` of `.slipway.yaml` (configParse.ts).
 */
function settingsConfig(settings: Settings): Partial<ResolvedConfig> {
  return parseRulesSetting(settings.rules).config;
}

/** What `slipway.rules` says that is not understood (an unknown rule or severity): shown to the user, never dropped silently. */
export function settingsProblems(settings: Settings): string[] {
  return parseRulesSetting(settings.rules).problems.map(describeProblem);
}

/** Parses kept at most: the documents being edited or looked at. Others are parsed again when a feature asks. */
export const MAX_MODELS = 8;
/** ...and at most this much text behind them (the most recent parse is kept whatever its size). */
export const MAX_MODEL_TEXT = 1 << 20;
/**
 * How long the config files found for a folder are trusted without looking at the disk again. Clients that watch
 * files (VS Code) also say when one changes, which clears them at once; this bounds the delay for the others.
 */
export const CONFIG_TTL_MS = 2000;

interface ModelEntry {
  version: number;
  language: Language;
  model: unknown;
  size: number;
}

interface ConfigEntry {
  at: number;
  config: ResolvedConfig;
  problems: ConfigProblem[];
  /** The config files read, with their modification time and size: a change is told to `onConfigChange`. */
  stamp: string;
}

/**
 * The config files as `files` gives them, each file's path, modification time and size on disk noted in `stamps`
 * before it is read: a write between the two shows as a change at the next look, never as none.
 */
function stampingFiles(files: FileHost, stamps: string[]): FileHost {
  return {
    exists: (p) => files.exists(p),
    readFile(p) {
      const st = fs.statSync(p, { throwIfNoEntry: false });
      stamps.push(st ? `${p}\0${st.mtimeMs}\0${st.size}` : p);
      return files.readFile(p);
    },
  };
}

/**
 * Lints each document version once and keeps the findings of every open document (they are small). Parses, which
 * are large, are kept only for the few documents used last (MAX_MODELS, MAX_MODEL_TEXT) and made again on demand:
 * a feature on any other document parses it again, and the lint of a version reuses a parse made for a feature.
 * Config files are looked up once per folder and language (see CONFIG_TTL_MS); editor settings win over them.
 */
export class AnalysisCache {
  private readonly lints = new Map<string, LintResult>();
  /** Least recently used first (Map order). */
  private readonly models = new Map<string, ModelEntry>();
  private modelText = 0;
  /** The last parse made for the lint of a document just opened, not kept (yet). */
  private spare?: { uri: string; entry: ModelEntry };
  private readonly configs = new Map<string, ConfigEntry>();
  private settingsValue: Settings = DEFAULT_SETTINGS;
  /** Settings of each workspace folder (its path), asked with the folder as `scopeUri`; the others get `settings`. */
  private folderSettings = new Map<string, Settings>();
  private peersValue: PeerReport[] = [];
  workspaceRoots: string[] = [];
  /**
   * The analyser executables: from the client's start options (user-level settings, see client/src/extension.ts)
   * or the server's command line, never from `workspace/configuration`, which a repository's settings feed.
   */
  tools: ToolPaths = DEFAULT_TOOLS;
  /** Scripts are not analysed whatever the settings say (the server's `--no-scripts`). */
  scriptsOff = false;
  /**
   * Called when config files looked up again (after CONFIG_TTL_MS) are not the ones read before: another file, or
   * the same one changed on disk. The documents linted with the old ones are stale (clients that do not watch files,
   * e.g. every editor but VS Code, never say that a config file changed).
   */
  onConfigChange?: () => void;
  /**
   * Where config files are read from: the disk, or (server.ts) the editor's open documents first, so that a config
   * file being edited applies as it reads in the editor, saved or not.
   */
  configFiles: () => FileHost = () => diskFiles;

  get settings(): Settings {
    return this.settingsValue;
  }

  set settings(s: Settings) {
    this.settingsValue = s;
    this.configs.clear();
  }

  /** Replaces the settings of the workspace folders (folder path to its settings). */
  setFolderSettings(folders: Map<string, Settings>): void {
    this.folderSettings = folders;
    this.configs.clear();
  }

  /** The workspace folder a file is in: the deepest root that contains it. */
  rootOf(p: string | undefined): string | undefined {
    if (!p) return undefined;
    let best: string | undefined;
    for (const r of this.workspaceRoots) {
      const inside = p === r || p.startsWith(r.endsWith(path.sep) ? r : r + path.sep);
      if (inside && (!best || r.length > best.length)) best = r;
    }
    return best;
  }

  /** The settings that apply to a document: its workspace folder's, else the window's. */
  settingsFor(uri: string): Settings {
    const root = this.rootOf(uriToPath(uri));
    return (root && this.folderSettings.get(root)) || this.settingsValue;
  }

  /** The window's and every folder's settings as one string (to tell whether anything changed). */
  settingsKey(): string {
    return JSON.stringify([this.settingsValue, [...this.folderSettings]]);
  }

  /** Whether Slipway handles documents of `language` under `uri` at all (`slipway.<language>.enable`). */
  enabledFor(uri: string, language: Language): boolean {
    // Config files follow no language's switch: their problems are shown whatever is turned off.
    if (language === 'config') return true;
    return this.settingsFor(uri).enable[language === 'action' ? 'workflow' : language] !== false;
  }

  /** Other extensions that report some of the same problems (see coexistence.ts); their twins are left out. */
  get peers(): PeerReport[] {
    return this.peersValue;
  }

  set peers(p: PeerReport[]) {
    this.peersValue = p;
    this.lints.clear();
  }

  /** The lint kept for `uri` (whatever its version). */
  lintOf(uri: string): LintResult | undefined {
    return this.lints.get(uri);
  }

  /** Whether the current version of `doc` is linted already (else `lint` does it now, which may take long). */
  isLinted(doc: TextDocument): boolean {
    return this.lints.get(doc.uri)?.version === doc.version;
  }

  /** Findings of the current version of `doc` (linted now if needed). */
  lint(doc: TextDocument): LintResult | undefined {
    const hit = this.lints.get(doc.uri);
    if (hit && hit.version === doc.version) return hit;
    const tooLarge = this.tooLarge(doc);
    if (tooLarge) return tooLarge;
    // A document just opened is not kept parsed unless a feature asks for it (bulk opens, "lint workspace"); one
    // being edited is (completion, semantic tokens... follow each change).
    const parsed = this.parse(doc, hit !== undefined || this.models.has(doc.uri));
    if (!parsed) return undefined;
    const { language, model } = parsed;
    const p = uriToPath(doc.uri);
    const settings = this.settingsFor(doc.uri);
    const { config, problems } = this.configFor(p, language, settings);
    const text = doc.getText();
    const res = this.enabledFor(doc.uri, language) ? lint({ text, language, path: p, config, model }) : undefined;
    // Problems another extension reports on this document too are left to it.
    const findings = withoutTwins(res?.findings ?? [], suppressedRules(this.peersValue, language, doc.languageId, allRules()));
    const r: LintResult = { uri: doc.uri, version: doc.version, language, path: p, findings, configProblems: problems };
    if (res?.scripts.length && settings.scripts !== false && !this.scriptsOff) r.scripts = { text, language, lint: res, config };
    this.lints.set(doc.uri, r);
    if (doc.getText().length > LARGE_DOCUMENT) collectSoon();
    return r;
  }

  /**
   * Adds the findings of the analysers to the lint of `uri` at `version` (false when that version is gone: the
   * document changed or closed meanwhile).
   */
  addScriptFindings(uri: string, version: number, more: Finding[]): boolean {
    const r = this.lints.get(uri);
    if (!r || r.version !== version) return false;
    r.scripts = undefined;
    if (more.length) r.findings = sortFindings([...r.findings, ...more]);
    return true;
  }

  /**
   * A document over slipway.maxFileSize is neither parsed nor linted: its result says so. (Linting a 4 MB file takes
   * several seconds and a few hundred MB; the limit keeps a huge file opened by mistake from holding the server.)
   */
  private tooLarge(doc: TextDocument): LintResult | undefined {
    const text = doc.getText();
    const limit = mbToBytes(this.settingsFor(doc.uri).maxFileSize);
    // UTF-8 takes at most three bytes per UTF-16 code unit: most documents need no count.
    if (text.length * 3 <= limit) return undefined;
    const size = Buffer.byteLength(text, 'utf8');
    if (size <= limit) return undefined;
    const language = languageOf(doc);
    if (!language) return undefined;
    const r: LintResult = {
      uri: doc.uri,
      version: doc.version,
      language,
      path: uriToPath(doc.uri),
      findings: [],
      configProblems: [],
      skipped: `Not linted: this document is ${formatMb(size)}, over the ${formatMb(limit)} limit (setting slipway.maxFileSize).`,
    };
    this.lints.set(doc.uri, r);
    return r;
  }

  /** Findings and parse of the current version (for features that need both: code actions, hover). */
  get(doc: TextDocument): Analysis | undefined {
    const r = this.lint(doc);
    if (r?.skipped) return undefined;
    const parsed = r && this.parse(doc);
    return parsed ? { ...r, model: parsed.model } : undefined;
  }

  /** The parse of a document for features that need no lint (completion, hover...). */
  model(doc: TextDocument): unknown {
    return this.parse(doc)?.model;
  }

  /**
   * Language and parse of the current version, without waiting for the lint (parsed once, shared with it). With
   * `keep` false a new parse is kept only until the next such parse (features usually ask right after an open).
   */
  parse(doc: TextDocument, keep = true): { language: Language; model: unknown } | undefined {
    const hit = this.models.get(doc.uri);
    if (hit && hit.version === doc.version) {
      this.models.delete(doc.uri);
      this.models.set(doc.uri, hit);
      return hit;
    }
    const spare = this.spare;
    if (spare?.uri === doc.uri && spare.entry.version === doc.version) {
      if (keep) this.keepModel(doc.uri, spare.entry);
      return spare.entry;
    }
    const language = languageOf(doc);
    if (!language) return undefined;
    const text = doc.getText();
    const entry: ModelEntry = { version: doc.version, language, model: parseFor(language, text), size: text.length };
    if (keep) this.keepModel(doc.uri, entry);
    else this.spare = { uri: doc.uri, entry };
    return entry;
  }

  private keepModel(uri: string, entry: ModelEntry): void {
    this.dropModel(uri);
    this.models.set(uri, entry);
    this.modelText += entry.size;
    for (const [u] of this.models) {
      if (this.models.size <= 1 || (this.models.size <= MAX_MODELS && this.modelText <= MAX_MODEL_TEXT)) break;
      this.dropModel(u);
    }
  }

  private dropModel(uri: string): void {
    if (this.spare?.uri === uri) this.spare = undefined;
    const m = this.models.get(uri);
    if (!m) return;
    this.models.delete(uri);
    this.modelText -= m.size;
  }

  /** Config files for a document at `p` merged with the editor settings; looked up once per folder and language. */
  private configFor(p: string | undefined, language: Language, settings: Settings): ConfigEntry {
    const root = this.rootOf(p);
    const key = p ? `${language}\0${root ?? ''}\0${path.dirname(p)}` : `${language}\0`;
    const now = Date.now();
    const hit = this.configs.get(key);
    if (hit && (!p || now - hit.at < CONFIG_TTL_MS)) return hit;
    const stamps: string[] = [];
    const loaded = p ? loadConfigFor(p, language, stampingFiles(this.configFiles(), stamps), root) : { config: emptyConfig(), problems: [] };
    const stamp = stamps.join('\n');
    const entry: ConfigEntry = { at: now, config: mergeConfig(loaded.config, settingsConfig(settings)), problems: loaded.problems, stamp };
    this.configs.set(key, entry);
    if (hit && hit.stamp !== stamp) this.onConfigChange?.();
    return entry;
  }

  forget(uri: string): void {
    this.lints.delete(uri);
    this.dropModel(uri);
  }

  /** Settings or config files changed: every document is linted again (parses do not depend on them). */
  clear(): void {
    this.lints.clear();
    this.configs.clear();
  }
}
