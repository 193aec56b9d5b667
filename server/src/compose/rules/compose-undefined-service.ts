import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { ComposeModel } from '../model';
import { undefinedReferences } from '../project';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-undefined-service',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the service it suggests is a guess.' },
  docs: {
    summary: 'Services named in `depends_on`, `links`, `extends`, `volumes_from` and `network_mode`/`pid`/`ipc: service:…` must be defined (in this file, a file it includes, the base file of an override file, or the default override file beside a base file).',
    why: '`docker compose` stops with "service \\"x\\" depends on undefined service \\"y\\"" (or a similar error) before starting anything; a renamed or misspelt service is the usual cause.',
    bad: 'services:\n  web:\n    image: app\n    depends_on:\n      - databse\n  database:\n    image: postgres\n',
    good: 'services:\n  web:\n    image: app\n    depends_on:\n      - database\n  database:\n    image: postgres\n',
  },
  check({ model, report, path, files }) {
    for (const { ref, names } of undefinedReferences(model, path, files, (kind) => kind === 'service')) {
      const suggestion = closest(ref.name, names.filter((n) => n !== ref.from));
      report({
        message: `service "${ref.from}" refers to undefined service "${ref.name}" in ${ref.via}` + didYouMean(suggestion, 'yaml'),
        range: ref.range,
        fixes: suggestionFix(ref.range, suggestion),
      });
    }
  },
  tests: [
    {
      name: 'depends_on short and long, links, extends, volumes_from, network_mode',
      input: dedent`
        services:
          db:
            image: postgres
          web:
            image: app
            depends_on:
              - dbb
            links:
              - cache:redis
            volumes_from:
              - data:ro
            network_mode: "service:vpn"
          api:
            extends: bse
            depends_on:
              queue:
                condition: service_started
      `,
      expect: [
        { line: 7, col: 9, message: 'service "web" refers to undefined service "dbb" in depends_on. Did you mean "db"?' },
        { line: 9, col: 9, message: 'service "web" refers to undefined service "cache" in links' },
        { line: 11, col: 9, message: 'service "web" refers to undefined service "data" in volumes_from' },
        { line: 12, col: 28, message: 'service "web" refers to undefined service "vpn" in network_mode' },
        { line: 14, col: 14, message: 'service "api" refers to undefined service "bse" in extends' },
        { line: 16, col: 7, message: 'service "api" refers to undefined service "queue" in depends_on' },
      ],
    },
    {
      name: 'typo fix',
      input: 'services:\n  database:\n    image: postgres\n  web:\n    image: app\n    depends_on: [databse]\n',
      expect: [{ line: 6, col: 18, message: 'service "web" refers to undefined service "databse" in depends_on. Did you mean "database"?' }],
      fixed: 'services:\n  database:\n    image: postgres\n  web:\n    image: app\n    depends_on: [database]\n',
    },
    {
      name: 'defined, container: and extends from another file',
      input: dedent`
        services:
          db:
            image: postgres
          web:
            image: app
            depends_on: [db]
            links: ["db:database"]
            volumes_from: ["db", "container:legacy"]
            network_mode: service:db
          admin:
            extends:
              file: other.yaml
              service: elsewhere
      `,
      expect: [],
    },
    {
      name: 'services from included files',
      input: 'include:\n  - infra/compose.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
      files: { 'infra/compose.yaml': 'services:\n  db:\n    image: postgres\n' },
      expect: [],
    },
    {
      name: 'included file missing: not judged',
      input: 'include:\n  - infra/compose.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
      expect: [],
    },
    {
      name: 'override file sees the base file',
      path: 'compose.override.yaml',
      input: 'services:\n  web:\n    depends_on: [db, cahe]\n',
      files: { 'compose.yaml': 'services:\n  web:\n    image: app\n  db:\n    image: postgres\n  cache:\n    image: redis\n' },
      expect: [{ line: 3, col: 22, message: 'service "web" refers to undefined service "cahe" in depends_on. Did you mean "cache"?' }],
    },
    {
      name: 'services from a file that an included file includes, relative to that file',
      input: 'include:\n  - sub/a.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db, nope]\n',
      files: { 'sub/a.yaml': 'include:\n  - b.yaml\n', 'sub/b.yaml': 'services:\n  db:\n    image: postgres\n' },
      expect: [{ line: 6, col: 22, message: 'service "web" refers to undefined service "nope" in depends_on' }],
    },
    {
      name: 'a base file sees the default override file beside it, but not the names it resets',
      path: 'compose.yaml',
      input: 'services:\n  web:\n    image: app\n    depends_on: [debug, old]\n',
      files: { 'compose.override.yaml': 'services:\n  debug:\n    image: busybox\n  old: !reset null\n' },
      expect: [{ line: 4, col: 25, message: 'service "web" refers to undefined service "old" in depends_on' }],
    },
  ],
};

export default rule;
