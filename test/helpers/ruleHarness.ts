import * as path from 'node:path';
import { lint, ruleLanguages } from '../../server/src/engine/lint';
import { emptyConfig, mergeConfig } from '../../server/src/engine/config';
import { detectLanguage } from '../../server/src/engine/languages';
import { applyEdits } from '../../server/src/engine/text';
import type { FileHost, Finding, Language, Rule, RuleCase } from '../../server/src/engine/types';
import { isFindingOf } from '../../server/src/engine/types';
import { analyseScriptsSync } from '../../server/src/scripts/analyse';

export const PROJECT = '/project';

const DEFAULT_PATH: Record<Language, string> = {
  dockerfile: 'Dockerfile',
  workflow: '.github/workflows/ci.yml',
  action: 'action.yml',
  compose: 'compose.yaml',
  config: '.slipway.yaml',
};

export function memoryFiles(files: Record<string, string>, base = PROJECT): FileHost {
  const abs = new Map(Object.entries(files).map(([k, v]) => [path.posix.join(base, k), v]));
  return {
    readFile: (p) => abs.get(p.replace(/\\/g, '/')),
    exists: (p) => {
      const n = p.replace(/\\/g, '/');
      if (abs.has(n)) return true;
      const dir = n.endsWith('/') ? n : n + '/';
      return [...abs.keys()].some((k) => k.startsWith(dir));
    },
  };
}

export interface CaseContext {
  language: Language;
  path: string;
  files: FileHost;
}

export function caseContext(rule: Rule<unknown>, c: Pick<RuleCase, 'path' | 'files'>): CaseContext {
  const rel = c.path ?? DEFAULT_PATH[ruleLanguages(rule)[0]];
  const abs = path.posix.join(PROJECT, rel);
  const language = detectLanguage(abs) ?? ruleLanguages(rule)[0];
  return { language, path: abs, files: memoryFiles({ ...(c.files ?? {}), [rel]: '' }) };
}

/** Lints `text` as the case describes; returns findings of all rules. */
export function lintCase(rule: Rule<unknown>, c: Pick<RuleCase, 'path' | 'files' | 'options'>, text: string, onlyRule = false): Finding[] {
  const ctx = caseContext(rule, c);
  const config = mergeConfig(emptyConfig(), { options: { ...emptyConfig().options, ...(c.options ?? {}) }, enabled: new Set([rule.id]) });
  const res = lint({
    text,
    language: ctx.language,
    path: ctx.path,
    files: ctx.files,
    config,
    only: onlyRule ? new Set([rule.id]) : undefined,
  });
  if (res.crashes.length) throw new Error(`rule crashed: ${res.crashes.map((c) => c.error).join('\n')}`);
  if (!rule.external) return res.findings;
  // A rule whose findings come from an external analyser: run it for real (CI installs shellcheck and pyflakes).
  const more = analyseScriptsSync({ text, language: ctx.language, lint: res, config });
  if (more.missing.length) throw new Error(`${more.missing.join(', ')} is not installed: the ${rule.id} tests run the real tool (apt-get install shellcheck pyflakes3)`);
  if (more.failures.length) throw new Error(more.failures.join('\n'));
  return [...res.findings, ...more.findings];
}

/** Applies the first fix of the first fixable finding of `rule`, repeatedly, until none is left (max 20). */
export function applyAllFixes(rule: Rule<unknown>, c: RuleCase): string {
  let text = c.input;
  for (let i = 0; i < 20; i++) {
    const f = lintCase(rule, c, text, true).find((x) => isFindingOf(x, rule) && x.fixes?.length);
    if (!f) return text;
    text = applyEdits(text, f.fixes![0].edits);
  }
  throw new Error('fixes did not converge after 20 rounds');
}

export function describeFinding(f: Finding): string {
  return `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.message} [${f.rule}]`;
}
