import type { Scalar, YAMLMap } from 'yaml';
import { isMap, isScalar, isSeq } from '../../yaml/nodes';
import type { Rule } from '../../engine/types';
import { closest, suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { allSteps, defaultsShellPair, pairsOf, resolve, scalarString, workflowStructure, type JobInfo } from '../structure';
import { dedent } from '../../engine/dedent';

type Platform = 'any' | 'windows' | 'unix';

/** Shells GitHub knows by name (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsshell). */
export const SHELL_NAMES: Record<Platform, string[]> = {
  any: ['bash', 'pwsh', 'python', 'sh', 'cmd', 'powershell'],
  windows: ['bash', 'pwsh', 'python', 'cmd', 'powershell'],
  unix: ['bash', 'pwsh', 'python', 'sh'],
};

/** What each shell is, for completion and hover. */
export const SHELL_DOCS: Record<string, string> = {
  bash: 'Bash (`bash --noprofile --norc -eo pipefail {0}`); the default on Linux and macOS. On Windows, the Bash of Git for Windows.',
  pwsh: 'PowerShell Core (`pwsh -command ". \'{0}\'"`); the default on Windows.',
  python: 'Runs the script with Python (`python {0}`).',
  sh: 'POSIX shell (`sh -e {0}`), the fallback on Linux and macOS when bash is missing. Not available on Windows.',
  cmd: 'Windows Command Prompt (`%ComSpec% /D /E:ON /V:OFF /S /C "CALL "{0}""`). Windows only.',
  powershell: 'Windows PowerShell 5.1 (`powershell -command ". \'{0}\'"`). Windows only.',
};

/** Platforms of the jobs worked out so far (each job's is asked for at each of its steps, by several rules). */
const platforms = new WeakMap<JobInfo, Platform>();

/** The platform a job runs on, from its `runs-on` labels (`any` when unknown or conflicting). */
export function jobPlatform(model: WorkflowModel, job: JobInfo | undefined): Platform {
  if (!job) return 'any';
  let known = platforms.get(job);
  if (known === undefined) platforms.set(job, (known = platformOf(model, job)));
  return known;
}

function platformOf(model: WorkflowModel, job: JobInfo): Platform {
  let node = job.runsOn as unknown;
  if (isMap(node)) node = resolve(model, pairsOf(model, node as YAMLMap).get('labels')?.value);
  const items = isSeq(node) ? node.items.map((i) => resolve(model, i)) : [node];
  let out: Platform = 'any';
  for (const it of items) {
    const l = (scalarString(it) ?? '').toLowerCase();
    let k: Platform = 'any';
    if (l === 'windows' || l.startsWith('windows-')) k = 'windows';
    else if (l === 'linux' || l === 'macos' || l.startsWith('ubuntu-') || l.startsWith('macos-')) k = 'unix';
    if (k === 'any') continue;
    if (out !== 'any' && out !== k) return 'any';
    out = k;
  }
  return out;
}

function defaultsShell(model: WorkflowModel, map: YAMLMap | undefined): Scalar | undefined {
  const v = resolve(model, defaultsShellPair(model, map)?.value);
  return isScalar(v) ? (v as Scalar) : undefined;
}

const rule: Rule<WorkflowModel> = {
  id: 'shell-name',
  language: ['workflow', 'action'],
  severity: 'error',
  compat: { actionlint: 'shell-name' },
  fix: { safety: 'unsafe', why: 'A did-you-mean: the shell it suggests is a guess.' },
  docs: {
    summary: 'A `shell:` (of a step or of `defaults.run`) is not a shell GitHub knows (`bash`, `pwsh`, `python`, `sh`, `cmd`, `powershell`) or a custom command with `{0}`, or it is not available on the job\'s runner (`cmd` and `powershell` on Linux and macOS, `sh` on Windows).',
    why: 'GitHub fails the step before it runs when it does not know the shell; a custom shell needs `{0}` where the script file goes.',
    bad: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hello\n        shell: powershell\n',
    good: 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hello\n        shell: pwsh\n',
  },
  check({ model, report }) {
    const check = (node: Scalar | undefined, platform: Platform) => {
      const name = scalarString(node);
      if (!node || name === undefined || name.includes('{0}') || name.includes('${{')) return;
      const available = SHELL_NAMES[platform];
      if (available.includes(name.toLowerCase())) return;
      const elsewhere = platform !== 'any' && SHELL_NAMES.any.includes(name.toLowerCase());
      const where = elsewhere ? (platform === 'windows' ? ' on Windows' : ' on macOS or Linux') : '';
      const suggestion = elsewhere ? (name.toLowerCase() === 'sh' ? 'bash' : 'pwsh') : closest(name.split(/\s/)[0], available);
      report({
        message:
          `shell name ${JSON.stringify(name)} is invalid${where}. available names are ${available.map((s) => JSON.stringify(s)).join(', ')}` +
          (/\s/.test(name.trim()) ? '. a custom shell command needs "{0}" where the script file goes' : ''),
        range: model.rangeOf(node),
        fixes: !/\s/.test(name.trim()) ? suggestionFix(model.rangeOf(node), suggestion) : undefined,
      });
    };
    const s = workflowStructure(model);
    if (model.kind === 'workflow') {
      check(defaultsShell(model, s.root), 'any');
      for (const job of s.jobs) check(defaultsShell(model, job.node), jobPlatform(model, job));
    }
    for (const { job, step } of allSteps(model)) {
      if (!step.shellNode || (step.run === undefined && !step.pairs.has('run'))) continue;
      check(step.shellNode, jobPlatform(model, job));
    }
  },
  tests: [
    {
      name: 'unknown shells and shells of another platform',
      input: dedent`
        on: push
        defaults:
          run:
            shell: fish
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                shell: powershell
              - run: echo
                shell: bsh
          b:
            runs-on: [self-hosted, windows]
            defaults:
              run:
                shell: sh
            steps:
              - run: echo
                shell: node index.js
      `,
      expect: [
        { line: 4, col: 12, message: 'shell name "fish" is invalid. available names are "bash", "pwsh", "python", "sh", "cmd", "powershell"' },
        { line: 10, col: 16, message: 'shell name "powershell" is invalid on macOS or Linux. available names are "bash", "pwsh", "python", "sh"' },
        { line: 12, col: 16, message: 'shell name "bsh" is invalid. available names are "bash", "pwsh", "python", "sh"' },
        { line: 17, col: 16, message: 'shell name "sh" is invalid on Windows. available names are "bash", "pwsh", "python", "cmd", "powershell"' },
        { line: 20, col: 16, message: 'shell name "node index.js" is invalid. available names are "bash", "pwsh", "python", "cmd", "powershell". a custom shell command needs "{0}" where the script file goes' },
      ],
      fixed: dedent`
        on: push
        defaults:
          run:
            shell: fish
        jobs:
          a:
            runs-on: ubuntu-latest
            steps:
              - run: echo
                shell: pwsh
              - run: echo
                shell: bash
          b:
            runs-on: [self-hosted, windows]
            defaults:
              run:
                shell: bash
            steps:
              - run: echo
                shell: node index.js
      `,
    },
    {
      name: 'known shells, custom shells, expressions, unknown platforms and composite actions',
      input: dedent`
        on: push
        jobs:
          a:
            runs-on: \${{ matrix.os }}
            strategy:
              matrix:
                os: [ubuntu-latest, windows-latest]
            steps:
              - run: echo
                shell: cmd
              - run: echo
                shell: Bash
              - run: print(1)
                shell: python3 {0}
              - run: echo
                shell: \${{ matrix.shell }}
          b:
            runs-on: windows-latest
            steps:
              - run: echo
                shell: powershell
      `,
      expect: [],
    },
    {
      name: 'composite action steps',
      path: 'action.yml',
      input: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bassh\n    - run: echo\n      shell: bash\n",
      expect: [{ line: 7, col: 14, message: 'shell name "bassh" is invalid. available names are "bash", "pwsh", "python", "sh", "cmd", "powershell"' }],
      fixed: "name: a\ndescription: d\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n    - run: echo\n      shell: bash\n",
    },
  ],
};

export default rule;
