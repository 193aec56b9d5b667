// Coexistence with other extensions: which checkers the client finds (client/src/coexistence.ts), and which of
// Slipway's rules the server leaves out for each (server/src/coexistence.ts).
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { register } from 'node:module';
import * as path from 'node:path';
import { validate } from 'dockerfile-utils';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decidePeers, describePeers, KNOWN_EXTENSIONS } from '../../client/src/coexistence';
import { normalizePeers, PeerId, peerLanguages, suppressedRules, twinsOf, withoutTwins } from '../../server/src/coexistence';
import { lint } from '../../server/src/engine/lint';
import { emptyConfig } from '../../server/src/engine/config';
import { allRules, ruleLanguages } from '../../server/src/engine/lint';
import type { Finding } from '../../server/src/engine/types';

const peerIds = (exts: string[], yaml?: { validate?: unknown; schemaStore?: unknown }, mode = 'auto') =>
  decidePeers({ mode, extensions: exts, yaml }).map((p) => `${p.peer}@${p.by}:${p.languageIds.join('+')}`);

describe('client: which other extensions report the same problems', () => {
  it('nothing installed: Slipway reports everything', () => {
    assert.deepEqual(peerIds([]), []);
    assert.deepEqual(peerIds(['ms-python.python', 'esbenp.prettier-vscode']), []);
    assert.match(describePeers([]), /Slipway reports everything/);
  });

  it('GitHub Actions checks documents of language github-actions-workflow', () => {
    assert.deepEqual(peerIds([KNOWN_EXTENSIONS.githubActions]), ['actions-languageservice@GitHub Actions:github-actions-workflow']);
    // Marketplace ids are case-insensitive.
    assert.deepEqual(peerIds(['GitHub.vscode-github-actions']), ['actions-languageservice@GitHub Actions:github-actions-workflow']);
  });

  it('Docker DX alone: BuildKit checks, Compose errors, and the Dockerfile language server it starts itself', () => {
    assert.deepEqual(peerIds(['docker.docker']), [
      'buildkit@Docker DX:dockerfile',
      'compose-schema@Docker DX:dockercompose',
      'dockerfile-utils@Docker DX:dockerfile',
    ]);
  });

  it('Docker DX with Container Tools: the Dockerfile language server is Container Tools\'s', () => {
    assert.deepEqual(peerIds(['docker.docker', 'ms-azuretools.vscode-containers']), [
      'buildkit@Docker DX:dockerfile',
      'compose-schema@Docker DX:dockercompose',
      'dockerfile-utils@Container Tools:dockerfile',
    ]);
    assert.deepEqual(peerIds(['ms-azuretools.vscode-docker']), ['dockerfile-utils@Docker (Microsoft):dockerfile']);
  });

  it('Red Hat YAML checks Compose files (also as plain yaml) and plain-yaml workflows, unless validation or SchemaStore is off', () => {
    const both = ['compose-schema@Red Hat YAML (SchemaStore):yaml+dockercompose', 'workflow-schemastore@Red Hat YAML (SchemaStore):yaml'];
    assert.deepEqual(peerIds(['redhat.vscode-yaml']), both);
    assert.deepEqual(peerIds(['redhat.vscode-yaml'], { validate: true, schemaStore: true }), both);
    assert.deepEqual(peerIds(['redhat.vscode-yaml'], { validate: false }), []);
    assert.deepEqual(peerIds(['redhat.vscode-yaml'], { schemaStore: false }), []);
  });

  it('slipway.coexistence = "slipway": Slipway reports everything whatever is installed', () => {
    assert.deepEqual(peerIds(Object.values(KNOWN_EXTENSIONS), {}, 'slipway'), []);
    assert.equal(peerIds(Object.values(KNOWN_EXTENSIONS)).length, 6);
  });

  it('the log line names each extension and what it checks', () => {
    const line = describePeers(decidePeers({ mode: 'auto', extensions: ['docker.docker', 'github.vscode-github-actions'] }));
    assert.equal(
      line,
      'Coexistence: Slipway leaves the problems these report to them (slipway.coexistence = "slipway" to report them too): ' +
        'Docker DX: buildkit (dockerfile), compose-schema (dockercompose), dockerfile-utils (dockerfile); GitHub Actions: actions-languageservice (github-actions-workflow).',
    );
  });
});

