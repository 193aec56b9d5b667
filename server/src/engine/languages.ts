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

/**
 * The editor languages Slipway contributes (package.json's `contributes.languages` and `onLanguage:` activation):
 * config files are plain YAML, sent by their names (`configFileGlobs`), never all YAML.
 */
export const EDITOR_LANGUAGE_IDS: string[] = [...new Set((Object.keys(LANGUAGE_IDS) as Language[]).filter((l) => l !== 'config').map((l) => LANGUAGE_IDS[l]))];

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

/** The folder of a repository's workflows (GitHub reads `*.yml` and `*.yaml` there, not below). */
export const WORKFLOWS_DIR = '.github/workflows';

/** The file names `docker compose` reads when no `-f` is given, in the order it looks for them. */
export const COMPOSE_DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'] as const;

/** The override files `docker compose` merges over a base file when no `-f` is given (the first that exists). */
export const COMPOSE_OVERRIDE_FILES = ['compose.override.yaml', 'compose.override.yml', 'docker-compose.override.yaml', 'docker-compose.override.yml'] as const;

/** The name `docker build` reads in the context when no `-f` is given. */
export const DEFAULT_DOCKERFILE = 'Dockerfile';

/**
 * Glob patterns (file names, or paths for workflows) of each file kind Slipway handles: the one list from which
 * the editor's file search (`workspaceGlob`), the client's document selector, package.json's activation events and
 * language associations (`languageAssociations`; test/unit/package.test.ts compares) are made. Each is one plain
 * pattern: no braces, so no empty alternative (`{,.*}`) and no nested group, which VS Code's search (ripgrep's glob
 * sets) does not match as expected. They may match a little more than the `is…Name` functions above
 * (`Dockerfile.json`): filter what they find with `detectLanguage`.
 */
export const FILE_GLOBS = {
  dockerfile: [DEFAULT_DOCKERFILE, 'Containerfile', 'dockerfile', 'containerfile', '*.Dockerfile', '*.dockerfile', '*.Containerfile', '*.containerfile', 'Dockerfile.*', 'Containerfile.*', 'dockerfile.*', 'containerfile.*'],
  compose: [...COMPOSE_DEFAULT_FILES, 'compose.*.yaml', 'compose.*.yml', 'compose-*.yaml', 'compose-*.yml', 'docker-compose.*.yaml', 'docker-compose.*.yml', 'docker-compose-*.yaml', 'docker-compose-*.yml'],
  workflow: [`${WORKFLOWS_DIR}/*.yml`, `${WORKFLOWS_DIR}/*.yaml`],
  action: ['action.yml', 'action.yaml'],
} as const satisfies Record<'dockerfile' | 'compose' | 'workflow' | 'action', readonly string[]>;

/** The kinds of YAML file another extension may open as plain `yaml` (Slipway still lints them). */
export const YAML_KINDS = ['workflow', 'action', 'compose'] as const satisfies readonly (keyof typeof FILE_GLOBS)[];

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

/**
 * A VS Code language's association with file names, as package.json's `contributes.languages` gives it: the
 * patterns of its kinds without a wildcard or folder are `filenames`, the others `filenamePatterns` (a pattern
 * with a folder is matched in any folder, `**` and a slash before it).
 */
export function languageAssociations(languageId: string): { filenames: string[]; filenamePatterns: string[] } {
  const globs = (Object.keys(FILE_GLOBS) as (keyof typeof FILE_GLOBS)[]).filter((k) => LANGUAGE_IDS[k] === languageId).flatMap((k): readonly string[] => FILE_GLOBS[k]);
  return {
    filenames: globs.filter((g) => !/[*/]/.test(g)),
    filenamePatterns: globs.filter((g) => /[*/]/.test(g)).map((g) => (g.includes('/') ? `**/${g}` : g)),
  };
}

/**
 * The configuration files Slipway reads (relative to a folder on the way up from a document): hadolint's, its own,
 * actionlint's, and its own beside the workflows.
 */
export const CONFIG_FILES = {
  hadolint: ['.hadolint.yaml', '.hadolint.yml'],
  slipway: ['.slipway.yaml', '.slipway.yml'],
  actionlint: ['.github/actionlint.yaml', '.github/actionlint.yml'],
  slipwayGithub: ['.github/slipway.yaml', '.github/slipway.yml'],
} as const;

/**
 * Search patterns for the config files anywhere in a folder: the names that may stand in any folder, and those in
 * a `.github` folder (one brace group of plain names each, as `workspaceGlob`).
 */
export function configFileGlobs(): string[] {
  const all: string[] = Object.values(CONFIG_FILES).flat();
  const anywhere = all.filter((n) => !n.includes('/'));
  const github = all.filter((n) => n.startsWith('.github/')).map((n) => n.slice('.github/'.length));
  return [`**/{${anywhere.join(',')}}`, `**/.github/{${github.join(',')}}`];
}

/** The files that say what a build context leaves out (`.dockerignore`, and `<Dockerfile>.dockerignore` beside a Dockerfile). */
export const DOCKERIGNORE_GLOBS = ['.dockerignore', '*.dockerignore'] as const;

/**
 * What an editor watches so that the server reads a changed configuration or .dockerignore again: one pattern,
 * anywhere in the workspace.
 */
export function watchedFilesGlob(): string {
  return `**/{${[...Object.values(CONFIG_FILES).flat(), ...DOCKERIGNORE_GLOBS].join(',')}}`;
}
