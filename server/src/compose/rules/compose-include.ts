import type { Rule } from '../../engine/types';
import type { ComposeModel } from '../model';
import { externalNames, MAX_INCLUDE_ALIASES } from '../project';

const FAN_OUT =
  'x-a0: &a0 [a, a, a, a, a, a, a, a, a, a]\n' +
  [1, 2, 3, 4].map((i) => `x-a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`).join('') +
  'services:\n  db:\n    image: postgres\n';

const rule: Rule<ComposeModel> = {
  id: 'compose-include',
  language: 'compose',
  severity: 'warning',
  docs: {
    summary: `A file named in \`include:\` (or the base file of an override file) whose anchors, aliases and merge keys expand beyond ${MAX_INCLUDE_ALIASES.toLocaleString('en-US')} aliases is not read; the names it defines are then unknown, and references to them are not checked.`,
    why: 'Anchors that alias each other, or long chains of `<<:` merge keys, make a small file stand for millions of values ("billion laughs"): reading it would freeze the editor at every keystroke. Such a file is also hard to read for people; flatten the chain or repeat the few keys instead.',
    bad: 'include:\n  - infra/compose.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
    good: 'include:\n  - infra/db.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
    files: { 'infra/compose.yaml': FAN_OUT, 'infra/db.yaml': 'services:\n  db:\n    image: postgres\n' },
  },
  check({ model, report, path, files }) {
    for (const t of externalNames(model, path, files).tooComplex) {
      report({
        message: `"${t.file}" is too complex to read: its anchors expand beyond ${MAX_INCLUDE_ALIASES} aliases, so the services, networks, volumes, secrets and configs it defines are unknown here and references to them are not checked`,
        range: t.range,
      });
    }
  },
  tests: [
    {
      name: 'an included file whose anchors fan out',
      input: 'include:\n  - infra/compose.yaml\n  - path: [ok.yaml]\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
      files: { 'infra/compose.yaml': FAN_OUT, 'ok.yaml': 'services:\n  db:\n    image: postgres\n' },
      expect: [{ line: 2, col: 5, message: '"infra/compose.yaml" is too complex to read: its anchors expand beyond 10000 aliases, so the services, networks, volumes, secrets and configs it defines are unknown here and references to them are not checked' }],
    },
    {
      name: 'a chain of merge keys',
      input: 'include:\n  - path: chain.yaml\nservices:\n  web:\n    image: app\n',
      files: {
        'chain.yaml': 'x-0: &k0 {a0: 0}\n' + Array.from({ length: 40 }, (_, i) => `x-${i + 1}: &k${i + 1} {<<: *k${i}, a${i + 1}: 1}\n`).join('') + 'services:\n  db:\n    image: postgres\n',
      },
      expect: [{ line: 2, col: 11, message: '"chain.yaml" is too complex to read: its anchors expand beyond 10000 aliases, so the services, networks, volumes, secrets and configs it defines are unknown here and references to them are not checked' }],
    },
    {
      name: 'the base file of an override file',
      path: 'compose.override.yaml',
      input: 'services:\n  web:\n    depends_on: [db]\n',
      files: { 'compose.yaml': FAN_OUT },
      expect: [{ line: 1, col: 1, message: '"compose.yaml" is too complex to read: its anchors expand beyond 10000 aliases, so the services, networks, volumes, secrets and configs it defines are unknown here and references to them are not checked' }],
    },
    {
      name: 'ordinary anchors and merge keys are read',
      input: 'include:\n  - infra/compose.yaml\nservices:\n  web:\n    image: app\n    depends_on: [db]\n',
      files: {
        'infra/compose.yaml':
          'x-defaults: &defaults {restart: always}\nx-db: &db-base {<<: *defaults, image: postgres}\nservices:\n' +
          Array.from({ length: 300 }, (_, i) => `  db${i || ''}:\n    <<: *db-base\n`).join(''),
      },
      expect: [],
    },
  ],
};

export default rule;
