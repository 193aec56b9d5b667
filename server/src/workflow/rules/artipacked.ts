import type { Pair, YAMLMap } from 'yaml';
import type { Fix, Rule } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { isCommitSha, majorOf, parseActionRef, versionFromComment } from '../actions-data';
import { pairsOf, resolve, scalarString, workflowStructure, type StepInfo } from '../structure';
import { dedent } from '../../engine/dedent';

/** The version a step's `uses:` names: its ref, or beside a commit SHA the version its comment gives. */
function versionOf(step: StepInfo, ref: string): string | undefined {
  if (!isCommitSha(ref)) return ref;
  return versionFromComment(step.usesNode?.comment ?? (step.node.flow ? step.node.comment : undefined));
}

function input(model: WorkflowModel, step: StepInfo, name: string): Pair | undefined {
  return step.with ? pairsOf(model, step.with).get(name) : undefined;
}

/**
 * Whether this upload-artifact takes hidden files (`.git`): asked with `include-hidden-files: true`, or a version
 * pinned before the change that left them out by default (v4.4.0 and v3.2.0, August 2024). Moving major tags and
 * commit SHAs without a version comment are taken for versions that leave them out.
 */
function takesHiddenFiles(model: WorkflowModel, step: StepInfo, ref: string): boolean {
  const v = scalarString(resolve(model, input(model, step, 'include-hidden-files')?.value))?.trim();
  if (v === 'true') return true;
  const version = versionOf(step, ref);
  const m = version ? /^v?(\d+)(?:\.(\d+))?/.exec(version) : null;
  if (!m || m[2] === undefined) return m ? Number(m[1]) < 3 : false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 3 || (major === 3 && minor < 2) || (major === 4 && minor < 4);
}

/** Paths of an upload that take in the folder `dir` (the workspace when empty) whole, `.git` included. */
function uploadedRoot(pathText: string, dir: string): string | undefined {
  const lines = pathText.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.some((l) => l.startsWith('!') && /(^|\/)\.git(\/|\*|$)/.test(l.slice(1)))) return undefined;
  const norm = (p: string) =>
    p
      .replace(/^\$\{\{\s*github\.workspace\s*\}\}/, '')
      .replace(/^\$\{?GITHUB_WORKSPACE\}?/, '')
      .replace(/^\.\//, '')
      .replace(/^\/+|\/+$/g, '')
      .replace(/^\.$/, '');
  const want = norm(dir);
  return lines.find((l) => !l.startsWith('!') && norm(l) === want);
}

/** Actions after which a checkout's stored credentials are certainly not needed (they push nothing). */
const NO_PUSH = /^actions\/(upload-artifact|download-artifact|cache(\/save|\/restore)?|setup-[a-z]+)$/;

