import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { reportSchemaIssues } from '../schema';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-invalid-value',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean is a guess; quoting a number or boolean where Compose wants a string (the text as written), and removing an entry that repeats an earlier one, are applied by `--fix` (safe).' },
  docs: {
    summary: 'Values must have the type and form the Compose specification allows (a string where a string is expected, one of the allowed values, no duplicate list entries, valid names).',
    why: '`docker compose` refuses the file ("services.web.user must be a string"); unquoted numbers such as `user: 1000` and mistyped enum values are the usual cause.',
    bad: 'services:\n  web:\n    image: app\n    user: 1000\n',
    good: 'services:\n  web:\n    image: app\n    user: "1000"\n',
  },
  check(ctx) {
    reportSchemaIssues(ctx, 'invalid-value');
  },
  tests: [
    {
      name: 'number where a string is expected',
      input: 'services:\n  web:\n    image: app\n    user: 1000\n',
      expect: [{ line: 4, col: 11, message: 'services.web.user must be a string, not an integer' }],
      fixed: 'services:\n  web:\n    image: app\n    user: "1000"\n',
    },
    {
      name: 'enum typo',
      input: 'services:\n  db:\n    image: postgres\n  web:\n    image: app\n    depends_on:\n      db:\n        condition: service_healty\n',
      expect: [{ line: 8, col: 20, message: 'services.web.depends_on.db.condition must be one of "service_started", "service_healthy", "service_completed_successfully", not "service_healty". Did you mean "service_healthy"?' }],
      fixed: 'services:\n  db:\n    image: postgres\n  web:\n    image: app\n    depends_on:\n      db:\n        condition: service_healthy\n',
    },
    {
      name: 'wrong shape',
      input: 'services:\n  web:\n    image: app\n    ports: "80:80"\n    environment: A=1\n',
      expect: [
        { line: 4, col: 12, message: 'services.web.ports must be a list, not a string' },
        { line: 5, col: 18, message: 'services.web.environment must be a mapping or a list, not a string' },
      ],
    },
    {
      name: 'duplicate list entry',
      input: 'services:\n  web:\n    image: app\n    cap_add:\n      - NET_ADMIN\n      - NET_ADMIN\n',
      expect: [{ line: 6, col: 9, message: 'services.web.cap_add has a duplicate entry "NET_ADMIN" (same as item 1)' }],
      fixed: 'services:\n  web:\n    image: app\n    cap_add:\n      - NET_ADMIN\n',
    },
    { name: 'invalid service name', input: 'services:\n  my web:\n    image: app\n', expect: [{ line: 2, col: 3, message: '"my web" is not a valid name in services: it must match ^[a-zA-Z0-9._-]+$' }] },
    { name: 'out of range', input: 'services:\n  web:\n    image: app\n    oom_score_adj: 2000\n', expect: [{ line: 4, col: 20, message: 'services.web.oom_score_adj must be at most 1000, not 2000' }] },
    {
      name: 'valid short and long forms, interpolation, !reset',
      input: dedent`
        services:
          web:
            image: app
            user: "1000:1000"
            build: .
            environment:
              - A=1
            ports:
              - 80
              - "443:443"
              - target: 8080
                published: \${PORT:-8080}
            restart: \${RESTART:-always}
            cpus: 0.5
            mem_limit: 512m
            labels:
              traefik.enable: true
            command: !reset null
      `,
      expect: [],
    },
  ],
};

export default rule;
