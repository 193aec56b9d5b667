import * as path from 'node:path';
import type { FileHost, Finding, Rule } from '../../engine/types';
import { lint } from '../../engine/lint';
import type { WorkflowModel } from '../model';
import { localUses, documentProjectRoot, readStepLocalAction } from '../localFiles';
import { allSteps, type StepInfo } from '../structure';
import { RUNS_FILE_RULE } from './action-runs-file';
import { dedent } from '../../engine/dedent';

/** At most this many problems of one action file are repeated at each step that uses it (the file lists them all). */
const MAX_PER_ACTION = 5;

/** Error findings of an action file by path, while its text stays the same (many steps use the same action). */
const cache = new Map<string, { text: string; errors: Finding[] }>();

/**
 * Files the action runs (`runs.main`, `runs.image`, …) that do not exist. Not cached: the files may appear (a build)
 * while action.yml stays the same.
 */
function missingRunsFiles(file: string, text: string, files: FileHost): Finding[] {
  return lint({ text, language: 'action', path: file, files, only: new Set([RUNS_FILE_RULE]) }).findings.filter((f) => f.rule === RUNS_FILE_RULE);
}

/** An earlier step of the job may create files in the workspace: it runs a script or an action other than checkout. */
function mayCreateFiles(steps: readonly StepInfo[] | undefined, index: number): boolean {
  return (steps ?? []).slice(0, index).some((s) => s.run !== undefined || (s.uses !== undefined && !/^actions\/checkout@/i.test(s.uses.trim())));
}

