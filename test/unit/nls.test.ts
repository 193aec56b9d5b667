// Localisable manifest strings: package.json says `%key%`, package.nls.json holds the English text.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../../..');
const pkgText = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
const pkg = JSON.parse(pkgText);
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'));

describe('package.nls.json', () => {
  const used = [...pkgText.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]);

  it('has an entry for every %key% of package.json', () => {
    assert.ok(used.length > 40, `${used.length} keys`);
    assert.deepEqual(used.filter((k) => !(k in nls)), []);
  });

  it('has no entry that package.json does not use, and no empty one', () => {
    const set = new Set(used);
    assert.deepEqual(Object.keys(nls).filter((k) => !set.has(k)), []);
    assert.deepEqual(Object.entries(nls).filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k), []);
  });

  it('command titles, setting descriptions and walkthrough texts are all localisable', () => {
    const isKey = (v: unknown) => typeof v === 'string' && /^%[^%]+%$/.test(v);
    const c = pkg.contributes;
    const literal: string[] = [];
    for (const cmd of c.commands) if (!isKey(cmd.title) || !isKey(cmd.category)) literal.push(cmd.command);
    for (const [name, p] of Object.entries<{ description?: string; markdownDescription?: string; enumDescriptions?: string[] }>(c.configuration.properties)) {
      for (const v of [p.description, p.markdownDescription, ...(p.enumDescriptions ?? [])]) if (v !== undefined && !isKey(v)) literal.push(name);
      if (p.description === undefined && p.markdownDescription === undefined) literal.push(`${name} (no description)`);
    }
    for (const w of c.walkthroughs) {
      for (const x of [w, ...w.steps]) if (!isKey(x.title) || !isKey(x.description)) literal.push(`walkthrough ${x.id}`);
    }
    assert.ok(isKey(c.configuration.title) && isKey(pkg.displayName) && isKey(pkg.description));
    assert.deepEqual(literal, []);
  });
});
