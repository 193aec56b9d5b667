import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { reportSchemaIssues } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-missing-key',
  language: 'compose',
  severity: 'error',
  docs: {
    summary: 'Keys the Compose specification requires at a place (`extends.service`, `condition` in long `depends_on`, `type` of a long volume, …) must be there.',
    why: '`docker compose` refuses the file with "missing property"; the long syntax forms each have a key they cannot do without.',
    bad: 'services:\n  db:\n    image: postgres\n  web:\n    image: app\n    depends_on:\n      db:\n        restart: true\n',
    good: 'services:\n  db:\n    image: postgres\n  web:\n    image: app\n    depends_on:\n      db:\n        condition: service_started\n        restart: true\n',
  },
  check(ctx) {
    reportSchemaIssues(ctx, 'missing-key');
  },
  tests: [
    {
      name: 'depends_on long form without condition',
      input: 'services:\n  db:\n    image: postgres\n  web:\n    image: app\n    depends_on:\n      db:\n        restart: true\n',
      expect: [{ line: 7, col: 7, message: 'services.web.depends_on.db is missing the required key "condition"' }],
    },
    {
      name: 'long volume without type',
      input: 'services:\n  web:\n    image: app\n    volumes:\n      - source: data\n        target: /data\nvolumes:\n  data:\n',
      expect: [{ line: 5, col: 9, message: 'services.web.volumes[0] is missing the required key "type"' }],
    },
    {
      name: 'complete long forms',
      input: dedent`
        services:
          db:
            image: postgres
          web:
            image: app
            depends_on:
              db:
                condition: service_healthy
            volumes:
              - type: volume
                source: data
                target: /data
        volumes:
          data:
      `,
      expect: [],
    },
  ],
};

export default rule;
