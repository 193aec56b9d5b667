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

/** True for `Dockerfile`, `Containerfile`, `*.Dockerfile`, `*.dockerfile`, `Dockerfile.*`, `Containerfile.*`. */
export function isDockerfileName(base: string): boolean {
  return (
    /^(Dockerfile|Containerfile)(\..+)?$/i.test(base) ||
    /\.(dockerfile|containerfile)$/i.test(base)
  ) && !/\.dockerignore$/i.test(base);
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
