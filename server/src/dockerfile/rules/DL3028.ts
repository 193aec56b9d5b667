import type { Rule } from '../../engine/types';
import type { DockerfileModel } from '../model';
import { commandsNamed, positionals } from '../shell';

const GEM_VALUE_FLAGS = new Set(['i', 'install-dir', 'n', 'bindir', 's', 'source', 'platform', 'P', 'trust-policy', 'g', 'file', 'document', 'build-root', 'config-file', 'without', 'target-rbconfig']);

const rule: Rule<DockerfileModel> = {
  id: 'DL3028',
  language: 'dockerfile',
  severity: 'warning',
  compat: { hadolint: 'DL3028' },
  docs: {
    summary: 'Pin versions in `gem install`.',
    why: 'An unpinned gem installs the newest release at build time, so rebuilds are not reproducible and can break. Use `gem install <gem>:<version>` or `-v`.',
    bad: 'FROM ruby:3.3\nRUN gem install bundler\n',
    good: 'FROM ruby:3.3\nRUN gem install bundler:2.5.10\n',
  },
  check({ model, report }) {
    for (const { cmd } of commandsNamed(model, 'gem')) {
      // Words after `--` are build flags for the gems' extensions (`-- --with-pg-config=…`), not gem names.
      const end = cmd.args.findIndex((a) => a.value === '--');
      const args = end < 0 ? cmd.args : cmd.args.slice(0, end);
      const pos = positionals({ ...cmd, args }, GEM_VALUE_FLAGS);
      if (!pos.length || (pos[0].value !== 'install' && pos[0].value !== 'i')) continue;
      if (args.some((a) => a.value === '-v' || a.value === '--version' || a.value.startsWith('--version='))) continue;
      const loose = pos.slice(1).filter((p) => !p.dynamic && !p.value.includes(':') && !p.value.endsWith('.gem'));
      if (!loose.length) continue;
      report({
        message: `Pin versions in gem install: ${loose.map((p) => p.value).join(', ')}. Instead of \`gem install <gem>\` use \`gem install <gem>:<version>\``,
        range: loose[0].range,
      });
    }
  },
  tests: [
    { name: 'unpinned', input: 'FROM ruby:3.3\nRUN gem install bundler\n', expect: [{ line: 2, col: 17, message: 'Pin versions in gem install: bundler. Instead of `gem install <gem>` use `gem install <gem>:<version>`' }] },
    { name: 'pinned with colon', input: 'FROM ruby:3.3\nRUN gem install bundler:2.5.10 rake:13.2.1\n', expect: [] },
    { name: 'pinned with -v', input: 'FROM ruby:3.3\nRUN gem install bundler -v 2.5.10 && gem install rails --version=7.1.3\n', expect: [] },
    { name: 'local gem file', input: 'FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.gem\n', expect: [] },
    { name: 'build flags after -- are not gems', input: 'FROM ruby:3.3\nRUN gem install pg:1.5.6 -- --with-pg-config=/usr/bin/pg_config\n', expect: [] },
    {
      name: 'an unpinned gem before --',
      input: 'FROM ruby:3.3\nRUN gem install mysql2 -- --with-mysql-dir=/usr -v\n',
      expect: [{ line: 2, col: 17, message: 'Pin versions in gem install: mysql2. Instead of `gem install <gem>` use `gem install <gem>:<version>`' }],
    },
    { name: 'gem update', input: 'FROM ruby:3.3\nRUN gem update --system\n', expect: [] },
  ],
};

export default rule;
