import type { YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'hardcoded-credentials',
  language: 'workflow',
  severity: 'warning',
  compat: { actionlint: 'credentials' },
  aliases: ['hardcoded-container-credentials'],
  docs: {
    summary: 'A container or service `credentials.password` written as plain text instead of `${{ secrets.NAME }}`.',
    why: 'Everyone who can read the repository can read the password, and it stays in the Git history after it is removed. Store it as a secret.',
    bad: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container:\n      image: ghcr.io/acme/build:1\n      credentials:\n        username: ci\n        password: hunter2\n    steps:\n      - run: make test\n',
    good: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container:\n      image: ghcr.io/acme/build:1\n      credentials:\n        username: ci\n        password: ${{ secrets.REGISTRY_PASSWORD }}\n    steps:\n      - run: make test\n',
  },
  check({ model, report }) {
    for (const job of workflowStructure(model).jobs) {
      const check = (node: unknown, where: string) => {
        if (!isMap(node)) return;
        const creds = resolve(model, pairsOf(model, node as YAMLMap).get('credentials')?.value);
        if (!isMap(creds)) return;
        const pw = resolve(model, pairsOf(model, creds as YAMLMap).get('password')?.value);
        const v = scalarString(pw);
        if (v === undefined || !isScalar(pw) || v.trim() === '' || v.includes('${{')) return;
        report({ message: `"password" section in ${where} should be specified via secrets. do not put password value directly`, range: model.rangeOf(pw) });
      };
      check(resolve(model, job.pairs.get('container')?.value), '"container" section');
      const services = resolve(model, job.pairs.get('services')?.value);
      if (isMap(services))
        for (const p of (services as YAMLMap).items) check(resolve(model, p.value), `${JSON.stringify(scalarString(p.key) ?? '')} service`);
    }
  },
  tests: [
    {
      name: 'container and service passwords',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: x
              credentials:
                username: u
                password: pass
            services:
              redis:
                image: redis
                credentials:
                  username: u
                  password: "p@ss"
            steps:
              - run: echo
      `,
      expect: [
        { line: 9, col: 19, message: '"password" section in "container" section should be specified via secrets. do not put password value directly' },
        { line: 15, col: 21, message: '"password" section in "redis" service should be specified via secrets. do not put password value directly' },
      ],
    },
    {
      name: 'secrets and expressions',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: x
              credentials:
                username: \${{ github.actor }}
                password: \${{ secrets.GITHUB_TOKEN }}
            steps:
              - run: echo
      `,
      expect: [],
    },
  ],
};

export default rule;
