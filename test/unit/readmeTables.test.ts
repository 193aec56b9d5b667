// README's settings and commands tables are generated from package.json by scripts/gen-readme-tables.mjs.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const REPO = path.resolve(__dirname, '../../..');

interface Generator {
  README: string;
  expected(): string;
  settingsTable(pkg: unknown, nls: unknown): string;
  commandsTable(pkg: unknown, nls: unknown): string;
}
const generator = (): Promise<Generator> => import(pathToFileURL(path.join(REPO, 'scripts/gen-readme-tables.mjs')).href) as Promise<Generator>;

describe('README tables', () => {
  it('match package.json (stale: run node scripts/gen-readme-tables.mjs and commit README.md)', async () => {
    const g = await generator();
    assert.equal(fs.readFileSync(g.README, 'utf8'), g.expected());
  });

  it('list every setting and command, with the English text of their %keys%', async () => {
    const g = await generator();
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));
    const settings = g.settingsTable(pkg, nls);
    for (const name of Object.keys(pkg.contributes.configuration.properties)) assert.ok(settings.includes(`| \`${name}\` |`), name);
    const commands = g.commandsTable(pkg, nls);
    for (const c of pkg.contributes.commands) assert.ok(commands.includes(`| \`${c.command}\` |`), c.command);
    assert.ok(commands.includes('| Slipway: Restart Language Server | `slipway.restartServer` |'));
    assert.ok(commands.includes('| Slipway: Build Dockerfile Stage | `slipway.buildStage` | hidden from the Command Palette |'));
    assert.ok(settings.includes('| `slipway.format.ignoreMultilineInstructions` | `false` | resource | When formatting Dockerfiles'));
    assert.ok(!/%[\w.-]+%/.test(settings + commands), 'no untranslated key');
  });

  it('a table cell stays on one line and escapes pipes', async () => {
    const g = await generator();
    const pkg = { contributes: { configuration: { properties: { 'x.y': { type: 'string', default: 'a|b', markdownDescription: '%k%' } } }, commands: [] } };
    assert.equal(g.settingsTable(pkg, { k: 'first line\nsecond | part' }).split('\n')[2], '| `x.y` | `"a\\|b"` | window | first line second \\| part |');
  });
});