describe('server: rules left to other extensions', () => {
  const rules = allRules();
  const byId = new Map(rules.map((r) => [r.id, r]));
  const PEERS: PeerId[] = ['buildkit', 'dockerfile-utils', 'actions-languageservice', 'compose-schema', 'workflow-schemastore'];
  it('every twin is a rule of the language its peer checks', () => {
    assert.deepEqual(Object.fromEntries(PEERS.map((p) => [p, peerLanguages(p)])), {
      buildkit: ['dockerfile'],
      'dockerfile-utils': ['dockerfile'],
      'actions-languageservice': ['workflow', 'action'],
      'compose-schema': ['compose'],
      'workflow-schemastore': ['workflow', 'action'],
    });
    for (const peer of PEERS) {
      for (const language of peerLanguages(peer)) {
        const ids = twinsOf(peer, language, rules);
        assert.ok(ids.length > 0, `${peer} ${language}`);
        for (const id of ids) {
          const r = byId.get(id);
          assert.ok(r, `${peer}: no rule ${id}`);
          assert.ok(ruleLanguages(r).includes(language), `${peer}: ${id} is not a ${language} rule`);
        }
      }
    }
  });

  it('BuildKit\'s twins are exactly the rules with a BuildKit name', () => {
    const ids = twinsOf('buildkit', 'dockerfile', rules);
    assert.ok(ids.includes('JSONArgsRecommended') && ids.includes('FromAsCasing') && ids.includes('UndefinedVar'));
    assert.ok(!ids.includes('DL3008'), 'a hadolint-only rule');
    assert.deepEqual(ids, rules.filter((r) => r.compat?.buildkit).map((r) => r.id));
  });

  it('dockerfile-utils reports the problem of each of its twins on the same line in most of the rule\'s cases', () => {
    for (const id of twinsOf('dockerfile-utils', 'dockerfile', rules)) {
      const cases = byId.get(id)!.tests.filter((t) => t.expect.length > 0);
      const flagged = cases.filter((t) => {
        const lines = new Set(t.expect.map((e) => e.line));
        return validate(t.input).some((d) => lines.has(d.range.start.line + 1));
      });
      assert.ok(flagged.length * 2 >= cases.length, `${id}: dockerfile-utils reports only ${flagged.length} of ${cases.length} cases`);
    }
  });

  /** GitHub's @actions/languageservice `validate`, loaded as the extension loads it. */
  const languageService = async () => {
    // The package imports JSON without import attributes, which Node 20 refuses: JSON is served as an ES module (as
    // bench/worker.mjs does). This test file runs in a process of its own.
    const hooks = `export async function load(url, context, next) {
      if (url.endsWith('.json')) {
        const { readFileSync } = await import('node:fs');
        const { fileURLToPath } = await import('node:url');
        return { format: 'module', shortCircuit: true, source: 'export default ' + readFileSync(fileURLToPath(url), 'utf8') };
      }
      return next(url, context);
    }`;
    register(`data:text/javascript,${encodeURIComponent(hooks)}`, __filename);
    const spec = '@actions/languageservice';
    const ls = (await import(spec)) as { validate(doc: TextDocument): Promise<{ range: { start: { line: number } } }[]> };
    const cache = (await import(`${spec}/utils/workflow-cache`)) as { clearCacheEntry(uri: string): void };
    return async (uri: string, text: string) => {
      cache.clearCacheEntry(uri);
      return ls.validate(TextDocument.create(uri, 'github-actions-workflow', 1, text));
    };
  };

  it('GitHub Actions (@actions/languageservice validate) reports the problem of each workflow twin on the same line in most of the rule\'s workflow cases', async () => {
    const validateGh = await languageService();
    for (const id of twinsOf('actions-languageservice', 'workflow', rules)) {
      const cases = byId.get(id)!.tests.filter((t) => t.expect.length > 0 && (!t.path || t.path.includes('.github/workflows/')));
      let flagged = 0;
      for (const t of cases) {
        const lines = new Set(t.expect.map((e) => e.line));
        if ((await validateGh('file:///ws/.github/workflows/ci.yml', t.input)).some((d) => lines.has(d.range.start.line + 1))) flagged++;
      }
      assert.ok(cases.length > 0 && flagged * 2 >= cases.length, `${id}: GitHub's validate reports only ${flagged} of ${cases.length} cases`);
    }
  });

  it('GitHub Actions reads action.yml as action metadata: each action twin and GitHub\'s validate report on the same line', async () => {
    const validateGh = await languageService();
    const fixtures: Record<string, string> = {
      'yaml-syntax': 'name: x\ndescription: y\nruns:\n  using: composite\n   steps: []\n',
      'duplicate-key': 'name: x\nname: z\ndescription: y\nruns:\n  using: node20\n  main: index.js\n',
      'missing-key': 'name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n',
      'unknown-key': 'name: x\ndescription: y\nbranding:\n  colour: blue\nruns:\n  using: node20\n  main: index.js\n',
      'value-type': 'name: x\ndescription: y\ninputs: [a, b]\nruns:\n  using: node20\n  main: index.js\n',
    };
    assert.deepEqual(Object.keys(fixtures).sort(), twinsOf('actions-languageservice', 'action', rules).sort());
    for (const [id, text] of Object.entries(fixtures)) {
      const ours = lint({ text, language: 'action', path: '/ws/action.yml', config: emptyConfig() }).findings.filter((f) => f.rule === id);
      assert.ok(ours.length > 0, `${id}: Slipway reports nothing`);
      const theirs = new Set((await validateGh('file:///ws/action.yml', text)).map((d) => d.range.start.line));
      assert.ok(ours.some((f) => theirs.has(f.range.start.line)), `${id}: GitHub's validate reports lines ${[...theirs]}, Slipway ${ours.map((f) => f.range.start.line)}`);
    }
  });

  it('a peer counts only on documents of its language ids', () => {
    const peers = normalizePeers([
      { peer: 'actions-languageservice', by: 'GitHub Actions', languageIds: ['github-actions-workflow'] },
      { peer: 'workflow-schemastore', by: 'Red Hat YAML', languageIds: ['yaml'] },
    ]);
    const gh = suppressedRules(peers, 'workflow', 'github-actions-workflow', rules);
    assert.ok(gh.has('expression-syntax') && gh.has('unknown-key') && !gh.has('unpinned-action'));
    const yaml = suppressedRules(peers, 'workflow', 'yaml', rules);
    assert.deepEqual([...yaml].sort(), ['duplicate-key', 'unknown-key', 'value-type', 'yaml-syntax']);
    // The same peers on a Dockerfile or a Compose file: nothing.
    assert.equal(suppressedRules(peers, 'dockerfile', 'dockerfile', rules).size, 0);
    assert.equal(suppressedRules(peers, 'compose', 'dockercompose', rules).size, 0);
    // action.yml as github-actions-workflow: GitHub Actions reads it as action metadata.
    assert.deepEqual([...suppressedRules(peers, 'action', 'github-actions-workflow', rules)].sort(), ['duplicate-key', 'missing-key', 'unknown-key', 'value-type', 'yaml-syntax']);
  });

  it('findings of suppressed rules are left out, the others stay in order', () => {
    const f = (rule: string, line: number) => ({ rule, severity: 'warning', message: rule, range: { start: { line, character: 0 }, end: { line, character: 1 } } }) as Finding;
    const all = [f('DL3008', 1), f('JSONArgsRecommended', 2), f('DL3007', 3)];
    assert.deepEqual(withoutTwins(all, new Set(['JSONArgsRecommended'])).map((x) => x.rule), ['DL3008', 'DL3007']);
    assert.equal(withoutTwins(all, new Set()), all);
  });

  it('README\'s Other extensions table names every twin', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Other extensions'), readme.indexOf('## Performance'));
    assert.ok(section.length > 1000);
    for (const peer of PEERS.filter((p) => p !== 'buildkit')) {
      for (const language of peerLanguages(peer)) for (const id of twinsOf(peer, language, rules)) assert.ok(section.includes(`\`${id}\``), `${peer}: ${id}`);
    }
  });

  it('malformed coexistence options are dropped, not trusted', () => {
    assert.deepEqual(normalizePeers(undefined), []);
    assert.deepEqual(normalizePeers('buildkit'), []);
    assert.deepEqual(normalizePeers([null, 3, { peer: 'nonsense', languageIds: ['dockerfile'] }, { peer: 'buildkit' }]), []);
    assert.deepEqual(normalizePeers([{ peer: 'buildkit', languageIds: ['dockerfile', 7] }]), [{ peer: 'buildkit', by: 'buildkit', languageIds: ['dockerfile'] }]);
  });
});
