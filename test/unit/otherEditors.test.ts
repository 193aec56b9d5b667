// README "Other editors": the Neovim 0.7 configuration it shows is the one test/neovim/neovim.test.ts runs in a real
// Neovim (test/neovim/init.lua), character for character; the commands it names exist.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');

function between(text: string, start: string, end: string): string {
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length);
  assert.ok(i >= 0 && j > i, `${start} … ${end} not found`);
  return text.slice(i + start.length, j);
}

describe('README: Other editors', () => {
  it('shows the Neovim 0.7 configuration that the Neovim test runs', () => {
    const shown = between(readme, '<!-- neovim-0.7:start', '<!-- neovim-0.7:end -->');
    const code = /```lua\n([\s\S]*?)```/.exec(shown)?.[1];
    assert.ok(code, 'a lua code block between the markers');
    const tested = between(fs.readFileSync(path.join(REPO, 'test/neovim/init.lua'), 'utf8'), '-- begin README neovim-0.7\n', '-- end README neovim-0.7');
    assert.equal(code, tested);
  });

  it('the bins it names are in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    assert.deepEqual(pkg.bin, { slipway: 'bin/slipway.js', 'slipway-language-server': 'bin/slipway-language-server.js' });
    for (const f of Object.values(pkg.bin)) assert.ok(fs.statSync(path.join(REPO, f)).mode & 0o111, `${f} is executable`);
    assert.match(readme, /`slipway lsp --stdio` \(or `slipway-language-server`, the same\)/);
  });
});
