// The .vsix must carry every file the manifest and the client refer to at run time.
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { DOCUMENT_SELECTOR } from '../../client/src/selector';
import { CONFIG_FILES, DOCKERIGNORE_GLOBS, EDITOR_LANGUAGE_IDS, FILE_GLOBS, LANGUAGE_IDS, configFileGlobs, configKindOf, YAML_KINDS, detectLanguage, languageAssociations, watchedFilesGlob, workspaceGlob } from '../../server/src/engine/languages';

const REPO = path.resolve(__dirname, '../../..');

/** A minimal reading of .vscodeignore as vsce applies it: `**` first, then `!pattern` re-includes. */
function included(file: string): boolean {
  const lines = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  let keep = true;
  for (const l of lines) {
    const neg = l.startsWith('!');
    const pat = neg ? l.slice(1) : l;
    const re = new RegExp('^' + pat.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '.*') + '$');
    if (re.test(file)) keep = neg;
  }
  return keep;
}

describe('.vsix contents', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const needed = new Set<string>([pkg.main.replace(/^\.\//, ''), 'dist/server.js', 'package.json', 'README.md', 'LICENSE', pkg.icon]);
  for (const g of pkg.contributes.grammars ?? []) needed.add(g.path.replace(/^\.\//, ''));
  for (const s of pkg.contributes.snippets ?? []) needed.add(s.path.replace(/^\.\//, ''));
  for (const l of pkg.contributes.languages ?? []) if (l.configuration) needed.add(l.configuration.replace(/^\.\//, ''));
  needed.add('package.nls.json');
  for (const w of pkg.contributes.walkthroughs ?? []) for (const s of w.steps) for (const m of Object.values<string>(s.media)) needed.add(m);
  // Icons of view containers and views (files, not $(codicon) names).
  for (const v of [...Object.values(pkg.contributes.viewsContainers ?? {}), ...Object.values(pkg.contributes.views ?? {})].flat() as { icon?: string }[]) {
    if (v.icon && !v.icon.startsWith('$(')) needed.add(v.icon.replace(/^\.\//, ''));
  }
  // Bundles the client starts by path.
  const clientSources = fs.readdirSync(path.join(REPO, 'client/src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
  for (const f of clientSources) {
    const text = fs.readFileSync(path.join(REPO, 'client/src', f), 'utf8');
    for (const m of text.matchAll(/path\.join\('dist', '([\w.-]+\.js)'\)/g)) needed.add(`dist/${m[1]}`);
  }
  for (const f of [...needed].sort()) {
    it(`ships ${f}`, () => assert.ok(included(f), `${f} is excluded by .vscodeignore`));
  }
  it('leaves sources, tests and dev tooling out', () => {
    for (const f of ['server/src/server.ts', 'test/unit/rules.test.ts', 'node_modules/yaml/package.json', 'dist/cli.js', 'dist/server.js.map', 'bench/run.mjs']) {
      assert.ok(!included(f), `${f} would be packaged`);
    }
  });
});

describe('server bundle', () => {
  it('is Latin-1 only, so V8 keeps its source as one-byte string (half the memory of a two-byte one)', () => {
    const text = fs.readFileSync(path.join(REPO, 'dist/server.js'), 'utf8');
    const wide: string[] = [];
    for (let i = 0; i < text.length && wide.length < 5; i++) {
      if (text.charCodeAt(i) > 0xff) wide.push(`${JSON.stringify(text[i])} at ${text.slice(Math.max(0, i - 30), i + 10).replace(/\n/g, ' ')}`);
    }
    assert.deepEqual(wide, [], 'write such characters as \\u escapes in code and avoid them in kept comments');
  });
});

describe('workspace trust in the manifest', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const props: Record<string, { scope?: string }> = pkg.contributes.configuration.properties;
  const dockerSettings = Object.keys(props).filter((k) => k.startsWith('slipway.docker.'));
  // Settings that choose a program Slipway runs.
  const executables = Object.keys(props).filter((k) => k.endsWith('.path'));

  it('slipway.docker.path is machine scoped: a workspace or folder settings.json cannot choose the executable', () => {
    assert.equal(props['slipway.docker.path'].scope, 'machine');
  });
  it('every setting that names an executable is machine scoped', () => {
    assert.deepEqual(executables.sort(), ['slipway.docker.path', 'slipway.pyflakes.path', 'slipway.shellcheck.path']);
    for (const k of executables) assert.equal(props[k].scope, 'machine', k);
  });
  it('Restricted Mode is supported with limits, and every Docker setting and executable is restricted there', () => {
    const untrusted = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.match(untrusted.description ?? '', /Docker/);
    assert.ok(dockerSettings.length >= 4, `docker settings: ${dockerSettings.join(', ')}`);
    assert.deepEqual([...untrusted.restrictedConfigurations].sort(), [...new Set([...dockerSettings, ...executables])].sort());
  });
  it('virtual workspaces are supported with limits (linting of open documents, no Docker commands)', () => {
    const virtual = pkg.capabilities?.virtualWorkspaces;
    assert.equal(virtual?.supported, 'limited');
    assert.match(virtual.description ?? '', /Docker/);
  });
});

describe('activation and contributions', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const clientText = fs
    .readdirSync(path.join(REPO, 'client/src'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(REPO, 'client/src', f), 'utf8'))
    .join('\n');

  /** A VS Code glob as a regular expression: `**`, `*`, `{a,b}`. */
  const globRe = (g: string) =>
    new RegExp(
      '^' +
        g
          .replace(/[.+^$()|[\]\\]/g, '\\$&')
          .replace(/\{([^}]*)\}/g, (_m, alts: string) => `(?:${alts.split(',').join('|')})`)
          .replace(/\*\*\//g, '\u0000')
          .replace(/\*/g, '[^/]*')
          .replace(/\u0000/g, '(?:.*/)?') +
        '$',
    );

  it('a workspace with a workflow, an action or a Compose file activates Slipway even when those open as plain yaml', () => {
    const globs = pkg.activationEvents.filter((e: string) => e.startsWith('workspaceContains:')).map((e: string) => globRe(e.slice('workspaceContains:'.length)));
    for (const f of ['.github/workflows/ci.yml', 'sub/.github/workflows/release.yaml', 'action.yml', 'tools/setup/action.yaml', 'compose.yaml', 'docker-compose.yml', 'deploy/docker-compose.prod.yaml', 'compose.override.yml']) {
      assert.ok(globs.some((g: RegExp) => g.test(f)), f);
    }
    for (const f of ['config.yml', '.github/dependabot.yml']) assert.ok(!globs.some((g: RegExp) => g.test(f)), f);
    for (const l of ['dockerfile', 'github-actions-workflow', 'dockercompose']) assert.ok(pkg.activationEvents.includes(`onLanguage:${l}`), l);
  });

  it('every task type is provided by the client, and its onTaskType activates it', () => {
    for (const t of pkg.contributes.taskDefinitions) {
      assert.ok(clientText.includes(`'${t.type}'`), `task type ${t.type} has no provider`);
      assert.ok(pkg.activationEvents.includes(`onTaskType:${t.type}`), t.type);
    }
  });

  it('every command is registered by the client, and every walkthrough step has its markdown', () => {
    for (const c of pkg.contributes.commands) assert.ok(clientText.includes(`'${c.command}'`), c.command);
    const steps = pkg.contributes.walkthroughs.flatMap((w: { steps: { id: string; media: { markdown: string } }[] }) => w.steps);
    assert.deepEqual(steps.map((s: { id: string }) => s.id), ['lint', 'fix', 'build', 'run', 'push']);
    for (const s of steps) assert.ok(fs.readFileSync(path.join(REPO, s.media.markdown), 'utf8').startsWith('# '), s.media.markdown);
  });

  it('resource-scoped settings are the ones the server reads per folder', () => {
    const props: Record<string, { scope?: string }> = pkg.contributes.configuration.properties;
    const resource = Object.keys(props).filter((k) => props[k].scope === 'resource').sort();
    assert.deepEqual(resource, [
      'slipway.compose.enable',
      'slipway.dockerfile.enable',
      'slipway.format.ignoreMultilineInstructions',
      'slipway.maxFileSize',
      'slipway.rules',
      'slipway.scripts.enable',
      'slipway.workflow.enable',
    ]);
  });
});

describe('file patterns: one source (server/src/engine/languages.ts)', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const kinds = Object.keys(FILE_GLOBS) as (keyof typeof FILE_GLOBS)[];

  it("package.json's languages associate exactly the file names and patterns of languages.ts", () => {
    const ids = EDITOR_LANGUAGE_IDS;
    assert.deepEqual(pkg.contributes.languages.map((l: { id: string }) => l.id).sort(), [...ids].sort());
    for (const lang of pkg.contributes.languages) {
      const want = languageAssociations(lang.id);
      assert.deepEqual({ filenames: lang.filenames ?? [], filenamePatterns: lang.filenamePatterns ?? [] }, want, lang.id);
    }
    // Every name and pattern of a kind is in its language's association (nothing dropped on the way).
    for (const k of kinds) {
      const a = languageAssociations(LANGUAGE_IDS[k]);
      for (const g of FILE_GLOBS[k]) assert.ok(a.filenames.includes(g) || a.filenamePatterns.includes(g.includes('/') ? `**/${g}` : g), `${k}: ${g}`);
    }
  });

  it("package.json's activation events: each language, and a workspace holding a file of a kind another extension may open as yaml", () => {
    const ids = EDITOR_LANGUAGE_IDS;
    const events: string[] = pkg.activationEvents;
    assert.deepEqual(events.filter((e) => e.startsWith('onLanguage:')), ids.map((i) => `onLanguage:${i}`));
    assert.deepEqual(events.filter((e) => e.startsWith('workspaceContains:')), YAML_KINDS.map((k) => `workspaceContains:${workspaceGlob(k)}`));
  });

  it('the client sends the server its languages, and the yaml documents of the same patterns', () => {
    assert.deepEqual(DOCUMENT_SELECTOR, [...EDITOR_LANGUAGE_IDS.map((language) => ({ language })), ...YAML_KINDS.map((k) => ({ language: 'yaml', pattern: workspaceGlob(k) })), ...configFileGlobs().map((pattern) => ({ language: 'yaml', pattern }))]);
    assert.ok(!EDITOR_LANGUAGE_IDS.includes('yaml'), 'all YAML is never sent');
    const configPatterns = configFileGlobs();
    for (const f of ['/w/.slipway.yaml', '/w/sub/.hadolint.yml', '/w/.github/actionlint.yaml', '/w/.github/slipway.yml']) {
      assert.ok(configKindOf(f) && configPatterns.some((p) => minimatch(f, p, { dot: true })), f);
    }
    assert.ok(!configPatterns.some((p) => minimatch('/w/slipway.yaml', p, { dot: true })));
    const yamlPatterns = DOCUMENT_SELECTOR.filter((d) => d.language === 'yaml').map((d) => d.pattern!);
    for (const f of ['/w/.github/workflows/ci.yml', '/w/sub/action.yaml', '/w/compose.override.yml', '/w/deploy/docker-compose-prod.yaml']) {
      assert.ok(detectLanguage(f) && yamlPatterns.some((p) => minimatch(f, p, { dot: true })), f);
    }
    for (const f of ['/w/composer.yaml', '/w/.github/dependabot.yml', '/w/values.yaml']) assert.ok(!yamlPatterns.some((p) => minimatch(f, p, { dot: true })), f);
  });

  it('the file watcher covers every configuration file the server reads and the .dockerignore files', () => {
    const glob = watchedFilesGlob();
    for (const f of [...Object.values(CONFIG_FILES).flat(), ...DOCKERIGNORE_GLOBS.map((g) => g.replace('*', 'api.Dockerfile'))]) {
      assert.ok(minimatch(`/w/sub/${f}`, glob, { dot: true }), `${f} is not watched by ${glob}`);
    }
    assert.ok(!minimatch('/w/sub/.slipway.json', glob, { dot: true }));
    const extension = fs.readFileSync(path.join(REPO, 'client/src/extension.ts'), 'utf8');
    assert.match(extension, /createFileSystemWatcher\(watchedFilesGlob\(\)\)/);
  });

  it('no file pattern of a language is written out in client/src or the server\'s config and CLI discovery', () => {
    // A string that is a file name or pattern of a language (no space in it: messages may name files), written again
    // instead of taken from languages.ts.
    const written = /['"`][^'"`\s]*(\.github\/workflows|docker-compose\.|compose\.ya?ml|compose\*|action\.ya?ml|\.hadolint\.ya?ml|\.slipway\.ya?ml|actionlint\.ya?ml|\{yml,yaml\})[^'"`\s]*['"`]/;
    const files = ['client/src', 'server/src/cli', 'server/src/engine']
      .flatMap((d) => fs.readdirSync(path.join(REPO, d), { recursive: true }).map((f) => path.join(d, String(f))))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('languages.ts'));
    const found: string[] = [];
    for (const f of files) {
      fs.readFileSync(path.join(REPO, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Comments may name files and patterns.
          if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
          if (written.test(line)) found.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });
});
