import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3073',
  source: 'hadolint test/Hadolint/Rule/DL3073Spec.hs',
  bad: [
    { dockerfile: 'FROM php:8.3\nRUN composer install\n' },
    { dockerfile: 'FROM php:8.3\nRUN composer update\n' },
    { dockerfile: 'FROM php:8.3\nONBUILD RUN composer install\n' },
    { dockerfile: 'FROM php:8.3\nRUN --mount=type=cache,target=/wrong/path composer install\n' },
  ],
  good: [
    { dockerfile: 'FROM php:8.3\nRUN echo hello\n' },
    { dockerfile: 'FROM php:8.3\nRUN --mount=type=cache,target=/root/.composer/cache composer install\n' },
    { dockerfile: 'FROM php:8.3\nRUN --mount=type=tmpfs,target=/root/.composer/cache composer install\n' },
  ],
};
export default examples;
