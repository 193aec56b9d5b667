import type { Rule } from '../../engine/types';
import { closest, didYouMean, suggestionFix } from '../../engine/suggest';
import type { ComposeModel } from '../model';
import { TOP_SECTION, undefinedReferences } from '../project';
import { dedent } from '../../engine/dedent';

const rule: Rule<ComposeModel> = {
  id: 'compose-undefined-resource',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the name it suggests is a guess.' },
  docs: {
    summary: 'Networks, named volumes, secrets, configs and models a service uses must be declared under the top-level `networks`, `volumes`, `secrets`, `configs` or `models`.',
    why: '`docker compose` refuses the file ("service \\"web\\" refers to undefined volume data"); a volume short syntax without `./` is a named volume, not a folder.',
    bad: 'services:\n  db:\n    image: postgres\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    good: 'services:\n  db:\n    image: postgres\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
  },
  check({ model, report, path, files }) {
    for (const { ref, names } of undefinedReferences(model, path, files, (kind) => kind !== 'service')) {
      const suggestion = closest(ref.name, names);
      const hint =
        ref.kind === 'volume' && !suggestion
          ? ` (declare it under the top-level "volumes", or write ./${ref.name} for a folder beside the Compose file)`
          : ` (declare it under the top-level "${TOP_SECTION[ref.kind]}")`;
      report({
        message: `service "${ref.from}" refers to undefined ${ref.kind} "${ref.name}"` + (suggestion ? didYouMean(suggestion, 'yaml') : hint),
        range: ref.range,
        fixes: suggestionFix(ref.range, suggestion),
      });
    }
  },
  tests: [
    {
      name: 'undefined network, volume, secret, config',
      input: dedent`
        services:
          web:
            image: app
            networks: [front]
            volumes:
              - data:/data
              - type: volume
                source: cache
                target: /cache
            secrets: [token]
            configs:
              - source: nginx_conf
                target: /etc/nginx/nginx.conf
      `,
      expect: [
        { line: 4, col: 16, message: 'service "web" refers to undefined network "front" (declare it under the top-level "networks")' },
        { line: 6, col: 9, message: 'service "web" refers to undefined volume "data" (declare it under the top-level "volumes", or write ./data for a folder beside the Compose file)' },
        { line: 8, col: 17, message: 'service "web" refers to undefined volume "cache" (declare it under the top-level "volumes", or write ./cache for a folder beside the Compose file)' },
        { line: 10, col: 15, message: 'service "web" refers to undefined secret "token" (declare it under the top-level "secrets")' },
        { line: 12, col: 17, message: 'service "web" refers to undefined config "nginx_conf" (declare it under the top-level "configs")' },
      ],
    },
    {
      name: 'typo in a named volume',
      input: 'services:\n  db:\n    image: postgres\n    volumes:\n      - pgdta:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
      expect: [{ line: 5, col: 9, message: 'service "db" refers to undefined volume "pgdta". Did you mean "pgdata"?' }],
      fixed: 'services:\n  db:\n    image: postgres\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:\n',
    },
    {
      name: 'bind mounts, anonymous volumes, default network, declared names',
      input: dedent`
        services:
          web:
            image: app
            networks:
              default: {}
              back:
                aliases: [api]
            volumes:
              - ./src:/src
              - /var/run/docker.sock:/var/run/docker.sock
              - ~/cache:/cache
              - /anonymous
              - \${DATA:-./data}:/data
              - logs:/logs:ro
            secrets:
              - source: token
                target: api_token
        networks:
          back: {}
        volumes:
          logs:
        secrets:
          token:
            file: ./token.txt
      `,
      expect: [],
    },
  ],
};

export default rule;
