import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandRange, firstOperand, uncachedRuns, type CacheMountTool } from '../cacheMounts';
import { runMounts } from '../shell';
import { logicalRange, parseInstruction } from '../syntax';

/** Where the ruby images install gems (`GEM_HOME`, also Bundler's path there). */
const RUBY_IMAGE_GEM_HOME = '/usr/local/bundle';

export const GEMS: CacheMountTool = {
  key: 'DL3077',
  fills(c) {
    const sub = firstOperand(c, ['--gemfile', '--path']);
    if (!sub) return undefined;
    if (c.name === 'gem' && sub.value === 'install') return commandRange(c, sub);
    if (c.name === 'bundle' && ['install', 'update'].includes(sub.value)) return commandRange(c, sub);
    return undefined;
  },
  // `~/.gem`, the gem cache `$GEM_HOME/cache`, or a folder named for bundler.
  covers: (t) => /(^|\/)\.gem(\/|$)|bundle/.test(t),
};

const rule: Rule<DockerfileModel> = {
  id: 'DL3077',
  language: 'dockerfile',
  severity: 'info',
  optIn: true,
  compat: { hadolint: 'DL3077' },
  docs: {
    summary: 'Use a BuildKit cache mount for the gem cache (`--mount=type=cache,target=/usr/local/bundle/cache`) on `gem install` and `bundle install` (opt-in).',
    why:
      'RubyGems and Bundler keep every downloaded `.gem` file in `$GEM_HOME/cache` (`/usr/local/bundle/cache` in the ' +
      'ruby images) after unpacking it; without a cache mount that copy stays in the layer and each build downloads ' +
      'it again. Mount the cache folder, not `/usr/local/bundle` itself: that is where the ruby images install the ' +
      'gems, and what a RUN writes under a cache mount is not in the image, so the gems would be missing at run ' +
      'time (reported as a warning). Cache mounts need BuildKit and are not carried by registry or CI layer caches, ' +
      'so this check is off unless you enable it.',
    bad: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n',
    good: 'FROM ruby:3.3-slim\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN --mount=type=cache,target=/usr/local/bundle/cache bundle install\n',
  },
  check({ model, report }) {
    for (const { run, range } of uncachedRuns(model, { ...GEMS, covers: () => false })) {
      const mounts = runMounts(model, run.ins);
      const i = mounts.findIndex((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target === RUBY_IMAGE_GEM_HOME);
      if (i >= 0) {
        // runMounts lists the `--mount` flags in order.
        const p = parseInstruction(model, run.ins);
        const flag = p.flags.filter((f) => f.name.toLowerCase() === 'mount')[i];
        report({
          message: `The ${mounts[i].type} mount on ${RUBY_IMAGE_GEM_HOME} (where the ruby images install gems) keeps the installed gems out of the image: mount ${RUBY_IMAGE_GEM_HOME}/cache instead`,
          range: flag ? logicalRange(model, p.line, flag.start, flag.end) : range,
          severity: 'warning',
        });
        continue;
      }
      if (mounts.some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== undefined && GEMS.covers(m.target))) continue;
      report({
        message: 'Use a BuildKit cache mount for the gem cache (`--mount=type=cache,target=/usr/local/bundle/cache`, `$GEM_HOME/cache`) to speed up Ruby gem installation',
        range,
      });
    }
  },
  tests: [
    {
      name: 'bundle install without a cache mount',
      input: 'FROM ruby:3.3\nRUN bundle install\n',
      expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for the gem cache (`--mount=type=cache,target=/usr/local/bundle/cache`, `$GEM_HOME/cache`) to speed up Ruby gem installation', severity: 'info' }],
    },
    { name: 'gem install', input: 'FROM ruby:3.3\nRUN gem install rails -v 7.2.1\n', expect: [{ line: 2, col: 5, message: 'Use a BuildKit cache mount for the gem cache (`--mount=type=cache,target=/usr/local/bundle/cache`, `$GEM_HOME/cache`) to speed up Ruby gem installation' }] },
    { name: 'cache mount on the gem cache', input: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/usr/local/bundle/cache bundle install\n', expect: [] },
    { name: 'cache mount on ~/.gem', input: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/root/.gem gem install rails -v 7.2.1\n', expect: [] },
    {
      name: 'cache mount on the install folder itself',
      input: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/usr/local/bundle bundle install\n',
      expect: [{ line: 2, col: 5, message: 'The cache mount on /usr/local/bundle (where the ruby images install gems) keeps the installed gems out of the image: mount /usr/local/bundle/cache instead', severity: 'warning' }],
    },
    { name: 'a cache mount elsewhere', input: 'FROM ruby:3.3\nRUN --mount=type=cache,target=/app/tmp bundle install\n', expect: [{ line: 2, col: 40, message: 'Use a BuildKit cache mount for the gem cache (`--mount=type=cache,target=/usr/local/bundle/cache`, `$GEM_HOME/cache`) to speed up Ruby gem installation' }] },
    { name: 'other gem and bundle commands', input: 'FROM ruby:3.3\nRUN gem update --system 3.5.20 && bundle exec rake assets:precompile && bundle config set without development\n', expect: [] },
  ],
};

export default rule;