/** The error-severity findings of an action metadata file, linted as the editor lints it (all action rules). */
function actionErrors(file: string, text: string, files: FileHost): Finding[] {
  const hit = cache.get(file);
  if (hit && hit.text === text) return hit.errors;
  const errors = lint({ text, language: 'action', path: file, files }).findings.filter((f) => f.severity === 'error' && f.rule !== RUNS_FILE_RULE);
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
      'A step that uses a local action (`uses: ./path` or `uses: $/path`) whose `action.yml` is broken (no `runs:`, an unknown `runs.using`, malformed YAML, anything reported as an error in that file) gets a finding at its `uses:` line, naming the metadata file and the problem. A file the action runs that does not exist (`runs.main`, a Dockerfile) is an error there too, or a warning when an earlier step of the job (a script, an action other than checkout) may create it or when it may be a build output (see `action-runs-file`).',
    why: 'GitHub reads the action metadata only when the step runs, so a broken `action.yml` fails every workflow that uses it, after the push. The problem is reported in the action file too; repeating it where the action is used shows which workflows it breaks, even when the action file is not open.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/setup\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/build\n',
    files: {
      '.github/actions/setup/action.yml': 'name: Setup\ndescription: Prepares the tools\n',
      '.github/actions/build/action.yml': 'name: Build\ndescription: Builds\nruns:\n  using: composite\n  steps:\n    - run: make\n      shell: bash\n',
    },
  },
  check({ model, files, path: docPath, report }) {
    const root = () => documentProjectRoot(model, docPath, files);
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
      // A missing file is an error here unless an earlier step of the job may create it (a build, a download):
      // `./` reads the workspace at the time the step starts; `$/` reads the commit, which no step changes. A script
      // the action file itself calls a possible build output stays a warning: another ref may hold it.
      const built = local.kind === 'workspace' && mayCreateFiles(job?.steps, step.index);
      const problems = [
        ...missingRunsFiles(a.file, text, files).map((f) => ({ f, severity: built || f.severity !== 'error' ? ('warning' as const) : ('error' as const) })),
        ...actionErrors(a.file, text, files).map((f) => ({ f, severity: 'error' as const })),
      ];
      const errors = problems.map((p) => p.f);
      const rel = path.posix.relative(r, a.file) || a.file;
      const range = model.rangeOf(step.usesNode);
      for (const { f, severity } of problems.slice(0, MAX_PER_ACTION)) {
        const message = f.rule === RUNS_FILE_RULE && built ? f.message.replace(/: (it may be built|the action fails to start).*$/, ': the action fails to start unless an earlier step of this job creates it') : f.message;
        report({
          message: `local action ${JSON.stringify(uses)} is broken: ${rel}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${message} (${f.rule})`,
          range,
          severity,
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
        '.github/actions/badusing/index.js': '',
      },
      expect: [
        { line: 6, col: 15, message: 'local action "./.github/actions/norun" is broken: .github/actions/norun/action.yml:1:1: "runs" is missing in action metadata (missing-key)' },
        { line: 7, col: 15, message: 'local action "$/.github/actions/badusing" is broken: .github/actions/badusing/action.yml:4:10: "using" section must be one of "docker", "node12", "node16", "node20", "node24", "composite", but it is the string "node99". Did you mean "node20"? (value-type)' },
        { line: 8, col: 15, message: 'local action "./.github/actions/norun" is broken: .github/actions/norun/action.yml:1:1: "runs" is missing in action metadata (missing-key)' },
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
        { line: 9, col: 15, message: 'local action "./src/.github/actions/norun" is broken: .github/actions/norun/action.yml:1:1: "runs" is missing in action metadata (missing-key)' },
        { line: 10, col: 15, message: 'local action "./.github/actions/yaml" is broken: .github/actions/yaml/action.yml:6:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (yaml-syntax)' },
      ],
    },
    {
      name: 'warnings of the action file, missing action files and remote actions are not repeated here',
      input:
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./.github/actions/old\n      - uses: ./.github/actions/absent\n      - uses: actions/checkout@v4\n      - uses: ./.github/actions/norun@v1\n',
      files: {
        '.github/actions/old/action.yml': 'name: o\ndescription: d\ninputs:\n  x:\n    descripton: typo\nruns:\n  using: node16\n  main: index.js\n',
        '.github/actions/old/index.js': '',
        '.github/actions/norun/action.yml': 'name: n\ndescription: d\n',
      },
      expect: [],
    },
    {
      name: 'files the action runs that do not exist: an error, a warning after a step that may build them',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: ./.github/actions/js
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: npm ci && npm run build
              - uses: ./.github/actions/js
              - uses: $/.github/actions/docker
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: ./.github/actions/dist
      `,
      files: {
        '.github/actions/js/action.yml': 'name: j\ndescription: d\nruns:\n  using: node24\n  main: main.js\n',
        '.github/actions/dist/action.yml': 'name: j\ndescription: d\nruns:\n  using: node24\n  main: dist/index.js\n',
        '.github/actions/docker/action.yml': 'name: k\ndescription: d\nruns:\n  using: docker\n  image: Dockerfile\n',
      },
      expect: [
        { line: 7, col: 15, message: 'local action "./.github/actions/js" is broken: .github/actions/js/action.yml:5:9: file "main.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: the action fails to start (action-runs-file)', severity: 'error' },
        { line: 19, col: 15, message: 'local action "./.github/actions/dist" is broken: .github/actions/dist/action.yml:5:9: file "dist/index.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: it may be built ("dist/" holds build output), but it must be in the repository at the ref that runs the action, or the action fails to start (action-runs-file)', severity: 'warning' },
        { line: 13, col: 15, message: 'local action "./.github/actions/js" is broken: .github/actions/js/action.yml:5:9: file "main.js" does not exist in the action\'s folder. it is specified at "main" key in "runs" section: the action fails to start unless an earlier step of this job creates it (action-runs-file)', severity: 'warning' },
        { line: 14, col: 15, message: 'local action "$/.github/actions/docker" is broken: .github/actions/docker/action.yml:5:10: file "Dockerfile" does not exist in the action\'s folder. it is specified at "image" key in "runs" section: the action fails to start (action-runs-file)', severity: 'error' },
      ],
    },
  ],
};

export default rule;
