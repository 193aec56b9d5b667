import type { HadolintDocExamples } from './types';

// hadolint's rule specification (hadolint pull request #1249); every case is also checked as an ONBUILD trigger there.
const examples: HadolintDocExamples = {
  id: 'DL3077',
  source: 'hadolint test/Hadolint/Rule/DL3077Spec.hs',
  bad: [
    { dockerfile: 'FROM ruby:3.3\nRUN gem install rails\n' },
    { dockerfile: 'FROM ruby:3.3\nRUN bundle install\n' },
    { dockerfile: 'FROM ruby:3.3\nONBUILD RUN bundle install\n' },
    { dockerfile: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/wrong/path bundle install\n' },
  ],
  good: [
    { dockerfile: 'FROM ruby:3.3\nRUN echo hello\n' },
    {
      dockerfile: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/usr/local/bundle bundle install\n',
      differs: 'in the ruby images /usr/local/bundle is where the gems are installed; under a cache mount they are left out of the image, so Slipway reports this mount (as a warning) and suggests /usr/local/bundle/cache',
    },
    { dockerfile: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/root/.gem gem install rails\n' },
    {
      dockerfile: 'FROM ruby:3.3\nRUN --mount=type=tmpfs,target=/usr/local/bundle bundle install\n',
      differs: 'as with the cache mount: a tmpfs mount on the install folder of the ruby images leaves the installed gems out of the image',
    },
  ],
};
export default examples;
