import * as path from 'node:path';
import type { Language } from './types';

/** VS Code language ids contributed by the extension, by Slipway language. */
export const LANGUAGE_IDS: Record<Language, string> = {
  dockerfile: 'dockerfile',
  workflow: 'github-actions-workflow',
  action: 'github-actions-workflow',
  compose: 'dockercompose',
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

/**
 * Which Slipway language a file is, from its path (and the editor's language id when the path says nothing).
 * Returns undefined for files Slipway does not handle.
 */
export function detectLanguage(filePath: string, languageId?: string): Language | undefined {
  const p = norm(filePath);
  const base = path.posix.basename(p);
  if (isWorkflowPath(p)) return 'workflow';
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