/** Adds `persist-credentials: false` to the checkout step (or sets it), when the step is a block mapping. */
function persistFix(model: WorkflowModel, step: StepInfo, existing: Pair | undefined): Fix[] | undefined {
  const title = 'Set persist-credentials: false';
  if (existing) {
    const v = resolve(model, existing.value) as { range?: [number, number, number] } | undefined;
    return v?.range ? [{ title, edits: [{ range: model.rangeOf(existing.value as never), newText: 'false' }] }] : undefined;
  }
  // A flow mapping, or a `with:` that is empty or not a mapping: no line to add that keeps one `with:`.
  if (step.node.flow || (step.with && step.with.flow) || (!step.with && step.pairs.has('with'))) return undefined;
  const text = model.text;
  const lineEndAfter = (offset: number) => {
    // A block scalar's range ends after its line break.
    if (text[offset - 1] === '\n') offset--;
    const e = text.indexOf('\n', offset);
    return e < 0 ? text.length : e;
  };
  const columnOf = (offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
  const last = <T>(items: T[]) => items[items.length - 1];
  const endOf = (map: YAMLMap) => {
    const p = last(map.items) as Pair<{ range?: number[] }, { range?: number[] }>;
    return p?.value?.range?.[1] ?? p?.key?.range?.[1];
  };
  if (step.with) {
    const first = (step.with.items[0] as Pair<{ range?: number[] }> | undefined)?.key?.range?.[0];
    const end = endOf(step.with);
    if (first === undefined || end === undefined) return undefined;
    const at = lineEndAfter(end);
    return [{ title, edits: [{ range: model.lines.range(at, at), newText: `\n${' '.repeat(columnOf(first))}persist-credentials: false` }] }];
  }
  const first = (step.node.items[0] as Pair<{ range?: number[] }> | undefined)?.key?.range?.[0];
  const end = endOf(step.node);
  if (first === undefined || end === undefined) return undefined;
  const indent = ' '.repeat(columnOf(first));
  const at = lineEndAfter(end);
  return [{ title, edits: [{ range: model.lines.range(at, at), newText: `\n${indent}with:\n${indent}  persist-credentials: false` }] }];
}

const rule: Rule<WorkflowModel> = {
  id: 'artipacked',
  language: 'workflow',
  severity: 'warning',
  compat: {},
  fix: { safety: 'unsafe', why: "Later steps that push with the checkout's credentials stop working." },
  docs: {
    summary: '`actions/checkout` leaves the job\'s token in `.git/config` (`persist-credentials` is not `false`) and a later `actions/upload-artifact` of the job uploads the checked-out folder with its hidden files. Named after zizmor\'s `artipacked` audit.',
    why: 'Anyone who can download the artifact (everyone, for a public repository) reads the token from `.git/config` and can use it while the job runs, with the job\'s permissions ("ArtiPACKED", Unit 42, 2024). Reported only when the upload certainly takes `.git`: a path of the checked-out folder itself (`.`, `${{ github.workspace }}`, or the checkout\'s `path:`) with `include-hidden-files: true` or an upload-artifact pinned before v4.4.0/v3.2.0, which uploaded hidden files by default; checkout v6 and later keep the credentials outside the workspace. zizmor reports every checkout without `persist-credentials: false`; this rule keeps to the case where the token leaks. The quick fix sets `persist-credentials: false`, offered only when no later step of the job runs `git` or an action that might push with the stored credentials. See https://docs.zizmor.sh/audits/#artipacked.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n          include-hidden-files: true\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: make\n      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n          include-hidden-files: true\n',
  },
  check({ model, report }) {
    for (const job of workflowStructure(model).jobs) {
      job.steps.forEach((step, i) => {
        const ref = step.uses ? parseActionRef(step.uses.trim()) : undefined;
        if (!ref || ref.name.toLowerCase() !== 'actions/checkout') return;
        const persist = input(model, step, 'persist-credentials');
        const persistText = scalarString(resolve(model, persist?.value))?.trim();
        if (persist && persistText !== 'true') return; // false, or decided at run time
        const version = versionOf(step, ref.ref);
        const major = version ? majorOf(version.replace(/^v?(\d+).*/, '$1')) : undefined;
        if (major !== undefined && major >= 6) return;
        const dir = scalarString(resolve(model, input(model, step, 'path')?.value))?.trim() ?? '';
        if (dir.includes('${{')) return;
        const later = job.steps.slice(i + 1);
        for (const up of later) {
          const upRef = up.uses ? parseActionRef(up.uses.trim()) : undefined;
          if (!upRef || upRef.name.toLowerCase() !== 'actions/upload-artifact') continue;
          const pathText = scalarString(resolve(model, input(model, up, 'path')?.value));
          if (pathText === undefined) continue;
          const root = uploadedRoot(pathText, dir);
          if (root === undefined || !takesHiddenFiles(model, up, upRef.ref)) continue;
          const pushes = later.some((s) => {
            if (s.run !== undefined) return /\bgit\b|\bgh\b/.test(s.run);
            const r = s.uses ? parseActionRef(s.uses.trim()) : undefined;
            return !r || !NO_PUSH.test(r.name.toLowerCase());
          });
          report({
            message: `this checkout leaves the job's token in .git/config (persist-credentials is not false), and the upload-artifact step on line ${model.rangeOf(up.node).start.line + 1} uploads "${root}" with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false`,
            range: model.rangeOf(step.usesNode),
            fixes: pushes ? undefined : persistFix(model, step, persist),
          });
          break;
        }
      });
    }
  },
  tests: [
    {
      name: 'workspace uploaded with hidden files: fix adds with:',
      input: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: make
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
      `,
      expect: [{ line: 6, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 8 uploads "." with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' }],
      fixed: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
              - run: make
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
      `,
    },
    {
      name: 'an old upload-artifact takes hidden files by default; fix adds to the existing with:',
      input: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - name: checkout
                uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # full history
              - uses: actions/upload-artifact@v4.3.6
                with:
                  path: \${{ github.workspace }}
      `,
      expect: [{ line: 7, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 10 uploads "${{ github.workspace }}" with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' }],
      fixed: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - name: checkout
                uses: actions/checkout@v4
                with:
                  fetch-depth: 0 # full history
                  persist-credentials: false
              - uses: actions/upload-artifact@v4.3.6
                with:
                  path: \${{ github.workspace }}
      `,
    },
    {
      name: 'explicit persist-credentials: true, checkout into a folder; a later git push: no fix',
      input: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v3
                with:
                  path: src
                  persist-credentials: true
              - uses: actions/upload-artifact@v4
                with:
                  include-hidden-files: true
                  path: |
                    ./src/
                    dist
              - run: git push origin HEAD
      `,
      expect: [{ line: 6, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 10 uploads "./src/" with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' }],
      fixed: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v3
                with:
                  path: src
                  persist-credentials: true
              - uses: actions/upload-artifact@v4
                with:
                  include-hidden-files: true
                  path: |
                    ./src/
                    dist
              - run: git push origin HEAD
      `,
    },
    {
      name: 'an empty with:, or a last input written as a block scalar',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  sparse-checkout: |
                    src
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
      `,
      expect: [
        { line: 6, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 8 uploads "." with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' },
        { line: 15, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 19 uploads "." with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' },
      ],
      fixed: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  sparse-checkout: |
                    src
                  persist-credentials: false
              - uses: actions/upload-artifact@v4
                with:
                  path: .
                  include-hidden-files: true
      `,
    },
    {
      name: 'explicit persist-credentials: true is set to false',
      input: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: true
              - uses: actions/upload-artifact@v2
                with:
                  path: ./
      `,
      expect: [{ line: 6, col: 15, message: 'this checkout leaves the job\'s token in .git/config (persist-credentials is not false), and the upload-artifact step on line 9 uploads "./" with its hidden files: whoever downloads the artifact gets the token. Set persist-credentials: false' }],
      fixed: dedent`
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
              - uses: actions/upload-artifact@v2
                with:
                  path: ./
      `,
    },
    {
      name: 'not reported: no hidden files, .git excluded, a subfolder, persist-credentials false, checkout v6, upload before checkout, another job',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/upload-artifact@v4
                with:
                  path: .
              - uses: actions/upload-artifact@v4
                with:
                  include-hidden-files: true
                  path: |
                    .
                    !.git
              - uses: actions/upload-artifact@v4.3.0
                with:
                  path: dist
          b:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/upload-artifact@v4.3.0
                with:
                  path: .
              - uses: actions/checkout@v4
                with:
                  persist-credentials: false
              - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v6.0.1
              - uses: actions/checkout@v6
              - uses: actions/upload-artifact@v4.3.0
                with:
                  path: .
          c:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/upload-artifact@v4.3.0
                with:
                  path: .
      `,
      expect: [],
    },
  ],
};

export default rule;
