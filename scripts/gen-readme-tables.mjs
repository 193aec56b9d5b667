// Writes the settings and commands tables of README.md from package.json (with its package.nls.json strings), between
// the markers `<!-- settings:start -->` / `<!-- settings:end -->` and `<!-- commands:start -->` /
// `<!-- commands:end -->`. test/unit/readmeTables.test.ts fails when README.md differs from what this writes.
//   node scripts/gen-readme-tables.mjs           # rewrites README.md
//   node scripts/gen-readme-tables.mjs --check   # exits 1 when README.md is stale
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const README = path.join(root, 'README.md');

/** `%key%` → its English text from package.nls.json (other strings as they are). */
export function localize(value, nls) {
  if (typeof value !== 'string') return value;
  const m = /^%(.+)%$/.exec(value);
  if (!m) return value;
  if (!(m[1] in nls)) throw new Error(`package.nls.json has no "${m[1]}"`);
  return nls[m[1]];
}

/** One table cell: one line, pipes escaped. */
function cell(text) {
  return String(text).replace(/\r?\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

function code(v) {
  return `\`${JSON.stringify(v)}\``;
}

export function settingsTable(pkg, nls) {
  const rows = ['| Setting | Default | Scope | Description |', '| --- | --- | --- | --- |'];
  for (const [name, p] of Object.entries(pkg.contributes.configuration.properties)) {
    let text = localize(p.markdownDescription ?? p.description ?? '', nls);
    if (p.enum) {
      const descs = (p.enumDescriptions ?? []).map((d) => localize(d, nls));
      text += ` Values: ${p.enum.map((v, i) => (descs[i] ? `\`${v}\` (${descs[i].replace(/\.$/, '')})` : `\`${v}\``)).join(', ')}.`;
    }
    rows.push(`| \`${name}\` | ${cell(code(p.default))} | ${p.scope ?? 'window'} | ${cell(text)} |`);
  }
  return rows.join('\n');
}

export function commandsTable(pkg, nls) {
  const hidden = new Set((pkg.contributes.menus?.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
  const menus = new Map();
  for (const [menu, items] of Object.entries(pkg.contributes.menus ?? {})) {
    if (menu === 'commandPalette') continue;
    for (const i of items) menus.set(i.command, [...(menus.get(i.command) ?? []), menu]);
  }
  const rows = ['| Command | Id | Also in |', '| --- | --- | --- |'];
  for (const c of pkg.contributes.commands) {
    const title = `${c.category ? `${localize(c.category, nls)}: ` : ''}${localize(c.title, nls)}`;
    const where = [...(menus.get(c.command) ?? [])];
    if (hidden.has(c.command)) where.unshift('hidden from the Command Palette');
    rows.push(`| ${cell(title)} | \`${c.command}\` | ${cell(where.join(', ') || '—')} |`);
  }
  return rows.join('\n');
}

function replaceBetween(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md lacks the markers ${start} … ${end}`);
  return `${text.slice(0, i + start.length)}\n${body}\n${text.slice(j)}`;
}

/** README text with both tables written from `pkg` and `nls`. */
export function updateReadme(readme, pkg, nls) {
  return replaceBetween(replaceBetween(readme, 'settings', settingsTable(pkg, nls)), 'commands', commandsTable(pkg, nls));
}

export function expected() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const nls = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
  return updateReadme(fs.readFileSync(README, 'utf8'), pkg, nls);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const want = expected();
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(README, 'utf8') !== want) {
      console.error('README.md tables are stale: run node scripts/gen-readme-tables.mjs');
      process.exit(1);
    }
  } else fs.writeFileSync(README, want);
}
