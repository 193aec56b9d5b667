import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';

const NPM_VALUE_FLAGS = new Set(['prefix', 'registry', 'tag', 'cache', 'userconfig', 'w', 'workspace', 'omit', 'include', 'install-strategy', 'C', 'loglevel', 'location']);
const GIT = /^(git|git\+ssh|git\+http|git\+https):\/\//;

function pinned(pkg: string): boolean {
  if (GIT.test(pkg)) return pkg.includes('#');
  if (/\.(tar|tar\.gz|tgz)$/.test(pkg)) return true;
  if (/^(\/|\.\/|\.\.\/|~\/|\.$|\.\.$|file:|link:)/.test(pkg)) return true;
  const name = pkg.startsWith('@') ? pkg.slice(pkg.indexOf('/') + 1) : pkg;
  return name.includes('@');
}

const rule: Rule<DockerfileModel> = {
  id: 'DL3016',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3016' },
  docs: {
    summary: 'Pin versions in `npm install`.',
    why:
      '`npm install -g typescript` installs the newest release on the day of the build, so rebuilding the same ' +
      'Dockerfile can give a different, possibly broken, image. Use `package@version` (or install from a lockfile with `npm ci`).',
    bad: 'FROM node:20-slim\nRUN npm install -g typescript\n',
    good: 'FROM node:20-slim\nRUN npm install -g typescript@5.4.5\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'npm')) {
      const pos = positionals(cmd, NPM_VALUE_FLAGS);
      if (!pos.length || !['install', 'i', 'add', 'isntall', 'in'].includes(pos[0].value)) continue;
      const loose = pos.slice(1).filter((p) => !p.dynamic && !pinned(p.value));
      if (!loose.length) continue;
      report({
        message: `Pin versions in npm: ${loose.map((p) => p.value).join(', ')}. Instead of \`npm install <package>\` use \`npm install <package>@<version>\``,
        range: loose[0].range,
      });
    }
  },
  tests: [
    { name: 'unpinned global', input: 'FROM node:20\nRUN npm install -g typescript\n', expect: [{ line: 2, col: 20, message: 'Pin versions in npm: typescript. Instead of `npm install <package>` use `npm install <package>@<version>`' }] },
    { name: 'pinned', input: 'FROM node:20\nRUN npm install -g typescript@5.4.5 @angular/cli@17.3.0\n', expect: [] },
    { name: 'scoped unpinned', input: 'FROM node:20\nRUN npm i -g @angular/cli\n', expect: [{ line: 2, col: 14, message: 'Pin versions in npm: @angular/cli. Instead of `npm install <package>` use `npm install <package>@<version>`' }] },
    { name: 'install from package.json', input: 'FROM node:20\nRUN npm install && npm ci --omit=dev\n', expect: [] },
    { name: 'git with commit and tarball', input: 'FROM node:20\nRUN npm install git+https://github.com/u/r.git#abc123 ./pkg.tgz ../lib\n', expect: [] },
    { name: 'git without commit', input: 'FROM node:20\nRUN npm install git+https://github.com/u/r.git\n', expect: [{ line: 2, col: 17, message: 'Pin versions in npm: git+https://github.com/u/r.git. Instead of `npm install <package>` use `npm install <package>@<version>`' }] },
    { name: 'registry value is not a package', input: 'FROM node:20\nRUN npm install --registry https://r.example.com left-pad@1.3.0\n', expect: [] },
    { name: 'other subcommands', input: 'FROM node:20\nRUN npm run build && npm cache clean --force\n', expect: [] },
  ],
};

export default rule;
