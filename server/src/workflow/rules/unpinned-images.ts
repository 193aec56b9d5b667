import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { allSteps, pairsOf, resolve, scalarString, workflowStructure } from '../structure';
import { dedent } from '../../engine/dedent';

/**
 * What pins an image reference: `name@sha256:…` (a digest: the same bytes every run), `name:tag` (a tag: the registry
 * can move it), or nothing (`name`: Docker pulls `latest`). The tag is the part after the last `:` that follows the
 * last `/`, so a registry port (`localhost:5000/app`) is not a tag.
 */
function pinning(ref: string): 'digest' | 'tag' | 'latest' | 'none' {
  if (ref.includes('@')) return 'digest';
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  const colon = name.indexOf(':');
  if (colon < 0) return 'none';
  return name.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}

const rule: Rule<WorkflowModel> = {
  id: 'unpinned-images',
  language: ['workflow', 'action'],
  severity: 'warning',
  compat: {},
  docs: {
    summary:
      'A job `container:` or `services:` image, a `uses: docker://` step or a Docker action\'s `runs.image: docker://` has no tag or the `latest` tag (zizmor\'s `unpinned-images`), so each run may start a different image.',
    why:
      'Without a tag Docker pulls `latest`, and whoever can push to the image\'s repository (or the registry) decides what `latest` is at the next run: the job runs that image with its token and secrets, and a build that passed yesterday can fail today. Pin a version tag, or better a digest (`node:22@sha256:…`, which cannot change; `docker inspect --format \'{{.RepoDigests}}\' node:22` shows it). A version tag without a digest is not reported: it is the usual, readable choice, though a registry can move it too (zizmor reports it in its pedantic mode). Images given by an expression, and the empty string that turns a service off, are left alone. No quick fix: no tag can be chosen for you. See https://docs.zizmor.sh/audits/#unpinned-images.',
    bad: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: node:latest\n    services:\n      db:\n        image: postgres\n    steps:\n      - run: npm test\n',
    good: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: node:22\n    services:\n      db:\n        image: postgres:17@sha256:4d89c904835259bc58876520e56267ca07a4ebd6a027f7814bbbf91b50d685be\n    steps:\n      - run: npm test\n',
  },
  check({ model, report }) {
    const judge = (node: unknown, where: string) => {
      const v = scalarString(node);
      if (v === undefined || !isScalar(node)) return;
      const ref = v.trim().replace(/^docker:\/\//, '');
      // An empty image turns a service off (`image: ${{ cond && 'x' || '' }}` is the usual idiom); an expression is
      // only known at run time.
      if (ref === '' || ref.includes('${{')) return;
      const p = pinning(ref);
      if (p === 'digest' || p === 'tag') return;
      const base = p === 'latest' ? ref.slice(0, -':latest'.length) : ref;
      const what = p === 'latest' ? `uses the "latest" tag, which` : `has no tag, so Docker pulls "latest", which`;
      report({
        message: `the image ${JSON.stringify(v.trim())} of ${where} ${what} can point to a different image at every run. pin a version tag (${base}:<version>) or a digest (${base}@sha256:<digest>)`,
        range: model.rangeOf(node as Scalar),
      });
    };
    for (const { step } of allSteps(model)) {
      if (step.uses?.trim().startsWith('docker://')) judge(step.usesNode, 'the step');
    }
    const s = workflowStructure(model);
    if (s.runs) {
      const image = resolve(model, pairsOf(model, s.runs).get('image')?.value);
      // Without `docker://` the image is a Dockerfile of the action, built from its sources.
      if (scalarString(image)?.trim().startsWith('docker://')) judge(image, 'the action');
    }
    for (const job of s.jobs) {
      const container = resolve(model, job.pairs.get('container')?.value);
      if (isMap(container)) judge(resolve(model, pairsOf(model, container as YAMLMap).get('image')?.value), 'the job container');
      else judge(container, 'the job container');
      const services = resolve(model, job.pairs.get('services')?.value);
      if (!isMap(services)) continue;
      for (const p of (services as YAMLMap).items) {
        const service = resolve(model, p.value);
        if (isMap(service)) judge(resolve(model, pairsOf(model, service as YAMLMap).get('image')?.value), `service ${JSON.stringify(scalarString(p.key) ?? '')}`);
      }
    }
  },
  tests: [
    {
      name: 'no tag and latest, in the container (both forms) and in services',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container: node:latest
            services:
              db:
                image: postgres
              cache:
                image: "ghcr.io/acme/redis:latest"
            steps:
              - run: echo
          b:
            runs-on: ubuntu-latest
            container:
              image: docker://alpine
            steps:
              - run: echo
      `,
      expect: [
        { line: 5, col: 16, message: 'the image "node:latest" of the job container uses the "latest" tag, which can point to a different image at every run. pin a version tag (node:<version>) or a digest (node@sha256:<digest>)' },
        { line: 8, col: 16, message: 'the image "postgres" of service "db" has no tag, so Docker pulls "latest", which can point to a different image at every run. pin a version tag (postgres:<version>) or a digest (postgres@sha256:<digest>)' },
        { line: 10, col: 16, message: 'the image "ghcr.io/acme/redis:latest" of service "cache" uses the "latest" tag, which can point to a different image at every run. pin a version tag (ghcr.io/acme/redis:<version>) or a digest (ghcr.io/acme/redis@sha256:<digest>)' },
        { line: 16, col: 14, message: 'the image "docker://alpine" of the job container has no tag, so Docker pulls "latest", which can point to a different image at every run. pin a version tag (alpine:<version>) or a digest (alpine@sha256:<digest>)' },
      ],
    },
    {
      name: 'version tags, digests, expressions and the empty image of a service that is turned off',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container:
              image: node:22-bookworm
            services:
              registry:
                image: registry:2.8.3@sha256:a3d8aaa63ed8681a604f1dea0aa03f100d5895b6a58ace528858a7b332415373
              db:
                image: postgres@sha256:4d89c904835259bc58876520e56267ca07a4ebd6a027f7814bbbf91b50d685be
              redis:
                image: \${{ matrix.redis && 'redis:7' || '' }}
              off:
                image: ''
            steps:
              - run: echo
          b:
            runs-on: ubuntu-latest
            container: \${{ inputs.image }}
            steps:
              - run: echo
      `,
      expect: [],
    },
    {
      name: 'a registry port is not a tag; tags are case-sensitive',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            container: localhost:5000/app
            services:
              x:
                image: localhost:5000/app:1.2
              y:
                image: registry.example.com:443/team/app:latest
              z:
                image: app:Latest
            steps:
              - run: echo
      `,
      expect: [
        { line: 5, col: 16, message: 'the image "localhost:5000/app" of the job container has no tag, so Docker pulls "latest", which can point to a different image at every run. pin a version tag (localhost:5000/app:<version>) or a digest (localhost:5000/app@sha256:<digest>)' },
        { line: 10, col: 16, message: 'the image "registry.example.com:443/team/app:latest" of service "y" uses the "latest" tag, which can point to a different image at every run. pin a version tag (registry.example.com:443/team/app:<version>) or a digest (registry.example.com:443/team/app@sha256:<digest>)' },
      ],
    },
    {
      name: 'docker:// steps',
      input: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker://alpine\n      - uses: docker://ghcr.io/acme/tool:latest\n      - uses: docker://alpine:3.20\n      - uses: actions/checkout@v4\n',
      expect: [
        { line: 6, col: 15, message: 'the image "docker://alpine" of the step has no tag, so Docker pulls "latest", which can point to a different image at every run. pin a version tag (alpine:<version>) or a digest (alpine@sha256:<digest>)' },
        { line: 7, col: 15, message: 'the image "docker://ghcr.io/acme/tool:latest" of the step uses the "latest" tag, which can point to a different image at every run. pin a version tag (ghcr.io/acme/tool:<version>) or a digest (ghcr.io/acme/tool@sha256:<digest>)' },
      ],
    },
    {
      name: 'Docker actions and composite steps',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: docker\n  image: 'docker://node:latest'\n",
      expect: [{ line: 5, col: 10, message: 'the image "docker://node:latest" of the action uses the "latest" tag, which can point to a different image at every run. pin a version tag (node:<version>) or a digest (node@sha256:<digest>)' }],
    },
    {
      name: 'a Dockerfile of the action is built from its sources',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n",
      expect: [],
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - uses: docker://alpine\n    - uses: docker://alpine@sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1\n",
      expect: [{ line: 6, col: 13, message: 'the image "docker://alpine" of the step has no tag, so Docker pulls "latest", which can point to a different image at every run. pin a version tag (alpine:<version>) or a digest (alpine@sha256:<digest>)' }],
    },
  ],
};

export default rule;
