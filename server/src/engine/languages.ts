import * as path from 'node:path';
import type { Language } from './types';

/** VS Code language ids contributed by the extension, by Slipway language. */
export const LANGUAGE_IDS: Record<Language, string> = {
  dockerfile: 'dockerfile',
  workflow: 'github-actions-workflow',
  action: 'github-actions-workflow',
  compose: 'dockercompose',
  config: 'yaml',
};

function norm(p: string): string {
  return p.replace(/\\/g, '/');
}

/** Second extensions that mark a `Dockerfile.*` name as something else: data, code, docs, templates, backups. */
const NOT_A_DOCKERFILE =
  /\.(json|jsonc|ya?ml|toml|ini|md|txt|rst|ts|tsx|js|mjs|cjs|py|go|rs|rb|sh|bash|ps1|xml|html?|css|lock|dockerignore|tmlanguage|snippets?|bak|orig|rej|swp|log|j2|jinja2?|tpl|tmpl|template|erb|mustache|hbs|in|sample|example|diff|patch)$/i;

/**
 * True for `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*.dockerfile`, `Dockerfile.*`, `Containerfile.*`, but not
 * for `Dockerfile.json`, `dockerfile.tmLanguage.json`, `Dockerfile.template` and the like.
 */
export function isDockerfileName(base: string): boolean {
  if (/\.(dockerfile|containerfile)$/i.test(base)) return true;
  if (!/^(Dockerfile|Containerfile)(\..+)?$/i.test(base)) return false;
  return !NOT_A_DOCKERFILE.test(base) && !/\.tmLanguage\.json$/i.test(base);
}

export function isComposeName(base: string): boolean {
  return /^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/i.test(base);
}

export function isWorkflowPath(p: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(norm(p));
}

export function isActionName(base: string): boolean {
  return /^action\.ya?ml$/i.test(base);
}

/** The reader of each kind of config file (engine/configParse.ts). */
export type ConfigKind = 'slipway' | 'hadolint' | 'actionlint';

/**
 * Which kind of config file a path is: `.slipway.yaml`/`.hadolint.yaml` (or `.yml`) in any folder, `actionlint.yaml`
 * and `slipway.yaml` in a `.github` folder; undefined for any other file.
 */
export function configKindOf(filePath: string): ConfigKind | undefined {
  const p = norm(filePath);
  const base = path.posix.basename(p);
  if (/^\.hadolint\.ya?ml$/i.test(base)) return 'hadolint';
  if (/^\.slipway\.ya?ml$/i.test(base)) return 'slipway';
  if (/(^|\/)\.github\/actionlint\.ya?ml$/i.test(p)) return 'actionlint';
  if (/(^|\/)\.github\/slipway\.ya?ml$/i.test(p)) return 'slipway';
  return undefined;
}

/**
 * Which Slipway language a file is, from its path (and the editor's language id when the path says nothing).
 * Returns undefined for files Slipway does not handle.
 */
export function detectLanguage(filePath: string, languageId?: string): Language | undefined {
  const p = norm(filePath);
  const base = path.posix.basename(p);
  if (isWorkflowPath(p)) return 'workflow';
  // Before the editor's language id: `.github/slipway.yaml` is a config file, not a workflow, whatever claims it.
  if (configKindOf(p)) return 'config';
  if (isActionName(base)) return 'action';
  if (isComposeName(base)) return 'compose';
  if (isDockerfileName(base)) return 'dockerfile';
  switch (languageId) {
    case 'dockerfile':
      return 'dockerfile';
    case 'dockercompose':
      return 'compose';
    case 'github-actions-workflow':
      return 'workflow';
  }
  return undefined;
}

/**
 * Glob patterns (file names, or paths for workflows) of each file kind Slipway handles, for an editor's file
 * search (VS Code's `workspace.findFiles`). Each is one plain pattern: no braces, so no empty alternative
 * (`{,.*}`) and no nested group, which VS Code's search (ripgrep's glob sets) does not match as expected. They may
 * match a little more than the `is…Name` functions above (`Dockerfile.json`): filter what they find with
 * `detectLanguage`.
 */
export const FILE_GLOBS = {
  dockerfile: ['Dockerfile', 'Containerfile', 'dockerfile', 'containerfile', '*.Dockerfile', '*.dockerfile', '*.Containerfile', '*.containerfile', 'Dockerfile.*', 'Containerfile.*', 'dockerfile.*', 'containerfile.*'],
  compose: ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml', 'compose.*.yaml', 'compose.*.yml', 'compose-*.yaml', 'compose-*.yml', 'docker-compose.*.yaml', 'docker-compose.*.yml', 'docker-compose-*.yaml', 'docker-compose-*.yml'],
  workflow: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
  action: ['action.yml', 'action.yaml'],
} as const satisfies Record<'dockerfile' | 'compose' | 'workflow' | 'action', readonly string[]>;

/**
 * The search pattern for one kind of file anywhere in a folder: `**`, the patterns' common folder, then
 * `/{a,b,…}`: a single brace group of whole file-name alternatives (none empty, none nested, no `/` inside).
 */
export function workspaceGlob(kind: keyof typeof FILE_GLOBS): string {
  const all: readonly string[] = FILE_GLOBS[kind];
  const dirs = new Set(all.map((g) => g.slice(0, g.lastIndexOf('/') + 1)));
  if (dirs.size !== 1) throw new Error(`the ${kind} patterns are in different folders`);
  const [dir] = dirs;
  const names = all.map((g) => g.slice(dir.length));
  return `**/${dir}${names.length === 1 ? names[0] : `{${names.join(',')}}`}`;
}
