import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';

/** composer commands that download packages (with their aliases). */
const INSTALLS = new Set(['install', 'i', 'update', 'u', 'upgrade', 'require', 'r', 'create-project', 'reinstall']);

export const COMPOSER: CacheMountTool = {
  key: 'DL3073',
  fills(c) {
    if (c.name !== 'composer' && c.name !== 'composer.phar') return undefined;
    const sub = firstOperand(c, ['-d', '--working-dir']);
    return sub && INSTALLS.has(sub.value) ? commandRange(c, sub) : undefined;
  },
  // `~/.composer/cache`, `~/.cache/composer` (XDG) or any folder named for composer.
  covers: (t) => /composer/.test(t),
  envDirs: ['COMPOSER_CACHE_DIR', 'COMPOSER_HOME'],
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3073',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3073' },
  docs: {
    summary: "Use a BuildKit cache mount for Composer's cache (`--mount=type=cache,target=/root/.composer/cache`) (opt-in).",
    why:
      'Composer keeps every package it downloads in its cache (`$COMPOSER_HOME/cache`: `/root/.composer/cache` as root, ' +
      '`/tmp/cache` in the composer image, or `$COMPOSER_CACHE_DIR`). Without a cache mount that copy stays in the ' +
      'layer and each build downloads everything again. Cache mounts need BuildKit and are not carried by registry ' +
      'or CI layer caches, so this check is off unless you enable it.',
    bad: 'FROM php:8.3-fpm\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nWORKDIR /app\nCOPY composer.json composer.lock ./\nRUN composer install --no-dev\n',
    good:
      'FROM php:8.3-fpm\nCOPY --from=composer:2 /usr/bin/composer /usr/bin/composer\nWORKDIR /app\nCOPY composer.json composer.lock ./\n' +
      'RUN --mount=type=cache,target=/root/.composer/cache composer install --no-dev\n',
  },
  check({ model, report }) {
    for (const { range } of uncachedRuns(model, COMPOSER)) {
      report({
        message: 'Use a BuildKit cache mount for Composer (`--mount=type=cache,target=/root/.composer/cache`, or `$COMPOSER_CACHE_DIR`) to speed up PHP dependency installation',
        range,
      });
    }
  },
  tests: [
    {
      name: 'composer install without a cache mount',
      input: 'FROM php:8.3\nRUN composer install --no-dev --optimize-autoloader\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Composer (`--mount=type=cache,target=/root/.composer/cache`, or `$COMPOSER_CACHE_DIR`) to speed up PHP dependency installation' }],
    },
    { name: 'composer require, after --working-dir', input: 'FROM php:8.3\nRUN composer -d /app require monolog/monolog:3.7.0\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for Composer (`--mount=type=cache,target=/root/.composer/cache`, or `$COMPOSER_CACHE_DIR`) to speed up PHP dependency installation' }] },
    { name: 'cache mount on /root/.composer/cache', input: 'FROM php:8.3\nRUN --mount=type=cache,target=/root/.composer/cache composer install\n', expect: [] },
    { name: 'cache mount on the cache of COMPOSER_HOME', input: 'FROM composer:2\nENV COMPOSER_HOME=/tmp\nRUN --mount=type=cache,target=/tmp/cache composer install\n', expect: [] },
    { name: 'a cache mount elsewhere', input: 'FROM php:8.3\nRUN --mount=type=cache,target=/app/vendor composer install\n', expect: [{ line: 2, col: 43, message: 'Use a BuildKit cache mount for Composer (`--mount=type=cache,target=/root/.composer/cache`, or `$COMPOSER_CACHE_DIR`) to speed up PHP dependency installation' }] },
    { name: 'other composer commands', input: 'FROM php:8.3\nRUN composer dump-autoload --optimize && composer --version\n', expect: [] },
  ],
};

export default rule;
