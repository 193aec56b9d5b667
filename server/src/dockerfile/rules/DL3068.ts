import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, uncachedRuns, type CacheMountTool } from '../cacheMounts';
import { subcommand } from '../shell';

/** npm subcommands that download packages into npm's cache (with their aliases). */
const INSTALLS = new Set(['install', 'i', 'in', 'add', 'ci', 'clean-install', 'ic', 'install-clean', 'install-ci-test', 'cit', 'install-test', 'it']);
const NPM_VALUE_FLAGS = ['prefix', 'C', 'w', 'workspace', 'cache', 'userconfig', 'globalconfig', 'registry', 'loglevel'];

export const NPM: CacheMountTool = {
  key: 'DL3068',
  fills(c) {
    if (c.name !== 'npm') return undefined;
    const sub = subcommand(c, NPM_VALUE_FLAGS);
    return sub && INSTALLS.has(sub.value) ? commandRange(c, sub) : undefined;
  },
  covers: (t) => /(^|\/)\.npm(\/|$)|npm-cache|\/npm$/.test(t),
  envDirs: ['npm_config_cache', 'NPM_CONFIG_CACHE'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3068',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3068' },
  docs: {
    summary: 'Use a BuildKit cache mount for npm (`RUN --mount=type=cache,target=/root/.npm npm ci`) (opt-in).',
    why:
      'npm keeps every package it downloads in its cache (`~/.npm`, `/root/.npm` when building as root). Without a ' +
      'cache mount that copy stays in the layer and each build downloads everything again; with one, the cache stays ' +
      'out of the image and is reused by the next build on the same builder. Cache mounts need BuildKit (the default ' +
      'builder) and are not carried by registry or CI layer caches, so this check is off unless you enable it. ' +
      'A mount on `$npm_config_cache`, when an ENV sets it, counts too.',
    bad: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    good: 'FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, NPM)) {
      report({
        message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build',
        range,
      });
    }
  },
  tests: [
    {
      name: 'npm ci without a cache mount',
      input: 'FROM node:20\nRUN npm ci\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' }],
    },
    {
      name: 'npm install and its alias i, after options',
      input: 'FROM node:20\nRUN npm --prefix /app install\nRUN npm i -g pnpm@9.1.0\n',
      expect: [
        { line: 2, col: 5, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' },
        { line: 3, col: 5, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' },
      ],
    },
    { name: 'one finding per RUN, at the first install', input: 'FROM node:20\nRUN npm ci && npm install -g serve@14.2.3\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' }] },
    { name: 'cache mount on /root/.npm', input: 'FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci\n', expect: [] },
    { name: "tmpfs mount on a non-root user's ~/.npm", input: 'FROM node:20\nUSER node\nRUN --mount=type=tmpfs,target=/home/node/.npm npm ci\n', expect: [] },
    { name: 'cache mount on the folder npm_config_cache names', input: 'FROM node:20\nENV npm_config_cache=/cache/npm-store\nRUN --mount=type=cache,target=/cache npm ci\n', expect: [] },
    { name: 'a cache mount elsewhere does not count', input: 'FROM node:20\nRUN --mount=type=cache,target=/app/node_modules npm ci\n', expect: [{ line: 2, col: 49, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' }] },
    { name: 'a bind mount does not count', input: 'FROM node:20\nRUN --mount=type=bind,target=/root/.npm npm ci\n', expect: [{ line: 2, col: 41, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' }] },
    { name: 'ONBUILD RUN', input: 'FROM node:20\nONBUILD RUN npm ci\n', expect: [{ line: 2, col: 13, message: 'Use a BuildKit cache mount for npm (`--mount=type=cache,target=/root/.npm`): the npm cache then stays out of the layer and is reused by the next build' }] },
    { name: 'other npm commands', input: 'FROM node:20\nRUN npm run build && npm test && npm cache clean --force && npm config set fund false\n', expect: [] },
  ],
};

export default rule;
