import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { reportSchemaIssues } from '../schema';
import { dedent } from '../../engine/dedent';

export const COMPOSE_TOP_KEYS = ['version', 'name', 'include', 'services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

const rule: Rule<ComposeModel> = {
  id: 'compose-unknown-key',
  language: 'compose',
  severity: 'error',
  fix: { safety: 'unsafe', why: 'A did-you-mean: the key it suggests is a guess.' },
  docs: {
    summary: 'Keys must be ones the Compose specification defines at that place (or `x-` extensions where it allows them).',
    why: '`docker compose` refuses the whole file with "additional properties not allowed"; a misspelt `service:`, `volume:` or `healtcheck:` is easy to miss.',
    bad: 'services:\n  web:\n    image: nginx\n    healtcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
    good: 'services:\n  web:\n    image: nginx\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
  },
  check(ctx) {
    reportSchemaIssues(ctx, 'unknown-key');
  },
  tests: [
    { name: 'top-level typo', input: 'service:\n  web:\n    image: nginx\n', expect: [{ line: 1, col: 1, message: 'additional property "service" is not allowed at the top level. Did you mean "services"?' }], fixed: 'services:\n  web:\n    image: nginx\n' },
    { name: 'extensions allowed', input: 'x-common: &c\n  restart: always\nservices:\n  web:\n    image: nginx\n    x-meta: 1\n', expect: [] },
    { name: 'all top keys', input: 'version: "3.9"\nname: app\nservices: {}\nnetworks: {}\nvolumes: {}\nsecrets: {}\nconfigs: {}\n', expect: [] },
    {
      name: 'service key typo',
      input: 'services:\n  web:\n    image: nginx\n    enviroment:\n      A: "1"\n',
      expect: [{ line: 4, col: 5, message: 'additional property "enviroment" is not allowed in services.web. Did you mean "environment"?' }],
      fixed: 'services:\n  web:\n    image: nginx\n    environment:\n      A: "1"\n',
    },
    {
      name: 'nested: healthcheck, build, deploy',
      input: dedent`
        services:
          web:
            build:
              context: .
              dockerfil: Dockerfile
            healthcheck:
              intervl: 30s
            deploy:
              resources:
                limit:
                  cpus: "0.5"
      `,
      files: { Dockerfile: 'FROM scratch\n' },
      expect: [
        { line: 5, col: 7, message: 'additional property "dockerfil" is not allowed in services.web.build. Did you mean "dockerfile"?' },
        { line: 7, col: 7, message: 'additional property "intervl" is not allowed in services.web.healthcheck. Did you mean "interval"?' },
        { line: 10, col: 9, message: 'additional property "limit" is not allowed in services.web.deploy.resources. Did you mean "limits"?' },
      ],
    },
    {
      name: 'merge keys and !reset are followed',
      input: dedent`
        x-base: &base
          restart: always
          imagee: x
        services:
          web:
            <<: *base
            image: nginx
            ports: !reset []
          api:
            <<: *base
            image: api
      `,
      expect: [{ line: 3, col: 3, message: 'additional property "imagee" is not allowed in services.web. Did you mean "image"?' }],
    },
    { name: 'interpolated values are open', input: 'services:\n  web:\n    image: ${IMAGE:-nginx}\n    cpus: ${CPUS}\n    privileged: ${PRIV:-false}\n', expect: [] },
  ],
};

export default rule;
