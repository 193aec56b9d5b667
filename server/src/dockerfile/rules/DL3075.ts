import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';

/** pnpm commands that download packages into its store. */
const INSTALLS = new Set(['install', 'i', 'add', 'fetch', 'update', 'up', 'upgrade']);

export const PNPM: CacheMountTool = {
  key: 'DL3075',
  fills(c) {
    if (c.name !== 'pnpm') return undefined;
    const sub = firstOperand(c, ['-C', '--dir', '-F', '--filter', '--store-dir']);
    return sub && INSTALLS.has(sub.value) ? commandRange(c, sub) : undefined;
  },
  covers: (t) => /pnpm/.test(t),
  envDirs: ['PNPM_HOME', 'npm_config_store_dir'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3075',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3075' },
  docs: {
    summary: 'Use a BuildKit cache mount for the pnpm store (`--mount=type=cache,target=/root/.local/share/pnpm/store`) (opt-in).',
    why:
      'pnpm keeps every package it downloads in its content-addressed store (`~/.local/share/pnpm/store`, or ' +
      '`$PNPM_HOME/store` when PNPM_HOME is set, as in pnpm\'s own Docker guide). Without a cache mount the store ' +
      'stays in the layer and each build downloads it again. Cache mounts need BuildKit and are not carried by ' +
      'registry or CI layer caches, so this check is off unless you enable it.',
    bad: 'FROM node:20-slim\nRUN corepack enable\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --frozen-lockfile\n',
    good:
      'FROM node:20-slim\nRUN corepack enable\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\n' +
      'RUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install --frozen-lockfile\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, PNPM)) {
      report({
        message: 'Use a BuildKit cache mount for pnpm (`--mount=type=cache,target=/root/.local/share/pnpm/store`): the pnpm store then stays out of the layer and is reused by the next build',
        range,
      });
    }
  },
  tests: [
    {
      name: 'pnpm install without a cache mount',
      input: 'FROM node:20\nRUN pnpm install --frozen-lockfile\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for pnpm (`--mount=type=cache,target=/root/.local/share/pnpm/store`): the pnpm store then stays out of the layer and is reused by the next build' }],
    },
    { name: 'pnpm add, after --filter', input: 'FROM node:20\nRUN pnpm --filter web add lodash@4.17.21\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for pnpm (`--mount=type=cache,target=/root/.local/share/pnpm/store`): the pnpm store then stays out of the layer and is reused by the next build' }] },
    { name: 'cache mount on the default store', input: 'FROM node:20\nRUN --mount=type=cache,target=/root/.local/share/pnpm/store pnpm install\n', expect: [] },
    { name: "pnpm's Docker guide: PNPM_HOME=/pnpm", input: 'FROM node:20\nENV PNPM_HOME=/pnpm\nRUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM node:20\nRUN --mount=type=cache,target=/app/node_modules pnpm install\n', expect: [{ line: 2, col: 49, message: 'Use a BuildKit cache mount for pnpm (`--mount=type=cache,target=/root/.local/share/pnpm/store`): the pnpm store then stays out of the layer and is reused by the next build' }] },
    { name: 'other pnpm commands', input: 'FROM node:20\nRUN pnpm run build && pnpm deploy --prod /out && pnpm --version\n', expect: [] },
  ],
};

export default rule;
