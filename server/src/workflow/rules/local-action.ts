import * as path from 'node:path';
import type { FileHost, Finding, Rule } from '../../engine/types';
import { lint } from '../../engine/lint';
import type { WorkflowModel } from '../model';
import { localUses, projectRoot, readStepLocalAction } from '../localFiles';
import { allSteps } from '../structure';

/** At most this many problems of one action file are repeated at each step that uses it (the file lists them all). */
const MAX_PER_ACTION = 5;

/** Error findings of an action file by path, while its text stays the same (many steps use the same action). */
const cache = new Map<string, { text: string; errors: Finding[] }>();

/** The error-severity findings of an action metadata file, linted as the editor lints it (all action rules). */
function actionErrors(file: string, text: string, files: FileHost): Finding[] {
  const hit = cache.get(file);
  if (hit && hit.text === text) return hit.errors;
  const errors = lint({ text, language: 'action', path: file, files }).findings.filter((f) => f.severity === 'error');
  if (cache.size > 64) cache.clear();
  cache.set(file, { text, errors });
  return errors;
}

const rule: Rule<WorkflowModel> = {
  id: 'local-action',
  language: 'workflow',
  severity: 'error',
  compat: { actionlint: 'action' },
  docs: {
    summary:
      'A step that uses a local action (`uses: ./path` or `uses: $/path`) whose `action.yml` is broken (no `runs:`, an unknown `runs.using`, malformed YAML, anything reported as an error in that file) gets a finding at its `uses:` line, naming the metadata file and the problem.',
    why: 'GitHub reads the action metadata only when the step runs, so a broken `action.yml` fails every workflow that uses it, after the push. The problem is reported in the action file too; repeating it where the action is used shows which workflows it breaks, even when the action file is not open.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/setup\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/build\n',
    files: {
      '.github/actions/setup/action.yml': 'name: Setup\ndescription: Prepares the tools\n',
      '.github/actions/build/action.yml': 'name: Build\ndescription: Builds\nruns:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n',
    },
  },
  check({ model, files, path: docPath, report }) {
    const root = () => model.memoize('projectRoot', () => projectRoot(docPath, files));
    for (const { job, step } of allSteps(model)) {
      if (!step.uses || !step.usesNode || step.uses.includes('${{')) continue;
      const uses = step.uses.trim();
      const local = localUses(uses);
      if (!local || uses.includes('@')) continue;
      const r = root();
      if (!r) continue;
      const a = readStepLocalAction(model, r, uses, files, job?.steps, step.index);
      if (!a) continue;
      const text = files.readFile(a.file);
      if (text === undefined) continue;
      const errors = actionErrors(a.file, text, files);
      const rel = path.posix.relative(r, a.file) || a.file;
      const range = model.rangeOf(step.usesNode);
      for (const f of errors.slice(0, MAX_PER_ACTION)) {
        report({
          message: `local action ${JSON.stringify(uses)} is broken: ${rel}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message} (${f.rule})`,
          range,
        });
      }
      if (errors.length > MAX_PER_ACTION) {
        report({ message: `local action ${JSON.stringify(uses)} is broken: ${rel} has ${errors.length - MAX_PER_ACTION} more errors`, range });
      }
    }
  },
  tests: [
    {
      name: 'a broken action file is reported at each uses: line with the file and the problem',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/norun\n      - uses: $/.github/actions/badusing\n      - uses: ./.github/actions/norun\n',
      files: {
        '.github/actions/norun/action.yml': 'name: n\ndescription: d\n',
        '.github/actions/badusing/action.yml': 'name: b\ndescription: d\nruns:\n  using: node99\n  main: index.js\n',
      },
      expect: [
        { line: 6, col: 15, message: 'local action "./.github/actions/norun" is broken: .github/actions/norun/action.yml:1:1: "runs" is missing in action metadata (missing-key)' },
        { line: 7, col: 15, message: 'local action "$/.github/actions/badusing" is broken: .github/actions/badusing/action.yml:4:10: "using" section must be one of' },
        { line: 8, col: 15, message: 'local action "./.github/actions/norun" is broken' },
      ],
    },
    {
      name: 'an action inside a checkout of this repository into a folder, and one with a YAML error',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          path: src\n      - uses: ./src/.github/actions/norun\n      - uses: ./.github/actions/yaml\n',
      files: {
        '.github/actions/norun/action.yml': 'name: n\ndescription: d\n',
        '.github/actions/yaml/action.yml': 'name: y\ndescription: d\nruns:\n  using: composite\n  steps: [\n',
      },
      expect: [
        { line: 9, col: 15, message: 'local action "./src/.github/actions/norun" is broken: .github/actions/norun/action.yml:1:1: "runs" is missing' },
        { line: 10, col: 15, message: 'local action "./.github/actions/yaml" is broken: .github/actions/yaml/action.yml:' },
      ],
    },
    {
      name: 'warnings of the action file, missing action files and remote actions are not repeated here',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/old\n      - uses: ./.github/actions/absent\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/norun@v1\n',
      files: {
        '.github/actions/old/action.yml': 'name: o\ndescription: d\ninputs:\n  x:\n    descripton: typo\nruns:\n  using: node16\n  main: index.js\n',
        '.github/actions/norun/action.yml': 'name: n\ndescription: d\n',
      },
      expect: [],
    },
  ],
};

export default rule;
