import * as path from 'node:path';
import { emptyConfig, mergeConfig, ResolvedConfig } from './config';
import { parseActionlintConfig, parseHadolintConfig, parseSlipwayConfig, type ConfigProblem } from './configParse';
import { CONFIG_FILES } from './languages';
import type { FileHost, Language } from './types';

// The readers live in configParse.ts (one vocabulary for every source); re-exported for the callers of this module.
export { parseActionlintConfig, parseHadolintConfig, parseSlipwayConfig };

export interface ConfigFileResult {
  config: ResolvedConfig;
  /** Files that contributed, nearest last. */
  sources: string[];
  /** Problems reading them (findings of the config files themselves; never fatal). */
  problems: ConfigProblem[];
}

// The names come from languages.ts, as the editor's file watcher does (watchedFilesGlob).
const HADOLINT_NAMES = CONFIG_FILES.hadolint;
const SLIPWAY_NAMES = CONFIG_FILES.slipway;
const ACTIONLINT_NAMES = CONFIG_FILES.actionlint;
const SLIPWAY_GITHUB_NAMES = CONFIG_FILES.slipwayGithub;

/**
 * Finds and merges the config files that apply to a document: walks up from its folder to `root` (or the file
 * system root) and takes the nearest of each kind.
 */
export function loadConfigFor(docPath: string, language: Language, files: FileHost, root?: string, base = emptyConfig()): ConfigFileResult {
  const sources: string[] = [];
  const problems: ConfigProblem[] = [];
  let config = base;
  const found = new Map<string, string>();
  let dir = path.dirname(docPath);
  const stop = root ? path.resolve(root) : undefined;
  for (;;) {
    const groups: [string, readonly string[]][] = [
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
    const r = kind === 'hadolint' ? parseHadolintConfig(text, p) : kind === 'actionlint' ? parseActionlintConfig(text, p) : parseSlipwayConfig(text, p);
    config = mergeConfig(config, r.config);
    sources.push(p);
    problems.push(...r.problems);
  }
  return { config, sources, problems };
}
