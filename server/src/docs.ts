import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules, ruleLanguages } from './engine/lint';
import { ruleIds } from './engine/types';
import type { Rule } from './engine/types';

const LANG_NAMES: Record<string, string> = { dockerfile: 'Dockerfile', workflow: 'GitHub Actions workflow', action: 'action.yml', compose: 'Compose' };

function fence(lang: string, body: string): string {
  return '```' + lang + '\n' + body.replace(/\n?$/, '\n') + '```';
}

function codeLang(rule: Rule<unknown>): string {
  return ruleLanguages(rule)[0] === 'dockerfile' ? 'dockerfile' : 'yaml';
}

/** The Markdown page of one rule, generated from the registry (the single source). */
export function renderRuleDoc(rule: Rule<unknown>): string {
  const others = ruleIds(rule).filter((x) => x !== rule.id);
  const peers: string[] = [];
  if (rule.compat?.hadolint) peers.push(`hadolint \`${rule.compat.hadolint}\``);
  if (rule.compat?.buildkit) peers.push(`BuildKit check \`${rule.compat.buildkit}\``);
  if (rule.compat?.actionlint) peers.push(`actionlint \`${rule.compat.actionlint}\``);
  const lines = [
    `# ${rule.id}`,
    '',
    rule.docs.summary,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Applies to | ${ruleLanguages(rule).map((l) => LANG_NAMES[l]).join(', ')} |`,
    `| Default severity | ${rule.optIn ? `off (opt-in; ${rule.severity} when enabled)` : rule.severity} |`,
    `| Quick fix | ${rule.tests.some((t) => t.fixed !== undefined && t.fixed !== t.input) ? 'yes' : 'no'} |`,
    ...(peers.length ? [`| Same check in | ${peers.join(', ')} |`] : []),
    ...(others.length ? [`| Also accepted as | ${others.map((o) => `\`${o}\``).join(', ')} |`] : []),
    '',
    '## Why',
    '',
    rule.docs.why,
    '',
    '## Problem',
    '',
    ...(rule.docs.options ? [`With the options \`${JSON.stringify(rule.docs.options)}\`:`, ''] : []),
    fence(codeLang(rule), rule.docs.bad),
    '',
    '## Fixed',
    '',
    fence(codeLang(rule), rule.docs.good),
    '',
    '## Configure',
    '',
    'Change the severity or turn the rule off in VS Code settings (`"slipway.rules": { "' + rule.id + '": "off" }`), in `.slipway.yaml` (`rules: { ' + rule.id + ': warning }`)' +
      (ruleLanguages(rule).includes('dockerfile')
        ? ', in `.hadolint.yaml` (`ignored: [' + rule.id + ']`), or for one instruction with a comment above it: `# hadolint ignore=' + rule.id + '`.'
        : '.'),
    '',
  ];
  return lines.join('\n');
}

export function renderIndex(rules: Rule<unknown>[]): string {
  const rows = rules
    .slice()
    .sort((a, b) => ruleLanguages(a)[0].localeCompare(ruleLanguages(b)[0]) || a.id.localeCompare(b.id))
    .map((r) => `| [${r.id}](${r.id}.md) | ${ruleLanguages(r).map((l) => LANG_NAMES[l]).join(', ')} | ${r.optIn ? 'off' : r.severity} | ${ruleIds(r).filter((x) => x !== r.id).join(', ')} | ${r.docs.summary.replace(/\|/g, '\\|')} |`);
  return ['# Slipway rules', '', 'Generated from the rule registry by `npm run docs`.', '', '| Rule | Applies to | Default | Also known as | What it reports |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/** Writes docs/rules/*.md; returns the files written. */
export function writeDocs(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const rules = allRules();
  const written: string[] = [];
  const keep = new Set<string>(['README.md']);
  for (const r of rules) {
    const file = path.join(dir, `${r.id}.md`);
    keep.add(`${r.id}.md`);
    fs.writeFileSync(file, renderRuleDoc(r));
    written.push(file);
  }
  fs.writeFileSync(path.join(dir, 'README.md'), renderIndex(rules));
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !keep.has(f)) fs.rmSync(path.join(dir, f));
  return written;
}
