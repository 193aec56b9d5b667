import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { allRuns, appendCommandFix, hasCacheMount, positionals, runMounts, type ShellCommand } from '../shell';
import { shippedStages, uncleaned } from '../packages';

/** Where yarn 1 keeps its cache: as root (the usual case in a build) and as another user. */
const YARN_CACHE_DIRS = ['/usr/local/share/.cache/yarn', '/root/.cache/yarn'];

const isInstall = (c: ShellCommand) => c.name === 'yarn' && positionals(c, ['cwd', 'modules-folder', 'cache-folder'])[0]?.value === 'install';
const isClean = (c: ShellCommand) => c.name === 'yarn' && c.args.some((a, i) => a.value === 'cache' && c.args[i + 1]?.value === 'clean');

const rule: Rule<DockerfileModel> = {
  id: 'DL3060',
  language: 'dockerfile',
  severity: 'info',
  compat: { hadolint: 'DL3060' },
  fix: { safety: 'unsafe', why: "It adds a command that deletes yarn's cache, which a later instruction may still use." },
  docs: {
    summary: '`yarn cache clean` missing after `yarn install`.',
    why:
      'yarn keeps a copy of every downloaded package in its cache; in an image layer that copy is dead weight. ' +
      'Clean it in the same RUN (or use a cache mount for the yarn cache). Only stages that end up in the final image ' +
      'are checked (a build stage the final one only copies files from leaves its cache behind), and ONBUILD triggers, ' +
      'which run in every image built from this one.',
    bad: 'FROM node:20-slim\nRUN yarn install --frozen-lockfile\n',
    good: 'FROM node:20-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
  },
  check({ model, report }) {
    const shipped = shippedStages(model);
    for (const run of allRuns(model)) {
      if (!run.ins.onbuild && (!run.ins.stage || !shipped.has(run.ins.stage))) continue;
      if (YARN_CACHE_DIRS.some((d) => hasCacheMount(model, run.ins, d))) continue;
      if (runMounts(model, run.ins).some((m) => m.type === 'cache' && /yarn/.test(m.target ?? ''))) continue;
      // A clean counts only after the last install.
      const idx = uncleaned(run.commands, isInstall, isClean);
      if (idx < 0) continue;
      const install = run.commands[idx];
      if (install.args.some((a) => a.value.startsWith('--cache-folder'))) continue;
      report({
        message: '`yarn cache clean` missing after `yarn install` was run',
        range: install.nameWord.range,
        fixes: appendCommandFix(model, run, 'yarn cache clean'),
      });
    }
  },
  tests: [
    {
      name: 'missing',
      input: 'FROM node:20\nRUN yarn install --frozen-lockfile\n',
      expect: [{ line: 2, col: 5, message: '`yarn cache clean` missing after `yarn install` was run' }],
      fixed: 'FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    },
    { name: 'cleaned', input: 'FROM node:20\nRUN yarn install && yarn build && yarn cache clean\n', expect: [] },
    { name: 'cache mount', input: 'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n', expect: [] },
    { name: 'a clean before the install is not a clean', input: 'FROM node:20\nRUN yarn cache clean && yarn install\n', expect: [{ line: 2, col: 25, message: '`yarn cache clean` missing after `yarn install` was run' }] },
    { name: 'cache mount on a parent of the cache', input: 'FROM node:20\nRUN --mount=type=cache,target=/usr/local/share/.cache yarn install\n', expect: [] },
    { name: 'a build stage not shipped', input: 'FROM node:20 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n', expect: [] },
    { name: 'a stage the final one builds on', input: 'FROM node:20 AS deps\nRUN yarn install\nFROM deps\nCMD ["node", "."]\n', expect: [{ line: 2, col: 5, message: '`yarn cache clean` missing after `yarn install` was run' }] },
    { name: 'an ONBUILD trigger runs in the images built from this one', input: 'FROM node:20 AS base\nONBUILD RUN yarn install\nFROM nginx:1.27\n', expect: [{ line: 2, col: 13, message: '`yarn cache clean` missing after `yarn install` was run' }] },
    { name: 'yarn build only', input: 'FROM node:20\nRUN yarn build\n', expect: [] },
  ],
};

export default rule;
