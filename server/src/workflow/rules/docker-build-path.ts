import * as path from 'node:path';
import type { Rule } from '../../engine/types';
import { dockerBuildSteps, hasDockerBuildSteps } from '../dockerBuild';
import type { WorkflowModel } from '../model';
import { projectRoot } from '../localFiles';
import { dedent } from '../../engine/dedent';

const rule: Rule<WorkflowModel> = {
  id: 'docker-build-path',
  language: 'workflow',
  severity: 'error',
  docs: {
    summary: 'The `context` and `file` of a `docker/build-push-action` step must exist in the repository (paths are relative to the repository root).',
    why: 'The job fails only after checkout and setup with "unable to prepare context" or "failed to read dockerfile" when a Dockerfile is moved or renamed; this catches it in the editor.',
    bad: 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./app\n          file: ./app/Dockerfile.prod\n',
    good: 'on: push\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: ./app\n          file: ./app/Dockerfile\n',
    files: { 'app/Dockerfile': 'FROM alpine\n' },
  },
  check({ model, files, path: docPath, report }) {
    if (model.kind !== 'workflow' || !hasDockerBuildSteps(model)) return;
    const root = projectRoot(docPath, files);
    // Only judge a repository we can see: its .github folder must be there (not a template linted on its own).
    if (!root || !files.exists(path.posix.join(root, '.github'))) return;
    const rel = (p: string) => path.posix.relative(root, p) || '.';
    for (const s of dockerBuildSteps(model, root)) {
      if (s.uncertain) continue;
      if (s.contextAbs && !files.exists(s.contextAbs)) {
        report({ message: `docker/build-push-action: context "${s.contextNode!.value}" does not exist in the repository (${rel(s.contextAbs)})`, range: model.rangeOf(s.contextNode!) });
        continue;
      }
      if (s.fileAbs && !files.exists(s.fileAbs)) {
        report({
          message: s.fileGiven
            ? `docker/build-push-action: file "${s.fileNode!.value}" does not exist in the repository (${rel(s.fileAbs)})`
            : `docker/build-push-action: there is no ${rel(s.fileAbs)} (the default file); set "file:" to the Dockerfile`,
          range: model.rangeOf(s.fileNode ?? s.contextNode ?? s.usesNode),
        });
      }
    }
  },
  tests: [
    {
      name: 'missing context, file and default Dockerfile',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/build-push-action@v6
                with:
                  context: ./api
              - uses: docker/build-push-action@v6
                with:
                  context: web
                  file: web/Dockerfile.prod
              - uses: docker/build-push-action@v6
                with:
                  context: web
              - uses: docker/build-push-action@v6
      `,
      files: { 'web/index.html': '' },
      expect: [
        { line: 9, col: 20, message: 'docker/build-push-action: context "./api" does not exist in the repository (api)' },
        { line: 13, col: 17, message: 'docker/build-push-action: file "web/Dockerfile.prod" does not exist in the repository (web/Dockerfile.prod)' },
        { line: 16, col: 20, message: 'docker/build-push-action: there is no web/Dockerfile (the default file); set "file:" to the Dockerfile' },
        { line: 17, col: 15, message: 'docker/build-push-action: there is no Dockerfile (the default file); set "file:" to the Dockerfile' },
      ],
    },
    {
      name: 'existing paths, expressions, generated files, checkout elsewhere',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: docker/build-push-action@v6
                with:
                  context: .
                  file: docker/app.Dockerfile
              - uses: docker/build-push-action@v6
                with:
                  context: \${{ matrix.dir }}
              - uses: docker/build-push-action@v6
                with:
                  context: "{{defaultContext}}:sub"
              - uses: docker/build-push-action@v6
                with:
                  file: ./Dockerfile
          b:
            runs-on: ubuntu-latest
            steps:
              - run: echo "FROM alpine" > gen.Dockerfile
              - uses: docker/build-push-action@v6
                with:
                  file: gen.Dockerfile
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  path: src
              - uses: docker/build-push-action@v6
                with:
                  context: src/app
      `,
      files: { 'docker/app.Dockerfile': 'FROM alpine\n', 'Dockerfile': 'FROM alpine\n' },
      expect: [],
    },
  ],
};

export default rule;
